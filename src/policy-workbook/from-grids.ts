import { parseOptions } from "../engine/core/options";
import { isTalentError } from "../engine/core/errors";
import type { Criterion } from "../engine/model/criteria";
import { isBlank, LIST, TEXT, wordOf, wordsOf, zh } from "./codecs";
import { readKv } from "./kv";
import {
  AMOUNT_COLUMNS,
  AMOUNT_KEY,
  ARTICLE_COLUMNS,
  BENEFIT_COLUMNS,
  CASE_HEADERS,
  CATEGORY_COLUMNS,
  CONTAINS,
  CONDITION_HEADERS as CH,
  DECISION_COLUMNS,
  LIMIT_SECTIONS,
  META_SECTION,
  OTHER_SECTIONS,
  REFUND_COLUMNS,
  SHEETS,
} from "./layout";
import { kvHeaders } from "./kv";
import { columnLetter, getPath, readColumns, SheetReader, SourceMap, type Path } from "./sheet";
import { CASE_ORDER, CONDITION_ORDER, WAY_HEADERS } from "./to-grids";
import { FORMAT, LIMITS, type ByOption, type Cell, type CellRef, type Grids, type PolicyCase, type PolicyFile, type Problem } from "./types";
import { ALL, BENEFIT_KIND, CONDITION_USE, DEGREES, FUNCTION_IDS, HONOR_WORDS, OPTION_KEYS, OTHERWISE, REFUND_KIND, ROLES_OF_KIND, ROLE, SCHOOLS, TITLES, WAY_WORDS, YES } from "./vocab";

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
export function gridsToPolicy(grids: Grids): ReadResult {
  const problems: Problem[] = [];
  const sources = new SourceMap();
  const file: any = { format: FORMAT };
  const oversized = sizeProblems(grids);
  if (oversized.length > 0) return { file, problems: oversized, cellOf: () => undefined };
  const reader = (name: string, headers: readonly string[]) => new SheetReader(name, grids[name] ?? [[...headers]], problems, sources, headers);
  for (const name of REQUIRED_SHEETS) {
    if (!grids[name]) problems.push({ sheet: name, message: `缺少工作表“${name}”（请使用模板中的工作表名）` });
  }

  readKv(reader(SHEETS.meta, kvHeaders(false)), [META_SECTION], file, false);
  readArticles(reader(SHEETS.articles, Object.values(ARTICLE_COLUMNS)), file);
  const categories = reader(SHEETS.categories, CATEGORY_COLUMNS.map((c) => c.header));
  readCategories(categories, file);
  readConditions(reader(SHEETS.conditions, CONDITION_ORDER), file, categories);
  readWays(reader(SHEETS.ways, Object.values(WAY_HEADERS)), file);
  readBenefits(reader(SHEETS.benefits, [...BENEFIT_COLUMNS.map((c) => c.header), AMOUNT_KEY, ...AMOUNT_COLUMNS.map((c) => c.header)]), file);
  readRefunds(reader(SHEETS.refunds, REFUND_COLUMNS.map((c) => c.header)), file);
  readKv(reader(SHEETS.limits, kvHeaders(true)), LIMIT_SECTIONS, file, true);
  readKv(reader(SHEETS.other, kvHeaders(true)), OTHER_SECTIONS, file, true);
  file.decisions = readTable(reader(SHEETS.decisions, DECISION_COLUMNS.map((c) => c.header)), DECISION_COLUMNS, "decisions");
  const cases = readCases(reader(SHEETS.cases, CASE_ORDER));
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
  for (const r of sheet.dataRows()) {
    const el: any = {};
    const path = ["categories", file.categories.length];
    sheet.sources.note(path, sheet.ref(r, "类别代码"));
    readColumns(sheet, r, CATEGORY_COLUMNS, el, path);
    file.categories.push(el);
  }
}

type Leaf = Exclude<Criterion, { all: Criterion[] } | { any: Criterion[] }>;

