/**
 * The batch jobs work on plain tables of values, the same whether they came from Office.js (a range's
 * values) or from an .xlsx file (exceljs): no Office or file types past this point. Dates arrive as Excel
 * serial numbers or as text; both front ends convert what they read to these values.
 */
export type Value = string | number | boolean | null;

/** A sheet as a grid of values, row by row, as read. */
export interface Grid {
  rows: Value[][];
}

/** A table found in a grid: its header row and the data rows below it (blank rows kept, flagged). */
export interface Table {
  /** Index in the grid of the header row. */
  headerRow: number;
  headers: string[];
  rows: TableRow[];
}

export interface TableRow {
  /** Index in the grid. */
  index: number;
  values: Value[];
  blank: boolean;
}

export function isBlankValue(v: Value | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function headerText(v: Value | undefined): string {
  return v === null || v === undefined ? "" : String(v).replace(/\s+/g, "").trim();
}

/** Pads rows to one width: ranges written through Office.js must be rectangular. */
export function rectangular(rows: readonly (readonly Value[])[]): Value[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array<Value>(width - r.length).fill(null)]);
}
