/** What Excel hands a custom function in one cell, and what it can hand back. */
export type Cell = number | string | boolean | null | undefined;
export type Matrix = Cell[][];

export interface ExcelErrorLike {
  code: string;
  message?: string;
}

export type OutCell = number | string | boolean | ExcelErrorLike;

/** Blank: nothing typed (null on Excel on the web, "" from a formula) — never read as 0. */
export function isBlank(c: Cell): boolean {
  return c === null || c === undefined || (typeof c === "string" && c.trim() === "");
}
