import type Decimal from "decimal.js";
import * as z from "zod/mini";
import { readDate, type DateNeed } from "../engine/core/date-reader";
import type { DayNumber } from "../engine/core/dates";
import { invalid } from "../engine/core/errors";
import { money } from "../engine/core/money";
import { normalizeWord, parseYesNo } from "../engine/core/vocabulary";
import { isBlank, type Cell } from "./cells";

/**
 * Argument parsing for the custom functions: one cell in, one typed value out, or a TalentError with a
 * Chinese message that names the argument. Blank never becomes 0. Excel on Windows passes a blank cell
 * inside a range as 0; where 0 cannot be a real value (a word, a date) it is read as blank too.
 */

const cellSchema = z.union([z.number(), z.string(), z.boolean(), z.null(), z.undefined()]);
// Numbers are checked with Number.isFinite, ≥ 0 and Number.isSafeInteger directly (what z.number(),
// z.nonnegative() and z.int() test): a schema parse per cell was a fifth of the function path's time.

function typed(c: unknown, label: string): Cell {
  // The cells Excel sends are almost always plain values; the schema decides the rest (and names the problem).
  if (c === null || c === undefined || typeof c === "number" || typeof c === "string" || typeof c === "boolean") return c;
  // an error from another cell (a spilled #VALUE!) is no value: refused as the schema would, without it
  if (typeof c === "object" && typeof (c as { code?: unknown }).code === "string") throw invalid(`${label}：无法识别的单元格内容`, `${label}: unsupported cell content`);
  const r = z.safeParse(cellSchema, c);
  if (!r.success) throw invalid(`${label}：无法识别的单元格内容`, `${label}: unsupported cell content`);
  return r.data;
}

function missing(label: string): never {
  throw invalid(`缺少${label}（空白单元格不按0处理）`, `${label} is missing (a blank cell is not 0)`);
}

export function isMissing(c: unknown): boolean {
  return isBlank(typed(c, "参数"));
}

/** A word or code: text as typed; a number becomes its digits (类别 1); 0 is a blank cell. */
export function optText(c: unknown, label: string): string | undefined {
  const v = typed(c, label);
  if (isBlank(v) || v === 0) return undefined;
  if (typeof v === "boolean") throw invalid(`${label}应为文字，而不是 ${v ? "TRUE" : "FALSE"}`, `${label} must be text`);
  return String(v).trim();
}

export function text(c: unknown, label: string): string {
  return optText(c, label) ?? missing(label);
}

/** Amounts as sheets write them: 400000, "400,000", "40万", "40万元", "￥400000". */
function amountFromText(s: string, label: string): number {
  const t = normalizeWord(s).replace(/[,，￥¥元]/g, "");
  const m = /^(-?\d+(?:\.\d+)?)(万)?$/.exec(t);
  if (!m) throw invalid(`${label}应为金额数字，而不是“${s}”`, `${label} must be an amount`);
  return Number(m[1]) * (m[2] ? 10000 : 1);
}

function number(c: unknown, label: string, allowWords: boolean): number | undefined {
  const v = typed(c, label);
  if (v === null || v === undefined || isBlank(v)) return undefined;
  if (typeof v === "boolean") throw invalid(`${label}应为数字，而不是 ${v ? "TRUE" : "FALSE"}`, `${label} must be a number`);
  const n = typeof v === "number" ? v : allowWords ? amountFromText(v, label) : Number(normalizeWord(v));
  if (!Number.isFinite(n)) throw invalid(`${label}应为数字，而不是“${v}”`, `${label} must be a number`);
  return n;
}

function nonNegativeNumber(c: unknown, label: string, allowWords: boolean): number | undefined {
  const n = number(c, label, allowWords);
  if (n !== undefined && !(n >= 0)) {
    throw invalid(`${label}不能为负数`, `${label} cannot be negative`);
  }
  return n;
}

export function optAmount(c: unknown, label: string): Decimal | undefined {
  const n = nonNegativeNumber(c, label, true);
  return n === undefined ? undefined : money(n);
}

export function amount(c: unknown, label: string): Decimal {
  return optAmount(c, label) ?? missing(label);
}

/** An amount that may be negative (a project's profit can be a loss). */
export function optSignedAmount(c: unknown, label: string): Decimal | undefined {
  const n = number(c, label, true);
  return n === undefined ? undefined : money(n);
}

/** Years, months, ages: non-negative numbers. */
export function optQuantity(c: unknown, label: string): number | undefined {
  return nonNegativeNumber(c, label, false);
}

export function quantity(c: unknown, label: string): number {
  return optQuantity(c, label) ?? missing(label);
}

/** 第几年、第几期、第几个月: whole numbers from 1 (0 is a blank cell). */
export function optOrdinal(c: unknown, label: string): number | undefined {
  const n = number(c, label, false);
  if (n === undefined || n === 0) return undefined;
  if (!(Number.isSafeInteger(n) && n >= 1)) throw invalid(`${label}应为从1开始的整数，而不是 ${n}`, `${label} must be a whole number from 1`);
  return n;
}

/**
 * A date: an Excel serial number, or text such as 2022-05-07 / 2022年5月7日, read by the one date reader
 * (engine/core/date-reader.ts). `need: "month"` accepts a month (出生年月). 0 is a blank cell.
 */
export function optDate(c: unknown, label: string, need: DateNeed = "day"): DayNumber | undefined {
  const v = typed(c, label);
  if (v === null || v === undefined || isBlank(v) || v === 0) return undefined;
  if (typeof v === "boolean") throw invalid(`${label}应为日期`, `${label} must be a date`);
  return readDate(v, label, need);
}

export function date(c: unknown, label: string): DayNumber {
  return optDate(c, label) ?? missing(label);
}

export function optYesNo(c: unknown, label: string): boolean | undefined {
  const v = typed(c, label);
  if (isBlank(v)) return undefined;
  return parseYesNo(v as string | number | boolean, label);
}

/** A closed set of words for one argument (basis, reason …), each with the words sheets use for it. */
export function optChoice<K extends string>(c: unknown, label: string, words: Record<K, readonly string[]>): K | undefined {
  const t = optText(c, label);
  if (t === undefined) return undefined;
  const w = normalizeWord(t);
  for (const [key, list] of Object.entries(words) as [K, readonly string[]][]) {
    if (normalizeWord(key) === w || list.some((x) => normalizeWord(x) === w)) return key;
  }
  const accepted = (Object.values(words) as readonly string[][]).map((l) => l[0]).join("、");
  throw invalid(`${label}无法识别：“${t}”（可用：${accepted}）`, `${label}: unknown word "${t}"`);
}

/** A list of words in one cell or across a range's cells (“刑事处罚、失信”). */
export function wordsOf(c: unknown, label: string): string[] {
  const t = optText(c, label);
  return t === undefined ? [] : [t];
}
