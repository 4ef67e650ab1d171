import { invalid } from "./errors";
import Decimal from "decimal.js";

/**
 * Money is exact: every amount is a decimal.js value while it is computed, and is rounded once, when a
 * result leaves the engine, to the fen (0.01 元) with ROUND_HALF_UP (四舍五入), the rule used by Chinese
 * finance offices. Intermediate values are never rounded, so 400000 / 10 × 3.25 stays exact until the end.
 */
export const MoneyDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

export const ROUNDING_RULE = {
  zh: "金额以分为单位四舍五入（ROUND_HALF_UP），仅在结果输出时舍入一次",
  en: "Amounts are rounded half-up to the fen (0.01 yuan), once, when the result is output",
} as const;

export function money(value: number | string | Decimal): Decimal {
  return new MoneyDecimal(value);
}

export const ZERO = money(0);

/** The Decimals of the amounts documents fix (see `yuan`). */
const amounts = new Map<number, Decimal>();
/** Long-lived Decimals: the amounts of `yuan` and results remembered with `share`. */
const shared = new WeakSet<Decimal>();

/** Marks a Decimal that will be handed out again and again (a remembered result), and returns it. */
export function share(value: Decimal): Decimal {
  shared.add(value);
  return value;
}

export function isShared(value: Decimal): boolean {
  return shared.has(value);
}

/**
 * An amount written in a document (400000, 12000): the same few values are read for every row of a ledger,
 * so each is made into a Decimal once. Decimals are immutable, so sharing them is safe.
 */
export function yuan(n: number): Decimal {
  let d = amounts.get(n);
  if (d === undefined) {
    d = share(money(n));
    amounts.set(n, d);
  }
  return d;
}

/** The single rounding step of the engine: to the fen, half up. */
export function roundToFen(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

const numbers = new WeakMap<Decimal, number>();

/**
 * The rounded amount as a plain number, for Excel cells (fen amounts fit doubles exactly enough). Shared
 * Decimals are asked for on every row of a ledger, so their numbers are remembered.
 */
export function fenNumber(value: Decimal): number {
  let n = numbers.get(value);
  if (n === undefined) {
    n = (value.decimalPlaces() <= 2 ? value : roundToFen(value)).toNumber();
    // A cell holds a double: an amount beyond it (a pay total over 5e-324 months) is bad input, not Infinity.
    if (!Number.isFinite(n)) throw invalid("金额超出可计算的范围，请核对输入（如工作月数、年限是否过小）", "The amount is out of range");
    if (shared.has(value)) numbers.set(value, n);
  }
  return n;
}

/** 400000 → "400000", 1234.5 → "1234.50": how amounts are written inside explanations. */
export function formatYuan(value: Decimal | number): string {
  const d = typeof value === "number" ? money(value) : value;
  const rounded = roundToFen(d);
  return rounded.isInteger() ? rounded.toFixed(0) : rounded.toFixed(2);
}

/** A plain decimal for arithmetic shown in a trace, without rounding it (years such as 3.25). */
export function formatPlain(value: Decimal | number): string {
  const d = typeof value === "number" ? money(value) : value;
  return d.toDecimalPlaces(6).toString();
}

/** 400000 → "40万元", 2025 → "2025元": the way the policy texts themselves write amounts. */
export function formatWan(amount: number): string {
  if (amount >= 10000 && amount % 1000 === 0) {
    return `${money(amount).dividedBy(10000).toString()}万元`;
  }
  return `${amount}元`;
}
