import { columnLetter } from "../jobs/chunks";
import { CellError, isBlank, shown, type Codec } from "./codecs";
import type { Cell, CellRef, Problem } from "./types";

/**
 * The pieces every sheet is made of: columns that map a cell onto a path of the file, the reading of one
 * grid with its problems, and the record of which cell each value of the file came from.
 */

export type Path = (string | number)[];

/**
 * What a blank cell means for the field: a problem, no such field, null, an empty list, or empty text (the
 * English names, which an office need not write: the add-in is Chinese first).
 */
export type Blank = "required" | "omit" | "null" | "empty" | "text";

export interface Column {
  header: string;
  /** Where the value sits in the row's object (an element of categories, refunds …). */
  path: Path;
  codec: Codec<any>;
  blank: Blank;
  /** A column an older or trimmed workbook may lack without a problem (录入说明). */
  optionalHeader?: boolean;
  /** The optional object the field belongs to: required only once any field of that object is filled. */
  within?: string;
  /** The forms (`kind`) of element the column is for; blank for the others. */
  kinds?: readonly string[];
  width?: number;
  dropdown?: string;
  /** What to write, in the instructions sheet. */
  hint?: string;
}

export function getPath(obj: unknown, path: Path): unknown {
  let v: any = obj;
  for (const p of path) {
    if (v === undefined || v === null) return undefined;
    v = v[p];
  }
  return v;
}

export function setPath(obj: any, path: Path, value: unknown): void {
  let v = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const p = path[i]!;
    if (v[p] === undefined) v[p] = typeof path[i + 1] === "number" ? [] : {};
    v = v[p];
  }
  v[path[path.length - 1]!] = value;
}

export { columnLetter };

/** Where every value of the file was read from, by its JSON path. */
export class SourceMap {
  private readonly cells = new Map<string, CellRef>();

  note(path: Path, ref: CellRef): void {
    const k = JSON.stringify(path);
    if (!this.cells.has(k)) this.cells.set(k, ref);
  }

  /** The cell a path of the file came from: the path itself, or the nearest part of the file above it. */
  cellOf(path: readonly (string | number)[]): CellRef | undefined {
    for (let n = path.length; n >= 0; n--) {
      const hit = this.cells.get(JSON.stringify(path.slice(0, n)));
      if (hit) return hit;
    }
    return undefined;
  }
}

/** One sheet as read: cells by header, with the problems it gives. */
/** Columns headed 备注… are the office's own notes: never read, never a problem. */
export const NOTE_PREFIX = "备注";

export class SheetReader {
  readonly columns = new Map<string, number>();
  private readonly notes = new Set<number>();

  constructor(
    readonly name: string,
    readonly rows: Cell[][],
    readonly problems: Problem[],
    readonly sources: SourceMap,
    expected: readonly string[],
    /** Columns the sheet may have or lack (录入说明). */
    optional: readonly string[] = [],
  ) {
    const header = rows[0] ?? [];
    header.forEach((c, i) => {
      if (typeof c === "string" && c.trim() !== "") {
        const h = c.trim();
        if (this.columns.has(h)) this.problems.push({ sheet: name, row: 1, column: columnLetter(i), header: h, message: `列名“${h}”重复` });
        else this.columns.set(h, i);
      }
    });
    for (const h of expected) {
      if (!this.columns.has(h)) this.problems.push({ sheet: name, row: 1, message: `缺少列“${h}”（第1行应为列名）` });
    }
    for (const [h, i] of this.columns) {
      // an office's own notes beside the data
      if (h.startsWith(NOTE_PREFIX)) {
        this.notes.add(i);
        continue;
      }
      if (!expected.includes(h) && !optional.includes(h)) {
        this.problems.push({ sheet: name, row: 1, column: columnLetter(i), header: h, message: `无法识别的列名“${h}”（可用：${[...expected, ...optional].join("、")}）` });
      }
    }
  }

  /** Indexes of the data rows that hold anything. */
  dataRows(): number[] {
    const out: number[] = [];
    for (let r = 1; r < this.rows.length; r++) if ((this.rows[r] ?? []).some((c, i) => !isBlank(c) && !this.notes.has(i))) out.push(r);
    return out;
  }

