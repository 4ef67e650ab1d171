import { posix } from "node:path";
import { memoised } from "../../engine/core/memo";
import type { Value } from "../../jobs/table";
import type { OpenedWorkbook } from "./open";
import { columnLetters } from "./sheet";
import { boundPrefix, escapeXml, NS, parseXml, splice } from "./xml";
import { relsPartOf } from "./workbook";
import { ZipWriter, type Sink } from "./zip";

/**
 * The new package: every part of the input copied as stored, except the ones we must change — the target
 * sheet (streamed through the splicer), the styles (our formats appended), the workbook, its
 * relationships and the content types (our sheets added) — and the parts we add.
 */
export interface AddedSheet {
  name: string;
  /** Rendered when it is written, after the target sheet has streamed (summaries are complete by then). */
  xml: string | (() => string);
  /** The part of an earlier run's sheet this one takes the place of (its name and place in the workbook stay). */
  replacing?: string;
}

export interface AddedPart {
  name: string;
  contentType: string;
  data: string;
}

export interface Assembly {
  target?: { part: string; text: AsyncIterable<string> };
  styles?: string;
  sheets?: AddedSheet[];
  /** Other parts (drawings, charts, relationships of a sheet) with their content types; .rels parts need none. */
  parts?: AddedPart[];
  /** Replacements for existing parts, by name. */
  replace?: Map<string, string>;
}

const CT_PART = "[Content_Types].xml";

/**
 * The target sheet, our columns and all, is deflated at zlib level 4 rather than the default 6: on the
 * bench's ledger it is three times as fast and the part 13 % larger (the long 依据 and 说明 texts repeat on
 * every row, and level 4 still finds them).
 */
const TARGET_LEVEL = 4;

/** A sheet name Excel accepts, unique in the workbook. */
export function uniqueSheetName(existing: readonly string[], base: string): string {
  const clean = base.replace(/[[\]:*?/\\]/g, "").slice(0, 31);
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  let name = clean;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${clean.slice(0, 31 - String(i).length)}${i}`;
  return name;
}

function addContentTypes(xml: string, overrides: { part: string; type: string }[]): string {
  if (overrides.length === 0) return xml;
  const els = parseXml(xml);
  const root = els.find((e) => e.name === "Types")!;
  const have = new Set(els.filter((e) => e.name === "Override").map((e) => e.attrs.PartName));
  const text = overrides
    .filter((o) => !have.has(`/${o.part}`))
    .map((o) => `<${root.prefix}Override PartName="/${escapeXml(o.part)}" ContentType="${o.type}"/>`)
    .join("");
  return splice(xml, [{ at: root.closeStart, insert: text }]);
}

function addRelationships(xml: string, rels: { id: string; type: string; target: string }[]): string {
  const els = parseXml(xml);
  const root = els.find((e) => e.name === "Relationships")!;
  const text = rels.map((r) => `<${root.prefix}Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join("");
  if (root.selfClosing) return splice(xml, [{ at: root.start, remove: root.end - root.start, insert: `${xml.slice(root.start, root.end).replace(/\s*\/>$/, ">")}${text}</${root.prefix}Relationships>` }]);
  return splice(xml, [{ at: root.closeStart, insert: text }]);
}

export function freeRelId(xml: string, n = 1): string[] {
  const ids = new Set(parseXml(xml).filter((e) => e.name === "Relationship").map((e) => e.attrs.Id));
  const out: string[] = [];
  for (let i = 1; out.length < n; i++) if (!ids.has(`rId${i}`)) out.push(`rId${i}`);
  return out;
}

function addSheets(xml: string, sheets: { name: string; relId: string }[]): string {
  const els = parseXml(xml);
  const root = els[0]!;
  const list = els.find((e) => e.name === "sheets")!;
  let maxId = 0;
  for (const e of els) if (e.name === "sheet") maxId = Math.max(maxId, Number(e.attrs.sheetId) || 0);
  const r = boundPrefix(root, NS.rel);
  const p = list.prefix;
  const text = sheets
    .map((s, i) => {
      // declared locally as r: (as openpyxl does) when the root binds no prefix: readers that match the literal
      // attribute name "r:id" (exceljs among them) would not see the sheet under another prefix
      const id = r !== undefined && r !== "" ? `${r}id="${s.relId}"` : `xmlns:r="${NS.rel}" r:id="${s.relId}"`;
      return `<${p}sheet name="${escapeXml(s.name)}" sheetId="${maxId + i + 1}" ${id}/>`;
    })
    .join("");
  return splice(xml, [{ at: list.closeStart, insert: text }]);
}

