import { DEFAULT_OPTIONS, formatCitations, fromISO, metaOf, parseOptions, toExcelSerial, type Options, type PolicyCase } from "../engine";
import type { OutCell } from "./cells";
import { formatOutCell, isExcelError } from "./excel-errors";
import { evaluateRow, invoke, valuesToInputs } from "./invoke";
import { hasFunction, specOf } from "./registry";

/**
 * A document's test cases (policies/<id>/cases.json for the built-ins, the 测试案例 sheet of a policy
 * workbook for an office's own): each calls a function the way a formula does and names the value the cell
 * must show and the article the answer must cite. `policy check` and the test suite run them the same way.
 *
 * An expected value is what the cell shows: a number, text, TRUE/FALSE, an error code ("#VALUE!", "#N/A"),
 * or for a spilled answer its rows; a cell written {"contains": "…"} is any text containing that (""
 * for any text at all, such as a status note whose wording may change), {"date": "2026-02-28"} a date.
 */

/** Calls a TALENT function the way Excel does and returns what the cell (or the spill) would show. */
export function callFunction(id: string, args: readonly unknown[], options: Partial<Options> = {}): OutCell | OutCell[][] {
  const spec = specOf(id);
  try {
    const out = invoke(spec, valuesToInputs(spec, args), { ...DEFAULT_OPTIONS, ...options });
    return out.length === 1 && out[0]!.length === 1 ? out[0]![0]! : out;
  } catch (e) {
    return e as OutCell;
  }
}

/** The citations (or, for a refusal, the message) of one row of arguments. */
export function basisOfCall(id: string, args: readonly unknown[], options: Partial<Options> = {}): string {
  const e = evaluateRow(specOf(id), args, { ...DEFAULT_OPTIONS, ...options });
  return "error" in e ? formatOutCell(e.error) : formatCitations(e.result.citations);
}

export interface CaseOutcome {
  pass: boolean;
  /** What the cell showed, as text. */
  got: string;
  /** Why it failed, in Chinese; empty when it passed. */
  why: string;
}

function shows(v: unknown): string {
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row.map(shows).join(" | ") : shows(row))).join(" / ");
  if (typeof v === "object" && v !== null && "date" in v) return `日期 ${String((v as { date: unknown }).date)}`;
  if (typeof v === "object" && v !== null && "contains" in v) return `（含“${String((v as { contains: unknown }).contains)}”的文字）`;
  return isExcelError(v) ? formatOutCell(v) : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}

function matches(expected: unknown, got: unknown): boolean {
  if (typeof expected === "string" && expected.startsWith("#")) return isExcelError(got) && got.code === expected;
  if (Array.isArray(expected)) {
    return Array.isArray(got) && got.length === expected.length && expected.every((x, i) => matches(x, got[i]));
  }
  if (typeof expected === "object" && expected !== null && "date" in expected) {
    return typeof got === "number" && got === toExcelSerial(fromISO(String((expected as { date: unknown }).date)));
  }
  if (typeof expected === "object" && expected !== null && "contains" in expected) {
    const want = (expected as { contains: unknown }).contains;
    return typeof got === "string" && typeof want === "string" && got.includes(want);
  }
  if (isExcelError(got)) return false;
  return expected === got;
}

/**
 * Runs one case; never throws (an unknown function or option is a failed case saying so). With `ownId`, a
 * case that computes under another document (an exported file whose cases still name the built-in it came
 * from) fails: a file's cases must test the file.
 */
export function runCase(c: PolicyCase, ownId?: string): CaseOutcome {
  if (ownId !== undefined && hasFunction(c.call) && specOf(c.call).params[0]?.name === "policy" && c.args[0] !== null && c.args[0] !== undefined) {
    let named: string | undefined;
    try {
      named = metaOf(String(c.args[0])).id;
    } catch {
      named = undefined;
    }
    if (named !== undefined && named !== ownId) {
      return { pass: false, got: "", why: `案例计算的是另一份文件（${named}），不是本文件（${ownId}）：请把第一个参数改为本文件的编号或城市` };
    }
  }
  let options: Partial<Options>;
  let got: OutCell | OutCell[][];
  try {
    options = c.options ? parseOptions(c.options as Record<string, unknown>) : {};
    if (!hasFunction(c.call)) return { pass: false, got: "", why: `没有函数 TALENT.${c.call}` };
    got = callFunction(c.call, c.args, options);
  } catch (e) {
    return { pass: false, got: "", why: `无法运行：${e instanceof Error ? e.message : String(e)}` };
  }
  const text = shows(got);
  if (!matches(c.expect, got)) {
    // a one-cell expectation against a spilled answer would read “应为 有效，得到 有效 | …” (the breaker's F13)
    const shape = (v: unknown) => (Array.isArray(v) ? `${v.length} 行 ${Array.isArray(v[0]) ? v[0].length : 1} 列：` : "一个单元格：");
    const sameShape = Array.isArray(c.expect) === Array.isArray(got);
    return { pass: false, got: text, why: sameShape ? `应为 ${shows(c.expect)}，得到 ${text}` : `应为${shape(c.expect)}${shows(c.expect)}，得到${shape(got)}${text}` };
  }
  if (c.cites) {
    const basis = basisOfCall(c.call, c.args, options);
    if (!basis.includes(c.cites)) return { pass: false, got: text, why: `结果正确，但依据“${basis}”中没有“${c.cites}”` };
  }
  return { pass: true, got: text, why: "" };
}
