import type Decimal from "decimal.js";
import { invalid, notApplicable, TalentError } from "../core/errors";
import { formatPlain, formatWan, formatYuan, money, yuan, ZERO } from "../core/money";
import { DEFAULT_OPTIONS, type Options } from "../core/options";
import { cite, result, type Result } from "../core/result";
import type {
  Benefit,
  CategoryDef,
  HousingAmount,
  LumpSumBenefit,
  MonthlyBenefit,
  PolicyDocument,
  RangeAmount,
  RangeBenefit,
  ServiceBenefit,
  YearlyBenefit,
} from "../model/policy";
import type { Way } from "../model/profile";
import { amountFor, appliesTo, articleFor, monthsOf } from "./benefit-specs";
import { categoryOf } from "./lookup";
import { checkBenefitWay, wayScope } from "./ways";

type PricedKind = Exclude<Benefit["kind"], "service">;
type Kinded<K extends PricedKind> = Extract<Benefit, { kind: K }>;

/**
 * The one benefit of a document of a kind (and role), for a category. #N/A says which of the two is
 * missing: the document has no such benefit at all, or it has one that this category does not get.
 * The answer is remembered per document and category: every row of a ledger asks the same question.
 */
function findBenefit<K extends PricedKind>(doc: PolicyDocument, category: CategoryDef, kind: K, role: string | null, nameZh: string): Kinded<K> {
  let found = benefitMemo.get(doc);
  if (!found) benefitMemo.set(doc, (found = new Map()));
  const key = `${category.code}|${kind}|${role}`;
  let answer = found.get(key);
  if (answer === undefined) {
    answer = searchBenefit(doc, category, kind, role, nameZh);
    found.set(key, answer);
  }
  if (answer instanceof TalentError) throw answer;
  return answer as Kinded<K>;
}

const benefitMemo = new WeakMap<PolicyDocument, Map<string, Benefit | TalentError>>();

function searchBenefit(doc: PolicyDocument, category: CategoryDef, kind: PricedKind, role: string | null, nameZh: string): Benefit | TalentError {
  const candidates = doc.benefits.filter(
    (b): b is Exclude<Benefit, ServiceBenefit> => b.kind === kind && (role === null || ("role" in b && b.role === role)),
  );
  if (candidates.length === 0) {
    const note = doc.benefitsNote ? `：${doc.benefitsNote}` : "";
    return notApplicable(`《${doc.meta.title}》没有规定${nameZh}的金额${note}`, `${doc.meta.id} sets no ${nameZh}`);
  }
  const own = candidates.find((b) => appliesTo(b, category.code) && amountFor<unknown>(b.amounts, category.code) !== undefined);
  if (!own) {
    const where = [...new Set(candidates.map((b) => b.article.label))].join("、");
    return notApplicable(`${category.code}不享受${where}规定的${nameZh}`, `${category.code} gets no ${nameZh} under ${doc.meta.id}`);
  }
  return own;
}

const resultMemo = new WeakMap<PolicyDocument, Map<string, Result<unknown>>>();

/**
 * The amount functions below depend only on the document, the category and a small whole number (year,
 * month, instalment), and their results are immutable: each is computed once per workbook session.
 */
function remembered<T>(doc: PolicyDocument, key: string, compute: () => Result<T>): Result<T> {
  let known = resultMemo.get(doc);
  if (!known) resultMemo.set(doc, (known = new Map()));
  let r = known.get(key) as Result<T> | undefined;
  if (r === undefined) {
    r = compute();
    known.set(key, r);
  }
  return r;
}

/**
 * A benefit bound to some ways of introduction (张掖 第十四条第（三）项: 全职; 吐鲁番 第八条: 刚性), for a person of
 * this category and way: #N/A when the way excludes it, else the result, with the condition said where the
 * way is blank or can be either.
 */
function forWay<T>(doc: PolicyDocument, category: CategoryDef, b: Benefit, way: Way | undefined, o: Options, r: () => Result<T>): Result<T> {
  if (!b.ways && !category.ways) return r();
  const note = checkBenefitWay(doc, b, wayScope(doc, category, way, o), way, o).note;
  const out = r();
  return note === null ? out : result(out.value, out.citations, () => [...out.trace(), note]);
}

/** “第几年/第几期/第几个月” must be a whole number from 1. */
function ordinal(n: number, what: string): number {
  if (!Number.isInteger(n) || n < 1) throw invalid(`${what}应为从1开始的整数，而不是 ${n}`, `${what} must be a whole number from 1`);
  return n;
}

export function housingSubsidy(doc: PolicyDocument, categoryRaw: string, way?: Way, o: Options = DEFAULT_OPTIONS): Result<Decimal> {
  const category = categoryOf(doc, categoryRaw);
  const b = findBenefit(doc, category, "lumpSum", "purchaseSubsidy", "购房补贴");
  return forWay(doc, category, b, way, o, () => remembered(doc, `housing|${category.code}`, () => housingSubsidyOf(doc, category)));
}

