import { escapeXml } from "./xml";

/**
 * Native column charts as DrawingML parts, the two the task pane draws on its report sheet: 职称结构 (one
 * series, levels along the axis) and 各系统职称结构 (stacked: one series per level, systems along the
 * axis). The caches carry the numbers, so the chart shows before Excel recalculates.
 */
export interface ChartSpec {
  title: string;
  stacked: boolean;
  sheet: string;
  /** 0-based top-left of the range drawn: header row and label column included. */
  top: number;
  left: number;
  /** The range's cells, header row first, label column first. */
  grid: (string | number | null)[][];
  /** Series by rows (stacked chart) or by columns. */
  byRows: boolean;
  /** Anchor: 0-based columns and rows of the chart's corners. */
  at: { col: number; row: number; toCol: number; toRow: number };
}

const col = (i: number) => {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const abs = (sheet: string, r1: number, c1: number, r2: number, c2: number) => `'${sheet.replace(/'/g, "''")}'!$${col(c1)}$${r1 + 1}${r1 === r2 && c1 === c2 ? "" : `:$${col(c2)}$${r2 + 1}`}`;

function strCache(values: (string | number | null)[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(String(v ?? ""))}</c:v></c:pt>`).join("")}</c:strCache>`;
}
function numCache(values: (string | number | null)[]): string {
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("")}</c:numCache>`;
}

export function chartXml(s: ChartSpec): string {
  const rows = s.grid.length - 1;
  const cols = (s.grid[0]?.length ?? 1) - 1;
  const t = s.top;
  const l = s.left;
  const series: string[] = [];
  const n = s.byRows ? rows : cols;
  for (let k = 0; k < n; k++) {
    const [nameRef, name, catRef, cats, valRef, vals] = s.byRows
      ? [abs(s.sheet, t + 1 + k, l, t + 1 + k, l), s.grid[1 + k]![0], abs(s.sheet, t, l + 1, t, l + cols), s.grid[0]!.slice(1), abs(s.sheet, t + 1 + k, l + 1, t + 1 + k, l + cols), s.grid[1 + k]!.slice(1)]
      : [abs(s.sheet, t, l + 1 + k, t, l + 1 + k), s.grid[0]![1 + k], abs(s.sheet, t + 1, l, t + rows, l), s.grid.slice(1).map((r) => r[0]!), abs(s.sheet, t + 1, l + 1 + k, t + rows, l + 1 + k), s.grid.slice(1).map((r) => r[1 + k]!)];
    series.push(
      `<c:ser><c:idx val="${k}"/><c:order val="${k}"/><c:tx><c:strRef><c:f>${escapeXml(nameRef)}</c:f>${strCache([name ?? ""])}</c:strRef></c:tx><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeXml(catRef)}</c:f>${strCache(cats)}</c:strRef></c:cat><c:val><c:numRef><c:f>${escapeXml(valRef)}</c:f>${numCache(vals)}</c:numRef></c:val></c:ser>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(s.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="${s.stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>${series.join("")}<c:gapWidth val="150"/>${s.stacked ? '<c:overlap val="100"/>' : ""}<c:axId val="500000001"/><c:axId val="500000002"/></c:barChart><c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

/** The drawing that anchors the charts on the sheet; chart i is relationship rId{i+1} of the drawing. */
export function drawingXml(charts: readonly ChartSpec[]): string {
  const anchors = charts.map(
    (c, i) =>
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${c.at.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${c.at.toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.at.toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors.join("")}</xdr:wsDr>`;
}

export function drawingRelsXml(chartParts: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${chartParts
    .map((p, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="/${p}"/>`)
    .join("")}</Relationships>`;
}

/** Where <drawing> goes in a worksheet: before the first of these, else before the end (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

export function addDrawingRef(sheetXml: string, relId: string): string {
  const prefix = /<(\w+:)?worksheet\b/.exec(sheetXml)?.[1] ?? "";
  let at = -1;
  for (const name of AFTER_DRAWING) {
    const m = new RegExp(`<${prefix}${name}\\b`).exec(sheetXml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = sheetXml.lastIndexOf(`</${prefix}worksheet>`);
  const rPrefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(sheetXml)?.[1];
  const ref = rPrefix ? `<${prefix}drawing ${rPrefix}:id="${relId}"/>` : `<${prefix}drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>`;
  return sheetXml.slice(0, at) + ref + sheetXml.slice(at);
}
