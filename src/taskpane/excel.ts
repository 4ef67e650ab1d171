import { blockAddress, chunkRows } from "../jobs/chunks";
import type { Value } from "../jobs/table";

/**
 * The task pane's only door into the workbook: reading a table, writing blocks of results in few requests,
 * and taking back what was written. Everything else in the pane works on plain values.
 */

export interface Selection {
  sheet: string;
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

/** The selected range, or, when only one cell is selected, the sheet's used range (the whole table). */
export async function readSelection(): Promise<Selection> {
  return Excel.run(async (ctx) => {
    const selected = ctx.workbook.getSelectedRange();
    selected.load(["cellCount"]);
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    await sync(ctx);
    const range = selected.cellCount > 1 ? selected : sheet.getUsedRange(true);
    range.load(["values", "rowIndex", "columnIndex", "address"]);
    await sync(ctx);
    return { sheet: sheet.name, top: range.rowIndex, left: range.columnIndex, grid: range.values as Value[][], address: range.address };
  });
}

/** The active cell: where the calculator puts its formulas, and which ledger row it reads. */
export async function activeCell(): Promise<{ sheet: string; row: number; column: number }> {
  return Excel.run(async (ctx) => {
    const cell = ctx.workbook.getActiveCell();
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

/** Copies a block's formulas and formats to a hidden sheet, so that an overwrite can be taken back. */
export async function backupBlock(sheet: string, address: string, backupName: string): Promise<void> {
  await Excel.run(async (ctx) => {
    const source = sheetOf(ctx, sheet).getRange(address);
    source.load(["formulas", "numberFormat", "rowCount", "columnCount"]);
    await sync(ctx);
    const backup = ctx.workbook.worksheets.add(backupName);
    backup.visibility = Excel.SheetVisibility.veryHidden;
    const target = backup.getRange(blockAddress(0, 0, source.rowCount, source.columnCount));
    target.formulas = source.formulas;
    target.numberFormat = source.numberFormat;
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
    target.formulas = source.formulas;
    target.numberFormat = source.numberFormat;
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
      block.values = part;
      if (formats.some((f) => f !== null)) block.numberFormat = part.map(() => formats.map((f) => f ?? "General"));
      await sync(ctx);
      written = end;
      progress.onChunk?.(written, rows.length);
    }
    return { rows: written, cancelled: false };
  });
}

/** A small block of formulas (and labels) in one request: live formulas, or the calculator's. */
export async function writeFormulas(sheet: string, top: number, left: number, rows: readonly Value[][]): Promise<{ rows: number; cancelled: boolean }> {
  const width = Math.max(1, ...rows.map((r) => r.length));
  await Excel.run(async (ctx) => {
    sheetOf(ctx, sheet).getRange(blockAddress(top, left, rows.length, width)).formulas = rows.map((r) =>
      [...r, ...new Array<Value>(width - r.length).fill(null)].map((v) => (v === null ? "" : v)),
    );
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
    r.format.autofitColumns();
    await sync(ctx);
  });
}

/** Fills the given row blocks with a colour (mismatches of an audit), in requests of bounded size. */
export async function highlight(sheet: string, addresses: readonly string[], color: string): Promise<void> {
  if (addresses.length === 0) return;
  await Excel.run(async (ctx) => {
    const ws = sheetOf(ctx, sheet);
    for (let i = 0; i < addresses.length; i += 500) {
      ws.getRanges(addresses.slice(i, i + 500).join(",")).format.fill.color = color;
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
    ws.getRange(blockAddress(0, 0, rows.length, width)).values = rows.map((r) => [...r, ...new Array<Value>(width - r.length).fill(null)]);
    ws.getRange(blockAddress(0, 0, rows.length, width)).format.autofitColumns();
    await sync(ctx);
    return name;
  });
}

/** Clears blocks (values and formats) and deletes sheets: taking back what the add-in wrote. */
export async function clearWritten(sheet: string, addresses: readonly string[], sheetsToDelete: readonly string[]): Promise<void> {
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

/** Asks Excel to recompute the TALENT functions after the rule options changed. */
export async function recalculate(): Promise<void> {
  await Excel.run(async (ctx) => {
    ctx.workbook.application.calculate(Excel.CalculationType.full);
    await sync(ctx);
  });
}
