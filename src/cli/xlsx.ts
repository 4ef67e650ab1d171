import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { fromYMD, toExcelSerial } from "../engine";
import { findTable } from "../jobs/columns";
import type { Table, Value } from "../jobs/table";
import { UsageError } from "./args";

/**
 * The command line's side of the jobs: .xlsx files read and written with exceljs, converted to and from
 * the plain tables the jobs work on. The input file is only ever read.
 */

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  if (!existsSync(path)) throw new UsageError(`找不到文件：${path}`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new UsageError(`无法读取 ${path}：不是有效的 .xlsx 文件（${e instanceof Error ? e.message : String(e)}）。WPS 或 LibreOffice 的文件请另存为 Excel 工作簿（.xlsx）后再试。`);
  }
  if (wb.worksheets.length === 0) throw new UsageError(`${path} 中没有工作表`);
  return wb;
}

/** A cell's value as the jobs see it: dates as Excel serials, formulas by their result, rich text as text. */
export function valueOf(v: ExcelJS.CellValue): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return toExcelSerial(fromYMD(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()));
  if (typeof v === "object") {
    if ("result" in v) return valueOf((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}

/** The sheet as rows of values; merged cells give every cell of the merge the merge's value. */
export function gridOf(ws: ExcelJS.Worksheet): Value[][] {
  const rows: Value[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values: Value[] = new Array(width).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      values[col - 1] = valueOf(cell.value);
    });
    rows[n - 1] = values;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= new Array(width).fill(null);
  return rows;
}

/** The first column right of everything the sheet uses, merges included. */
export function firstFreeColumn(ws: ExcelJS.Worksheet): number {
  let last = ws.columnCount;
  if (!ws.hasMerges) return last + 1; // the merges come from ws.model, which costs a pass over every cell
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  for (const m of merges) {
    const right = m.split(":")[1] ?? m;
    last = Math.max(last, ws.getCell(right).fullAddress.col);
  }
  return last + 1;
}

/**
 * The sheet to work on — the one `--sheet` names, or the first whose table `usable` accepts — and its table
 * (undefined when it has no header row). Each sheet is turned into a table at most once.
 */
export function pickTable(wb: ExcelJS.Workbook, name: string | undefined, usable: (t: Table) => boolean): { ws: ExcelJS.Worksheet; table: Table | undefined } {
  const tables = new Map<ExcelJS.Worksheet, Table | undefined>();
  const tableOf = (w: ExcelJS.Worksheet) => {
    if (!tables.has(w)) tables.set(w, findTable({ rows: gridOf(w) }));
    return tables.get(w);
  };
  const ws = pickSheet(wb, name, (w) => {
    const t = tableOf(w);
    return t !== undefined && usable(t);
  });
  return { ws, table: tableOf(ws) };
}

function pickSheet(wb: ExcelJS.Workbook, name: string | undefined, usable: (ws: ExcelJS.Worksheet) => boolean): ExcelJS.Worksheet {
  if (name !== undefined) {
    const ws = wb.getWorksheet(name) ?? (/^\d+$/.test(name) ? wb.worksheets[Number(name) - 1] : undefined);
    if (!ws) throw new UsageError(`找不到工作表“${name}”（有：${wb.worksheets.map((w) => w.name).join("、")}）`);
    return ws;
  }
  const ws = wb.worksheets.find(usable);
  if (!ws) throw new UsageError(`没有找到带表头的台账工作表（有：${wb.worksheets.map((w) => w.name).join("、")}）；可用 --sheet 指定`);
  return ws;
}

export const MONEY_FORMAT = "#,##0.00";

/**
 * exceljs renders a style for every cell it writes unless cells share one style object (it remembers those
 * by identity): on a 100,000-row ledger, per-cell style objects cost more than the computation. New cells
 * therefore get one shared style per number format; a cell that already carries a style of its own (a row
 * or column format the user set) keeps it. Shared styles must never be mutated: exceljs's setters
 * (cell.font = …) write into the cell's style object, so later styling goes through `restyle`.
 */
const sharedStyles = new Map<string, Partial<ExcelJS.Style>>();
const shared = new WeakSet<object>();
function sharedStyle(numFmt: string | undefined): Partial<ExcelJS.Style> {
  const key = numFmt ?? "";
  let s = sharedStyles.get(key);
  if (!s) {
    s = numFmt ? { numFmt } : {};
    sharedStyles.set(key, s);
    shared.add(s);
  }
  return s;
}
function hasOwnStyle(cell: ExcelJS.Cell): boolean {
  const style = cell.style as object | undefined;
  return style !== undefined && !shared.has(style) && Object.keys(style).length > 0;
}

/** Adds to a cell's style without touching a style object other cells may share. */
export function restyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}

/** Writes a block of values, one sheet row per entry, starting at (row, col), 1-based. */
export function writeBlock(ws: ExcelJS.Worksheet, row: number, col: number, rows: readonly (readonly Value[])[], formats: readonly (string | undefined)[] = []): void {
  rows.forEach((values, r) => {
    const sheetRow = ws.getRow(row + r);
    values.forEach((v, c) => {
      // nothing to write into a cell that does not exist: on a large ledger, most result rows have blanks
      if (v === null && sheetRow.findCell(col + c) === undefined) return;
      const cell = sheetRow.getCell(col + c);
      cell.value = v;
      const fmt = formats[c] && typeof v === "number" ? formats[c] : undefined;
      if (!hasOwnStyle(cell)) cell.style = sharedStyle(fmt);
      else if (fmt) restyle(cell, { numFmt: fmt });
    });
  });
}

export function styleHeader(ws: ExcelJS.Worksheet, row: number, col: number, count: number): void {
  for (let c = col; c < col + count; c++) {
    restyle(ws.getRow(row).getCell(c), {
      font: { bold: true, color: { argb: "FF0F3D6E" } },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCEBFA" } },
    });
    ws.getColumn(c).width = Math.max(ws.getColumn(c).width ?? 10, 14);
  }
}

export function highlightRow(ws: ExcelJS.Worksheet, row: number, col: number, count: number): void {
  for (let c = col; c < col + count; c++) {
    restyle(ws.getRow(row).getCell(c), { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE2E1" } } });
  }
}
