import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { UsageError } from "../cli/args";
import { openWorkbook } from "../cli/ooxml/open";
import { readSheet } from "../cli/ooxml/sheet";
import { parseMerge } from "../cli/ooxml/survey";
import { Package } from "../cli/ooxml/zip";
import { GENERAL, GUIDES } from "./instructions";
import { KV_HEADERS, type Section } from "./kv";
import {
  AMOUNT_COLUMNS,
  BENEFIT_COLUMNS,
  CATEGORY_COLUMNS,
  CONDITION_HEADERS as CH,
  DECISION_COLUMNS,
  LIMIT_SECTIONS,
  META_SECTION,
  OTHER_SECTIONS,
  REFUND_COLUMNS,
  SHEETS,
  CASE_HEADERS,
} from "./layout";
import { columnLetter, type Column } from "./sheet";
import { policyToGrids, WAY_HEADERS } from "./to-grids";
import { FORMAT, LIMITS, type Cell, type Grids, type PolicyFile, type SheetLayout } from "./types";
import { DROPDOWNS, type DropdownName } from "./vocab";

/**
 * The exceljs side of the policy workbook: writing a document (or the blank template) as an .xlsx with
 * dropdowns, widths, a frozen header and the 说明 sheet, and reading an .xlsx back into plain cells.
 */

/** A workbook refused before its cells are read (too large, not an .xlsx). The message is Chinese. */
export class PolicyWorkbookError extends Error {}


const DATA_SHEETS = [SHEETS.meta, SHEETS.articles, SHEETS.ways, SHEETS.categories, SHEETS.conditions, SHEETS.benefits, SHEETS.refunds, SHEETS.limits, SHEETS.other, SHEETS.decisions, SHEETS.cases];

const EMPTY: PolicyFile = { format: FORMAT, articles: {}, decisions: [], categories: [], benefits: [], refunds: [] } as unknown as PolicyFile;

/** The sheets of the blank template: headers, and the fields of the field sheets with nothing filled. */
export function templateGrids(): Grids {
  return policyToGrids(EMPTY);
}

interface SheetLook {
  widths: Record<string, number>;
  dropdowns: Record<string, DropdownName | string>;
  notes: Record<string, string>;
  /** Columns kept as text, so that Excel does not turn 14.10 into 14.1. */
  text: string[];
}

function look(cols: readonly Column[]): SheetLook {
  const l: SheetLook = { widths: {}, dropdowns: {}, notes: {}, text: [] };
  for (const c of cols) {
    if (c.width) l.widths[c.header] = c.width;
    if (c.dropdown) l.dropdowns[c.header] = c.dropdown;
    if (c.hint) l.notes[c.header] = c.hint;
    if (c.header.endsWith("条文键")) l.text.push(c.header);
  }
  return l;
}

const KV_LOOK: SheetLook = {
  widths: { [KV_HEADERS.rule]: 14, [KV_HEADERS.field]: 20, [KV_HEADERS.key]: 16, [KV_HEADERS.value]: 48, [KV_HEADERS.articleKey]: 10, [KV_HEADERS.articleLabel]: 24 },
  dropdowns: {},
  notes: { [KV_HEADERS.key]: "有多项的字段在此写类别代码、情形名或序号", [KV_HEADERS.value]: "条款类字段此列留空，填在条文键和条款写法两列" },
  text: [KV_HEADERS.articleKey],
};

const LOOKS: Record<string, SheetLook> = {
  [SHEETS.meta]: KV_LOOK,
  [SHEETS.limits]: KV_LOOK,
  [SHEETS.other]: KV_LOOK,
  [SHEETS.articles]: { widths: { 条文键: 10, 原文: 100 }, dropdowns: {}, notes: { 条文键: "如 6、14.3、序、末段；按文本填写" }, text: ["条文键"] },
  [SHEETS.ways]: { widths: { [WAY_HEADERS.way]: 12, [WAY_HEADERS.classes]: 20, [WAY_HEADERS.option]: 18, [WAY_HEADERS.optionValue]: 12 }, dropdowns: { [WAY_HEADERS.way]: "通用引进方式", [WAY_HEADERS.option]: "选项" }, notes: {}, text: [] },
  [SHEETS.categories]: look(CATEGORY_COLUMNS),
  [SHEETS.conditions]: {
    widths: { [CH.code]: 14, [CH.group]: 8, [CH.use]: 10, [CH.option]: 16, [CH.optionValue]: 10, [CH.degree]: 12, [CH.title]: 10, [CH.school]: 10, [CH.urgent]: 10, [CH.honor]: 20, [CH.noHonor]: 14, [CH.way]: 12, [CH.label]: 40 },
    dropdowns: { [CH.use]: "条件用于", [CH.option]: "选项", [CH.degree]: "学历学位", [CH.title]: "职称", [CH.school]: "院校类型", [CH.urgent]: "急需紧缺", [CH.honor]: "称号或条件", [CH.noHonor]: "称号或条件" },
    notes: { [CH.group]: "同组各行须同时满足，满足任一组即可", [CH.label]: "条款中这一条件的原话", [CH.way]: "本文件的引进方式" },
    text: [],
  },
  [SHEETS.benefits]: look([...BENEFIT_COLUMNS, ...AMOUNT_COLUMNS]),
  [SHEETS.refunds]: look(REFUND_COLUMNS),
  [SHEETS.decisions]: look(DECISION_COLUMNS),
  [SHEETS.cases]: {
    widths: { [CASE_HEADERS.group]: 16, [CASE_HEADERS.why]: 36, [CASE_HEADERS.call]: 16, [CASE_HEADERS.cites]: 20, [CASE_HEADERS.options]: 24 },
    dropdowns: { [CASE_HEADERS.call]: "函数" },
    notes: { [CASE_HEADERS.expects[0]!]: "单元格应显示的值；任意含某段文字的写作“含：这段文字”；日期填日期" },
    text: [],
  },
};

