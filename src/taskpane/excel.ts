import { blockAddress, chunkRows, columnIndex } from "../jobs/chunks";
import type { Value } from "../jobs/table";
import { formulaLanguage, localizeFormula } from "./formula-language";
import { has } from "./support";
import { formatsFor } from "./text-cells";

/**
 * The task pane's only door into the workbook: reading a table, writing blocks of results in few requests,
 * and taking back what was written. Everything else in the pane works on plain values.
 */

export interface Selection {
  sheet: string;
  /** The workbook counts dates from 1904 (their serials in `grid` are already converted to the 1900 system). */
  date1904?: boolean;
  /** False when this Excel could not say which date system the workbook uses (the 1900 system was assumed). */
  dateSystemKnown?: boolean;
  /** Sheet row and column (0-based) of the grid's top-left cell. */
  top: number;
  left: number;
  grid: Value[][];
  address: string;
}

/** Counts Excel's round trips, for the benchmark and the tests: the number users feel on large ledgers. */
export const syncCounter = { count: 0 };

export async function sync(ctx: Excel.RequestContext): Promise<void> {
  syncCounter.count++;
  await ctx.sync();
}

function sheetOf(ctx: Excel.RequestContext, name: string): Excel.Worksheet {
  return ctx.workbook.worksheets.getItem(name);
}

/**
 * The selected range, or, when only one cell is selected, the sheet's used range (the whole table). The
 * selection is always on the active sheet, which Excel never lets be a hidden one: a hidden sheet is read
 * only when the user has unhidden and chosen it. Date cells of a 1904 workbook are converted to the 1900
 * serials every reader of a grid expects (the contract of src/jobs/table.ts).
 */
export async function readSelection(): Promise<Selection> {
  return Excel.run(async (ctx) => {
    const selected = ctx.workbook.getSelectedRange();
    selected.load(["cellCount"]);
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    sheet.load(["name", "visibility"]);
    const system = dateSystemProbe(ctx);
    await sync(ctx);
    if (sheet.visibility !== undefined && sheet.visibility !== "Visible") throw new Error(`工作表“${sheet.name}”是隐藏的：请先取消隐藏并选中它`);
    const range = selected.cellCount > 1 ? selected : has("usedRangeValuesOnly") ? sheet.getUsedRange(true) : sheet.getUsedRange();
    range.load(["values", "rowIndex", "columnIndex", "address", ...(system.is1904() ? ["numberFormat"] : [])]);
    await sync(ctx);
    const values = range.values as Value[][];
    const grid = system.is1904() ? to1900Serials(values, range.numberFormat as string[][]) : values;
    return { sheet: sheet.name, top: range.rowIndex, left: range.columnIndex, grid, address: range.address, date1904: system.is1904(), dateSystemKnown: system.known() };
  });
}

/**
 * The workbook's date system. Workbook.use1904DateSystem is a preview member (“ExcelApi BETA”, not in any
 * numbered set), so it is not used; instead Excel's own DATE function is asked for 1904-01-01, which is day
 * 0 in the 1904 system and day 1462 in the 1900 system (Workbook.functions, ExcelApi 1.2). Queued with the
 * caller's first request, it costs no round trip. Without ExcelApi 1.2 the 1900 system is assumed, and
 * `known()` says so.
 */
function dateSystemProbe(ctx: Excel.RequestContext): { is1904: () => boolean; known: () => boolean } {
  if (!has("worksheetFunctions")) return { is1904: () => false, known: () => false };
  const day = ctx.workbook.functions.date(1904, 1, 1);
  day.load("value");
  return { is1904: () => day.value === 0, known: () => true };
}

/** Days between the two systems' day 0 (1899-12-30 and 1904-01-01 as Excel counts them). */
const DAYS_1904 = 1462;

/** Date-formatted numbers moved into the 1900 system; everything else as it was. */
export function to1900Serials(values: readonly Value[][], formats: readonly string[][]): Value[][] {
  return values.map((row, r) => row.map((v, c) => (typeof v === "number" && isDateFormat(formats[r]?.[c] ?? "") ? v + DAYS_1904 : v)));
}

