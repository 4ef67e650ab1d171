import { TEXT, wordOf, wordsOf, zh } from "./codecs";
import { CASE_ORDER, readCases } from "./cases";
import { CONDITION_ORDER, readConditions } from "./conditions";
import { kvHeaders, readKv } from "./kv";
import {
  AMOUNT_COLUMNS,
  AMOUNT_KEY,
  ARTICLE_COLUMNS,
  BENEFIT_COLUMNS,
  CASE_HEADERS,
  CASE_OPTIONAL_EXPECTS,
  CATEGORY_COLUMNS,
  DECISION_COLUMNS,
  LIMIT_SECTIONS,
  META_SECTION,
  OTHER_SECTIONS,
  REFUND_COLUMNS,
  SHEETS,
} from "./layout";
import { columnLetter, getPath, readColumns, SheetReader, SourceMap, type Column } from "./sheet";
import { WAY_HEADERS } from "./to-grids";
import { FORMAT, LIMITS, type CellRef, type Grids, type PolicyFile, type Problem } from "./types";
import { ALL, BENEFIT_KIND, OPTION_KEYS, OTHERWISE, REFUND_KIND, ROLES_OF_KIND, ROLE, WAY_WORDS } from "./vocab";

export interface ReadResult {
  /**
   * The document as far as the sheets could be read. With no problems it is a file to check with the
   * format (checkPolicyWorkbook does both); with problems it is partial.
   */
  file: PolicyFile;
  /** Every problem, in sheet order, each naming its cell. */
  problems: Problem[];
  /** The cell a JSON path of the file came from (the nearest part of the file that has one). */
  cellOf(path: readonly (string | number)[]): CellRef | undefined;
}

const REQUIRED_SHEETS = [
  SHEETS.meta,
  SHEETS.articles,
  SHEETS.ways,
  SHEETS.categories,
  SHEETS.conditions,
  SHEETS.benefits,
  SHEETS.refunds,
  SHEETS.limits,
  SHEETS.other,
  SHEETS.decisions,
  SHEETS.cases,
];

/**
 * Reads a policy workbook given as plain cells (see types.ts: what exceljs or Office.js give) into a
 * policy file: what each cell holds (words of the lists, numbers, dates, no formulas), what each row
 * needs, and how rows make one category, benefit or case. What concerns the document as a whole (a
 * category no benefit may name, instalments against their total, articles cited) is the format's check:
 * checkPolicyWorkbook runs both. Never throws on bad content: every problem is returned with its sheet,
 * row and column. The sheets 说明 and 词表 are not read.
 */
/** The headers a sheet must have: all but those a workbook may lack (录入说明). */
function required(cols: readonly Column[]): string[] {
  return cols.filter((c) => !c.optionalHeader).map((c) => c.header);
}

function optional(cols: readonly Column[]): string[] {
  return cols.filter((c) => c.optionalHeader).map((c) => c.header);
}

export function gridsToPolicy(grids: Grids): ReadResult {
  const problems: Problem[] = [];
  const sources = new SourceMap();
  const file: any = { format: FORMAT };
  const oversized = sizeProblems(grids);
  if (oversized.length > 0) return { file, problems: oversized, cellOf: () => undefined };
  const reader = (name: string, headers: readonly string[], optional: readonly string[] = []) =>
    new SheetReader(name, grids[name] ?? [[...headers]], problems, sources, headers, optional);
  for (const name of REQUIRED_SHEETS) {
    if (!grids[name]) problems.push({ sheet: name, message: `缺少工作表“${name}”（请使用模板中的工作表名）` });
  }

  readKv(reader(SHEETS.meta, kvHeaders(false)), [META_SECTION], file, false);
  readArticles(reader(SHEETS.articles, Object.values(ARTICLE_COLUMNS)), file);
  const categories = reader(SHEETS.categories, required(CATEGORY_COLUMNS), optional(CATEGORY_COLUMNS));
  readCategories(categories, file);
  readConditions(reader(SHEETS.conditions, CONDITION_ORDER), file, categories);
  readWays(reader(SHEETS.ways, Object.values(WAY_HEADERS)), file);
  readBenefits(reader(SHEETS.benefits, [...required(BENEFIT_COLUMNS), AMOUNT_KEY, ...required(AMOUNT_COLUMNS)], [...optional(BENEFIT_COLUMNS), ...optional(AMOUNT_COLUMNS)]), file);
  readRefunds(reader(SHEETS.refunds, required(REFUND_COLUMNS), optional(REFUND_COLUMNS)), file);
  readKv(reader(SHEETS.limits, kvHeaders(true)), LIMIT_SECTIONS, file, true);
  readKv(reader(SHEETS.other, kvHeaders(true)), OTHER_SECTIONS, file, true);
  file.decisions = readTable(reader(SHEETS.decisions, DECISION_COLUMNS.map((c) => c.header)), DECISION_COLUMNS, "decisions");
  const lateExpects = CASE_HEADERS.expects.slice(-CASE_OPTIONAL_EXPECTS);
  const cases = readCases(reader(SHEETS.cases, CASE_ORDER.filter((h) => !lateExpects.includes(h)), lateExpects));
  if (cases.length > 0) file.cases = cases;
  return { file: file as PolicyFile, problems, cellOf: (path) => sources.cellOf(path) };
}

