import type { Value } from "../../jobs/table";
import { UsageError } from "../args";
import type { OpenedWorkbook } from "./open";
import { columnIndex, columnLetters, readSheet, rowOfRef } from "./sheet";
import type { SheetInfo } from "./workbook";

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

function parseMerge(ref: string): Merge | undefined {
  const [a, b = a] = ref.split(":");
  if (!a) return undefined;
  return { top: rowOfRef(a), left: columnIndex(a), bottom: rowOfRef(b!), right: columnIndex(b!) };
}

export async function surveySheet(wb: OpenedWorkbook, sheet: SheetInfo, topRows = 20): Promise<Survey> {
  if (!wb.pkg.has(sheet.part)) throw new UsageError(`工作表“${sheet.name}”在文件中缺失（${sheet.part}）`);
  const s: Survey = { sheet, top: [], merges: [], used: new Uint8Array(MAX_COLUMNS), lastRow: -1, uncached: new Map(), protected: false };
  await readSheet(await wb.pkg.stream(sheet.part), wb.ctx, {
    row: (r) => {
      if (r.index < topRows) {
        const values: Value[] = [];
        for (const c of r.cells) if (c.col < MAX_COLUMNS) values[c.col] = c.value;
        for (let i = 0; i < values.length; i++) values[i] ??= null;
        s.top[r.index] = values;
      }
      for (const c of r.cells) {
        if (!c.content) continue;
        s.used[c.col] = 1;
        if (r.index > s.lastRow) s.lastRow = r.index;
        if (c.uncached) {
          const u = s.uncached.get(c.col);
          if (u) u.count++;
          else s.uncached.set(c.col, { first: `${columnLetters(c.col)}${r.index + 1}`, count: 1, firstRow: r.index });
        }
      }
    },
    element: (name, a) => {
      if (name === "mergeCell" && a.ref) {
        const m = parseMerge(a.ref);
        if (m) s.merges.push(m);
      } else if (name === "sheetProtection" && (a.sheet === "1" || a.sheet === "true")) s.protected = true;
    },
  });
  for (let i = 0; i < s.top.length; i++) s.top[i] ??= [];
  return s;
}

/** The last column (0-based) used by content or merges, -1 for an empty sheet. */
export function lastUsedColumn(s: Survey, ignore: (col: number) => boolean = () => false): number {
  let last = -1;
  for (let c = 0; c < MAX_COLUMNS; c++) if (s.used[c] && !ignore(c)) last = c;
  for (const m of s.merges) if (!ignore(m.right)) last = Math.max(last, m.right);
  return last;
}