/**
 * A number format that shows a date: y, m with d, or the Chinese 年月日, outside quotes and brackets ([Red],
 * [$-804]); “General”, “0.00” and “@” are not. Minutes (h:mm) alone are a time, not a date.
 */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[yY]|[dD]|年|月|日/.test(bare) && !/^General$/i.test(bare.trim());
}

/** The active cell: where the calculator puts its formulas, and which ledger row it reads. */
export async function activeCell(): Promise<{ sheet: string; row: number; column: number }> {
  return Excel.run(async (ctx) => {
    const cell = has("activeCell") ? ctx.workbook.getActiveCell() : ctx.workbook.getSelectedRange().getCell(0, 0);
    cell.load(["rowIndex", "columnIndex"]);
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    await sync(ctx);
    return { sheet: sheet.name, row: cell.rowIndex, column: cell.columnIndex };
  });
}

export async function activeRow(): Promise<number> {
  return (await activeCell()).row;
}

/** How many cells of a block hold something (a value or a formula): what an overwrite would destroy. */
export async function countNonEmpty(sheet: string, address: string): Promise<number> {
  if (!has("nullObjects") || !has("specialCells")) return countByReading(sheet, address);
  return Excel.run(async (ctx) => {
    const range = sheetOf(ctx, sheet).getRange(address);
    const used = range.getUsedRangeOrNullObject(true);
    used.load("isNullObject");
    await sync(ctx);
    if (used.isNullObject) return 0;
    const constants = used.getSpecialCellsOrNullObject(Excel.SpecialCellType.constants);
    const formulas = used.getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas);
    constants.load(["isNullObject", "cellCount"]);
    formulas.load(["isNullObject", "cellCount"]);
    await sync(ctx);
    return (constants.isNullObject ? 0 : constants.cellCount) + (formulas.isNullObject ? 0 : formulas.cellCount);
  });
}

/** Without ExcelApi 1.4/1.9: the block's formulas read in row chunks and counted (a formula or a constant). */
async function countByReading(sheet: string, address: string): Promise<number> {
  const box = parseBlock(address);
  return Excel.run(async (ctx) => {
    const ws = sheetOf(ctx, sheet);
    let n = 0;
    for (let start = 0; start < box.rows; start += READ_ROWS) {
      const part = ws.getRange(blockAddress(box.top + start, box.left, Math.min(READ_ROWS, box.rows - start), box.cols));
      part.load("formulas");
      await sync(ctx);
      for (const row of part.formulas as unknown[][]) for (const v of row) if (v !== "" && v !== null) n++;
    }
    return n;
  });
}

/** Rows per read when counting by hand: 20,000 rows of a few columns stay far under Excel's 5 MB. */
const READ_ROWS = 20_000;

function parseBlock(address: string): { top: number; left: number; rows: number; cols: number } {
  const cell = (a: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a)!;
    return { r: Number(m[2]) - 1, c: columnIndex(m[1]!) };
  };
  const [a, b = a] = address.split("!").pop()!.split(":");
  const p = cell(a!);
  const q = cell(b!);
  return { top: Math.min(p.r, q.r), left: Math.min(p.c, q.c), rows: Math.abs(q.r - p.r) + 1, cols: Math.abs(q.c - p.c) + 1 };
}

/**
 * Copies a block's formulas and formats to a hidden sheet, so that an overwrite can be taken back. Hidden,
 * not very hidden: the user can see it (取消隐藏) and delete it, 设置 lists it with its size and clears it.
 * Without ExcelApi 1.2 a sheet cannot be hidden from code, and the backup stays visible.
 */
export async function backupBlock(sheet: string, address: string, backupName: string): Promise<void> {
  await Excel.run(async (ctx) => {
    const source = sheetOf(ctx, sheet).getRange(address);
    source.load(["formulas", "numberFormat", "rowCount", "columnCount"]);
    await sync(ctx);
    const backup = ctx.workbook.worksheets.add(backupName);
    if (has("hideSheets")) backup.visibility = Excel.SheetVisibility.hidden;
    const target = backup.getRange(blockAddress(0, 0, source.rowCount, source.columnCount));
    // formats first: a text cell holding “=…” stays text when its formula string is written back
    target.numberFormat = source.numberFormat;
    target.formulas = source.formulas;
    await sync(ctx);
  });
}

