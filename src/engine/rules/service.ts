import type Decimal from "decimal.js";
import { completedPeriods, periodAfter, toISO, type DayNumber } from "../core/dates";
import { invalid } from "../core/errors";
import { formatPlain, money, yuan } from "../core/money";
import { result, type Result } from "../core/result";

export type Basis = "whole" | "exact";

export const BASIS_ZH: Record<Basis, string> = { whole: "整年", exact: "实际" };

/**
 * Years of service between the start date and the last day of service.
 *
 * A year is complete on the last day of the period of a year that starts on the start date (《民法典》第二百零二条,
 * dates.ts periodEnd): started 2015-07-01, a full year served by 2016-06-30 inclusive; started 2024-02-29,
 * by 2025-02-28, because February 2025 has no 29th and its last day ends the period.
 * With `endDateCounts` the end date is itself a day worked (the default: 离职日期 is the last day at work).
 * `whole` counts completed years; `exact` adds the part-year as days served / days in that service year.
 */
export function serviceYears(start: DayNumber, end: DayNumber, basis: Basis, endDateCounts: boolean): Result<Decimal> {
  if (end < start) {
    throw invalid(`离职（截止）日期 ${toISO(end)} 早于引进（起始）日期 ${toISO(start)}`, "End date is before start date");
  }
  const lastDayServed = endDateCounts ? end : end - 1;
  const n = completedPeriods(start, lastDayServed, 12);
  const anniversary = periodAfter(start, n * 12);
  const next = periodAfter(start, (n + 1) * 12);
  const daysInto = lastDayServed + 1 - anniversary;
  const years = basis === "whole" ? money(n) : money(n).plus(money(daysInto).dividedBy(next - anniversary));

  return result(years, [], () => [
    `服务期 ${toISO(start)} 至 ${toISO(end)}（${endDateCounts ? "截止日计入" : "截止日不计入"}）`,
    basis === "whole"
      ? `已满 ${n} 年（整年计，另有 ${daysInto} 天不足一年不计）`
      : `已满 ${n} 年又 ${daysInto} 天，按实际计 ${n} + ${daysInto}/${next - anniversary} = ${formatPlain(years)} 年`,
  ]);
}

/**
 * Years as given (REFUND's yearsServed, a cell's number or SERVICEYEARS' exact fraction): whole cuts to
 * completed years, exact keeps the fraction. Flooring a cell's number needs no decimal arithmetic: the
 * floor of a double is exact.
 */
export function yearsOnBasis(years: Decimal | number, basis: Basis): Decimal {
  if (typeof years === "number") {
    if (!Number.isFinite(years) || years < 0) throw invalid("服务年限不能为负数", "Years of service cannot be negative");
    return basis === "whole" ? yuan(Math.floor(years)) : money(years);
  }
  if (years.isNegative()) throw invalid("服务年限不能为负数", "Years of service cannot be negative");
  return basis === "whole" && !years.isInteger() ? years.floor() : years;
}
