import type Decimal from "decimal.js";
import { periodEnd, toISO, type DayNumber } from "../core/dates";
import { invalid, notApplicable } from "../core/errors";
import { formatPlain, formatYuan, money, ZERO } from "../core/money";
import { DEFAULT_OPTIONS, type Options } from "../core/options";
import { cite, result, type Result } from "../core/result";
import type { MinimumService, PolicyDocument } from "../model/policy";
import { inForce } from "./governing";
import { categoryOf } from "./lookup";

/**
 * The rules of the documents that are not benefits of a category: the flexible-talent test, 离岗创业
 * periods, income shares, loan caps, cost sharing, minimum service, and the enterprise agreement's
 * commission and penalties.
 */

function pct(share: string): string {
  return `${money(share).times(100).toString()}%`;
}

/** Whether a flexibly introduced person's time in the city meets the document's test. */
export function flexible(doc: PolicyDocument, categoryRaw: string | undefined, monthsPerYear: number, o: Options): Result<boolean> {
  const rule = doc.flexible;
  if (!rule) throw notApplicable(`《${doc.meta.title}》没有按每年服务时间认定柔性引进人才的规定`, `${doc.meta.id} has no flexible-talent test`);
  if (!Number.isFinite(monthsPerYear) || monthsPerYear < 0) throw invalid("每年服务月数不能为负数", "Months cannot be negative");
  if (monthsPerYear > 12) throw invalid(`每年服务月数不能超过12，而不是 ${monthsPerYear}`, "Months per year cannot exceed 12");
  if (rule.categories !== "*") {
    if (categoryRaw === undefined) throw invalid(`请填写人才类别（${rule.categories.join("、")}）`, "The category is required");
    const c = categoryOf(doc, categoryRaw);
    if (!rule.categories.includes(c.code)) {
      throw notApplicable(`${rule.article.label}只适用于${rule.categories.join("、")}，不适用于${c.code}`, `${c.code} is not covered`);
    }
  }
  // 超过 excludes the bound (平顶山); an option lets offices that count exactly 3 months include it.
  const inclusive = rule.inclusive || o.flexibleBoundInclusive;
  const ok = inclusive ? monthsPerYear >= rule.months : monthsPerYear > rule.months;
  return result(ok, cite(doc, rule.article), () => [
    `${rule.consequence}`,
    `每年服务${formatPlain(monthsPerYear)}个月，${inclusive ? "不少于" : "超过"}${rule.months}个月的要求${ok ? "已满足" : "未满足"}`,
  ]);
}

function leaveRule(doc: PolicyDocument) {
  const rule = doc.leave;
  if (!rule) throw notApplicable(`《${doc.meta.title}》没有离岗创业期限的规定`, `${doc.meta.id} has no leave rule`);
  return rule;
}

/**
 * 临夏 第1条 “适当延长保留年限，但延长不超过3年” sets a ceiling, not whole years: an extension may be any whole
 * number of months (0.5 = 6 months), the way leave periods are granted. Register: leave-extension-months.
 */
function extensionMonths(extensionYears: number): number {
  const months = Math.round(extensionYears * 12);
  if (Math.abs(months - extensionYears * 12) > 1e-9) {
    throw invalid(
      `延长期限须为整月数（如 0.5 年 = 6 个月、0.25 年 = 3 个月），${extensionYears} 年不是整月`,
      `The extension must be whole months, not ${extensionYears} years`,
    );
  }
  return months;
}

/** Years of 离岗创业 allowed: the base period, plus the extension asked for within the document's limit. */
export function leaveYears(doc: PolicyDocument, extensionYears = 0): Result<number> {
  const rule = leaveRule(doc);
  if (!Number.isFinite(extensionYears) || extensionYears < 0) throw invalid("延长年限不能为负数", "Extension cannot be negative");
  if (extensionYears > 0 && rule.maxExtensionYears === 0) {
    throw notApplicable(`${rule.article.label}只规定离岗创业期限一般为${rule.years}年，未规定延长`, "No extension is provided for");
  }
  if (extensionYears > rule.maxExtensionYears) {
    throw invalid(
      `延长不得超过${rule.maxExtensionYears}年（累计不超过${rule.maxTotalYears}年），而不是 ${extensionYears} 年`,
      `Extension beyond ${rule.maxExtensionYears} years`,
    );
  }
  const months = rule.years * 12 + extensionMonths(extensionYears);
  const years = months / 12;
  return result(years, cite(doc, rule.article), () => [
    `${rule.text}`,
    extensionYears > 0 ? `${rule.years}年 + 延长${extensionYears}年 = ${years}年（${months}个月）` : `期限${years}年`,
  ]);
}

