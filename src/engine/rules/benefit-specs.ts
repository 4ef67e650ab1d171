import { invalid } from "../core/errors";
import type { Options } from "../core/options";
import type { ArticleRef, Benefit, MonthlyBenefit, YearlyAmount } from "../model/policy";

/** Reading a benefit's amounts for one category; shared by the amount functions, BENEFITS and SCHEDULE. */

/** The amount spec of a benefit for a category: its own line, or the line for every category ("*"). */
export function amountFor<A>(amounts: Record<string, A>, code: string): A | undefined {
  return amounts[code] ?? amounts["*"];
}

/**
 * The article a category's amount rests on: its own, where the document gives each class its amount in an
 * item of its own (第八条第（一）项 for 第一类, 第（二）项 for 第二类), else the benefit's.
 */
export function articleFor(b: Benefit, code: string): ArticleRef {
  if (b.kind === "service") return b.article;
  const spec = amountFor<{ article?: ArticleRef }>(b.amounts, code);
  return spec?.article ?? b.article;
}

export function appliesTo(b: Benefit, code: string): boolean {
  return b.categories === "*" || b.categories.includes(code);
}

/** The months a monthly benefit runs for a category: the agreement's term where the text ties it to one. */
export function monthsOf(b: MonthlyBenefit, code: string, options: Options): number {
  const own = amountFor(b.amounts, code)!.months;
  const years = b.monthsOption ? options[b.monthsOption] : 0;
  if (years === 0) return own;
  // The document's own term is also its shortest (吐鲁番 第八条第（五）项: 不低于五年服务期协议).
  if (years * 12 < own) {
    throw invalid(
      `${b.article.label}：${b.condition}；选项 agreementYears 的协议期限${years}年少于${own / 12}年，不享受${b.item}`,
      `${b.article.label} requires an agreement of at least ${own / 12} years`,
    );
  }
  return years * 12;
}

/** How many yearly payments a yearly benefit makes: its limit, or as many as its cap allows; null if open. */
export function yearlyCount(spec: YearlyAmount): number | null {
  if (spec.years !== null) return spec.years;
  if (spec.cap !== undefined) return Math.ceil(spec.cap / spec.perYear);
  return null;
}
