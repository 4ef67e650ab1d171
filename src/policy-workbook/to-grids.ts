import type { Criterion } from "../engine/model/criteria";
import { joinCell } from "./codecs";
import { writeKv } from "./kv";
import {
  AMOUNT_COLUMNS,
  AMOUNT_KEY,
  ARTICLE_COLUMNS,
  BENEFIT_COLUMNS,
  CASE_ARGS,
  CASE_EXPECTS,
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
import { writeColumns } from "./sheet";
import type { ByOption, Cell, Grids, PolicyCase, PolicyFile } from "./types";
import { ALL, CONDITION_USE, OTHERWISE, YES } from "./vocab";

/** The headers of the 类别条件 sheet, in order. */
export const CONDITION_ORDER = [CH.code, CH.group, CH.use, CH.option, CH.optionValue, CH.degree, CH.title, CH.school, CH.urgent, CH.honor, CH.noHonor, CH.way, CH.label];
export const WAY_HEADERS = { way: "通用说法", classes: "本文件方式", option: "选项", optionValue: "选项取值" } as const;
export const CASE_ORDER = [CASE_HEADERS.id, CASE_HEADERS.group, CASE_HEADERS.why, CASE_HEADERS.call, ...CASE_HEADERS.args, ...CASE_HEADERS.expects, CASE_HEADERS.cites, CASE_HEADERS.options];

type Leaf = Exclude<Criterion, { all: Criterion[] } | { any: Criterion[] }>;

/**
 * A criterion as groups of conditions: every condition of a group must hold, and one group is enough
 * (any of alls). Trees of other shapes are multiplied out, which keeps their truth in the three-valued
 * logic of model/criteria.ts (it is distributive); the built-in documents are all of this shape already.
 */
export function conditionGroups(c: Criterion): Leaf[][] {
  if ("any" in c) return c.any.flatMap(conditionGroups);
  if ("all" in c) {
    return c.all.reduce<Leaf[][]>((acc, part) => acc.flatMap((g) => conditionGroups(part).map((h) => [...g, ...h])), [[]]);
  }
  return [[c]];
}

function leafCells(l: Leaf): Partial<Record<string, Cell>> {
  if ("degreeIn" in l) return { [CH.degree]: joinCell(l.degreeIn) };
  if ("titleAtLeast" in l) return { [CH.title]: l.titleAtLeast };
  if ("school" in l) return { [CH.school]: l.school };
  if ("urgentMajor" in l) return { [CH.urgent]: YES };
  if ("honorIn" in l) return { [CH.honor]: joinCell(l.honorIn) };
  if ("noHonor" in l) return { [CH.noHonor]: joinCell(l.noHonor) };
  return { [CH.way]: joinCell(l.wayIn) };
}

function isByOption<T>(v: T | ByOption<T>): v is ByOption<T> {
  return typeof v === "object" && v !== null && "byOption" in v;
}

function conditionRows(code: string, use: string, c: Criterion | ByOption<Criterion>): Cell[][] {
  const variants: [string | null, string | null, Criterion][] = isByOption(c)
    ? [...Object.entries(c.values).map(([v, x]): [string, string, Criterion] => [c.byOption, v, x]), [c.byOption, OTHERWISE, c.otherwise]]
    : [[null, null, c]];
  return variants.flatMap(([option, value, tree]) =>
    conditionGroups(tree).flatMap((group, g) =>
      group.map((leaf) => {
        const cells: Record<string, Cell> = { [CH.code]: code, [CH.group]: g + 1, [CH.use]: use, [CH.option]: option, [CH.optionValue]: value, ...leafCells(leaf), [CH.label]: leaf.label };
        return CONDITION_ORDER.map((h) => cells[h] ?? null);
      }),
    ),
  );
}

/** An expected cell as the sheet shows it: a date as a date, “any text containing” as 含：…. */
function expectedCell(v: unknown): Cell {
  if (v !== null && typeof v === "object" && "date" in v) return new Date(`${String(v.date)}T00:00:00Z`);
  if (v !== null && typeof v === "object" && "contains" in v) return `${CONTAINS}${String(v.contains)}`;
  return v === undefined || v === "" ? null : (v as Cell);
}

function caseRows(cases: readonly PolicyCase[]): Cell[][] {
  const rows: Cell[][] = [CASE_ORDER];
  cases.forEach((c, i) => {
    const table = Array.isArray(c.expect) ? c.expect : [[c.expect]];
    table.forEach((line, r) => {
      const first = r === 0;
      const args = Array.from({ length: CASE_ARGS }, (_, k): Cell => (first ? (c.args[k] ?? null) : null));
      const expects = Array.from({ length: CASE_EXPECTS }, (_, k) => expectedCell(line[k]));
      const options = first && c.options ? Object.entries(c.options).map(([k, v]) => `${k}=${String(v)}`).join("；") : null;
      rows.push([i + 1, first ? (c.group ?? null) : null, first ? c.why : null, first ? c.call : null, ...args, ...expects, first ? (c.cites ?? null) : null, options || null]);
    });
  });
  return rows;
}

/**
 * The sheets of a policy file as plain cells (header row first), ready for exceljs or Office.js.
 * The 说明 and 词表 sheets are not here: they do not depend on the file (see xlsx.ts).
 */
export function policyToGrids(file: PolicyFile): Grids {
  const ways: Cell[][] = [Object.values(WAY_HEADERS)];
  for (const [way, m] of Object.entries(file.ways?.means ?? {})) {
    if (isByOption(m)) {
      for (const [v, list] of Object.entries(m.values)) ways.push([way, joinCell(list), m.byOption, v]);
      ways.push([way, joinCell(m.otherwise), m.byOption, OTHERWISE]);
    } else ways.push([way, joinCell(m), null, null]);
  }
  const conditions: Cell[][] = [CONDITION_ORDER];
  for (const c of file.categories) {
    if (c.when) conditions.push(...conditionRows(c.code, CONDITION_USE.toZh("when"), c.when));
    if (c.via) conditions.push(...conditionRows(c.code, CONDITION_USE.toZh("via"), c.via.when));
  }
  const benefits: Cell[][] = [[...BENEFIT_COLUMNS.map((x) => x.header), AMOUNT_KEY, ...AMOUNT_COLUMNS.map((x) => x.header)]];
  for (const b of file.benefits) {
    const head = writeColumns(BENEFIT_COLUMNS, b, b.kind);
    const amounts = "amounts" in b ? Object.entries(b.amounts as Record<string, unknown>) : [];
    if (amounts.length === 0) benefits.push([...head, null, ...AMOUNT_COLUMNS.map(() => null)]);
    for (const [key, amount] of amounts) benefits.push([...head, key === "*" ? ALL : key, ...writeColumns(AMOUNT_COLUMNS, amount, b.kind)]);
  }
  return {
    [SHEETS.meta]: writeKv([META_SECTION], file, false),
    [SHEETS.articles]: [[ARTICLE_COLUMNS.key, ARTICLE_COLUMNS.text], ...Object.entries(file.articles).map(([k, t]) => [k, t])],
    [SHEETS.ways]: ways,
    [SHEETS.categories]: [CATEGORY_COLUMNS.map((x) => x.header), ...file.categories.map((c) => writeColumns(CATEGORY_COLUMNS, c))],
    [SHEETS.conditions]: conditions,
    [SHEETS.benefits]: benefits,
    [SHEETS.refunds]: [REFUND_COLUMNS.map((x) => x.header), ...file.refunds.map((r) => writeColumns(REFUND_COLUMNS, r, r.kind))],
    [SHEETS.limits]: writeKv(LIMIT_SECTIONS, file, true),
    [SHEETS.other]: writeKv(OTHER_SECTIONS, file, true),
    [SHEETS.decisions]: [DECISION_COLUMNS.map((x) => x.header), ...file.decisions.map((d) => writeColumns(DECISION_COLUMNS, d))],
    [SHEETS.cases]: caseRows(file.cases ?? []),
  };
}