/**
 * The last day of a 离岗创业 period that starts on a date, by 《民法典》第二百零二条 (dates.ts periodEnd): the day
 * before the ending month's day corresponding to the first day, or that month's last day where it has none.
 */
export function leaveEnd(doc: PolicyDocument, start: DayNumber, extensionYears = 0, options: Options = DEFAULT_OPTIONS): Result<DayNumber> {
  // a leave that starts outside the document's validity is not granted under it (临夏: five years from 2021-06-23)
  if (!inForce(doc.meta, start, options)) {
    throw notApplicable(
      `《${doc.meta.title}》${doc.meta.validity.zh}（${doc.meta.validity.article.label}），${toISO(start)} 离岗不在其施行期内，不适用本文件`,
      `${doc.meta.id} is not in force on ${toISO(start)}`,
    );
  }
  const years = leaveYears(doc, extensionYears);
  const months = Math.round(years.value * 12);
  const end = periodEnd(start, months);
  const span = months % 12 === 0 ? `${months / 12}年` : `${months}个月`;
  return result(end, years.citations, () => [
    ...years.trace(),
    `自${toISO(start)}起${span}，至${toISO(end)}止（《民法典》第二百零二条：到期月与起算日相当之日的前一日届满，该月没有相当之日的，以月末日届满）`,
  ]);
}

/** The lowest and highest share of an income the document gives the talent (or their founders' team). */
export function incomeShare(doc: PolicyDocument, income: Decimal): Result<[Decimal, Decimal | null]> {
  const rule = doc.incomeShare;
  if (!rule) throw notApplicable(`《${doc.meta.title}》没有收益分配比例的规定`, `${doc.meta.id} has no income share`);
  if (income.isNegative()) throw invalid("收益不能为负数", "Income cannot be negative");
  const low = income.times(rule.min);
  const high = rule.max === null ? null : income.times(rule.max);
  return result([low, high] as [Decimal, Decimal | null], cite(doc, rule.article), () => [
    `${rule.of}的${pct(rule.min)}${rule.max ? `至${pct(rule.max)}` : "以上"}`,
    `${formatYuan(income)} × ${pct(rule.min)} = ${formatYuan(low)}元${high ? `；× ${pct(rule.max!)} = ${formatYuan(high)}元` : ""}`,
  ]);
}

/** The loan cap for a kind of applicant (临夏 第14条). */
export function loanCap(doc: PolicyDocument, applicant: string): Result<Decimal> {
  const rule = doc.loans;
  if (!rule) throw notApplicable(`《${doc.meta.title}》没有创业担保贷款额度的规定`, `${doc.meta.id} has no loan caps`);
  const key = Object.entries(rule.caps).find(([k, v]) => k === applicant || v.words.includes(applicant))?.[0];
  if (!key) {
    throw invalid(`申请人类型应为：${Object.keys(rule.caps).join("、")}，而不是“${applicant}”`, `Unknown applicant type "${applicant}"`);
  }
  const cap = rule.caps[key]!;
  return result(money(cap.amount), cite(doc, rule.article), () => [`${cap.label}创业担保贷款不超过${formatYuan(money(cap.amount))}元，并给予财政贴息`]);
}