/** A workbook beyond LIMITS is refused before it is read (the pane can hand over any range). */
function sizeProblems(grids: Grids): Problem[] {
  const out: Problem[] = [];
  const names = Object.keys(grids);
  if (names.length > LIMITS.sheets) out.push({ sheet: names[LIMITS.sheets]!, message: `工作表过多：${names.length} 个，政策工作簿不应超过 ${LIMITS.sheets} 个` });
  for (const [name, rows] of Object.entries(grids)) {
    if (rows.length > LIMITS.rows) out.push({ sheet: name, message: `行数过多：${rows.length} 行，政策工作簿每表不应超过 ${LIMITS.rows} 行` });
    const wide = rows.findIndex((r) => r.length > LIMITS.columns);
    if (wide >= 0) out.push({ sheet: name, row: wide + 1, message: `列数过多：${rows[wide]!.length} 列，不应超过 ${LIMITS.columns} 列` });
    rows.forEach((r, i) =>
      r.forEach((c, j) => {
        if (typeof c === "string" && c.length > LIMITS.cellChars) {
          out.push({ sheet: name, row: i + 1, column: columnLetter(j), message: `单元格过长：${c.length} 字，不应超过 ${LIMITS.cellChars} 字` });
        }
      }),
    );
  }
  return out;
}

function readTable(sheet: SheetReader, cols: typeof DECISION_COLUMNS, base: string, kindOf?: (r: number) => string | undefined, formColumn?: string): any[] {
  const out: any[] = [];
  for (const r of sheet.dataRows()) {
    const el: any = {};
    const path = [base, out.length];
    sheet.sources.note(path, sheet.ref(r, cols[0]!.header));
    readColumns(sheet, r, cols, el, path, kindOf?.(r), formColumn);
    out.push(el);
  }
  return out;
}

function readArticles(sheet: SheetReader, file: any): void {
  file.articles = {};
  const rowOf = new Map<string, number>();
  for (const r of sheet.dataRows()) {
    const key = sheet.value(r, ARTICLE_COLUMNS.key, TEXT);
    const text = sheet.value(r, ARTICLE_COLUMNS.text, TEXT);
    if (key === undefined) {
      if (sheet.blank(r, ARTICLE_COLUMNS.key)) sheet.problem(r, ARTICLE_COLUMNS.key, "请填写条文键（如 6、14.3、序）");
      continue;
    }
    if (rowOf.has(key)) {
      sheet.problem(r, ARTICLE_COLUMNS.key, `条文键“${key}”与第${rowOf.get(key)! + 1}行重复（数字键如 14.10 请按文本填写，以免被 Excel 改成 14.1）`);
      continue;
    }
    rowOf.set(key, r);
    if (text === undefined) {
      if (sheet.blank(r, ARTICLE_COLUMNS.text)) sheet.problem(r, ARTICLE_COLUMNS.text, `条文“${key}”缺少原文`);
      continue;
    }
    file.articles[key] = text;
    sheet.sources.note(["articles", key], sheet.ref(r, ARTICLE_COLUMNS.text));
  }
}