/** Columns whose dropdown is a list the office fills in on another sheet. */
const OWN_LIST_COLUMNS: Record<string, [string, string][]> = {
  [SHEETS.conditions]: [[CH.code, "类别代码"]],
  [SHEETS.benefits]: [["适用类别", "类别代码"], ["金额类别", "类别代码"]],
  [SHEETS.refunds]: [["涉及待遇编号", "待遇编号"], ["按选项退还的待遇编号", "待遇编号"]],
};

const KIND_COLOURS: Record<string, string> = { lumpSum: "FFFCE4D6", monthly: "FFE2EFDA", yearly: "FFFFF2CC", housing: "FFD9E1F2", range: "FFEDEDED" };

/** Lists beyond the engine's vocabularies: the rule and field names of the field sheets. */
function sheetLists(): Record<string, readonly string[]> {
  const names = (sections: Section[]) => sections.map((s) => s.name);
  const fields = (sections: Section[]) => [...new Set(sections.flatMap((s) => s.fields.map((f) => f.zh)))];
  return {
    ...DROPDOWNS,
    急需紧缺: ["是"],
    "规则（年龄与排除条件）": names(LIMIT_SECTIONS),
    "规则（其他规则）": names(OTHER_SECTIONS),
    "字段（文件信息）": fields([META_SECTION]),
    "字段（年龄与排除条件）": fields(LIMIT_SECTIONS),
    "字段（其他规则）": fields(OTHER_SECTIONS),
  };
}

function toExcel(c: Cell): ExcelJS.CellValue {
  if (c !== null && typeof c === "object" && !(c instanceof Date)) return { formula: c.formula } as ExcelJS.CellFormulaValue;
  return c;
}

function addGuide(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEETS.guide);
  ws.getColumn(1).width = 24;
  for (let i = 2; i <= 12; i++) ws.getColumn(i).width = 18;
  ws.addRow(["政策文件填写说明"]).font = { bold: true, size: 14 };
  for (const line of GENERAL) ws.addRow([line]);
  ws.addRow([]);
  const blank = templateGrids();
  for (const g of GUIDES) {
    ws.addRow([`工作表“${g.sheet}”`]).font = { bold: true };
    ws.addRow([g.text]);
    const headers = (blank[g.sheet]![0] as string[]).slice();
    const head = ws.addRow(headers);
    head.font = { bold: true };
    head.eachCell((cell) => (cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } }));
    ws.addRow(headers.map((h) => toExcel(g.example[h] ?? null)));
    ws.addRow([]);
  }
}

/** Where each list will sit in the hidden 词表 sheet (written last, so the office's sheets come first). */
/** Lists the office fills in itself: category codes, article keys and benefit ids, from their own sheets. */
const OWN_LISTS: Record<string, string> = {
  类别代码: `'${SHEETS.categories}'!$A$2:$A$300`,
  条文键: `'${SHEETS.articles}'!$A$2:$A$1000`,
  待遇编号: `'${SHEETS.benefits}'!$A$2:$A$1000`,
};

function listRefs(): Map<string, string> {
  const refs = new Map<string, string>(Object.entries(OWN_LISTS));
  Object.entries(sheetLists()).forEach(([name, words], i) => {
    const col = columnLetter(i);
    refs.set(name, `'${SHEETS.lists}'!$${col}$2:$${col}$${Math.max(2, words.length + 1)}`);
  });
  return refs;
}

function addLists(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(SHEETS.lists, { state: "hidden" });
  Object.entries(sheetLists()).forEach(([name, words], i) => {
    const col = columnLetter(i);
    ws.getCell(`${col}1`).value = name;
    words.forEach((w, j) => (ws.getCell(`${col}${j + 2}`).value = w));
  });
}

