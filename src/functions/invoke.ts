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

function at(g: Grid, r: number, c: number): unknown {
  return g.length === 1 && (g[0]?.length ?? 1) === 1 ? g[0]![0] : g[r]![c];
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
    // Whole columns go in as lists of cells, the other arguments as single values.
    const args = spec.params.map((p, i) => (p.whole ? grids[i]!.flat() : grids[i]![0]![0]));
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
  const out: OutCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: OutCell[] = [];
    for (let c = 0; c < cols; c++) {
      const e = evaluateRow(spec, grids.map((g) => at(g, r, c)), options);
      if (spec.shape === "row") {
        if ("error" in e) row.push(e.error);
        else row.push(...(e.cells as OutCell[]));
      } else {
        row.push("error" in e ? e.error : (e.cells as OutCell));
      }
    }
    out.push(row);
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
  try {
    out = cellsOf(spec, argumentGrids(spec, inputs), options);
  } catch (e) {
    throw toExcelError(e);
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
