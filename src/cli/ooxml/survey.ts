import type { Value } from "../../jobs/table";
import { UsageError } from "../args";
import type { OpenedWorkbook } from "./open";
import { Readable } from "node:stream";
import { columnIndex, columnLetters, readSheet, rowOfRef } from "./sheet";
import type { SheetInfo } from "./workbook";
import { textOf } from "./zip";

/**
 * Pass 1 over a sheet: its top rows as a grid (for the header), its merges, which columns hold anything,
 * the formulas without a cached value, and whether it is protected. Memory: the top rows and one flag per
 * column, whatever the number of rows.
 */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Survey {
  sheet: SheetInfo;
  top: Value[][];
  merges: Merge[];
  /** One flag per column (0-based): some cell in it has content. */
  used: Uint8Array;
  /** Last row (0-based) with any cell content. */
  lastRow: number;
  /** Per column: the first formula without a cached value and how many there are. */
  uncached: Map<number, { first: string; count: number; firstRow: number }>;
  protected: boolean;
}

export const MAX_COLUMNS = 16384;

/** A merged block from its ref ("A1:C2"; 0-based rows and columns). */
export function parseMerge(ref: string): Merge | undefined {
  const [a, b = a] = ref.split(":");
  if (!a) return undefined;
  return { top: rowOfRef(a), left: columnIndex(a), bottom: rowOfRef(b!), right: columnIndex(b!) };
}

/**
 * Pass 1. The top rows go through the same saxes reader as pass 2 (values, shared strings, dates); the
 * rest of the sheet is only scanned for what the survey keeps — which columns hold something, formulas
 * without a cached value, merges, protection — with a few regular expressions over the raw text, which
 * costs a fraction of a full parse (the rows are parsed properly once, in pass 2).
 */
export async function surveySheet(wb: OpenedWorkbook, sheet: SheetInfo, topRows = 20): Promise<Survey> {
  if (!wb.pkg.has(sheet.part)) throw new UsageError(`工作表“${sheet.name}”在文件中缺失（${sheet.part}）`);
  const s: Survey = { sheet, top: [], merges: [], used: new Uint8Array(MAX_COLUMNS), lastRow: -1, uncached: new Map(), protected: false };
  let carry = "";
  let head = "";
  let rowIndex = -1;
  let inData = true;
  let opening = "";
  let tail = "";
  const note = (col: number, row: number, content: boolean, uncached: boolean) => {
    if (!content || col < 0 || col >= MAX_COLUMNS) return;
    s.used[col] = 1;
    if (row > s.lastRow) s.lastRow = row;
    if (uncached) {
      const u = s.uncached.get(col);
      if (u) u.count++;
      else s.uncached.set(col, { first: `${columnLetters(col)}${row + 1}`, count: 1, firstRow: row });
    }
  };
  // One pass of one expression over whole rows: each row's open tag (for its number) and each cell's
  // open tag with its first child, which says whether it has content (a formula, a value or an inline
  // string come first, in that order). Only a formula cell, or one whose first child is something else,
  // is looked into further.
  const scanRows = (text: string) => {
    TAG.lastIndex = 0;
    const singleQuotes = text.indexOf("'") >= 0;
    let col = -1;
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
      const prefix = m[1]!;
      if (m[2] !== undefined) {
        const r = /\sr="(\d+)"/.exec(m[3]!);
        rowIndex = r ? Number(r[1]) - 1 : rowIndex + 1;
        col = -1;
        if (rowIndex < topRows) {
          // the top rows go whole to the real reader below (which says what is wrong with a row cut short)
          const close = `</${prefix}row>`;
          const closeAt = m[3]!.endsWith("/") ? undefined : text.indexOf(close, TAG.lastIndex);
          const end = closeAt === undefined ? TAG.lastIndex : closeAt < 0 ? text.length : closeAt + close.length;
          head += text.slice(m.index, end);
          TAG.lastIndex = end;
        }
        continue;
      }
      col = cellColumn(text, m.index, col, singleQuotes);
      if (m[4] === "/") continue;
      const child = m[5];
      if (child === "v" || child === "is") {
        note(col, rowIndex, true, false);
        continue;
      }
      const close = `</${prefix}c>`;
      const bodyStart = m.index + m[0].indexOf(">") + 1;
      const end = text.indexOf(close, bodyStart);
      const body = text.slice(bodyStart, end < 0 ? text.length : end);
      const hasV = VALUE.test(body);
      const hasF = FORMULA.test(body);
      note(col, rowIndex, hasV || hasF || INLINE.test(body), hasF && !hasV);
      if (end >= 0) TAG.lastIndex = end + close.length;
    }
  };
  for await (const piece of textOf(await wb.pkg.stream(sheet.part))) {
    const text = carry + piece;
    if (!inData) {
      tail += text;
      carry = "";
      continue;
    }
    if (opening === "") {
      const sd = /<([\w.-]+:)?sheetData(?=[ \t\r\n/>])[^>]*>/.exec(text);
      if (!sd) {
        carry = text;
        continue;
      }
      opening = text.slice(0, sd.index + sd[0].length);
    }
    const end = text.search(/<\/([\w.-]+:)?sheetData>/);
    if (end >= 0) {
      scanRows(text.slice(0, end));
      tail = text.slice(end);
      inData = false;
      carry = "";
      continue;
    }
    // whole rows only: the rest waits for the next chunk
    const cut = Math.max(text.lastIndexOf("</row>"), lastClose(text));
    if (cut < 0) {
      carry = text;
      continue;
    }
    const at = text.indexOf(">", cut) + 1;
    scanRows(text.slice(0, at));
    carry = text.slice(at);
  }
  if (inData) {
    // no </sheetData>: an empty <sheetData/>, or a part cut short
    scanRows(carry);
    tail += carry;
  }
  for (const m of tail.matchAll(/<(?:[\w.-]+:)?mergeCell(?=[ \t\r\n/>])[^>]*\bref="([^"]+)"/g)) {
    const merge = parseMerge(m[1]!);
    if (merge) s.merges.push(merge);
  }
  const prot = /<(?:[\w.-]+:)?sheetProtection(?=[ \t\r\n/>])([^>]*)>/.exec(tail);
  if (prot && /\ssheet="(1|true)"/.test(prot[1]!)) s.protected = true;
  // the top rows, read by the real reader: the sheet's own opening, those rows, closed
  const prefix = /<([\w.-]+:)?sheetData(?=[ \t\r\n/>])/.exec(opening)?.[1] ?? "";
  const root = /<((?:[\w.-]+:)?)worksheet(?=[ \t\r\n/>])/.exec(opening)?.[1] ?? "";
  await readSheet(Readable.from([`${opening.replace(/\/>$/, ">")}${head}</${prefix}sheetData></${root}worksheet>`]), wb.ctx, {
    row: (r) => {
      const values: Value[] = [];
      for (const c of r.cells) {
        if (c.col < MAX_COLUMNS) values[c.col] = c.value;
        note(c.col, r.index, c.content, c.uncached);
      }
      for (let i = 0; i < values.length; i++) values[i] ??= null;
      s.top[r.index] = values;
    },
  });
  for (let i = 0; i < s.top.length; i++) s.top[i] ??= [];
  return s;
}

