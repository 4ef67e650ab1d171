import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { fromYMD, toExcelSerial } from "../engine";
import type { Value } from "../jobs/table";
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
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  for (const m of merges) {
    const right = m.split(":")[1] ?? m;
    last = Math.max(last, ws.getCell(right).fullAddress.col);
  }
  return last + 1;
}

export function pickSheet(wb: ExcelJS.Workbook, name: string | undefined, usable: (ws: ExcelJS.Worksheet) => boolean): ExcelJS.Worksheet {
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

/** Writes a block of values, one sheet row per entry, starting at (row, col), 1-based. */
export function writeBlock(ws: ExcelJS.Worksheet, row: number, col: number, rows: readonly (readonly Value[])[], formats: readonly (string | undefined)[] = []): void {
  rows.forEach((values, r) => {
    const sheetRow = ws.getRow(row + r);
    values.forEach((v, c) => {
      const cell = sheetRow.getCell(col + c);
      cell.value = v;
      const fmt = formats[c];
      if (fmt && typeof v === "number") cell.numFmt = fmt;
    });
  });
}

export function styleHeader(ws: ExcelJS.Worksheet, row: number, col: number, count: number): void {
  for (let c = col; c < col + count; c++) {
    const cell = ws.getRow(row).getCell(c);
    cell.font = { bold: true, color: { argb: "FF0F3D6E" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCEBFA" } };
    ws.getColumn(c).width = Math.max(ws.getColumn(c).width ?? 10, 14);
  }
}

export function highlightRow(ws: ExcelJS.Worksheet, row: number, col: number, count: number): void {
  for (let c = col; c < col + count; c++) {
    ws.getRow(row).getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE2E1" } };
  }
}