/** exceljs has `dataValidations` on worksheets without declaring it. */
function validations(ws: ExcelJS.Worksheet): { add(range: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
}

function validation(ref: string, name: string): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [ref],
    showErrorMessage: true,
    // a warning, not a stop: cells may hold several words of the list (博士、硕士)
    errorStyle: "warning",
    errorTitle: name,
    error: `请从下拉列表中选择；多个词用“、”分隔时可选“是”继续`,
  };
}

function addDataSheet(wb: ExcelJS.Workbook, name: string, rows: Cell[][], lists: Map<string, string>): void {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const headers = (rows[0] ?? []) as string[];
  const l = LOOKS[name]!;
  const last = Math.max(rows.length + 200, 300);
  headers.forEach((h, i) => {
    const column = ws.getColumn(i + 1);
    column.width = l.widths[h] ?? Math.max(8, h.length * 2 + 2);
    if (l.text.includes(h)) column.numFmt = "@";
  });
  rows.forEach((r) => ws.addRow(r.map(toExcel)));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    const note = l.notes[String(cell.value)];
    if (note) cell.note = note;
  });
  for (let r = 2; r <= ws.rowCount; r++) ws.getRow(r).alignment = { vertical: "top", wrapText: true };
  const dropdown = (h: string, listName: string) => {
    const i = headers.indexOf(h);
    const ref = lists.get(listName);
    if (i < 0 || !ref) return;
    const col = columnLetter(i);
    validations(ws).add(`${col}2:${col}${last}`, validation(ref, h));
  };
  for (const [h, listName] of Object.entries(l.dropdowns)) dropdown(h, listName);
  if (name !== SHEETS.articles) for (const h of headers) if (h.endsWith("条文键")) dropdown(h, "条文键");
  for (const h of OWN_LIST_COLUMNS[name] ?? []) dropdown(h[0], h[1]);
  // the columns of one form of benefit share a colour, so that a row's amount is looked for in one place
  if (name === SHEETS.benefits) {
    AMOUNT_COLUMNS.forEach((c) => {
      const i = headers.indexOf(c.header);
      // the amount's own article is for every form: no colour
      const argb = c.kinds ? KIND_COLOURS[c.kinds[0]!] : undefined;
      if (i >= 0 && argb) ws.getCell(1, i + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb } };
    });
  }
  if (name === SHEETS.limits || name === SHEETS.other || name === SHEETS.meta) {
    if (name !== SHEETS.meta) dropdown(KV_HEADERS.rule, `规则（${name}）`);
    dropdown(KV_HEADERS.field, `字段（${name}）`);
    // the value column's list depends on the field: set row by row for the fields listed
    const sections = name === SHEETS.meta ? [META_SECTION] : name === SHEETS.limits ? LIMIT_SECTIONS : OTHER_SECTIONS;
    const fieldCol = headers.indexOf(KV_HEADERS.field);
    const ruleCol = headers.indexOf(KV_HEADERS.rule);
    const valueCol = columnLetter(headers.indexOf(KV_HEADERS.value));
    const keyCol = columnLetter(headers.indexOf(KV_HEADERS.key));
    rows.slice(1).forEach((r, k) => {
      const section = ruleCol < 0 ? sections[0] : sections.find((s) => s.name === r[ruleCol]);
      const field = section?.fields.find((f) => f.zh === r[fieldCol]);
      const ref = field?.dropdown ? lists.get(field.dropdown) : undefined;
      if (ref) validations(ws).add(`${valueCol}${k + 2}`, validation(ref, field!.zh));
      const keyRef = field?.keyDropdown ? lists.get(field.keyDropdown) : undefined;
      if (keyRef) validations(ws).add(`${keyCol}${k + 2}`, validation(keyRef, field!.zh));
    });
  }
}

/**
 * A policy file as the bytes of a workbook (all sheets, 说明 first, the hidden 词表 the dropdowns read),
 * or the blank template when `file` is null: for a caller that writes files its own way (atomically).
 */
