import type { Options } from "../core/options";
import type { Benefit, MonthlyBenefit, YearlyAmount } from "../model/policy";

/** Reading a benefit's amounts for one category; shared by the amount functions, BENEFITS and SCHEDULE. */

/** The amount spec of a benefit for a category: its own line, or the line for every category ("*"). */
export function amountFor<A>(amounts: Record<string, A>, code: string): A | undefined {
  return amounts[code] ?? amounts["*"];
}

export function appliesTo(b: Benefit, code: string): boolean {
  return b.categories === "*" || b.categories.includes(code);
}

/** The months a monthly benefit runs for a category, from the option where the text ties it to one. */
export function monthsOf(b: MonthlyBenefit, code: string, options: Options): number {
  return b.monthsOption ? options[b.monthsOption] : amountFor(b.amounts, code)!.months;
}

/** How many yearly payments a yearly benefit makes: its limit, or as many as its cap allows; null if open. */
export function yearlyCount(spec: YearlyAmount): number | null {
  if (spec.years !== null) return spec.years;
  if (spec.cap !== undefined) return Math.ceil(spec.cap / spec.perYear);
  return null;
}
