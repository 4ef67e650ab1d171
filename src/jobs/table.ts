/**
 * The batch jobs work on plain tables of values, the same whether they came from Office.js (a range's
 * values) or from an .xlsx file (exceljs): no Office or file types past this point. Dates arrive as Excel
 * serial numbers or as text; both front ends convert what they read to these values.
 */
import type { Layout } from "./columns";

export type Value = string | number | boolean | null;

/** A merged area, 0-based and inclusive; its value is in its top-left cell only, as Excel stores it. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A sheet as a grid of values, row by row, as read: dates as 1900-system Excel serials (a front end
 * reading a 1904 workbook converts its dates), merged areas with their value in the top-left cell only
 * and listed in `merges` where the front end knows them.
 */
export interface Grid {
  rows: Value[][];
  merges?: Merge[];
}

/** A table found in a grid: its header row and the data rows below it (blank rows kept, flagged). */
export interface Table {
  /** Index in the grid of the header row. */
  headerRow: number;
  headers: string[];
  rows: TableRow[];
  /** How the header was read: rows, the column of each role, conflicts, units, earlier outputs. */
  layout?: Layout;
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