export async function restoreBackup(sheet: string, address: string, backupName: string): Promise<void> {
  await Excel.run(async (ctx) => {
    const target = sheetOf(ctx, sheet).getRange(address);
    target.load(["rowCount", "columnCount"]);
    const backup = ctx.workbook.worksheets.getItem(backupName);
    await sync(ctx);
    const source = backup.getRange(blockAddress(0, 0, target.rowCount, target.columnCount));
    source.load(["formulas", "numberFormat"]);
    await sync(ctx);
    target.clear(Excel.ClearApplyTo.all);
    target.numberFormat = source.numberFormat;
    target.formulas = source.formulas;
    backup.delete();
    await sync(ctx);
  });
}

export interface WriteProgress {
  onChunk?: (rowsWritten: number, total: number) => void;
  isCancelled?: () => boolean;
}

/**
 * Writes rows of values (and per-column number formats) into a block, one request per chunk; stops
 * between chunks when cancelled. Returns how many rows reached the sheet.
 */
export async function writeBlock(
  sheet: string,
  top: number,
  left: number,
  rows: readonly Value[][],
  formats: readonly (string | null)[],
  progress: WriteProgress = {},
): Promise<{ rows: number; cancelled: boolean }> {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Excel.run(async (ctx) => {
    const ws = sheetOf(ctx, sheet);
    let written = 0;
    for (const [start, end] of chunkRows(rows)) {
      if (progress.isCancelled?.()) return { rows: written, cancelled: true };
      const block = ws.getRange(blockAddress(top + start, left, end - start, width));
      const part = rows.slice(start, end);
      // formats first, so that the cells that must stay text are text when their values arrive
      const numberFormat = formatsFor(part, formats, width);
      if (numberFormat) block.numberFormat = numberFormat;
      block.values = part;
      await sync(ctx);
      written = end;
      progress.onChunk?.(written, rows.length);
    }
    return { rows: written, cancelled: false };
  });
}

/**
 * A small block of formulas (and labels) in one request: live formulas, or the calculator's. The one place
 * TALENT formulas reach a sheet: in the names of the running Excel's display language (see
 * ./formula-language.ts), through `formulasLocal` for Chinese and `formulas` otherwise. Labels that would
 * read as formulas are written as text.
 */
export async function writeFormulas(sheet: string, top: number, left: number, rows: readonly Value[][]): Promise<{ rows: number; cancelled: boolean }> {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const lang = formulaLanguage(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
  await Excel.run(async (ctx) => {
    const range = sheetOf(ctx, sheet).getRange(blockAddress(top, left, rows.length, width));
    const cells = rows.map((r) => [...r, ...new Array<Value>(width - r.length).fill(null)].map((v) => (v === null ? "" : typeof v === "string" ? localizeFormula(v, lang) : v)));
    if (lang === "zh") range.formulasLocal = cells;
    else range.formulas = cells;
    await sync(ctx);
  });
  return { rows: rows.length, cancelled: false };
}

/** Styles the add-in's header cells so that its columns are told apart from the user's. */
export async function styleHeader(sheet: string, address: string): Promise<void> {
  await Excel.run(async (ctx) => {
    const r = sheetOf(ctx, sheet).getRange(address);
    r.format.font.bold = true;
    r.format.font.color = "#0F3D6E";
    r.format.fill.color = "#DCEBFA";
    if (has("layout")) r.format.autofitColumns();
    await sync(ctx);
  });
}

/** Fills the given row blocks with a colour (mismatches of an audit), in requests of bounded size. */
export async function highlight(sheet: string, addresses: readonly string[], color: string): Promise<void> {
  if (addresses.length === 0) return;
  await Excel.run(async (ctx) => {
    const ws = sheetOf(ctx, sheet);
    const multi = has("multiRanges");
    for (let i = 0; i < addresses.length; i += 500) {
      const part = addresses.slice(i, i + 500);
      if (multi) ws.getRanges(part.join(",")).format.fill.color = color;
      else for (const a of part) ws.getRange(a).format.fill.color = color;
      await sync(ctx);
    }
  });
}

/** Adds a sheet (with a unique name) holding a block of values; returns its name. */
export async function addSheet(base: string, rows: readonly Value[][]): Promise<string> {
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    await sync(ctx);
    const names = new Set(sheets.items.map((s) => s.name));
    let name = base;
    for (let i = 2; names.has(name); i++) name = `${base}${i}`;
    const ws = sheets.add(name);
    const width = Math.max(1, ...rows.map((r) => r.length));
    const block = ws.getRange(blockAddress(0, 0, rows.length, width));
    const grid = rows.map((r) => [...r, ...new Array<Value>(width - r.length).fill(null)]);
    const numberFormat = formatsFor(grid, [], width);
    if (numberFormat) block.numberFormat = numberFormat;
    block.values = grid;
    if (has("layout")) block.format.autofitColumns();
    await sync(ctx);
    return name;
  });
}

