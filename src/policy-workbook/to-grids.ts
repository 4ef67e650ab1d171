import { isByOption } from "../engine/model/policy";
import { caseSheet } from "./cases";
import { joinCell } from "./codecs";
import { conditionSheet } from "./conditions";
import { writeKv } from "./kv";
import {
  AMOUNT_COLUMNS,
  AMOUNT_KEY,
  ARTICLE_COLUMNS,
  BENEFIT_COLUMNS,
  CATEGORY_COLUMNS,
  DECISION_COLUMNS,
  LIMIT_SECTIONS,
  META_SECTION,
  OTHER_SECTIONS,
  REFUND_COLUMNS,
  SHEETS,
} from "./layout";
import { writeColumns } from "./sheet";
import type { Cell, Grids, PolicyFile } from "./types";
import { ALL, OTHERWISE } from "./vocab";

export const WAY_HEADERS = { way: "通用说法", classes: "本文件方式", option: "选项", optionValue: "选项取值" } as const;

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
    [SHEETS.conditions]: conditionSheet(file),
    [SHEETS.benefits]: benefits,
    [SHEETS.refunds]: [REFUND_COLUMNS.map((x) => x.header), ...file.refunds.map((r) => writeColumns(REFUND_COLUMNS, r, r.kind))],
    [SHEETS.limits]: writeKv(LIMIT_SECTIONS, file, true),
    [SHEETS.other]: writeKv(OTHER_SECTIONS, file, true),
    [SHEETS.decisions]: [DECISION_COLUMNS.map((x) => x.header), ...file.decisions.map((d) => writeColumns(DECISION_COLUMNS, d))],
    [SHEETS.cases]: caseSheet(file.cases ?? []),
  };
}
