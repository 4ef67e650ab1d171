import type { Layout } from "./columns";
import type { Value } from "./table";

/**
 * The jobs one row at a time, for front ends that stream a sheet (the command line) as well as for the
 * whole-table functions the pane uses. The shape:
 *
 * 1. `findLayout(grid)` (columns.ts) reads the header from the top rows — title rows skipped, a two-row
 *    header read as one — and maps the columns; `withOverrides` applies the user's corrections; the
 *    front end settles `layout.conflicts` (an error naming both columns from `conflictMessages`, or a
 *    question) and prints `describeMapping(layout)`.
 * 2. `await startLedger(layout, job)` / `await startAudit(layout, job)` loads the documents and gives a
 *    `RowJob`: its output `headers` (marked 【人才政策】) and number `formats`, then `row(values, sheetRow)`
 *    for each data row, synchronously, in any order, returning the output cells (and whether the audit
 *    found a mismatch, or why the row was not computed).
 * 3. `summary()` and `notes(source)` — the summary rows for the 说明/汇总 sheet — after the last row.
 *
 * `outputColumns` says where the outputs go: over the columns an earlier run wrote (a job re-run on its
 * own output updates them in place), the rest after the last used column.
 */
export interface RowOutput {
  cells: Value[];
  /** The audit found the recorded refund different from the recomputed one (the front end highlights it). */
  mismatch?: boolean;
  /** Why the row was not computed (a 合计 row, a row without a person); its cells are blank. */
  skipped?: string;
}

export interface RowJob<S> {
  headers: string[];
  keys: string[];
  /** The number format of each output column, where it has one. */
  formats: (string | undefined)[];
  row(values: readonly Value[], sheetRow?: number): RowOutput;
  summary(): S;
  /** The summary as sheet rows (two columns): totals, rows left out, readings, the mapping used. */
  notes(source: string): Value[][];
}

/** Number format of money columns. */
export const MONEY = "#,##0.00";

/**
 * The sheet column (0-based) of each output header: the column of an earlier run's output with the same
 * header, else the next column after `firstFree` (0-based: the first column right of everything used).
 */
export function outputColumns(layout: Pick<Layout, "outputs">, headers: readonly string[], firstFree: number): number[] {
  let next = firstFree;
  return headers.map((h) => layout.outputs.get(h) ?? next++);
}