/** A row's open tag (prefix, "row", attributes), or a cell's (prefix, "/" when empty) with the name of its first child. */
const TAG = /<((?:[\w.-]+:)?)(?:(row)(?=[ \t\r\n/>])([^>]*)>|c(?=[ \t\r\n/>])[^>]*?(\/?)>(?:\s*<(?:[\w.-]+:)?(f|v|is)(?=[ \t\r\n/>]))?)/g;

/** One attribute, from just after the name before it or its value: any name XML allows, either quote. */
const ATTRIBUTE = /[ \t\r\n]+([^ \t\r\n=/>"']+)[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')/y;

/**
 * The column of the cell whose tag starts at `at`, from its r (the one after `previous` where it has none).
 * Read in place where the text has no single quotes (one could hide ' r="' inside a value): a million rows
 * have twelve million cells, and a match array for each was a fifth of the survey's garbage.
 */
function cellColumn(text: string, at: number, previous: number, singleQuotes: boolean): number {
  const close = text.indexOf(">", at);
  const r = text.indexOf(' r="', at);
  if (r < 0 || r > close || singleQuotes) {
    // r after a tab or a line end, in single quotes, or not there: attribute after attribute from the
    // element's name on, each value stepped over whole
    const tag = text.slice(at, close);
    ATTRIBUTE.lastIndex = tag.search(/[ \t\r\n]/);
    for (let a = ATTRIBUTE.lastIndex < 0 ? null : ATTRIBUTE.exec(tag); a; a = ATTRIBUTE.exec(tag)) {
      if (a[1] === "r") {
        const col = columnIndex(a[2] ?? a[3]!);
        return col >= 0 ? col : previous + 1;
      }
    }
    return previous + 1;
  }
  const col = columnIndex(text, r + 4);
  return col >= 0 ? col : previous + 1;
}
const VALUE = /<([\w.-]+:)?v(?=[ \t\r\n/>])/;
const FORMULA = /<([\w.-]+:)?f(?=[ \t\r\n/>])/;
const INLINE = /<([\w.-]+:)?is(?=[ \t\r\n/>])/;

function lastClose(text: string): number {
  const m = text.lastIndexOf(":row>");
  return m < 0 ? -1 : text.lastIndexOf("</", m);
}

/** The last column (0-based) used by content or merges, -1 for an empty sheet. */
export function lastUsedColumn(s: Survey, ignore: (col: number) => boolean = () => false): number {
  let last = -1;
  for (let c = 0; c < MAX_COLUMNS; c++) if (s.used[c] && !ignore(c)) last = c;
  for (const m of s.merges) if (!ignore(m.right)) last = Math.max(last, m.right);
  return last;
}
