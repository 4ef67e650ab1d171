import type { Options } from "../engine/core/options";
import type { Criterion } from "../engine/model/criteria";
import type { CategoryDef, Decision, PolicyDocument, WayScheme } from "../engine/model/policy";

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
}

/** A value that depends on how an office reads the text (see notes/policy-format.md). */
export interface ByOption<T> {
  byOption: keyof Options;
  values: Record<string, T>;
  otherwise: T;
}

/** A golden case of the file's own (the same shape as test/golden.ts `Golden`). */
export interface PolicyCase {
  why: string;
  call: string;
  args: unknown[];
  expect: unknown;
  cites?: string;
  options?: Partial<Options>;
}

/** A category as a file holds it: the option-dependent reading is data, not a function. */
export type FileCategory = Omit<CategoryDef, "when"> & { when?: Criterion | ByOption<Criterion> };

export type FileWays = Omit<WayScheme, "means"> & { means: Record<string, readonly string[] | ByOption<readonly string[]>> };

/**
 * A policy file (format "talent-policy/1"): a document with its article texts, its readings and, for a
 * file an office makes, its own test cases. The zod schema of src/engine/model/policy-format.ts is the
 * definition; this is the shape the workbook needs of it.
 */
export type PolicyFile = Omit<PolicyDocument, "categories" | "ways"> & {
  format: string;
  articles: Record<string, string>;
  decisions: Decision[];
  categories: FileCategory[];
  ways?: FileWays;
  cases?: PolicyCase[];
};

export const FORMAT = "talent-policy/1";

/** Limits of what a policy workbook can reasonably be: a document has tens of rows a sheet, not thousands. */
export const LIMITS = { fileBytes: 5 * 1024 * 1024, unzippedBytes: 50 * 1024 * 1024, sheets: 30, rows: 5000, columns: 100, cellChars: 20000 };
