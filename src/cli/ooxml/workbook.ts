import { posix } from "node:path";
import type { Package } from "./zip";
import { localName, NS, parseXml, type El } from "./xml";

/**
 * What the package says about its workbook: where the parts are (relationships resolved, relative or
 * absolute as openpyxl writes them), the sheets with their visibility, the date system, and which cell
 * styles show dates.
 */
export interface SheetInfo {
  name: string;
  /** Part name inside the package, e.g. xl/worksheets/sheet1.xml. */
  part: string;
  state: "visible" | "hidden" | "veryHidden";
  relId: string;
}

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface WorkbookInfo {
  workbookPart: string;
  workbookXml: string;
  relsPart: string;
  relsXml: string;
  rels: Rel[];
  sheets: SheetInfo[];
  date1904: boolean;
  stylesPart: string | undefined;
  stylesXml: string | undefined;
  sharedStringsPart: string | undefined;
  /** For each cellXfs index: whether its number format shows a date or time. */
  dateStyles: boolean[];
  /** For each cellXfs index: its number format id. */
  numFmtIds: number[];
}

/** The .rels part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/** A relationship target as a part name: relative to the source's folder, or absolute from the package root. */
export function resolveTarget(sourcePart: string, target: string): string {
  const t = decodeURI(target);
  if (t.startsWith("/")) return t.slice(1);
  return posix.normalize(posix.join(posix.dirname(sourcePart), t)).replace(/^\/+/, "");
}

export function parseRels(xml: string, sourcePart: string): Rel[] {
  return parseXml(xml)
    .filter((e) => e.name === "Relationship")
    .map((e) => ({
      id: e.attrs.Id ?? "",
      type: e.attrs.Type ?? "",
      external: e.attrs.TargetMode === "External",
      target: e.attrs.TargetMode === "External" ? (e.attrs.Target ?? "") : resolveTarget(sourcePart, e.attrs.Target ?? ""),
    }));
}

/** An attribute by local name whatever its prefix (r:id, x:r …). */
export function attr(el: El, local: string): string | undefined {
  for (const [k, v] of Object.entries(el.attrs)) if (localName(k) === local && (k === local || k.includes(":"))) return v;
  return undefined;
}

const truthy = (v: string | undefined) => v === "1" || v === "true";

export async function readWorkbookInfo(pkg: Package): Promise<WorkbookInfo> {
  const rootRels = pkg.has("_rels/.rels") ? parseRels(await pkg.text("_rels/.rels"), "") : [];
  const workbookPart = rootRels.find((r) => r.type === NS.officeDocType || r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  if (!pkg.has(workbookPart)) throw new NotAWorkbook(workbookPart);
  const workbookXml = await pkg.text(workbookPart);
  const relsPart = relsPartOf(workbookPart);
  const relsXml = pkg.has(relsPart) ? await pkg.text(relsPart) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"></Relationships>`;
  const rels = parseRels(relsXml, workbookPart);
  const els = parseXml(workbookXml);
  const pr = els.find((e) => e.name === "workbookPr");
  const sheets: SheetInfo[] = els
    .filter((e) => e.name === "sheet")
    .map((e) => {
      const relId = attr(e, "id") ?? "";
      const state = e.attrs.state === "hidden" || e.attrs.state === "veryHidden" ? e.attrs.state : "visible";
      return { name: e.attrs.name ?? "", relId, state, part: rels.find((r) => r.id === relId)?.target ?? "" };
    });
  const stylesPart = rels.find((r) => r.type === NS.stylesType)?.target;
  const stylesXml = stylesPart && pkg.has(stylesPart) ? await pkg.text(stylesPart) : undefined;
  const sharedStringsPart = rels.find((r) => r.type === NS.sharedStringsType)?.target;
  const { dateStyles, numFmtIds } = stylesXml ? styleFormats(stylesXml) : { dateStyles: [], numFmtIds: [] };
  return {
    workbookPart,
    workbookXml,
    relsPart,
    relsXml,
    rels,
    sheets,
    date1904: truthy(pr?.attrs.date1904),
    stylesPart: stylesXml ? stylesPart : undefined,
    stylesXml,
    sharedStringsPart: sharedStringsPart && pkg.has(sharedStringsPart) ? sharedStringsPart : undefined,
    dateStyles,
    numFmtIds,
  };
}

export class NotAWorkbook extends Error {}

/**
 * Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30, with the East Asian ids
 * 27–36 and 50–58 that Chinese Excel shows as yyyy"年"m"月"d"日" and the like).
 */
export function builtinIsDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A custom format code shows a date when, outside quotes, escapes and [colour] sections, it has y m d h s or 年月日. */
export function codeIsDate(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  const section = bare.split(";")[0] ?? "";
  return /[ymdhs年月日]/i.test(section) && !/^general$/i.test(section.trim());
}

function styleFormats(xml: string): { dateStyles: boolean[]; numFmtIds: number[] } {
  const els = parseXml(xml);
  const custom = new Map<number, string>();
  for (const e of els) if (e.name === "numFmt") custom.set(Number(e.attrs.numFmtId), e.attrs.formatCode ?? "");
  const cellXfs = els.find((e) => e.name === "cellXfs");
  const xfs = cellXfs ? els.filter((e) => e.name === "xf" && e.start > cellXfs.start && e.end <= cellXfs.end && e.depth === cellXfs.depth + 1) : [];
  const numFmtIds = xfs.map((x) => Number(x.attrs.numFmtId ?? 0));
  const dateStyles = numFmtIds.map((id) => (custom.has(id) ? codeIsDate(custom.get(id)!) : builtinIsDate(id)));
  return { dateStyles, numFmtIds };
}
