import { SaxesParser } from "saxes";

/**
 * Small parts (workbook, relationships, content types, styles) read with saxes into a flat list of
 * elements with their offsets in the text, so that an edit is a splice at a known place and everything
 * else keeps its bytes. Names are compared without their prefix: .NET writers put everything under `x:`.
 */
export interface El {
  /** Local name (no prefix). */
  name: string;
  prefix: string;
  attrs: Record<string, string>;
  depth: number;
  /** Offsets of "<" of the open tag, just after its ">", of "<" of the close tag, just after the element. */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
  text: string;
}

export function localName(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

export function prefixOf(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? "" : qname.slice(0, i + 1);
}

export function parseXml(xml: string): El[] {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const out: El[] = [];
  const stack: El[] = [];
  let tagStart = 0;
  parser.on("opentagstart", () => {
    tagStart = xml.lastIndexOf("<", parser.position - 1);
  });
  parser.on("opentag", (t) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(t.attributes)) attrs[k] = String(v);
    const el: El = { name: localName(t.name), prefix: prefixOf(t.name), attrs, depth: stack.length, start: tagStart, openEnd: parser.position, closeStart: parser.position, end: parser.position, selfClosing: t.isSelfClosing, text: "" };
    out.push(el);
    if (!t.isSelfClosing) stack.push(el);
  });
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on("closetag", (t) => {
    if (t.isSelfClosing) return;
    const el = stack.pop()!;
    el.end = parser.position;
    el.closeStart = xml.lastIndexOf("<", el.end - 1);
  });
  parser.write(xml).close();
  return out;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}

/** Applies splices (offset, length to remove, text to insert) to a text, in one pass. */
export function splice(text: string, edits: { at: number; remove?: number; insert: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  let out = "";
  let pos = 0;
  for (const e of sorted) {
    out += text.slice(pos, e.at) + e.insert;
    pos = e.at + (e.remove ?? 0);
  }
  return out + text.slice(pos);
}

/** Namespace URIs the edits need. */
export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  worksheetType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  stylesType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStringsType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  drawingType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chartType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  officeDocType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheetCt: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  stylesCt: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawingCt: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chartCt: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

/** The prefix (with its colon) a root element binds to a namespace, or undefined. */
export function boundPrefix(root: El, uri: string): string | undefined {
  for (const [k, v] of Object.entries(root.attrs)) {
    if (v !== uri) continue;
    if (k === "xmlns") return "";
    if (k.startsWith("xmlns:")) return `${k.slice(6)}:`;
  }
  return undefined;
}
