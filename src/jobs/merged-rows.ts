import type { Mapping, Role } from "./columns";
import type { Merge, Value } from "./table";

/** Amounts are not carried down a merge: one amount merged over a person's item rows is not paid once per row. */
const NOT_CARRIED: readonly Role[] = ["paid", "recordedRefund"];

/**
 * Values of cells merged down over data rows, carried into every row of the merge. Ledgers with one row per
 * 补贴项目 often merge 姓名, dates and the like down over a person's rows; Excel keeps the value in the
 * merge's top cell only, so without this the rows below it read as rows with no person. Rows arrive in
 * order (a stream of the sheet); only the merges that start below the header are used.
 */
export class MergedRows {
  private readonly byTop = new Map<number, Merge[]>();
  private readonly carried = new Map<number, { value: Value; bottom: number }>();
  private readonly skip: Set<number>;

  constructor(merges: readonly Merge[], headerRow: number, mapping: Mapping) {
    for (const m of merges) {
      if (m.top <= headerRow || m.bottom === m.top) continue;
      const list = this.byTop.get(m.top) ?? [];
      list.push(m);
      this.byTop.set(m.top, list);
    }
    this.skip = new Set(NOT_CARRIED.map((r) => mapping[r]).filter((c): c is number => c !== undefined));
  }

  /** Fills `values` (the row at sheet index `row`, 0-based) in place from the merges above it. */
  apply(row: number, values: Value[]): void {
    for (const [col, c] of this.carried) {
      if (row > c.bottom) this.carried.delete(col);
      else if (values[col] === null || values[col] === undefined) values[col] = c.value;
    }
    for (const m of this.byTop.get(row) ?? []) {
      if (this.skip.has(m.left) || m.left >= values.length) continue;
      this.carried.set(m.left, { value: values[m.left] ?? null, bottom: m.bottom });
    }
  }
}
