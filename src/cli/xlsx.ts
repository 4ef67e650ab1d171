import ExcelJS from "exceljs";
import { fromYMD, toExcelSerial } from "../engine";
import type { Value } from "../jobs/table";

/**
 * An exceljs worksheet as the plain grid the jobs work on — for the tests and the bench, which build their
 * workbooks with exceljs. The command line itself reads packages with the streaming reader in ./ooxml.
 */

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