function housingSubsidyOf(doc: PolicyDocument, category: CategoryDef): Result<Decimal> {
  const b = findBenefit(doc, category, "lumpSum", "purchaseSubsidy", "购房补贴");
  const total = amountFor(b.amounts, category.code)!.total;
  return result(yuan(total), cite(doc, articleFor(b, category.code)), () => [`${category.code}人才${b.item}${formatWan(total)}（${b.condition}）`]);
}

export function rentSubsidy(doc: PolicyDocument, categoryRaw: string, year?: number, way?: Way, o: Options = DEFAULT_OPTIONS): Result<Decimal> {
  const category = categoryOf(doc, categoryRaw);
  const b = findBenefit(doc, category, "yearly", "rentSubsidy", "租房补贴或生活补贴");
  return forWay(doc, category, b, way, o, () => remembered(doc, `rent|${category.code}|${year}`, () => rentSubsidyOf(doc, category, year)));
}

function rentSubsidyOf(doc: PolicyDocument, category: CategoryDef, year: number | undefined): Result<Decimal> {
  const b: YearlyBenefit = findBenefit(doc, category, "yearly", "rentSubsidy", "租房补贴或生活补贴");
  const spec = amountFor(b.amounts, category.code)!;
  const period = spec.years === null ? "不限年限" : `连续${spec.years}年`;
  if (year === undefined) {
    return result(yuan(spec.perYear), cite(doc, articleFor(b, category.code)), () => [`${category.code}人才${b.item}每年${spec.perYear}元，${period}`]);
  }
  const k = ordinal(year, "年度");
  const due = spec.years === null || k <= spec.years;
  return result(due ? yuan(spec.perYear) : ZERO, cite(doc, articleFor(b, category.code)), () => [
    `${category.code}人才${b.item}每年${spec.perYear}元，${period}`,
    due ? `第${k}年在期限内，应发${spec.perYear}元` : `第${k}年已超过${spec.years}年期限，应发0元`,
  ]);
}

export interface SettlementOptions {
  instalment?: number;
  /** 吐鲁番 第八条第（五）项: the second of a couple both introduced receives half. */
  spouseHalf?: boolean;
  way?: Way;
}

export function settlement(doc: PolicyDocument, categoryRaw: string, opts: SettlementOptions = {}, o: Options = DEFAULT_OPTIONS): Result<Decimal> {
  const category = categoryOf(doc, categoryRaw);
  const b: LumpSumBenefit = findBenefit(doc, category, "lumpSum", "settlement", "安家费");
  return forWay(doc, category, b, opts.way, o, () => settlementOf(doc, category, b, opts));
}

function settlementOf(doc: PolicyDocument, category: CategoryDef, b: LumpSumBenefit, opts: SettlementOptions): Result<Decimal> {
  const spec = amountFor(b.amounts, category.code)!;
  const steps: string[] = [`${category.code}人才${b.item}${formatWan(spec.total)}（${b.condition}）`];
  if (spec.check) steps.push(spec.check);
  let citations = cite(doc, articleFor(b, category.code));
  let amount = yuan(spec.total);

  if (opts.instalment !== undefined) {
    const k = ordinal(opts.instalment, "期数");
    const parts = spec.instalments ?? [spec.total];
    const part = k <= parts.length ? parts[k - 1]! : 0;
    amount = yuan(part);
    steps.push(
      spec.instalments
        ? `分${parts.length}期支付（${parts.map((p) => formatWan(p)).join("、")}），第${k}期${k <= parts.length ? formatWan(part) : "不存在，计0元"}`
        : k === 1
          ? "一次性发放，第1期即全额"
          : `一次性发放，没有第${k}期，计0元`,
    );
  }

  if (opts.spouseHalf) {
    const rule = b.spouseHalf;
    if (!rule) {
      throw notApplicable(`《${doc.meta.title}》未规定夫妻双方同属引进人才时减半发放`, `${doc.meta.id} has no spouse rule`);
    }
    amount = amount.dividedBy(2);
    citations = cite(doc, articleFor(b, category.code), rule.article);
    steps.push(`${rule.text}：本人按半额，${formatYuan(amount)}元`);
  }
  return result(amount, citations, () => steps);
}

export function carSubsidy(doc: PolicyDocument, categoryRaw: string): Result<Decimal> {
  const category = categoryOf(doc, categoryRaw);
  const b = findBenefit(doc, category, "lumpSum", "carSubsidy", "购车补贴");
  const total = amountFor(b.amounts, category.code)!.total;
  return result(yuan(total), cite(doc, articleFor(b, category.code)), () => [`${category.code}人才${b.item}${formatWan(total)}（${b.condition}）`]);
}

