import type Decimal from "decimal.js";
import { notApplicable } from "../core/errors";
import { formatWan, money } from "../core/money";
import type { Options } from "../core/options";
import { cite, result, type Result } from "../core/result";
import type { ArticleRef, Benefit, PolicyDocument, Unit } from "../model/policy";
import type { Way } from "../model/profile";
import { minMonthsOf } from "./amounts";
import { amountFor, appliesTo, articleFor, monthsOf, yearlyCount } from "./benefit-specs";
import { categoryOf } from "./lookup";
import { benefitWayTruth, checkBenefitWay, wayCondition, wayScope } from "./ways";

/** One line of what a category is entitled to: what an officer reads out to a new hire. */
export interface BenefitLine {
  benefitId: string;
  item: string;
  /** A number where the article fixes one; text for ranges and floors; "" where there is no amount. */
  amount: number | string;
  unit: Unit | "";
  period: string;
  condition: string;
  article: ArticleRef;
  /** Money over the whole period where the article fixes it (lump sums, capped or limited yearly and monthly
   *  payments); null for in-kind, open-ended or unspecified benefits. */
  total: Decimal | null;
}

function lineOf(b: Benefit, code: string, options: Options): BenefitLine | null {
  const base = { benefitId: b.id, item: b.item, condition: b.condition, article: articleFor(b, code) };
  switch (b.kind) {
    case "lumpSum": {
      const s = amountFor(b.amounts, code);
      if (!s) return null;
      const period = s.instalments
        ? `分${s.instalments.length}期：${s.instalments.map(formatWan).join("、")}`
        : s.dueAfterYears
          ? `满${s.dueAfterYears}年后一次性`
          : "一次性";
      return { ...base, amount: s.total, unit: "元", period, total: money(s.total) };
    }
    case "monthly": {
      const s = amountFor(b.amounts, code);
      if (!s) return null;
      const months = monthsOf(b, code, options);
      return { ...base, amount: s.perMonth, unit: "元/月", period: `${months}个月`, total: money(s.perMonth).times(months) };
    }
    case "yearly": {
      const s = amountFor(b.amounts, code);
      if (!s) return null;
      const n = yearlyCount(s);
      const parts = [s.years !== null ? `${s.years}年` : "未规定年限", ...(s.cap !== undefined ? [`累计不超过${formatWan(s.cap)}`] : [])];
      const min = minMonthsOf(s, options);
      if (min !== undefined) parts.push(min === 12 ? "每服务满一年" : `每年服务满${min}个月`);
      const total = s.atLeast || n === null ? null : money(Math.min(s.perYear * n, s.cap ?? Infinity));
      return { ...base, amount: s.atLeast ? `≥${s.perYear}` : s.perYear, unit: "元/年", period: parts.join("，"), total };
    }
    case "housing": {
      const s = amountFor(b.amounts, code);
      if (!s) return null;
      const period =
        s.giftAfterYears !== null ? `${s.giftWhen ?? `连续工作${s.giftAfterYears}年以上`}可赠予` : s.freeYears !== null ? `${s.freeYears}年内免费` : "免费居住";
      return { ...base, amount: s.area ?? "", unit: s.area === null ? "" : "㎡", period: s.approx ? `面积约数；${period}` : period, total: null };
    }
    case "range": {
      const s = amountFor(b.amounts, code);
      if (!s) return null;
      const amount = s.unspecified ? "" : s.max === null ? `≥${s.min}` : s.min === s.max ? s.min! : `${s.min}–${s.max}`;
      const condition = s.unspecified ? `${b.condition}（${s.unspecified}，未规定具体金额）` : b.condition;
      return { ...base, condition, amount, unit: s.unspecified ? "" : "元", period: "", total: null };
    }
    case "service":
      return { ...base, amount: "", unit: "", period: "", total: null };
  }
}

/**
 * Every benefit the category carries, in the document's order. With a way of introduction, items for other
 * ways are left out (阿拉山口 第十六条 is for 招聘、调动); the category's own ways count too (特聘专家 are 特聘).
 * Items whose way is open (blank, or a word that can be either) stay, with the condition said.
 */
export function benefitLines(doc: PolicyDocument, categoryRaw: string, options: Options, way?: Way): Result<BenefitLine[]> {
  const category = categoryOf(doc, categoryRaw);
  const scope = wayScope(doc, category, way, options);
  const lines: BenefitLine[] = [];
  for (const b of doc.benefits) {
    if (!appliesTo(b, category.code)) continue;
    const truth = benefitWayTruth(b, scope);
    if (truth === "no") continue;
    // Option wayBlank=ask: an open way is asked for here too, as the amount functions and SCHEDULE do.
    if (truth === "unknown") checkBenefitWay(doc, b, scope, way, options);
    const line = lineOf(b, category.code, options);
    if (!line) continue;
    lines.push(truth === "unknown" ? { ...line, condition: `${line.condition}（${wayCondition(doc, b.ways!)}）` } : line);
  }
  if (lines.length === 0) {
    throw notApplicable(`《${doc.meta.title}》没有为${category.code}规定待遇`, `${doc.meta.id} lists no benefits for ${category.code}`);
  }
  const articles = [...new Map(lines.map((l) => [l.article.key, l.article])).values()];
  return result(lines, cite(doc, ...articles), () => [
    `${category.code}（${category.article.label}）${way ? `，引进方式${way}` : ""}共${lines.length}项待遇：${lines.map((l) => l.item).join("、")}`,
  ]);
}