const LEAF_COLUMNS: [string, (cell: Cell) => Omit<Leaf, "label">][] = [
  [CH.degree, (c) => ({ degreeIn: wordsOf(DEGREES, "学历学位").read(c) as any })],
  [CH.title, (c) => ({ titleAtLeast: wordOf(TITLES, "职称").read(c) as any })],
  [CH.school, (c) => ({ school: wordOf(SCHOOLS, "院校类型").read(c) as any })],
  [CH.urgent, (c) => (wordOf([YES], "急需紧缺专业条件（只填“是”）").read(c), { urgentMajor: true as const })],
  [CH.honor, (c) => ({ honorIn: wordsOf(HONOR_WORDS, "称号或条件").read(c) as any })],
  [CH.noHonor, (c) => ({ noHonor: wordsOf(HONOR_WORDS, "称号或条件").read(c) as any })],
  [CH.way, (c) => ({ wayIn: LIST.read(c) })],
];

/** Groups of rows into a criterion: one group is an `all` (or its one leaf), several an `any` of them. */
function fromGroups(groups: Leaf[][]): Criterion {
  const part = (g: Leaf[]): Criterion => (g.length === 1 ? g[0]! : { all: g });
  return groups.length === 1 ? part(groups[0]!) : { any: groups.map(part) };
}