export function allowance(doc: PolicyDocument, categoryRaw: string, month: number | undefined, options: Options, way?: Way): Result<Decimal> {
  const category = categoryOf(doc, categoryRaw);
  const b: MonthlyBenefit = findBenefit(doc, category, "monthly", null, "按月发放的补贴或津贴");
  return forWay(doc, category, b, way, options, () => allowanceOf(doc, category, b, month, options));
}

function allowanceOf(doc: PolicyDocument, category: CategoryDef, b: MonthlyBenefit, month: number | undefined, options: Options): Result<Decimal> {
  const spec = amountFor(b.amounts, category.code)!;
  const months = monthsOf(b, category.code, options);
  const head = `${category.code}人才${b.item}每月${spec.perMonth}元，期限${months}个月（${b.condition}）`;
  if (month === undefined) return result(yuan(spec.perMonth), cite(doc, articleFor(b, category.code)), () => [head]);
  const k = ordinal(month, "月份");
  const due = k <= months;
  return result(due ? yuan(spec.perMonth) : ZERO, cite(doc, articleFor(b, category.code)), () => [
    head,
    due ? `第${k}个月在期限内，应发${spec.perMonth}元` : `第${k}个月已超过${months}个月期限，应发0元`,
  ]);
}

export interface YearlySubsidyInput {
  year?: number;
  /** Months served within that year, for subsidies that require a minimum (一年内累计服务满6个月). */
  monthsServed?: number;
}

/** The yearly subsidies other than rent (智库专家、特聘、援疆、柔性引进): the year's amount, with caps. */
export function yearlySubsidy(doc: PolicyDocument, categoryRaw: string, input: YearlySubsidyInput = {}, o: Options = DEFAULT_OPTIONS): Result<Decimal> {
  const category = categoryOf(doc, categoryRaw);
  const b: YearlyBenefit = findBenefit(doc, category, "yearly", "yearlySubsidy", "年度补贴");
  const raw = amountFor(b.amounts, category.code)!;
  // The months a year's payment waits for: the text's (一年内累计服务满6个月), or the register's reading (每服务一年).
  const spec = { ...raw, minMonthsInYear: minMonthsOf(raw, o) };
  const steps = [
    `${category.code}${b.item}每年${spec.atLeast ? "不少于" : ""}${spec.perYear}元` +
      (spec.years !== null ? `，${spec.years}年` : "") +
      (spec.cap !== undefined ? `，累计不超过${formatWan(spec.cap)}` : "") +
      `（${b.condition}）`,
  ];
  const cites = cite(doc, articleFor(b, category.code));
  if (input.monthsServed !== undefined && (!Number.isFinite(input.monthsServed) || input.monthsServed < 0)) {
    throw invalid("服务月数不能为负数", "Months served cannot be negative");
  }
  // the months served within one year of service: a year has twelve
  if (input.monthsServed !== undefined && input.monthsServed > 12) {
    throw invalid(`当年服务月数应在0到12之间，而不是 ${input.monthsServed}`, "Months served in a year cannot exceed 12");
  }
  if (input.year === undefined) {
    if (spec.minMonthsInYear !== undefined && input.monthsServed !== undefined && input.monthsServed < spec.minMonthsInYear) {
      steps.push(`当年服务${input.monthsServed}个月，不足${spec.minMonthsInYear}个月，不发放`);
      return result(ZERO, cites, () => steps);
    }
    return result(yuan(spec.perYear), cites, () => steps);
  }
  const k = ordinal(input.year, "年度");
  if (spec.years !== null && k > spec.years) {
    steps.push(`第${k}年已超过${spec.years}年期限，应发0元`);
    return result(ZERO, cites, () => steps);
  }
  if (spec.minMonthsInYear !== undefined) {
    if (input.monthsServed === undefined) {
      steps.push(`须当年累计服务满${spec.minMonthsInYear}个月（未提供服务月数，按已满足计算）`);
    } else if (input.monthsServed < spec.minMonthsInYear) {
      steps.push(`第${k}年服务${input.monthsServed}个月，不足${spec.minMonthsInYear}个月，应发0元`);
      return result(ZERO, cites, () => steps);
    }
  }
  let amount = yuan(spec.perYear);
  if (spec.cap !== undefined) {
    // Earlier years are taken as paid in full: the cap is on what has been paid before this year.
    const paidBefore = yuan(spec.perYear).times(k - 1);
    const room = yuan(spec.cap).minus(paidBefore);
    if (room.lte(0)) {
      steps.push(`前${k - 1}年已发${formatYuan(paidBefore)}元，已达累计上限${formatWan(spec.cap)}，应发0元`);
      return result(ZERO, cites, () => steps);
    }
    if (room.lt(amount)) amount = room;
    steps.push(`前${k - 1}年已发${formatYuan(paidBefore)}元，第${k}年应发${formatYuan(amount)}元`);
  } else {
    steps.push(`第${k}年应发${formatYuan(amount)}元`);
  }
  return result(amount, cites, () => steps);
}