export async function assemble(wb: OpenedWorkbook, a: Assembly, sink: Sink): Promise<void> {
  const { pkg, info } = wb;
  const zip = new ZipWriter(sink);
  const replace = new Map<string, string | (() => string)>(a.replace ?? []);
  const added: { name: string; data: string | (() => string) }[] = [];
  const overrides: { part: string; type: string }[] = [];

  let relsXml = info.relsXml;
  const newRels: { id: string; type: string; target: string }[] = [];
  for (const s of a.sheets ?? []) if (s.replacing) replace.set(s.replacing, s.xml);
  const sheets = (a.sheets ?? []).filter((s) => !s.replacing);
  if (sheets.length > 0) {
    const ids = freeRelId(relsXml, sheets.length + 1);
    const dir = posix.dirname(info.workbookPart);
    let n = 1;
    const sheetPart = () => {
      while (pkg.has(`${dir}/worksheets/sheet${n}.xml`)) n++;
      return `${dir}/worksheets/sheet${n++}.xml`;
    };
    const entries = sheets.map((s, i) => ({ ...s, part: sheetPart(), relId: ids[i]! }));
    for (const e of entries) {
      added.push({ name: e.part, data: e.xml });
      overrides.push({ part: e.part, type: NS.worksheetCt });
      newRels.push({ id: e.relId, type: NS.worksheetType, target: `/${e.part}` });
    }
    replace.set(info.workbookPart, addSheets(info.workbookXml, entries));
  }
  if (a.styles !== undefined) {
    if (info.stylesPart) replace.set(info.stylesPart, a.styles);
    else {
      const part = `${posix.dirname(info.workbookPart)}/styles.xml`;
      added.push({ name: part, data: a.styles });
      overrides.push({ part, type: NS.stylesCt });
      newRels.push({ id: freeRelId(relsXml, sheets.length + 2).at(-1)!, type: NS.stylesType, target: `/${part}` });
    }
  }
  for (const p of a.parts ?? []) {
    if (pkg.has(p.name)) replace.set(p.name, p.data);
    else added.push({ name: p.name, data: p.data });
    if (!p.name.endsWith(".rels")) overrides.push({ part: p.name, type: p.contentType });
  }
  if (newRels.length > 0) {
    relsXml = addRelationships(relsXml, newRels);
    if (pkg.has(info.relsPart)) replace.set(info.relsPart, relsXml);
    else added.push({ name: info.relsPart, data: relsXml });
  }
  if (overrides.length > 0) replace.set(CT_PART, addContentTypes((replace.get(CT_PART) as string | undefined) ?? (await pkg.text(CT_PART)), overrides));

  for (const name of pkg.order) {
    const data = replace.get(name);
    if (a.target && name === a.target.part) await zip.addStream(name, a.target.text, TARGET_LEVEL);
    // a part rendered from the summary waits until the target sheet has streamed
    else if (typeof data === "function") added.push({ name, data });
    else if (data !== undefined) await zip.add(name, data);
    else await zip.copy(pkg, name);
  }
  for (const p of added) await zip.add(p.name, typeof p.data === "function" ? p.data() : p.data);
  await zip.end();
}

export { relsPartOf };

/** A small sheet of our own (说明, 汇总): inline strings, so no shared-strings part to touch. */
export function simpleSheet(rows: readonly (readonly Value[])[], opts: { widths?: number[]; bold?: Set<number>; boldStyle?: number; moneyStyle?: number; moneyCols?: Set<number> } = {}): string {
  const cols = (opts.widths ?? []).map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const body = rows
    .map((r, i) => {
      const cells = r
        .map((v, c) => {
          const style = opts.bold?.has(i) && opts.boldStyle !== undefined ? ` s="${opts.boldStyle}"` : typeof v === "number" && opts.moneyCols?.has(c) && opts.moneyStyle !== undefined ? ` s="${opts.moneyStyle}"` : "";
          return cellXml(`${columnLetters(c)}${i + 1}`, v, style);
        })
        .join("");
      return `<row r="${i + 1}">${cells}</row>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">${cols ? `<cols>${cols}</cols>` : ""}<sheetData>${body}</sheetData></worksheet>`;
}

/**
 * One cell as XML. Text is always an inline string, never a formula: a roster word like =HYPERLINK(…) or
 * +1+cmd stays the text it was.
 */
export function cellXml(ref: string, v: Value, style = "", prefix = ""): string {
  if (v === null || v === undefined || v === "") return style ? `<${prefix}c r="${ref}"${style}/>` : "";
  if (typeof v === "number") return Number.isFinite(v) ? `<${prefix}c r="${ref}"${style}><${prefix}v>${v}</${prefix}v></${prefix}c>` : cellXml(ref, String(v), style, prefix);
  if (typeof v === "boolean") return `<${prefix}c r="${ref}"${style} t="b"><${prefix}v>${v ? 1 : 0}</${prefix}v></${prefix}c>`;
  return `<${prefix}c r="${ref}"${style} t="inlineStr"><${prefix}is><${prefix}t${inlineText(String(v))}</${prefix}t></${prefix}is></${prefix}c>`;
}

/** The rest of an inline string's <t> tag and its text, escaped: the same 依据 and 说明 come back on most rows. */
const inlineText = memoised((text: string) => {
  const s = escapeXml(text);
  return `${/^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : ""}>${s}`;
});
