import type { Readable } from "node:stream";
import { SaxesParser } from "saxes";
import type { Value } from "../../jobs/table";
import { columnIndex, columnLetter } from "../../jobs/chunks";
import { UsageError } from "../args";
import { type Attributes, RowReader } from "./rows";
import { localName, prefixOf } from "./xml";
import { textOf } from "./zip";

/**
 * The target sheet, streamed: read chunk by chunk (by saxes, and its rows by the row reader: see
 * scanSheet), each row reported with its cells' values and their offsets in the text. Reading (pass 1, and
 * the stats) keeps nothing but what the caller keeps; splicing (pass 2) copies the text as it came and only
 * inserts our cells at the end of a row, the new extent in <dimension>, and our columns' widths in <cols>.
 * Elements are matched by local name, so `x:`-prefixed sheets from .NET writers read the same.
 */

export interface CellRead {
  /** 0-based column. */
  col: number;
  value: Value;
  /** The cell has a value, a formula or an inline string (not just a style). */
  content: boolean;
  /** A formula with no cached value: nothing to read until Excel or WPS computes and saves it. */
  uncached: boolean;
  /** The formula's text (without “=”) where the cell has one; a shared formula's dependent cells give "". */
  formula?: string;
  /** The cell's number format shows a date (its value is then a 1900-system serial). */
  dateStyled: boolean;
  start: number;
  end: number;
}

export interface RowRead {
  /** 0-based row. */
  index: number;
  cells: CellRead[];
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
  /** Hidden in Excel (row height 0 by hidden="1"). */
  hidden: boolean;
  /** The element prefix the sheet uses ("" or "x:"), for the cells we write into it. */
  prefix: string;
}

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Characters of output handed to the zip writer at a time (CJK text: 64 KiB as a string). */
const OUT_PIECE = 1 << 15;

/** Column letters and numbers, as everywhere else in the product (jobs/chunks.ts). */
export { columnIndex, columnLetter as columnLetters };

/** Excel's 1904 system counts days from 1904-01-01; the jobs take 1900-system serials. */
export const DAYS_1904 = 1462;

export function rowOfRef(ref: string): number {
  const m = /\d+$/.exec(ref);
  return m ? Number(m[0]) - 1 : -1;
}

/** ISO text of a t="d" cell as a 1900-system serial. */
function isoSerial(text: string): number | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (!m) return text;
  const day = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / 86400000 + 25569;
  return day + ((+(m[4] ?? 0)) * 3600 + (+(m[5] ?? 0)) * 60 + +(m[6] ?? 0)) / 86400;
}

export interface SpliceEdits {
  /** Replacement for the <dimension> element's text. */
  dimension?: (text: string) => string;
  /** Replacement for the whole <cols> element (or, with undefined, a <cols> to insert before <sheetData>). */
  cols: (text: string | undefined, prefix: string) => string;
  /** Our columns (0-based, ascending) … */
  columns: readonly number[];
  /** … and every column whose existing cells we replace (ours, and an earlier run's). */
  owned: ReadonlySet<number>;
  /** A row's cells for `columns`, as XML, in the same order ("" for none). */
  cellsFor: (row: RowRead) => string[];
}

export interface ScanHandlers {
  row?: (row: RowRead) => void;
  /** Every element outside the rows (mergeCell, col, dataValidation, …), with its attributes. */
  element?: (name: string, attrs: Record<string, string>) => void;
}

export interface ScanOptions {
  /** Read the rows with saxes too, not with the row reader (the tests compare the two). */
  saxesOnly?: boolean;
}

/**
 * Streams a sheet part. Without `edits`, reads it (handlers see every row); with `edits`, also yields the
 * new sheet text, chunk by chunk, as an async iterable the zip writer deflates.
 *
 * Two readers share one set of element handlers. saxes reads the sheet's head and tail (everything outside
 * <sheetData>) and anything unusual. The rows, which are nearly all of a large sheet, go to the row reader
 * (rows.ts), which reads the few forms a row takes — elements, attributes, text, the five named entities
 * and character references — with regular expressions, at a fraction of saxes's cost (on the bench's
 * 1,000,000-row ledger saxes took 9 s of the main thread's 32). The row reader takes a row only when it
 * has all of it and it holds nothing else: a comment, CDATA, a processing instruction, an entity it does
 * not know, or text it cannot place hands that row and the rest of the sheet to saxes, which then reads
 * (or refuses, with its message) exactly what it would have read alone.
 */