export async function policyWorkbookBuffer(file: PolicyFile | null): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "人才政策计算";
  const grids = file ? policyToGrids(file) : templateGrids();
  addGuide(wb);
  const lists = listRefs();
  for (const name of DATA_SHEETS) addDataSheet(wb, name, grids[name]!, lists);
  addLists(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes policyWorkbookBuffer(file) to `path`, replacing what is there. */
export async function writePolicyWorkbook(file: PolicyFile | null, path: string): Promise<void> {
  await fs.writeFile(path, await policyWorkbookBuffer(file));
}

/** A date cell as the day it shows (a 1900-system serial, as the reader gives it, at midnight UTC). */
function dayOf(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
}

/**
 * Reads the sheets of a policy workbook as plain cells, formulas kept as formulas (never evaluated), date
 * cells as their day. The command line's own streaming reader does it (src/cli/ooxml: yauzl and saxes), the
 * one that reads ledgers: it reads whatever valid .xlsx Excel, WPS, LibreOffice, openpyxl or a .NET writer
 * makes (exceljs refuses some: comments where openpyxl puts them, x: prefixes), and it says what a file is
 * when it is not an .xlsx (an .xls, an encrypted workbook, CSV, a truncated zip).
 * Throws PolicyWorkbookError (Chinese message) for such a file or one beyond LIMITS.
 */
export async function readPolicyWorkbook(path: string): Promise<Grids> {
  return (await readPolicyWorkbookAndLayout(path)).grids;
}

/** The cells, and what they do not show: hidden sheets and rows, merged blocks (see layoutRemarks). */
export async function readPolicyWorkbookAndLayout(path: string): Promise<{ grids: Grids; layout: Record<string, SheetLayout> }> {
  const stat = await fs.stat(path);
  if (stat.size > LIMITS.fileBytes) {
    throw new PolicyWorkbookError(`文件过大：${(stat.size / 1048576).toFixed(1)} MB，政策工作簿不应超过 ${LIMITS.fileBytes / 1048576} MB`);
  }
  // Sizes from the zip's directory, before any part is inflated.
  const pkg = await Package.open(path).catch(() => undefined);
  if (pkg) {
    const unzipped = [...pkg.entries.values()].reduce((n, e) => n + e.raw.uncompressedSize, 0);
    pkg.close();
    if (unzipped > LIMITS.unzippedBytes) {
      throw new PolicyWorkbookError(`文件解压后过大（${(unzipped / 1048576).toFixed(0)} MB），政策工作簿解压后不应超过 ${LIMITS.unzippedBytes / 1048576} MB`);
    }
  }
  let wb;
  try {
    wb = await openWorkbook(path);
  } catch (e) {
    if (e instanceof UsageError) throw new PolicyWorkbookError(e.message);
    throw e;
  }
  try {
    const sheets = wb.info.sheets;
    if (sheets.length > LIMITS.sheets) throw new PolicyWorkbookError(`工作表过多：${sheets.length} 个，政策工作簿不应超过 ${LIMITS.sheets} 个`);
    const grids: Grids = {};
    const layout: Record<string, SheetLayout> = {};
    for (const sheet of sheets) {
      if (sheet.name === SHEETS.guide || sheet.name === SHEETS.lists) continue;
      const rows: Cell[][] = [];
      const facts: SheetLayout = { hidden: sheet.state !== "visible", hiddenRows: [], hiddenColumns: [], merges: [] };
      layout[sheet.name] = facts;
      const hiddenSpans: [number, number][] = [];
      await readSheet(await wb.pkg.stream(sheet.part), wb.ctx, {
        element: (name, a) => {
          const merge = name === "mergeCell" ? parseMerge(a.ref ?? "") : undefined;
          if (merge) facts.merges.push({ ...merge, top: merge.top + 1, bottom: merge.bottom + 1 });
          if (name === "col" && (a.hidden === "1" || a.hidden === "true")) hiddenSpans.push([Number(a.min) - 1, Number(a.max) - 1]);
        },
        row: (row) => {
          if (row.hidden && row.cells.some((c) => c.content)) facts.hiddenRows.push(row.index + 1);
          if (row.index >= LIMITS.rows) throw new PolicyWorkbookError(`工作表“${sheet.name}”行数过多：超过 ${LIMITS.rows} 行`);
          const cells: Cell[] = [];
          for (const c of row.cells) {
            if (!c.content) continue;
            if (c.col >= LIMITS.columns) throw new PolicyWorkbookError(`工作表“${sheet.name}”列数过多：超过 ${LIMITS.columns} 列`);
            const v: Cell =
              c.formula !== undefined ? { formula: c.formula } : c.dateStyled && typeof c.value === "number" ? dayOf(c.value) : c.value;
            if (typeof v === "string" && v.length > LIMITS.cellChars) {
              throw new PolicyWorkbookError(`工作表“${sheet.name}”${columnLetter(c.col)}${row.index + 1} 单元格过长（${v.length} 字），不应超过 ${LIMITS.cellChars} 字`);
            }
            cells[c.col] = v;
          }
          rows[row.index] = Array.from(cells, (x) => x ?? null);
        },
      });
      grids[sheet.name] = Array.from(rows, (r) => r ?? []);
      const filled = new Set(grids[sheet.name]!.flatMap((r) => r.flatMap((v, i) => (v === null || v === "" ? [] : [i]))));
      facts.hiddenColumns = [...filled].filter((c) => hiddenSpans.some(([lo, hi]) => c >= lo && c <= hi)).sort((a, b) => a - b);
    }
    return { grids, layout };
  } finally {
    wb.pkg.close();
  }
}