function readConditions(sheet: SheetReader, file: any, categorySheet: SheetReader): void {
  interface Variant { groups: Map<string, Leaf[]>; rows: Map<string, number[]> }
  interface Bucket { option?: string; optionRow?: number; variants: Map<string | null, Variant>; first: number }
  const byCategory = new Map<string, { when?: Bucket; via?: Bucket }>();
  const codes = new Set(file.categories.map((c: any) => c.code));
  for (const r of sheet.dataRows()) {
    const code = sheet.value(r, CH.code, TEXT);
    if (code === undefined) {
      sheet.problem(r, CH.code, "请填写类别代码");
      continue;
    }
    if (!codes.has(code)) {
      sheet.problem(r, CH.code, `“${code}”不是“人才类别”表中的类别代码`);
      continue;
    }
    const use = sheet.blank(r, CH.use) ? "when" : sheet.value(r, CH.use, zh(CONDITION_USE));
    if (use === undefined) continue;
    const filled = LEAF_COLUMNS.filter(([h]) => !sheet.blank(r, h));
    if (filled.length !== 1) {
      sheet.problem(r, filled[1]?.[0] ?? CH.degree, filled.length === 0 ? `每行写一个条件：请在${LEAF_COLUMNS.map(([h]) => `“${h}”`).join("、")}中填写一列` : `每行只写一个条件，此行填了${filled.map(([h]) => `“${h}”`).join("、")}：请分成几行（同一条件组的各行须同时满足）`);
      continue;
    }
    const [header, make] = filled[0]!;
    const raw = sheet.cell(r, header);
    let leafBody: Omit<Leaf, "label"> | undefined;
    if (typeof raw === "object" && raw !== null && !(raw instanceof Date)) {
      sheet.value(r, header, TEXT);
      continue;
    }
    try {
      leafBody = make(typeof raw === "string" ? raw.trim() : raw);
    } catch (e) {
      if (e instanceof Error && !isTalentError(e)) sheet.problem(r, header, e.message);
      continue;
    }
    const label = sheet.value(r, CH.label, TEXT);
    if (label === undefined) {
      if (sheet.blank(r, CH.label)) sheet.problem(r, CH.label, "请填写条文字样：条款中这一条件的原话（用于说明类别依据）");
      continue;
    }
    const option = sheet.value(r, CH.option, wordOf(OPTION_KEYS, "选项"));
    const optionValue = sheet.value(r, CH.optionValue, TEXT);
    if ((option === undefined) !== (optionValue === undefined)) {
      sheet.problem(r, option === undefined ? CH.option : CH.optionValue, "“选项”和“选项取值”须同时填写或同时留空");
      continue;
    }
    if (use === "via" && option !== undefined) {
      sheet.problem(r, CH.option, "用于“另据条款”的条件不能随选项变化");
      continue;
    }
    const groupCell = sheet.value(r, CH.group, TEXT);
    if (groupCell === undefined) {
      if (sheet.blank(r, CH.group)) sheet.problem(r, CH.group, "请填写条件组（1、2、3…：同组各行须同时满足，满足任一组即可）");
      continue;
    }
    const entry = byCategory.get(code) ?? {};
    byCategory.set(code, entry);
    const bucket: Bucket = entry[use] ?? { variants: new Map(), first: r };
    entry[use] = bucket;
    if (bucket.variants.size > 0 && (bucket.option === undefined) !== (option === undefined)) {
      sheet.problem(r, CH.option, `类别“${code}”的条件有的随选项变化、有的不随：随选项变化时，每一行都须写明选项和取值（取值“${OTHERWISE}”表示其余情形）`);
      continue;
    }
    if (bucket.option !== undefined && option !== bucket.option) {
      sheet.problem(r, CH.option, `类别“${code}”的条件只能随一个选项变化（第${bucket.optionRow! + 1}行是 ${bucket.option}）`);
      continue;
    }
    if (option !== undefined && bucket.option === undefined) {
      bucket.option = option;
      bucket.optionRow = r;
    }
    const variant: Variant = bucket.variants.get(optionValue ?? null) ?? { groups: new Map(), rows: new Map() };
    bucket.variants.set(optionValue ?? null, variant);
    const g = variant.groups.get(groupCell) ?? [];
    variant.groups.set(groupCell, g);
    g.push({ ...leafBody, label } as Leaf);
    variant.rows.set(groupCell, [...(variant.rows.get(groupCell) ?? []), r]);
  }
  file.categories.forEach((c: any, i: number) => {
    const entry = byCategory.get(c.code);
    // each condition's place in the tree fromGroups builds, noted with its row (for checks made on the file)
    const noteLeaves = (v: Variant, base: Path) => {
      const rows = [...v.rows.values()];
      rows.forEach((g, gi) =>
        g.forEach((r, li) => {
          const inGroup = g.length === 1 ? [] : ["all", li];
          sheet.sources.note([...base, ...(rows.length === 1 ? inGroup : ["any", gi, ...inGroup])], sheet.ref(r, CH.label));
        }),
      );
    };
    const tree = (v: Variant, base: Path) => {
      noteLeaves(v, base);
      return fromGroups([...v.groups.values()]);
    };
    if (entry?.when) {
      const b = entry.when;
      const at: Path = ["categories", i, "when"];
      if (b.option === undefined) c.when = tree(b.variants.get(null)!, at);
      else {
        const other = b.variants.get(OTHERWISE);
        if (!other) sheet.problem(b.first, CH.optionValue, `类别“${c.code}”的条件随选项 ${b.option} 变化：还须写取值为“${OTHERWISE}”的条件组（选项为其他取值时适用）`);
        const when: ByOption<Criterion> = { byOption: b.option as any, values: {}, otherwise: other ? tree(other, [...at, "otherwise"]) : { any: [] } };
        for (const [v, variant] of b.variants) if (v !== OTHERWISE) when.values[v!] = tree(variant, [...at, "values", v!]);
        c.when = when;
      }
      sheet.sources.note(["categories", i, "when"], sheet.ref(b.first, CH.code));
    }
    if (entry?.via) {
      if (!c.via) categorySheet.problem(undefined, undefined, `类别“${c.code}”在“类别条件”表中有用于“另据条款”的条件，但“人才类别”表中没有填写另据条款`);
      else {
        c.via.when = tree(entry.via.variants.get(null)!, ["categories", i, "via", "when"]);
        sheet.sources.note(["categories", i, "via", "when"], sheet.ref(entry.via.first, CH.code));
      }
    } else if (c.via) {
      sheet.problem(undefined, undefined, `类别“${c.code}”填写了另据条款，但本表没有用于“另据条款”的条件`);
    }
  });
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

function readCases(sheet: SheetReader): PolicyCase[] {
  type Expected = PolicyCase["expect"] extends infer E ? (E extends unknown[][] ? never : E) : never;
  const cases: PolicyCase[] = [];
  const open = new Map<string, { c: PolicyCase; rows: (Expected | null)[][]; first: number }>();
  const plain = (r: number, h: string): Cell => {
    const c = sheet.cell(r, h);
    if (typeof c === "object" && c !== null && !(c instanceof Date)) {
      sheet.value(r, h, TEXT); // reports the formula
      return null;
    }
    return typeof c === "string" ? c.trim() : c;
  };
  for (const r of sheet.dataRows()) {
    const id = sheet.value(r, CASE_HEADERS.id, TEXT);
    if (id === undefined) {
      if (sheet.blank(r, CASE_HEADERS.id)) sheet.problem(r, CASE_HEADERS.id, "请填写案例编号（预期结果占多行时，各行编号相同）");
      continue;
    }
    const expects = CASE_HEADERS.expects.map((h): Expected | null => {
      const c = plain(r, h);
      if (isBlank(c)) return null;
      if (c instanceof Date) return { date: c.toISOString().slice(0, 10) };
      if (typeof c === "string" && c.startsWith(CONTAINS)) return { contains: c.slice(CONTAINS.length) };
      return c as Expected;
    });
    const known = open.get(id);
    if (known) {
      for (const h of [CASE_HEADERS.group, CASE_HEADERS.why, CASE_HEADERS.call, ...CASE_HEADERS.args, CASE_HEADERS.cites, CASE_HEADERS.options]) {
        if (!sheet.blank(r, h)) sheet.problem(r, h, `案例 ${id} 的续行只写预期结果的下一行，此列请留空`);
      }
      known.rows.push(expects);
      continue;
    }
    const call = sheet.value(r, CASE_HEADERS.call, wordOf(FUNCTION_IDS, "函数"));
    const why = sheet.value(r, CASE_HEADERS.why, TEXT);
    if (call === undefined && sheet.blank(r, CASE_HEADERS.call)) sheet.problem(r, CASE_HEADERS.call, "请选择函数");
    if (why === undefined && sheet.blank(r, CASE_HEADERS.why)) sheet.problem(r, CASE_HEADERS.why, "请写明本案例检验的条款内容");
    const args: PolicyCase["args"] = CASE_HEADERS.args.map((h) => {
      const c = plain(r, h);
      // a date typed as a date is passed as the day it shows, as a formula referring to it would
      return c instanceof Date ? c.toISOString().slice(0, 10) : isBlank(c) ? null : (c as string | number | boolean);
    });
    while (args.length > 0 && args[args.length - 1] === null) args.pop();
    const c: PolicyCase = { why: why ?? "", call: call ?? "", args, expect: "" };
    const group = sheet.value(r, CASE_HEADERS.group, TEXT);
    if (group !== undefined) c.group = group;
    const cites = sheet.value(r, CASE_HEADERS.cites, TEXT);
    if (cites !== undefined) c.cites = cites;
    const optionText = sheet.value(r, CASE_HEADERS.options, TEXT);
    if (optionText !== undefined) {
      const raw: Record<string, string> = {};
      for (const part of optionText.split(/[；;\n]/).map((s) => s.trim()).filter(Boolean)) {
        const m = /^([A-Za-z]+)\s*[=＝]\s*(.+)$/.exec(part);
        if (!m) sheet.problem(r, CASE_HEADERS.options, `选项应写作“键=值”，多个用“；”分隔，而不是“${part}”`);
        else raw[m[1]!] = m[2]!.trim();
      }
      try {
        const parsed = parseOptions(raw);
        c.options = Object.fromEntries(Object.keys(raw).map((k) => [k, parsed[k as keyof typeof parsed]]));
      } catch (e) {
        if (!isTalentError(e)) throw e;
        sheet.problem(r, CASE_HEADERS.options, e.message);
      }
    }
    sheet.sources.note(["cases", cases.length], sheet.ref(r, CASE_HEADERS.id));
    open.set(id, { c, rows: [expects], first: r });
    cases.push(c);
  }
  for (const { c, rows, first } of open.values()) {
    const width = Math.max(0, ...rows.map((row) => row.reduce<number>((w, x, i) => (x === null ? w : i + 1), 0)));
    if (width === 0) {
      sheet.problem(first, CASE_HEADERS.expects[0], "请填写预期结果");
      continue;
    }
    const table = rows.map((row) => row.slice(0, width).map((x) => x ?? ""));
    c.expect = table.length === 1 && width === 1 ? table[0]![0]! : table;
  }
  return cases;
}