/** Clears blocks (values and formats) and deletes sheets: taking back what the add-in wrote. */
export async function clearWritten(sheet: string, addresses: readonly string[], sheetsToDelete: readonly string[]): Promise<void> {
  if (!has("nullObjects")) return clearByName(sheet, addresses, sheetsToDelete);
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(sheet);
    const others = sheetsToDelete.map((name) => ctx.workbook.worksheets.getItemOrNullObject(name));
    ws.load("isNullObject");
    for (const o of others) o.load("isNullObject");
    await sync(ctx);
    // A sheet the user has since deleted has nothing left to take back.
    if (!ws.isNullObject) for (const a of addresses) ws.getRange(a).clear(Excel.ClearApplyTo.all);
    for (const o of others) if (!o.isNullObject) o.delete();
    await sync(ctx);
  });
}

/** Without ExcelApi 1.4: the sheets' names read first, so that a sheet the user deleted is simply skipped. */
async function clearByName(sheet: string, addresses: readonly string[], sheetsToDelete: readonly string[]): Promise<void> {
  await Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    await sync(ctx);
    const names = new Set(sheets.items.map((s) => s.name));
    if (names.has(sheet)) for (const a of addresses) sheetOf(ctx, sheet).getRange(a).clear(Excel.ClearApplyTo.all);
    for (const name of sheetsToDelete) if (names.has(name)) sheetOf(ctx, name).delete();
    await sync(ctx);
  });
}

/** Asks Excel to recompute the TALENT functions after the rule options changed. */
export async function recalculate(): Promise<void> {
  await Excel.run(async (ctx) => {
    ctx.workbook.application.calculate(Excel.CalculationType.full);
    await sync(ctx);
  });
}

/** The workbook's sheets whose names start with a prefix (the add-in's backups), each with its used cells. */
export async function sheetsNamed(prefix: string): Promise<{ name: string; cells: number }[]> {
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    await sync(ctx);
    const found = sheets.items.filter((s) => s.name.startsWith(prefix));
    const used = found.map((s) => {
      const r = s.getUsedRange();
      r.load("cellCount");
      return r;
    });
    await sync(ctx);
    return found.map((s, i) => ({ name: s.name, cells: used[i]!.cellCount }));
  });
}

/**
 * The used cells of the sheets of these names that the workbook has (the policy workbook's sheets), each as
 * its values and its formulas, so that a formula is seen as one and never read for its result. Dates of a
 * 1904 workbook are moved into the 1900 system, as everywhere else.
 */
export async function readNamedSheets(names: readonly string[]): Promise<Record<string, { values: Value[][]; formulas: unknown[][] }>> {
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    const system = dateSystemProbe(ctx);
    await sync(ctx);
    const found = sheets.items.filter((s) => names.includes(s.name));
    const used = found.map((s) => {
      const r = s.getUsedRange();
      r.load(["values", "formulas", ...(system.is1904() ? ["numberFormat"] : [])]);
      return r;
    });
    await sync(ctx);
    const out: Record<string, { values: Value[][]; formulas: unknown[][] }> = {};
    found.forEach((s, i) => {
      const r = used[i]!;
      const values = r.values as Value[][];
      out[s.name] = { values: system.is1904() ? to1900Serials(values, r.numberFormat as string[][]) : values, formulas: r.formulas as unknown[][] };
    });
    return out;
  });
}

/** Deletes sheets by name (backups the user clears); those already gone are skipped. */
export async function deleteSheets(names: readonly string[]): Promise<void> {
  await clearWritten("", [], names);
}
