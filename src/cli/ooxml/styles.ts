import { parseXml, splice, type El } from "./xml";

/**
 * Our cell styles, appended to the workbook's styles part: the existing fonts, fills and cell formats
 * keep their indices (every existing cell keeps its look); ours get the next ones.
 */
export interface OurStyles {
  header: number;
  money: number;
  mark: number;
  markMoney: number;
}

/** Built-in number format 4 is #,##0.00 in every locale: no custom format needed. */
const MONEY_FMT = 4;
const HEADER_COLOR = "FF0F3D6E";
const HEADER_FILL = "FFDCEBFA";
const MARK_FILL = "FFFDE2E1";

export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function children(els: El[], parent: El, name: string): El[] {
  return els.filter((e) => e.name === name && e.depth === parent.depth + 1 && e.start > parent.start && e.end <= parent.end);
}

const bare = (x: string) => x.replace(/<(\/?)\w+:/g, "<$1").replace(/\s+/g, " ");

/**
 * Adds items to a collection element (<fonts>, <fills>, <cellXfs>) and keeps its count right; returns
 * each item's index. An item already there (written by an earlier run) is reused, so that running a job
 * on its own output leaves the styles as they were.
 */
function append(xml: string, els: El[], edits: Edit[], name: string, item: string, items: string[]): number[] {
  const parent = els.find((e) => e.name === name);
  if (!parent) throw new Error(`styles part has no <${name}>`);
  const p = parent.prefix;
  const existing = children(els, parent, item).map((e) => bare(xml.slice(e.start, e.end)));
  const added: string[] = [];
  const index = items.map((i) => {
    const at = existing.indexOf(bare(i));
    if (at >= 0) return at;
    added.push(i);
    return existing.length + added.length - 1;
  });
  if (added.length === 0) return index;
  const text = added.map((i) => i.replace(/<(\/?)([a-zA-Z])/g, `<$1${p}$2`)).join("");
  const open = xml.slice(parent.start, parent.openEnd).replace(/(\scount=")\d+"/, `$1${existing.length + added.length}"`);
  if (parent.selfClosing) {
    edits.push({ at: parent.start, remove: parent.end - parent.start, insert: `${open.replace(/\s*\/>$/, ">")}${text}</${p}${name}>` });
  } else {
    edits.push({ at: parent.start, remove: parent.openEnd - parent.start, insert: open });
    edits.push({ at: parent.closeStart, insert: text });
  }
  return index;
}

type Edit = { at: number; remove?: number; insert: string };

export function addOurStyles(xml: string): { xml: string; styles: OurStyles } {
  const els = parseXml(xml);
  const edits: Edit[] = [];
  const fonts = els.find((e) => e.name === "fonts");
  const font0 = fonts ? children(els, fonts, "font")[0] : undefined;
  // The header font is the workbook's default font, bold and blue: same face and size as the ledger's.
  const base = font0 && !font0.selfClosing ? xml.slice(font0.openEnd, font0.closeStart).replace(/<(\w+:)?(b|color)\b[^>]*\/>|<(\w+:)?(b|color)\b[^>]*>.*?<\/(\w+:)?\4>/g, "") : "";
  const [fontId] = append(xml, els, edits, "fonts", "font", [`<font><b/>${base.replace(/<(\w+:)/g, "<").replace(/<\/(\w+:)/g, "</")}<color rgb="${HEADER_COLOR}"/></font>`]);
  const [headerFill, markFill] = append(xml, els, edits, "fills", "fill", [HEADER_FILL, MARK_FILL].map((c) => `<fill><patternFill patternType="solid"><fgColor rgb="${c}"/><bgColor indexed="64"/></patternFill></fill>`));
  const xf = (numFmt: number, font: number, fill: number) =>
    `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${numFmt ? ' applyNumberFormat="1"' : ""}${font ? ' applyFont="1"' : ""}${fill ? ' applyFill="1"' : ""}/>`;
  const [header, money, mark, markMoney] = append(xml, els, edits, "cellXfs", "xf", [xf(0, fontId!, headerFill!), xf(MONEY_FMT, 0, 0), xf(0, 0, markFill!), xf(MONEY_FMT, 0, markFill!)]);
  return { xml: splice(xml, edits), styles: { header: header!, money: money!, mark: mark!, markMoney: markMoney! } };
}