export async function* scanSheet(source: Readable, ctx: SheetContext, handlers: ScanHandlers, edits?: SpliceEdits, options: ScanOptions = {}): AsyncGenerator<string> {
  const parser = new SaxesParser({ xmlns: false, position: true });
  // Where, in the sheet's own terms: saxes's line and column count only the text saxes read (the row
  // reader takes most rows), and a user looks for a row, not a character offset.
  parser.on("error", (e) => {
    const where = row ? `第 ${row.index + 1} 行` : rowIndex < 0 ? "表格数据之前" : `第 ${rowIndex + 1} 行之后`;
    const reason = e.message.replace(/^\d+:\d+: /, "");
    throw new UsageError(`工作表的 XML 不完整或格式有误（出错处：${where}；XML 解析器的说明：${reason}）：文件可能已损坏或被截断，请用 Excel 或 WPS 打开后另存，再试`);
  });
  let buf = "";
  let bufBase = 0; // absolute offset of buf[0]
  let out = "";
  // Finished output, in strings of about OUT_PIECE characters: a string is encoded to UTF-8 for zlib as one
  // piece, and a longer one (a rope of a hundred rows' slices, flattened first) cost a fifth of the audit.
  const ready: string[] = [];

  // text received and not yet read (by saxes or by the row reader), from the absolute offset pendBase
  let pend = "";
  let pendBase = 0;
  // characters the row reader took, which saxes never saw: saxes's positions are behind by that much
  let skipped = 0;
  let stage: "head" | "rows" | "saxes" = options.saxesOnly ? "saxes" : "head";
  const rows = new RowReader();

  let tagStart = 0;
  let rowIndex = -1;
  let row: RowRead | undefined;
  // the cell being read: one object for the whole sheet, reset at each <c> (a million rows have twelve million cells)
  const cell = { open: false, col: 0, t: "n", s: 0, start: 0, v: "", hasV: false, f: false, formula: "", inline: false, text: "" };
  let lastCol = -1;
  let inV = false;
  let inT = false;
  let inF = false;
  let inPhonetic = 0;
  let colsStart = -1;
  let colsSeen = false;
  let dimension: [number, number] | undefined;
  let sheetPrefix = "";

  /** Copies buf up to an absolute offset into the output. */
  const copyTo = (abs: number) => {
    out += buf.slice(0, abs - bufBase);
    buf = buf.slice(abs - bufBase);
    bufBase = abs;
  };
  const skipTo = (abs: number) => {
    buf = buf.slice(abs - bufBase);
    bufBase = abs;
  };

  /** An open tag: its qualified name, its attributes, where its "<" is and where its ">" ends. */
  const open = (qname: string, a: Attributes, selfClosing: boolean, start: number, end: number) => {
    const name = localName(qname);
    switch (name) {
      case "c":
        beginCell(a.r, a.t, a.s, start);
        if (selfClosing) endCell(end);
        return;
      case "v":
        if (cell.open) {
          inV = true;
          cell.hasV = true;
        }
        return;
      case "f":
        if (cell.open) {
          cell.f = true;
          inF = !selfClosing;
        }
        return;
      case "is":
        if (cell.open) cell.inline = true;
        return;
      case "t":
        if (cell.open && cell.inline && inPhonetic === 0) inT = true;
        return;
      case "rPh":
        inPhonetic++;
        return;
      case "row": {
        const r = a.r;
        rowIndex = r ? Number(r) - 1 : rowIndex + 1;
        lastCol = -1;
        const hidden = a.hidden;
        row = { index: rowIndex, cells: [], start, openEnd: end, end, selfClosing, hidden: hidden === "1" || hidden === "true", prefix: prefixOf(qname) };
        if (selfClosing) endRow(end);
        return;
      }
      case "worksheet":
        sheetPrefix = prefixOf(qname);
        return;
      case "dimension":
        if (edits?.dimension) dimension = [start, end];
        handlers.element?.(name, a as Record<string, string>);
        return;
      case "cols":
        colsStart = start;
        colsSeen = true;
        return;
      case "sheetData":
        if (edits && !colsSeen) {
          copyTo(start);
          out += edits.cols(undefined, sheetPrefix);
        }
        return;
      default:
        if (!row) handlers.element?.(name, a as Record<string, string>);
    }
  };
  const text = (t: string) => {
    if (inV) cell.v += t;
    else if (inT) cell.text += t;
    else if (inF) cell.formula += t;
  };
  /** A close tag (or the end of a self-closing one), and where it ends. */
  const close = (qname: string, selfClosing: boolean, end: number) => {
    switch (localName(qname)) {
      case "v":
        inV = false;
        return;
      case "f":
        inF = false;
        return;
      case "t":
        inT = false;
        return;
      case "rPh":
        inPhonetic--;
        return;
      case "c":
        if (!selfClosing) endCell(end);
        return;
      case "row":
        if (!selfClosing) endRow(end);
        return;
      case "cols":
        if (edits) {
          copyTo(colsStart);
          out += edits.cols(buf.slice(0, end - bufBase), sheetPrefix);
          skipTo(end);
        }
        colsStart = -1;
        return;
      case "dimension":
        if (edits?.dimension && dimension) {
          const [s, e] = dimension;
          copyTo(s);
          out += edits.dimension(buf.slice(0, e - bufBase));
          skipTo(e);
          dimension = undefined;
        }
        return;
    }
  };

  /** A <c>: its r, t and s attributes, and where its "<" is. */
  function beginCell(r: string | undefined, t: string | undefined, st: string | undefined, start: number) {
    const col = r ? columnIndex(r) : lastCol + 1;
    lastCol = col;
    cell.open = true;
    cell.col = col;
    cell.t = t ?? "n";
    cell.s = st ? Number(st) : 0;
    cell.start = start;
    cell.v = cell.formula = cell.text = "";
    cell.hasV = cell.f = cell.inline = false;
  }
  /** The common cell, read by the row reader: <c …> with nothing inside but <v>, and where it ends. */
  const cellWithValue = (a: Attributes, start: number, value: string, end: number) => {
    beginCell(a.r, a.t, a.s, start);
    cell.hasV = true;
    cell.v = value;
    endCell(end);
  };

  // saxes reports the name once it has read the character after it: "<" is that many characters back
  parser.on("opentagstart", (t) => {
    tagStart = parser.position + skipped - t.name.length - 2;
  });
  parser.on("opentag", (t) => open(t.name, t.attributes as Record<string, string>, t.isSelfClosing, tagStart, parser.position + skipped));
  parser.on("text", text);
  parser.on("closetag", (t) => close(t.name, t.isSelfClosing, parser.position + skipped));

  function endCell(end: number) {
    const c = cell;
    c.open = false;
    let value: Value = null;
    const uncached = c.f && !c.hasV;
    if (c.inline) value = c.text;
    else if (c.hasV) {
      switch (c.t) {
        case "s":
          value = ctx.sharedStrings[Number(c.v)] ?? null;
          break;
        case "str":
          value = c.v;
          break;
        case "b":
          value = c.v === "1" || c.v === "true";
          break;
        case "e":
          value = c.v;
          break;
        case "d":
          value = isoSerial(c.v);
          break;
        default: {
          const n = Number(c.v);
          value = Number.isFinite(n) && c.v.trim() !== "" ? n + (ctx.date1904 && ctx.dateStyles[c.s] ? DAYS_1904 : 0) : c.v;
        }
      }
    }
    const read: CellRead = { col: c.col, value, content: c.hasV || c.f || c.inline, uncached, dateStyled: c.t === "d" || (c.t === "n" && Boolean(ctx.dateStyles[c.s])), start: c.start, end };
    if (c.f) read.formula = c.formula;
    row?.cells.push(read);
  }

  function endRow(end: number) {
    const r = row!;
    row = undefined;
    r.end = end;
    handlers.row?.(r);
    if (!edits) return;
    const ours = edits.cellsFor(r);
    if (ours.every((x) => x === "") && !r.cells.some((c) => edits.owned.has(c.col))) return;
    // Cells stay in column order: ours merged between the existing ones, which keep their bytes; an
    // existing cell in a column we own (empty and styled, or our earlier output) gives way.
    copyTo(r.start);
    const cols = edits.columns;
    let text: string;
    if (r.selfClosing) {
      text = `${buf.slice(0, r.end - r.start).replace(/\s*\/>$/, ">")}${ours.join("")}</${r.prefix}row>`;
    } else {
      text = buf.slice(0, r.openEnd - r.start);
      let k = 0;
      let prev = r.openEnd;
      for (const c of r.cells) {
        while (k < cols.length && cols[k]! < c.col) text += ours[k++]!;
        if (!edits.owned.has(c.col)) text += buf.slice(prev - r.start, c.end - r.start);
        prev = c.end;
      }
      while (k < cols.length) text += ours[k++]!;
      const lastEnd = r.cells.length > 0 ? r.cells[r.cells.length - 1]!.end : r.openEnd;
      text += buf.slice(lastEnd - r.start, r.end - r.start);
    }
    out += text;
    if (out.length >= OUT_PIECE) {
      ready.push(out);
      out = "";
    }
    skipTo(r.end);
  }

  /** Gives saxes the first `n` characters of pend. */
  const toSaxes = (n: number) => {
    parser.write(pend.slice(0, n));
    pend = pend.slice(n);
    pendBase += n;
  };
  /** Reads what can be read of pend: saxes up to the rows, the row reader while it can, saxes after. */
  const advance = () => {
    if (stage === "head") {
      const at = rows.sheetDataOpened(pend);
      if (at === undefined) {
        // all but a tag that may be cut short, which waits for the rest
        const lt = pend.lastIndexOf("<");
        toSaxes(lt < 0 ? pend.length : lt);
        return;
      }
      toSaxes(at.end);
      stage = at.rows ? "rows" : "saxes";
    }
    if (stage === "rows") {
      const done = rows.read(pend, pendBase, { open, text, close, cellWithValue, rollback });
      skipped += done.taken;
      pend = pend.slice(done.taken);
      pendBase += done.taken;
      if (done.rest) stage = "saxes";
      else return;
    }
    toSaxes(pend.length);
  };
  // a row the row reader gave up part-way: its state as before the row, for saxes to read it from the start
  const saved = { rowIndex: 0 };
  const rollback = (phase: "before" | "undo") => {
    if (phase === "before") {
      saved.rowIndex = rowIndex;
      return;
    }
    rowIndex = saved.rowIndex;
    row = undefined;
    cell.open = false;
    inV = inT = inF = false;
    inPhonetic = 0;
  };

  for await (const s of textOf(source)) {
    if (edits) buf += s;
    else bufBase += s.length;
    pend += s;
    advance();
    if (edits) {
      // Everything before an element that may still be edited can go: the last complete tag read, unless a row or <cols> is open.
      let safe = Math.min(pendBase, bufBase + buf.lastIndexOf(">") + 1);
      if (row) safe = Math.min(safe, row.start);
      if (colsStart >= 0) safe = Math.min(safe, colsStart);
      if (dimension) safe = Math.min(safe, dimension[0]);
      if (safe > bufBase) copyTo(safe);
      if (out.length > 0) {
        ready.push(out);
        out = "";
      }
      for (const piece of ready) yield piece;
      ready.length = 0;
    }
  }
  // whatever is left (a sheet cut short ends here) goes to saxes, which says what is wrong with it
  toSaxes(pend.length);
  parser.close();
  if (edits) {
    out += buf;
    if (out.length > 0) yield out;
  }
}

/** Reads a sheet without writing anything: each row to `row`. */
export async function readSheet(source: Readable, ctx: SheetContext, handlers: ScanHandlers, options: ScanOptions = {}): Promise<void> {
  for await (const _ of scanSheet(source, ctx, handlers, undefined, options)) {
    // reading only
  }
}

/** The shared strings, streamed: the text of each <si>, rich-text runs joined, phonetic runs left out. */
export async function readSharedStrings(source: Readable): Promise<string[]> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const out: string[] = [];
  let cur: string | undefined;
  let inT = false;
  let phonetic = 0;
  parser.on("opentag", (t) => {
    const n = localName(t.name);
    if (n === "si") cur = "";
    else if (n === "t" && phonetic === 0 && cur !== undefined) inT = !t.isSelfClosing;
    else if (n === "rPh") phonetic++;
  });
  parser.on("text", (s) => {
    if (inT) cur += s;
  });
  parser.on("closetag", (t) => {
    const n = localName(t.name);
    if (n === "si") {
      out.push(cur ?? "");
      cur = undefined;
    } else if (n === "t") inT = false;
    else if (n === "rPh") phonetic--;
  });
  for await (const s of textOf(source)) parser.write(s);
  parser.close();
  return out;
}
