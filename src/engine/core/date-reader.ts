import { fromExcelSerial, fromYMD, toISO, type DayNumber } from "./dates";
import { invalid } from "./errors";

/**
 * The ONE reader of a cell's value as a date, for the custom functions, the task pane and the command line
 * (front ends deliver dates as 1900-system Excel serials, or the text typed). It accepts the forms offices
 * type and refuses, with a Chinese message, the ones that cannot be a date of a ledger's era — never a
 * silent misreading (the number 2023 is not 1905-07-15; 1988.03 is not a day of 1905).
 *
 * - Serials: from 1920-01-01 to 2100-12-31 (ledgers record births and introductions, nothing older); a time
 *   of day (44743.5) is dropped.
 * - Numbers that are dates written as numbers: 20220701 (yyyymmdd); 1988.03 (年.月, two decimals).
 *   1988.1 is refused as ambiguous: Excel stores the typed 1988.10 as 1988.1, so January and October
 *   cannot be told apart. A plain year (2023) is refused.
 * - Text, after full-width digits and Chinese numerals are made ASCII (２０２２－０７－０１,
 *   二〇二二年七月一日) and a time of day is dropped (2022-07-01 00:00:00, 2022/7/1 0:00, 2022-07-01T00:00):
 *   2022-07-01, 2022/7/1, 2022.7.1, 2022年7月1日, 2022年07月01号, 20220701; month forms 1988-03, 1988.03,
 *   1988年3月; and a year written last, 7/1/2022, read month first (M/D/YYYY, as English-locale systems
 *   export it) unless the first number cannot be a month (31/12/2022 is D/M/YYYY). Two-digit years are
 *   refused (22.7.1 could be 1922 or 2022).
 *
 * A month form is enough where the month is all the rule needs (出生年月 for an age): it reads as the 1st
 * of the month. Where a day is needed (引进日期, 离职日期 — service is counted in days) it is an error that
 * says so. Both choices are in the interpretation register (date-month-forms).
 */
export type DateNeed = "day" | "month";

/** 1920-01-01 and 2100-12-31 as serials: the dates a ledger can hold. */
const ERA = { first: 7306, last: 73415, firstYear: 1920, lastYear: 2100 } as const;

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二〇二二 → 2022 (digit by digit); 十二 → 12, 二十一 → 21, 三十 → 30 (tens). */
function chineseNumber(s: string): string {
  if (!s.includes("十")) return [...s].map((c) => CN_DIGITS[c] ?? c).join("");
  const [tens, ones] = s.split("十");
  return String((tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0));
}

function ascii(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[〇零一二两三四五六七八九十]+/g, chineseNumber)
    .replace(/[－—–]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

function fail(label: string, why: string, en: string): never {
  throw invalid(`${label}：${why}`, `${label}: ${en}`);
}

function monthForm(label: string, year: number, month: number, need: DateNeed, shown: string): DayNumber {
  if (month < 1 || month > 12) fail(label, `“${shown}”中的月份 ${month} 不存在`, `no month ${month}`);
  if (need === "day") {
    fail(label, `“${shown}”只有年月（${year}年${month}月），服务期按日计算，请写明日期，如 ${year}-${String(month).padStart(2, "0")}-01`, "the day is needed");
  }
  return fromYMD(year, month, 1);
}

function inEra(label: string, year: number, shown: string): void {
  if (year < ERA.firstYear || year > ERA.lastYear) {
    fail(label, `“${shown}”的年份 ${year} 不在 ${ERA.firstYear}—${ERA.lastYear} 年之间`, `year ${year} out of range`);
  }
}

function ymd(label: string, y: number, m: number, d: number, shown: string): DayNumber {
  inEra(label, y, shown);
  try {
    return fromYMD(y, m, d);
  } catch {
    return fail(label, `不存在的日期：“${shown}”`, "no such date");
  }
}

function fromNumber(n: number, label: string, need: DateNeed): DayNumber {
  if (!Number.isFinite(n)) fail(label, "日期不是有效的数字", "not a number");
  const whole = Math.trunc(n);
  if (whole >= ERA.firstYear && whole <= ERA.lastYear) {
    if (whole === n) fail(label, `“${n}”只是年份，不是日期（如 ${n}-07-01）`, "a year is not a date");
    // 年.月 typed as a number: 1988.03 (two decimals). Excel drops a trailing zero, so one decimal is ambiguous.
    const decimals = String(n).split(".")[1] ?? "";
    if (decimals.length === 2) return monthForm(label, whole, Number(decimals), need, String(n));
    if (decimals.length === 1) {
      const d = Number(decimals);
      if (d === 1) fail(label, `数字 ${n} 可能是 ${whole}年1月，也可能是 ${whole}年10月（Excel 把 ${whole}.10 存为 ${whole}.1），请写作 ${whole}-01 或 ${whole}-10`, "ambiguous year.month");
      return monthForm(label, whole, d, need, String(n));
    }
    fail(label, `无法识别的日期：“${n}”（可写作 ${whole}-07-01 或 ${whole}年7月1日）`, "unrecognised date");
  }
  if (Number.isInteger(n) && n >= 19_200_101 && n <= 21_001_231) {
    return ymd(label, Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100, String(n));
  }
  if (whole < ERA.first || whole > ERA.last) {
    const as = whole >= 61 && whole <= 2_958_465 ? `（按日期序列号是 ${toISO(fromExcelSerial(whole))}）` : "";
    fail(label, `数字 ${n} 不是台账年代的日期${as}；请输入日期，如 2022-07-01`, `${n} is not a date of a ledger's era`);
  }
  return fromExcelSerial(n);
}

function fromText(raw: string, label: string, need: DateNeed): DayNumber {
  // the time after a space or T, or right after 日/号 (kept): no lookbehind, which ES2017 webviews lack
  const t = ascii(raw).replace(/(?:[ T]|([日号]))\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/, "$1").trim();
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/.exec(t);
  if (m) return ymd(label, Number(m[1]), Number(m[2]), Number(m[3]), raw.trim());
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return ymd(label, Number(m[1]), Number(m[2]), Number(m[3]), raw.trim());
  m = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?|(\d{2})\s*月?)$/.exec(t);
  if (m) {
    const year = Number(m[1]);
    inEra(label, year, raw.trim());
    const month = m[2] ?? m[3]!;
    // 1988.1 as text is what was typed: January (unlike the number, nothing was dropped)
    return monthForm(label, year, Number(month), need, raw.trim());
  }
  m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // month first (M/D/YYYY), unless the first cannot be a month
    const [month, day] = a > 12 && b <= 12 ? [b, a] : [a, b];
    return ymd(label, Number(m[3]), month, day, raw.trim());
  }
  if (/^\d{4}$/.test(t)) fail(label, `“${raw.trim()}”只是年份，不是日期`, "a year is not a date");
  if (/^\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}$/.test(t)) fail(label, `“${raw.trim()}”的年份只有两位，请写四位年份，如 2022-07-01`, "two-digit year");
  if (/^-?\d+(\.\d+)?$/.test(t)) return fromNumber(Number(t), label, need);
  return fail(label, `无法识别的日期：“${raw.trim()}”（可写作 2022-07-01、2022/7/1 或 2022年7月1日）`, `unrecognised date "${raw}"`);
}

/** A cell's value as a day: `label` names the field in the message; `need` says whether a month will do. */
export function readDate(value: number | string, label: string, need: DateNeed = "day"): DayNumber {
  return typeof value === "number" ? fromNumber(value, label, need) : fromText(value, label, need);
}
