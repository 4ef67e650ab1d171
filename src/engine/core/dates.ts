import { invalid } from "./errors";
import { memoised } from "./memo";

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

/**
 * An ISO date (YYYY-MM-DD) as a day number. Remembered: the documents' own dates (施行日期, 有效期) are read
 * on every ledger row.
 */
export const fromISO: (iso: string) => DayNumber = memoised((iso) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw invalid(`日期格式应为 YYYY-MM-DD：${iso}`, `Date must be YYYY-MM-DD: ${iso}`);
  return fromYMD(Number(m[1]), Number(m[2]), Number(m[3]));
});

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
 * 2024-02-29). A date, not a period: for where a period of months or years ends use periodEnd.
 */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const { year, month, day: dd } = toCivil(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const mo = (index % 12) + 1;
  return fromYMD(y, mo, Math.min(dd, daysInMonth(y, mo)));
}

/**
 * The last day of a period of whole months whose first day is `first` (the introduction date, the first day
 * of leave: days the register counts as served).
 *
 * 《民法典》第二百零二条: 按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的
 * 最后一日. 第二百零一条 leaves the day of the event out and starts the count on the next day; here that next
 * day is `first` itself, so the ending month's day corresponding to `first` already opens the next period and
 * the period ends the day before it (2024-03-01 + 1 year → 2025-02-28; 2023-03-01 + 1 year → 2024-02-29).
 * Where the ending month has no such day the month's last day ends the period (2024-02-29 + 3 years →
 * 2027-02-28, not 2027-02-27; 2024-01-31 + 1 month → 2024-02-29). Register: period-end.
 */
export function periodEnd(first: DayNumber, months: number): DayNumber {
  if (!Number.isInteger(months) || months < 0) {
    throw invalid(`期间须为整月数，而不是 ${months} 个月`, `A period must be whole months, not ${months}`);
  }
  if (months === 0) return first - 1;
  const { year, month, day: dd } = toCivil(first);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const mo = (index % 12) + 1;
  const last = daysInMonth(y, mo);
  return dd > last ? fromYMD(y, mo, last) : fromYMD(y, mo, dd) - 1;
}

/** The first day after a period of whole months that starts on `first`: where month or year `months + 1` begins. */
export function periodAfter(first: DayNumber, months: number): DayNumber {
  return periodEnd(first, months) + 1;
}

/**
 * Whole periods of `months` months completed from `first` through `last` inclusive (服务满几年, with
 * months = 12), by 第二百零二条 as periodEnd reads it.
 */
export function completedPeriods(first: DayNumber, last: DayNumber, months: number): number {
  if (last < first) return 0;
  const a = toCivil(first);
  const b = toCivil(last + 1);
  let n = Math.max(0, Math.floor(((b.year - a.year) * 12 + (b.month - a.month)) / months));
  while (n > 0 && periodEnd(first, n * months) > last) n--;
  while (periodEnd(first, (n + 1) * months) <= last) n++;
  return n;
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