  cell(r: number, header: string): Cell {
    const i = this.columns.get(header);
    return i === undefined ? null : (this.rows[r]?.[i] ?? null);
  }

  blank(r: number, header: string): boolean {
    return isBlank(this.cell(r, header));
  }

  ref(r: number, header?: string): CellRef {
    const i = header === undefined ? undefined : this.columns.get(header);
    return { sheet: this.name, row: r + 1, ...(i !== undefined ? { column: columnLetter(i), header } : {}) };
  }

  /** Records a problem once (a cell read twice, for its own column and for the form of its row, says it once). */
  problem(r: number | undefined, header: string | undefined, message: string): void {
    const p: Problem = r === undefined ? { sheet: this.name, message } : { ...this.ref(r, header), message };
    const same = (q: Problem) => q.sheet === p.sheet && q.row === p.row && q.column === p.column && q.message === p.message;
    if (!this.problems.some(same)) this.problems.push(p);
  }

  /** The decoded value of a cell, undefined where blank; a formula or a bad value is a problem. */
  value<T>(r: number, header: string, codec: Codec<T>): T | undefined {
    const c = this.cell(r, header);
    if (isBlank(c)) return undefined;
    if (typeof c === "object" && c !== null && !(c instanceof Date)) {
      this.problem(r, header, `单元格含公式 ${shown(c)}：政策文件只读取填写的值，不计算公式，请改为直接填写`);
      return undefined;
    }
    try {
      return codec.read(typeof c === "string" ? c.trim() : c);
    } catch (e) {
      if (e instanceof CellError) {
        this.problem(r, header, e.message);
        return undefined;
      }
      throw e;
    }
  }
}

/**
 * Reads the columns of one row into `target`, noting each value's cell under `base`. Returns whether
 * the row had everything it needs; `kind` is the row's form where columns depend on it.
 */
export function readColumns(sheet: SheetReader, r: number, cols: readonly Column[], target: any, base: Path, kind?: string, formColumn = "形式"): boolean {
  let ok = true;
  const filled = new Set<string>();
  const present = (col: Column) => !sheet.blank(r, col.header);
  for (const col of cols) if (present(col) && col.within) filled.add(col.within);
  for (const col of cols) {
    if (col.kinds && kind === undefined) continue; // the form itself is missing or wrong: reported on its own
    if (col.kinds && !col.kinds.includes(kind!)) {
      if (present(col)) sheet.problem(r, col.header, `“${col.header}”不用于这种形式（见本行“${formColumn}”列），请留空`);
      continue;
    }
    // the column's cell stands for its field and for the objects it is the first column of (an article)
    for (let n = col.path.length; n >= 1; n--) sheet.sources.note([...base, ...col.path.slice(0, n)], sheet.ref(r, col.header));
    const v = sheet.value(r, col.header, col.codec);
    if (v !== undefined) {
      setPath(target, col.path, v);
      continue;
    }
    if (present(col)) {
      ok = false;
      continue;
    }
    if (col.within && !filled.has(col.within)) continue;
    if (col.blank === "required") {
      sheet.problem(r, col.header, `“${col.header}”必须填写`);
      ok = false;
    } else if (col.blank === "null") setPath(target, col.path, null);
    else if (col.blank === "empty") setPath(target, col.path, []);
    else if (col.blank === "text") setPath(target, col.path, "");
  }
  return ok;
}

/** The cells of one row of an object, in the columns' order. */
export function writeColumns(cols: readonly Column[], source: unknown, kind?: string): Cell[] {
  return cols.map((col) => {
    if (col.kinds && (kind === undefined || !col.kinds.includes(kind))) return null;
    const v = getPath(source, col.path);
    if (v === undefined || (v === null && col.blank === "null")) return null;
    if (Array.isArray(v) && v.length === 0 && col.blank === "empty") return null;
    if (v === "" && col.blank === "text") return null;
    return col.codec.write(v);
  });
}
