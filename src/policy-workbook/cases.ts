import { isTalentError } from "../engine/core/errors";
import { parseOptions } from "../engine/core/options";
import { isBlank, TEXT, wordOf } from "./codecs";
import { CASE_ARGS, CASE_EXPECTS, CASE_HEADERS, CONTAINS } from "./layout";
import type { SheetReader } from "./sheet";
import type { Cell, PolicyCase } from "./types";
import { FUNCTION_IDS } from "./vocab";

/**
 * The 测试案例 sheet: a case a row, its arguments as a formula passes them and the value the cell must
 * show; a spilled answer continues on rows with the same 案例编号. Dates are date cells; text whose
 * wording may change is 含： and a piece of it.
 */

export const CASE_ORDER = [CASE_HEADERS.id, CASE_HEADERS.group, CASE_HEADERS.why, CASE_HEADERS.call, ...CASE_HEADERS.args, ...CASE_HEADERS.expects, CASE_HEADERS.cites, CASE_HEADERS.options];

/** An expected cell as the sheet shows it: a date as a date, “any text containing” as 含：…. */
function expectedCell(v: unknown): Cell {
  if (v !== null && typeof v === "object" && "date" in v) return new Date(`${String(v.date)}T00:00:00Z`);
  if (v !== null && typeof v === "object" && "contains" in v) return `${CONTAINS}${String(v.contains)}`;
  return v === undefined || v === "" ? null : (v as Cell);
}

export function caseSheet(cases: readonly PolicyCase[]): Cell[][] {
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

export function readCases(sheet: SheetReader): PolicyCase[] {
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