function readCategories(sheet: SheetReader, file: any): void {
  file.categories = [];
  // a code written on two rows is said here, on the second row: otherwise the first message an office sees
  // is about the conditions of the class it overwrote (“第二类”不是类别代码), not about the row it changed
  const firstRow = new Map<string, number>();
  for (const r of sheet.dataRows()) {
    const el: any = {};
    const path = ["categories", file.categories.length];
    sheet.sources.note(path, sheet.ref(r, "类别代码"));
    readColumns(sheet, r, CATEGORY_COLUMNS, el, path);
    if (typeof el.code === "string") {
      const first = firstRow.get(el.code);
      if (first === undefined) firstRow.set(el.code, r);
      else sheet.problem(r, "类别代码", `类别代码“${el.code}”与第${first + 1}行重复：每个类别只写一行（一个类别的几种条件写在“类别条件”表的几行里）`);
    }
    file.categories.push(el);
  }
}

function readWays(sheet: SheetReader, file: any): void {
  const rows = sheet.dataRows();
  if (rows.length === 0) {
    // a document that names its ways but maps no common word onto them
    if (file.ways) file.ways.means = {};
    return;
  }
  if (!file.ways) {
    sheet.problem(rows[0], WAY_HEADERS.way, "填写了引进方式对照，但“文件信息”中没有“引进方式分类”和“引进方式条款”");
    return;
  }
  const classes: string[] = file.ways.classes ?? [];
  const means: Record<string, any> = {};
  const rowOf = new Map<string, number>();
  for (const r of rows) {
    const way = sheet.value(r, WAY_HEADERS.way, wordOf(WAY_WORDS, "引进方式"));
    const list = sheet.value(r, WAY_HEADERS.classes, wordsOf(classes, "本文件的引进方式"));
    const option = sheet.value(r, WAY_HEADERS.option, wordOf(OPTION_KEYS, "选项"));
    const value = sheet.value(r, WAY_HEADERS.optionValue, TEXT);
    if (way === undefined) {
      if (sheet.blank(r, WAY_HEADERS.way)) sheet.problem(r, WAY_HEADERS.way, "请选择通用说法");
      continue;
    }
    if (list === undefined) {
      if (sheet.blank(r, WAY_HEADERS.classes)) sheet.problem(r, WAY_HEADERS.classes, `请填写“${way}”在本文件中算哪种方式（${classes.join("、")}）`);
      continue;
    }
    if ((option === undefined) !== (value === undefined)) {
      sheet.problem(r, option === undefined ? WAY_HEADERS.option : WAY_HEADERS.optionValue, "“选项”和“选项取值”须同时填写或同时留空");
      continue;
    }
    const prev = means[way];
    const path = ["ways", "means", way];
    if (option === undefined) {
      if (prev !== undefined) sheet.problem(r, WAY_HEADERS.way, `“${way}”与第${rowOf.get(way)! + 1}行重复`);
      else means[way] = list;
    } else {
      if (prev !== undefined && (Array.isArray(prev) || prev.byOption !== option)) {
        sheet.problem(r, WAY_HEADERS.option, `“${way}”已在第${rowOf.get(way)! + 1}行写了${Array.isArray(prev) ? "不随选项的对照" : `随选项 ${prev.byOption} 的对照`}`);
        continue;
      }
      const m = prev ?? { byOption: option, values: {} };
      if (value === OTHERWISE) m.otherwise = list;
      else m.values[value!] = list;
      means[way] = m;
    }
    if (!rowOf.has(way)) rowOf.set(way, r);
    sheet.sources.note(path, sheet.ref(r, WAY_HEADERS.way));
  }
  for (const [way, m] of Object.entries(means)) {
    if (!Array.isArray(m) && m.otherwise === undefined) {
      sheet.problem(rowOf.get(way), WAY_HEADERS.optionValue, `“${way}”随选项 ${m.byOption} 变化：还须有一行取值为“${OTHERWISE}”`);
      m.otherwise = [];
    }
  }
  file.ways.means = means;
}

