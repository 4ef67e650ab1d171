
/**
 * What the workbook side reads and writes: plain cell values, so that the same code serves a .xlsx file
 * (exceljs) and the ranges of an open workbook (Office.js `range.values`, with `range.formulas` telling
 * formulas apart).
 */

/** A formula found in a cell: never evaluated, always a problem. */
export interface FormulaCell {
  formula: string;
}

/** One cell: text, a number, TRUE/FALSE, a date (exceljs gives dates as Date), blank, or a formula. */
export type Cell = string | number | boolean | Date | null | FormulaCell;

/** Sheet name → rows of cells, the header row first (row 1 of the sheet is index 0). */
export type Grids = Record<string, Cell[][]>;

/** A cell as the office sees it: sheet, row number (1-based) and column letter with its header. */
export interface CellRef {
  sheet: string;
  row?: number;
  column?: string;
  header?: string;
}

/** One thing wrong with a workbook, in Chinese, with the cell it is in. */
export interface Problem extends CellRef {
  message: string;
  /** A warning is shown and the file is used; absent for an error, which stops it. */
  severity?: "warning";
}

/**
 * What a sheet's cells do not show, read from the .xlsx: the sheet, rows or columns hidden in Excel (read
 * all the same), and merged blocks (rows 1-based, columns 0-based), whose cells other than the top-left read blank.
 */
export interface SheetLayout {
  hidden: boolean;
  hiddenRows: number[];
  /** Hidden columns (0-based) that hold something. */
  hiddenColumns: number[];
  merges: { top: number; left: number; bottom: number; right: number }[];
}

export type { ByOption, PolicyCase, PolicyFile } from "../engine/model/policy";
export { POLICY_FORMAT as FORMAT } from "../engine/model/policy";

/** Limits of what a policy workbook can reasonably be: a document has tens of rows a sheet, not thousands. */
export const LIMITS = { fileBytes: 5 * 1024 * 1024, unzippedBytes: 50 * 1024 * 1024, sheets: 30, rows: 5000, columns: 100, cellChars: 20000 };