/** Who pays an amount under the document's cost-sharing rule, by the employer's funding type: [finance, unit]. */
export function costShare(doc: PolicyDocument, funding: string, amount: Decimal): Result<[Decimal, Decimal]> {
  const rule = doc.costShare;
  if (!rule) throw notApplicable(`《${doc.meta.title}》没有费用分担的规定`, `${doc.meta.id} has no cost sharing`);
  if (amount.isNegative()) throw invalid("金额不能为负数", "Amount cannot be negative");
  const key = Object.entries(rule.byFunding).find(([k, v]) => k === funding || v.words.includes(funding))?.[0];
  if (!key) {
    throw invalid(`单位经费形式应为：${Object.keys(rule.byFunding).join("、")}，而不是“${funding}”`, `Unknown funding type "${funding}"`);
  }
  const f = rule.byFunding[key]!;
  if (f.finance === null || f.unit === null) throw notApplicable(`${f.label}：${f.note ?? "未规定分担比例"}`, "No shares are set");
  const finance = amount.times(f.finance);
  const unit = amount.minus(finance);
  return result([finance, unit] as [Decimal, Decimal], cite(doc, rule.article), () => [
    `${f.label}由财政承担${pct(f.finance!)}、用人单位承担${pct(f.unit!)}`,
    `${formatYuan(amount)} → 财政 ${formatYuan(finance)}元，单位 ${formatYuan(unit)}元`,
  ]);
}

export function minimumService(doc: PolicyDocument): Result<MinimumService["rules"]> {
  const rule = doc.minimumService;
  if (!rule) throw notApplicable(`《${doc.meta.title}》没有最低服务期的规定`, `${doc.meta.id} sets no minimum service`);
  return result(rule.rules, cite(doc, rule.article), () => rule.rules.map((r) => `${r.way}：${r.text}`));
}

export type PenaltyKind = "leak" | "leave";

/**
 * 企业协议 第六条: leaking secrets costs a year's average pay (less than a year counting as one, option
 * penaltyYear); leaving unilaterally costs half a year's pay, taken as six months of average monthly pay.
 */
export function penalty(doc: PolicyDocument, kind: PenaltyKind, totalPay: Decimal, monthsWorked: number, o: Options): Result<Decimal> {
  const rules = doc.penalties;
  if (!rules) throw notApplicable(`《${doc.meta.title}》没有违约金的规定`, `${doc.meta.id} has no penalties`);
  if (totalPay.isNegative()) throw invalid("工资总额不能为负数", "Total pay cannot be negative");
  if (!Number.isFinite(monthsWorked) || monthsWorked <= 0) throw invalid("工作月数应大于0", "Months worked must be positive");
  const months = money(monthsWorked);
  const monthly = totalPay.dividedBy(months);
  if (kind === "leave") {
    const due = monthly.times(6);
    return result(due, cite(doc, rules.leave.article), () => [
      rules.leave.text,
      `月平均工资 ${formatYuan(totalPay)} ÷ ${formatPlain(months)} = ${formatPlain(monthly)}元，× 6 = ${formatYuan(due)}元`,
    ]);
  }
  const years = months.dividedBy(12);
  let annual: Decimal;
  let how: string;
  if (o.penaltyYear === "annualize") {
    annual = monthly.times(12);
    how = `按月平均工资折算年薪：${formatPlain(monthly)} × 12 = ${formatYuan(annual)}元`;
  } else {
    const divisor = o.penaltyYear === "ceil" ? years.ceil() : years.lt(1) ? money(1) : years;
    annual = totalPay.dividedBy(divisor);
    how = `平均年薪 = ${formatYuan(totalPay)} ÷ ${formatPlain(divisor)}年 = ${formatYuan(annual)}元（存续${formatPlain(years)}年${years.lt(1) ? "，不足一年按一年计" : ""}）`;
  }
  return result(annual, cite(doc, rules.leak.article), () => [rules.leak.text, how]);
}

/** 企业协议 第二条第（三）项: 5% of the project's profit when the year's targets are met. */
export function commission(doc: PolicyDocument, profit: Decimal, targetMet: boolean): Result<Decimal> {
  const rule = doc.penalties?.commission;
  if (!rule) throw notApplicable(`《${doc.meta.title}》没有绩效提成的规定`, `${doc.meta.id} has no commission`);
  const cites = cite(doc, rule.article);
  if (!targetMet) return result(ZERO, cites, () => [`未${rule.condition}，不计提成`]);
  if (profit.lte(0)) return result(ZERO, cites, () => [`项目利润 ${formatYuan(profit)}元，没有利润可提成`]);
  const due = profit.times(rule.rate);
  return result(due, cites, () => [`${rule.condition}，按项目利润的${pct(rule.rate)}计：${formatYuan(profit)} × ${pct(rule.rate)} = ${formatYuan(due)}元`]);
}
