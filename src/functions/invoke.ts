import { invalid, loadPolicies, type Options } from "../engine";
import type { OutCell } from "./cells";
import { isExcelError, toExcelError } from "./excel-errors";
import { currentOptions } from "./settings";
import type { Evaluated, FunctionSpec } from "./specs";

/**
 * Runs one TALENT function the way Excel calls it: every argument may be a single value or a range; ranges
 * of the same size are walked row by row (one call fills a whole column), single values are used for every
 * row. Each cell's failure becomes that cell's error; the others are still computed.
 */

type Grid = readonly (readonly unknown[])[];

function asGrid(input: unknown): Grid {
  if (Array.isArray(input) && input.every((row) => Array.isArray(row))) {
    return input.length === 0 ? [[null]] : (input as Grid);
  }
  return [[input ?? null]];
}

/** Arguments in declaration order, with the repeating parameter's values spread at the end. */
function argumentGrids(spec: FunctionSpec, inputs: readonly unknown[]): Grid[] {
  const grids: Grid[] = [];
  spec.params.forEach((p, i) => {
    const v = inputs[i];
    if (p.repeating) {
      const values = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
      for (const x of values) grids.push(asGrid(x));
    } else {
      grids.push(asGrid(v));
    }
  });
  return grids;
}

function commonShape(spec: FunctionSpec, grids: Grid[]): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (const g of grids) {
    rows = Math.max(rows, g.length);
    cols = Math.max(cols, g[0]?.length ?? 1);
  }
  for (const g of grids) {
    const r = g.length;
    const c = g[0]?.length ?? 1;
    if (!(r === 1 && c === 1) && !(r === rows && c === cols)) {
      throw invalid(`${spec.id}：各区域大小不一致（${r}×${c} 与 ${rows}×${cols}），请使用同样行数的区域或单个值`, "Ranges differ in size");
    }
  }
  return { rows, cols };
}

/**
 * A cell of a range that holds nothing: null (Excel on the web, Mac), "" (a formula's empty text) or 0 —
 * Excel on Windows hands a custom function the blank cells of a range as 0 and the function cannot tell
 * them from a typed 0. Used only to decide whether a whole row (or a range's tail) is empty, never to read
 * an argument: a typed 0 beside other values is still computed as 0.
 */
function emptyCell(v: unknown): boolean {
  return v === null || v === undefined || v === 0 || (typeof v === "string" && v.trim() === "");
}

/**
 * Answers remembered by a row's arguments: a tree of Maps, one level per argument, keyed by the values
 * themselves (so 1 and "1" differ, as they must). Excel errors are keyed by their code and message, through
 * one stand-in object each. Values of any other kind are not remembered.
 */
class RowMemo<T> {
  private readonly root = new Map<unknown, unknown>();
  private readonly errors = new Map<string, object>();

  constructor(private readonly arity: number) {}

  private keyOf(v: unknown): unknown {
    if (v === null || v === undefined || typeof v !== "object") return v;
    const code = (v as { code?: unknown }).code;
    if (typeof code !== "string") return NOT_REMEMBERED;
    const id = `${code}\u0000${String((v as { message?: unknown }).message ?? "")}`;
    let stand = this.errors.get(id);
    if (!stand) this.errors.set(id, (stand = {}));
    return stand;
  }

  get(args: readonly unknown[]): T | undefined {
    if (this.arity === 0) return undefined;
    let node: unknown = this.root;
    for (let i = 0; i < this.arity; i++) {
      const k = this.keyOf(args[i]);
      if (k === NOT_REMEMBERED) return undefined;
      node = (node as Map<unknown, unknown>).get(k);
      if (node === undefined) return undefined;
    }
    return node as T;
  }

  set(args: readonly unknown[], value: T): void {
    if (this.arity === 0) return;
    let node = this.root;
    for (let i = 0; i < this.arity; i++) {
      const k = this.keyOf(args[i]);
      if (k === NOT_REMEMBERED) return;
      if (i === this.arity - 1) {
        node.set(k, value);
        return;
      }
      let next = node.get(k) as Map<unknown, unknown> | undefined;
      if (!next) node.set(k, (next = new Map()));
      node = next;
    }
  }
}

const NOT_REMEMBERED = Symbol("not remembered");

/** The grids that vary by row (ranges), as opposed to single values used for every row. */
function ranged(grids: readonly Grid[]): Grid[] {
  return grids.filter((g) => !(g.length === 1 && (g[0]?.length ?? 1) === 1));
}

/**
 * Rows at the end of whole columns in which every column is empty: a range sized for rows still to come
 * (E2:E1001 over four filled rows). They are not people; the aggregate counts the rows above them.
 */
function withoutTrailingBlanks(columns: readonly (readonly unknown[])[]): number {
  const n = Math.max(0, ...columns.map((c) => c.length));
  let last = n;
  while (last > 0 && columns.every((c) => emptyCell(c[last - 1]))) last--;
  return last;
}

export function evaluateRow(spec: FunctionSpec, args: readonly unknown[], options: Options): Evaluated | { error: OutCell } {
  try {
    return spec.evaluate(args, options);
  } catch (e) {
    return { error: toExcelError(e) };
  }
}

