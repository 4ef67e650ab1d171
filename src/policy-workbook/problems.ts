import type { CellRef, Problem } from "./types";

/** Where a cell is, as an office reads it: 待遇 第12行 T列（分期金额）. */
export function formatCell(ref: CellRef): string {
  const row = ref.row !== undefined ? ` 第${ref.row}行` : "";
  const col = ref.column !== undefined ? ` ${ref.column}列${ref.header ? `（${ref.header}）` : ""}` : "";
  return `${ref.sheet}${row}${col}`;
}

/** One problem as a line: the cell, then the message. */
export function formatProblem(p: Problem): string {
  return `${p.severity === "warning" ? "提醒：" : ""}${formatCell(p)}：${p.message}`;
}