/** Months of a service year needed before that year's money is due, where any (decision service-year-money). */
export function minMonthsOf(spec: { minMonthsInYear?: number; afterMonthsServed?: number }, o: Options): number | undefined {
  if (spec.minMonthsInYear !== undefined) return spec.minMonthsInYear;
  return o.serviceYearMoney === "completed" ? spec.afterMonthsServed : undefined;
}

function housingSpec(doc: PolicyDocument, categoryRaw: string): { spec: HousingAmount; b: Kinded<"housing">; code: string } {
  const category = categoryOf(doc, categoryRaw);
  const b = findBenefit(doc, category, "housing", null, "住房");
  return { spec: amountFor(b.amounts, category.code)!, b, code: category.code };
}

export function housingArea(doc: PolicyDocument, categoryRaw: string): Result<number> {
  const { spec, b, code } = housingSpec(doc, categoryRaw);
  if (spec.area === null) {
    throw notApplicable(`${b.article.label}只规定提供${b.item}，未规定面积`, `${b.article.label} sets no floor area`);
  }
  const area = spec.area;
  return result(area, cite(doc, articleFor(b, code)), () => [`${code}人才提供${area}平方米${spec.approx ? "左右" : ""}住房一套（${b.condition}）`]);
}

export function giftYears(doc: PolicyDocument, categoryRaw: string): Result<number> {
  const { spec, b, code } = housingSpec(doc, categoryRaw);
  if (spec.giftAfterYears === null) {
    const free = spec.freeYears !== null ? `${spec.freeYears}年内免费提供` : "免费居住";
    throw notApplicable(`${code}的${b.item}${free}，${b.article.label}未规定赠予`, "Housing is not given outright");
  }
  const years = spec.giftAfterYears;
  return result(years, cite(doc, articleFor(b, code)), () => [`${code}人才${spec.giftWhen ?? `连续工作${years}年以上`}的，住房可直接赠予（${b.condition}）`]);
}

function rangeOf(doc: PolicyDocument, categoryRaw: string, role: RangeBenefit["role"], nameZh: string): { spec: RangeAmount; b: RangeBenefit; code: string } {
  const category = categoryOf(doc, categoryRaw);
  const b: RangeBenefit = findBenefit(doc, category, "range", role, nameZh);
  const spec = amountFor(b.amounts, category.code)!;
  if (spec.unspecified) throw notApplicable(`${b.article.label}：${spec.unspecified}，未规定具体金额`, "No amount is set");
  return { spec, b, code: category.code };
}

/** The start-up fund range of a category: [lowest, highest]. */
export function startupFund(doc: PolicyDocument, categoryRaw: string): Result<[Decimal, Decimal | null]> {
  const { spec, b, code } = rangeOf(doc, categoryRaw, "startupFund", "项目启动资金");
  const min = yuan(spec.min ?? 0);
  const max = spec.max === null ? null : yuan(spec.max);
  return result([min, max] as [Decimal, Decimal | null], cite(doc, articleFor(b, code)), () => [
    `${code}${b.item}${formatWan(spec.min ?? 0)}${max ? `至${formatWan(spec.max!)}` : "以上"}（${b.condition}）`,
  ]);
}

/** 张掖 第十四条第（五）项: 10% of a project of at least 50万元, at most 100万元. */
export function projectFund(doc: PolicyDocument, projectAmount: Decimal): Result<Decimal> {
  const rule = doc.projectSupport;
  if (!rule) throw notApplicable(`《${doc.meta.title}》没有按立项资金比例给予的项目扶持`, `${doc.meta.id} has no project support`);
  if (projectAmount.isNegative()) throw invalid("立项资金不能为负数", "Project amount cannot be negative");
  const cites = cite(doc, rule.article);
  const pct = money(rule.rate).times(100).toString();
  if (projectAmount.lt(rule.threshold)) {
    return result(ZERO, cites, () => [`立项资金${formatYuan(projectAmount)}元，不足${formatWan(rule.threshold)}，不享受项目扶持`]);
  }
  const raw = projectAmount.times(rule.rate);
  const capped = raw.gt(rule.cap);
  const value = capped ? yuan(rule.cap) : raw;
  return result(value, cites, () => [
    `立项资金${formatYuan(projectAmount)}元，达到${formatWan(rule.threshold)}以上`,
    `${formatYuan(projectAmount)} × ${pct}% = ${formatPlain(raw)}元${capped ? `，超过上限，按最高${formatWan(rule.cap)}` : ""}`,
  ]);
}
