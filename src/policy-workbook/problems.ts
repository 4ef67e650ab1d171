import { columnIndex, columnLetter } from "../jobs/chunks";
import type { CellRef, Grids, Problem, SheetLayout } from "./types";

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

/**
 * The problems found, with what the layout explains (the breaker's F12, F17): a problem on a cell inside a
 * merged block says so — the office sees a value there, the file has it only in the block's top-left cell —
 * and a merge within the sheet's table, a hidden sheet or a hidden row with content is a warning of its own
 * (they are read as they are, which is right, but a reviewer should know: a merge over 摘要 and 英文摘要
 * leaves 英文摘要 blank).
 */
export function layoutRemarks(problems: readonly Problem[], layout: Readonly<Record<string, SheetLayout>>, grids: Readonly<Grids>): Problem[] {
  const a1 = (row: number, col: number) => `${columnLetter(col)}${row}`;
  const blockOf = (p: Problem) => {
    if (p.row === undefined || p.column === undefined) return undefined;
    const row = p.row;
    const col = columnIndex(p.column);
    return layout[p.sheet]?.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && !(row === m.top && col === m.left));
  };
  const explained = problems.map((p): Problem => {
    const m = blockOf(p);
    return m ? { ...p, message: `${p.message}（这一格属于合并单元格 ${a1(m.top, m.left)}:${a1(m.bottom, m.right)}，值只在左上角 ${a1(m.top, m.left)}，其余格读作空白：请取消合并，在每一行填写）` } : p;
  });
  const remarks: Problem[] = [];
  for (const [sheet, l] of Object.entries(layout)) {
    if (l.hidden) remarks.push({ sheet, message: "这张表在 Excel 中是隐藏的，其内容照常读入", severity: "warning" });
    for (const row of l.hiddenRows) remarks.push({ sheet, row, message: "这一行在 Excel 中是隐藏的，照常读入", severity: "warning" });
    for (const col of l.hiddenColumns) remarks.push({ sheet, column: columnLetter(col), message: "这一列在 Excel 中是隐藏的，照常读入", severity: "warning" });
    const rows = grids[sheet] ?? [];
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    for (const m of l.merges) {
      // a merge out in the sheet's empty space hides nothing
      if (m.top > rows.length || m.left >= width) continue;
      const header = m.top === 1 ? "（表头行的合并会让右侧的列名缺失）" : "";
      remarks.push({ sheet, row: m.top, column: columnLetter(m.left), message: `${a1(m.top, m.left)}:${a1(m.bottom, m.right)} 是合并单元格：只有左上角 ${a1(m.top, m.left)} 有值，其余格读作空白${header}：请取消合并，每格填写`, severity: "warning" });
    }
  }
  return [...explained, ...remarks];
}
