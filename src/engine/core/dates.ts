import { invalid } from "./errors";

/**
 * Calendar dates without time zones: a date is a whole number of days since 1970-01-01 (a "day number").
 * Excel hands dates to custom functions as serial numbers (1 = 1900-01-01, with Excel's fictitious
 * 1900-02-29 as serial 60); for every date from 1900-03-01 on, serial = day number + 25569.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET = 25_569;
/** 1900-03-01, the first serial that maps one-to-one onto the real calendar. */
const FIRST_RELIABLE_SERIAL = 61;
/** 9999-12-31, Excel's last date. */
const LAST_SERIAL = 2_958_465;

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export function fromYMD(year: number, month: number, day: number): DayNumber {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    throw invalid(`日期不完整：${year}-${month}-${day}`, `Incomplete date: ${year}-${month}-${day}`);
  }
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw invalid(`不存在的日期：${year}年${month}月${day}日`, `No such date: ${year}-${month}-${day}`);
  }
  return Math.round(ms / MS_PER_DAY);
}

export function toCivil(day: DayNumber): CivilDate {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function toISO(day: DayNumber): string {
  const { year, month, day: dd } = toCivil(day);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
}

export function fromISO(iso: string): DayNumber {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw invalid(`日期格式应为 YYYY-MM-DD：${iso}`, `Date must be YYYY-MM-DD: ${iso}`);
  return fromYMD(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function fromExcelSerial(serial: number): DayNumber {
  if (!Number.isFinite(serial)) {
    throw invalid("日期不是有效的数字", "The date is not a valid number");
  }
  const whole = Math.floor(serial);
  if (whole < FIRST_RELIABLE_SERIAL || whole > LAST_SERIAL) {
    throw invalid(`日期序列号超出范围（应在 1900-03-01 到 9999-12-31 之间）：${serial}`, `Date serial out of range: ${serial}`);
  }
  return whole - EXCEL_EPOCH_OFFSET;
}

export function toExcelSerial(day: DayNumber): number {
  return day + EXCEL_EPOCH_OFFSET;
}

/** Dates as HR sheets and command lines write them: 2022-05-07, 2022/5/7, 2022.5.7, 2022年5月7日, 20220507. */
export function parseDateText(text: string): DayNumber {
  const t = text.trim();
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (!m) m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) {
    throw invalid(`无法识别的日期：“${text}”（可写作 2022-05-07 或 2022年5月7日）`, `Unrecognised date: "${text}"`);
  }
  return fromYMD(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Today on the machine's own calendar, as Excel's TODAY() would see it. */
export function today(): DayNumber {
  const now = new Date();
  return fromYMD(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day-of-month n months later; where that month is shorter, its last day (2024-01-31 + 1 month =
 * 2024-02-29). This is the 民法典第二百零三条 rule for periods counted in months and years: 没有对应日的，
 * 月末日为期间的最后一日.
 */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const { year, month, day: dd } = toCivil(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const mo = (index % 12) + 1;
  return fromYMD(y, mo, Math.min(dd, daysInMonth(y, mo)));
}

export function addYears(day: DayNumber, years: number): DayNumber {
  return addMonths(day, years * 12);
}

export function addDays(day: DayNumber, days: number): DayNumber {
  return day + days;
}

/** Completed years of age (周岁) on a date: the birthday must have been reached. */
export function ageOn(birth: DayNumber, on: DayNumber): number {
  if (on < birth) {
    throw invalid(`参照日期 ${toISO(on)} 早于出生日期 ${toISO(birth)}`, "Reference date is before the birth date");
  }
  const b = toCivil(birth);
  const o = toCivil(on);
  let age = o.year - b.year;
  if (addYears(birth, age) > on) age -= 1;
  return age;
}