function readBenefits(sheet: SheetReader, file: any): void {
  file.benefits = [];
  const byId = new Map<string, { b: any; first: number; index: number }>();
  for (const r of sheet.dataRows()) {
    const id = sheet.value(r, "待遇编号", TEXT);
    if (id === undefined) {
      if (sheet.blank(r, "待遇编号")) sheet.problem(r, "待遇编号", "请填写待遇编号（同一待遇的各行相同）");
      continue;
    }
    let entry = byId.get(id);
    const kindOf = (row: number) => sheet.value(row, "形式", zh(BENEFIT_KIND));
    if (!entry) {
      const kind = kindOf(r);
      const b: any = {};
      const index = file.benefits.length;
      sheet.sources.note(["benefits", index], sheet.ref(r, "待遇编号"));
      readColumns(sheet, r, BENEFIT_COLUMNS, b, ["benefits", index], kind);
      if (kind !== undefined && b.role !== undefined && !ROLES_OF_KIND[kind]!.includes(b.role)) {
        sheet.problem(r, "用途", `“${BENEFIT_KIND.toZh(kind as any)}”的用途只能是${ROLES_OF_KIND[kind]!.map((x) => `“${ROLE.toZh(x as any)}”`).join("、")}`);
      }
      if (kind !== undefined && kind !== "service") {
        b.amounts = {};
        sheet.sources.note(["benefits", index, "amounts"], sheet.ref(r, AMOUNT_KEY));
      }
      entry = { b, first: r, index };
      byId.set(id, entry);
      file.benefits.push(b);
    } else {
      // later rows of the same benefit: its own columns may repeat the first row's, never differ from them
      for (const col of BENEFIT_COLUMNS) {
        if (sheet.blank(r, col.header)) continue;
        const v = sheet.value(r, col.header, col.codec);
        if (v !== undefined && JSON.stringify(v) !== JSON.stringify(getPath(entry.b, col.path))) {
          sheet.problem(r, col.header, `与待遇“${id}”第一行（第${entry.first + 1}行）的“${col.header}”不一致：同一待遇的各行只有金额各列不同`);
        }
      }
    }
    const { b, index } = entry;
    if (b.kind === undefined) continue;
    const keyCell = sheet.value(r, AMOUNT_KEY, TEXT);
    if (b.kind === "service") {
      if (keyCell !== undefined) sheet.problem(r, AMOUNT_KEY, "非现金待遇没有金额，“金额类别”请留空");
      if (r !== entry.first) sheet.problem(r, "待遇编号", `非现金待遇“${id}”只写一行`);
      for (const col of AMOUNT_COLUMNS) if (!sheet.blank(r, col.header)) sheet.problem(r, col.header, "非现金待遇没有金额，此列请留空");
      continue;
    }
    if (keyCell === undefined) {
      if (sheet.blank(r, AMOUNT_KEY)) sheet.problem(r, AMOUNT_KEY, `请填写本行金额适用的类别（类别代码，所有类别相同的填“${ALL}”）`);
      continue;
    }
    const key = keyCell === ALL ? "*" : keyCell;
    if (b.amounts[key] !== undefined) {
      sheet.problem(r, AMOUNT_KEY, `待遇“${id}”已有“${keyCell}”的金额`);
      continue;
    }
    const amount: any = {};
    const path = ["benefits", index, "amounts", key];
    sheet.sources.note(path, sheet.ref(r, AMOUNT_KEY));
    readColumns(sheet, r, AMOUNT_COLUMNS, amount, path, b.kind);
    b.amounts[key] = amount;
  }
  for (const { b, first } of byId.values()) {
    if (b.amounts && Object.keys(b.amounts).length === 0 && b.kind !== "service") {
      sheet.problem(first, AMOUNT_KEY, `待遇“${b.id}”没有金额行`);
    }
  }
}

function readRefunds(sheet: SheetReader, file: any): void {
  file.refunds = readTable(sheet, REFUND_COLUMNS, "refunds", (r) => sheet.value(r, "退还方式", zh(REFUND_KIND)), "退还方式");
}