function cellsOf(spec: FunctionSpec, grids: Grid[], options: Options): OutCell[][] {
  if (spec.shape === "aggregate") {
    // Whole columns go in as lists of cells, the other arguments as single values; rows after the last
    // one with anything in it are left out (blank rows kept for next year's people are not people).
    const columns = spec.params.map((p, i) => (p.whole ? grids[i]!.flat() : null));
    const present = columns.filter((c): c is unknown[] => c !== null && c.some((v) => !emptyCell(v)));
    const length = withoutTrailingBlanks(present);
    const args = spec.params.map((p, i) => (p.whole ? columns[i]!.slice(0, length) : grids[i]![0]![0]));
    const e = evaluateRow(spec, args, options);
    if ("error" in e) return [[e.error]];
    return Array.isArray(e.cells) ? (Array.isArray(e.cells[0]) ? (e.cells as OutCell[][]) : [e.cells as OutCell[]]) : [[e.cells]];
  }
  const { rows, cols } = commonShape(spec, grids);
  if (spec.shape === "table") {
    if (rows !== 1 || cols !== 1) throw invalid(`${spec.id} 只接受单个值，不能按区域逐行计算`, `${spec.id} takes single values`);
    const e = evaluateRow(spec, grids.map((g) => g[0]![0]), options);
    if ("error" in e) return [[e.error]];
    return e.cells as OutCell[][];
  }
  if (spec.shape === "row" && cols !== 1) {
    throw invalid(`${spec.id} 每行输出多列，参数区域只能是一列`, `${spec.id} needs single-column ranges`);
  }
  // A row whose every ranged argument is empty is a blank row of the sheet: a blank answer, not an error
  // (a column's =SUM() under the spill stays a number).
  const varying = ranged(grids);
  const single = grids.map((g) => !(g.length === 1 && (g[0]?.length ?? 1) === 1) ? undefined : { value: g[0]![0] });
  // Rows with the same arguments have the same answer within one call (same options, same day): each
  // distinct row is computed, with every check, once. A ledger's columns repeat a few words and amounts.
  const seen = new RowMemo<Evaluated | { error: OutCell }>(grids.length);
  const out: OutCell[][] = new Array(rows);
  const args: unknown[] = new Array(grids.length);
  const answer = (r: number, c: number): Evaluated | { error: OutCell } | undefined => {
    let empty = varying.length > 0;
    for (let i = 0; empty && i < varying.length; i++) empty = emptyCell(varying[i]![r]![c]);
    if (empty) return undefined;
    for (let i = 0; i < grids.length; i++) args[i] = single[i] ? single[i]!.value : grids[i]![r]![c];
    let e = seen.get(args);
    if (e === undefined) {
      e = evaluateRow(spec, args.slice(), options);
      seen.set(args, e);
    }
    return e;
  };
  if (spec.shape === "cell" && cols === 1) {
    // one column in, one column out: the common case, one small array per row and nothing else
    for (let r = 0; r < rows; r++) {
      const e = answer(r, 0);
      out[r] = [e === undefined ? "" : "error" in e ? e.error : (e.cells as OutCell)];
    }
    return out;
  }
  for (let r = 0; r < rows; r++) {
    const row: OutCell[] = [];
    for (let c = 0; c < cols; c++) {
      const e = answer(r, c);
      if (e === undefined) {
        row.push("");
        continue;
      }
      if (spec.shape === "row") {
        if ("error" in e) row.push(e.error);
        else row.push(...(e.cells as OutCell[]));
      } else {
        row.push("error" in e ? e.error : (e.cells as OutCell));
      }
    }
    out[r] = row;
  }
  if (spec.shape === "row") {
    // An error row is one cell wide; pad it so the spill stays rectangular.
    const width = Math.max(...out.map((r) => r.length));
    for (const r of out) while (r.length < width) r.push("");
  }
  return out;
}

/**
 * The whole call. A single-cell answer that is an error is thrown, so that Excel shows its message; an
 * error that concerns the call itself (ranges of different sizes) is thrown the same way.
 */
export function invoke(spec: FunctionSpec, inputs: readonly unknown[], options: Options = currentOptions()): OutCell[][] {
  let out: OutCell[][];
  // A refused cell is an Error whose message the cell shows; its stack is never read. Capturing one per
  // refused row was most of the cost of a column with many refusals.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    out = cellsOf(spec, argumentGrids(spec, inputs), options);
  } catch (e) {
    throw toExcelError(e);
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (out.length === 1 && out[0]!.length === 1 && isExcelError(out[0]![0])) throw out[0]![0];
  return out;
}

/**
 * A call written as a flat list of values, the way a formula or a command line writes it: the values past
 * the fixed parameters belong to the repeating one (EXPLAIN's arguments).
 */
export function valuesToInputs(spec: FunctionSpec, values: readonly unknown[]): unknown[] {
  const inputs: unknown[] = [];
  spec.params.forEach((p, i) => {
    inputs.push(p.repeating ? values.slice(i) : values[i]);
  });
  return inputs;
}

/** Loads the rules of every policy a call names in its policy argument, before the call is computed. */
export async function prepare(spec: FunctionSpec, inputs: readonly unknown[]): Promise<void> {
  if (spec.params[0]?.name !== "policy") return;
  const names = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === "string") names.add(v);
    else if (Array.isArray(v)) v.forEach(collect);
  };
  collect(inputs[0]);
  await loadPolicies(names);
}
