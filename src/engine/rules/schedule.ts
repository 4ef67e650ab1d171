import type Decimal from "decimal.js";
import { fromISO, periodAfter, periodEnd, toISO, type DayNumber } from "../core/dates";
import { invalid, notApplicable } from "../core/errors";
import { formatYuan, money, MoneyDecimal, ZERO } from "../core/money";
import type { Options } from "../core/options";
import { cite, result, type Result } from "../core/result";
import type { ArticleRef, Benefit, PolicyDocument, RefundRule } from "../model/policy";
import type { Way } from "../model/profile";
import { minMonthsOf } from "./amounts";
import { amountFor, appliesTo, articleFor, monthsOf, yearlyCount } from "./benefit-specs";
import { categoryOf } from "./lookup";
import { refund } from "./refund";
import { serviceYears } from "./service";
import { benefitWayTruth, checkBenefitWay, wayCondition, wayScope } from "./ways";

/**
 * The dated payments of a category from its start date, and, when an end date is given, only those due by
 * then plus what leaving then has to be paid back. Dates follow the register's timing readings: yearly
 * items when each service year starts (option paymentTiming), monthly items on each monthly anniversary,
 * items “paid after N years” on the N-th anniversary.
 */
export interface ScheduleLine {
  date: DayNumber;
  item: string;
  /** Positive for payments, negative for refunds, null for things given in kind. */
  amount: Decimal | null;
  article: ArticleRef;
  benefitId: string | null;
  note: string;
}

interface Window {
  start: DayNumber;
  end: DayNumber | null;
  /** The last day served by the end date (the end date itself unless option endDateCounts says otherwise). */
  lastServed: DayNumber | null;
}

/** Due by the end date: the date falls on a day served. */
function due(w: Window, date: DayNumber): boolean {
  return w.lastServed === null || date <= w.lastServed;
}

/**
 * The day on which `months` months of service from the start are complete: the last day of that period
 * (民法典第二百零二条, dates.ts periodEnd). An end date on that day has served them, as SERVICEYEARS counts:
 * 2020-03-01 → 2025-02-28 is five years, and a gift after five years falls on 2025-02-28.
 */
function completes(w: Window, months: number): DayNumber {
  return periodEnd(w.start, months);
}

/** The k-th yearly payment (k from 1): the first day of service year k, or the last (option paymentTiming). */
function yearly(w: Window, k: number, o: Options): DayNumber {
  return o.paymentTiming === "yearStart" ? periodAfter(w.start, (k - 1) * 12) : completes(w, k * 12);
}

function linesOf(b: Benefit, code: string, w: Window, o: Options, wayNote: string | null): ScheduleLine[] {
  const line = (date: DayNumber, item: string, amount: Decimal | null, ...notes: string[]): ScheduleLine => ({
    date,
    item,
    amount,
    article: articleFor(b, code),
    benefitId: b.id,
    note: [...notes, b.choice ? `${b.choice.text}，按选项 ${b.choice.option}=${b.choice.value}` : "", wayNote ?? ""].filter(Boolean).join("；"),
  });
  switch (b.kind) {
    case "lumpSum": {
      const s = amountFor(b.amounts, code)!;
      // What must be checked when it falls due (考核合格, 试用期满合格) goes with every line it concerns.
      const check = s.check ? `须核实：${s.check}` : "";
      if (s.instalments) {
        return s.instalments.map((part, i) => line(yearly(w, i + 1, o), `${b.item}（第${i + 1}期，共${s.instalments!.length}期）`, money(part), check));
      }
      // 工作一年考核合格后一次性发放: due the day the year is complete, not on its anniversary after.
      if (s.dueAfterYears) return [line(completes(w, s.dueAfterYears * 12), b.item, money(s.total), b.condition, s.check ?? "")];
      return [line(w.start, b.item, money(s.total), check)];
    }
    case "monthly": {
      const s = amountFor(b.amounts, code)!;
      const months = monthsOf(b, code, o);
      const out: ScheduleLine[] = [];
      // One line per service year: twelve monthly payments are one entry an officer can check. Month m+1
      // begins the day after m months are complete, so a start on the 31st is counted as SERVICEYEARS counts.
      for (let first = 0; first < months; first += 12) {
        let paid = 0;
        for (let m = first; m < Math.min(first + 12, months); m++) {
          if (due(w, periodAfter(w.start, m))) paid++;
        }
        if (paid === 0) break;
        const year = first / 12 + 1;
        out.push(line(periodAfter(w.start, first), `${b.item}（第${year}年，${paid}个月 × ${s.perMonth}元）`, money(s.perMonth).times(paid)));
      }
      return out;
    }
    case "yearly": {
      const s = amountFor(b.amounts, code)!;
      const limit = yearlyCount(s);
      const open = limit === null;
      const count = limit ?? o.horizonYears;
      const min = minMonthsOf(s, o);
      const out: ScheduleLine[] = [];
      let paid = ZERO;
      for (let k = 1; k <= count || (open && w.end !== null); k++) {
        // A year's money waits for the service it rests on (一年内累计服务满6个月; 每服务一年): never before.
        const date = min === undefined ? yearly(w, k, o) : Math.max(yearly(w, k, o), completes(w, (k - 1) * 12 + min));
        if (!due(w, date)) break;
        let amount = money(s.perYear);
        if (s.cap !== undefined) amount = MoneyDecimal.min(amount, money(s.cap).minus(paid));
        if (amount.lte(0)) break;
        paid = paid.plus(amount);
        const notes = [
          s.atLeast ? "不少于该金额" : "",
          min === undefined ? "" : min === 12 ? "服务满该年度后发放" : `须当年累计服务满${min}个月（按连续服务排期）`,
          open ? (w.end === null ? `原文未规定期限，排${o.horizonYears}年` : "原文未规定期限") : "",
        ];
        out.push(line(date, `${b.item}（第${k}年）`, amount, ...notes));
      }
      return out;
    }
    case "housing": {
      const s = amountFor(b.amounts, code)!;
      const what = s.area === null ? b.item : `${s.area}平方米${s.approx ? "左右" : ""}住房`;
      const out = [line(w.start, `提供${what}${s.freeYears !== null ? `（${s.freeYears}年内免费）` : "免费居住"}`, null, b.condition)];
      if (s.giftAfterYears !== null) {
        out.push(line(completes(w, s.giftAfterYears * 12), `${what}直接赠予`, null, `${s.giftWhen ?? `连续工作满${s.giftAfterYears}年`}`, b.condition));
      }
      return out;
    }
    default:
      // Ranges are granted case by case, services have no amount: neither has a date.
      return [];
  }
}

function refundedIds(rule: RefundRule, o: Options): string[] {
  if (rule.kind === "proportional") return rule.benefitIds;
  const optional = rule.optionalBenefits && o[rule.optionalBenefits.option] ? rule.optionalBenefits.ids : [];
  return [...rule.benefitIds, ...optional];
}

/**
 * What leaving on the end date costs, as negative lines: the refund rule applied to what was paid by then.
 * An item that would fall due on the very day it is taken back is not paid at all (a schedule never pays
 * and refunds the same item on the same day); those lines are returned as `dropped`.
 */
function refundLines(doc: PolicyDocument, paid: ScheduleLine[], w: Window & { end: DayNumber }, o: Options): { lines: ScheduleLine[]; dropped: Set<ScheduleLine> } {
  const dropped = new Set<ScheduleLine>();
  const rule = doc.refunds.find((r) => r.kind === "proportional" || r.trigger === "leaveWithinAgreement");
  if (!rule) return { lines: [], dropped };
  const years = serviceYears(w.start, w.end, "exact", o.endDateCounts).value;
  const ids = refundedIds(rule, o);
  const received = paid.filter((l) => l.benefitId !== null && ids.includes(l.benefitId) && l.amount !== null);
  const out: ScheduleLine[] = [];
  const groups = rule.kind === "proportional" ? ids.map((id) => received.filter((l) => l.benefitId === id)) : [received];
  const owed = (group: ScheduleLine[]) => {
    const total = group.reduce((s, l) => s.plus(l.amount!), ZERO);
    return total.isZero() ? null : refund(doc, { received: total, yearsServed: years, basis: o.basis, reason: "personal", options: o });
  };
  for (let group of groups) {
    let r = owed(group);
    if (r === null || r.value.isZero()) continue;
    const sameDay = group.filter((l) => l.date === w.end);
    if (sameDay.length > 0) {
      sameDay.forEach((l) => dropped.add(l));
      group = group.filter((l) => l.date !== w.end);
      r = owed(group);
      if (r === null || r.value.isZero()) continue;
    }
    const result = r;
    const items = [...new Set(group.map((l) => l.item.replace(/（.*$/, "")))].join("、");
    out.push({
      date: w.end,
      item: `退还${items}`,
      amount: result.value.negated(),
      article: rule.article,
      benefitId: null,
      note: result.trace().join("；"),
    });
  }
  return { lines: out, dropped };
}

/**
 * The dated schedule of a category. With a way of introduction, items for other ways are left out and the
 * category's own ways count (特聘专家 are 特聘); items whose way is open carry the condition. Of alternatives
 * the article offers (张掖 人才公寓 or 租房补贴) only the one option zhangyeHousingChoice picks is scheduled.
 */
export function schedule(doc: PolicyDocument, categoryRaw: string, start: DayNumber, end: DayNumber | null, o: Options, way?: Way): Result<ScheduleLine[]> {
  const category = categoryOf(doc, categoryRaw);
  if (end !== null && end < start) throw invalid(`离职日期 ${toISO(end)} 早于引进日期 ${toISO(start)}`, "End date is before start date");
  const w: Window = { start, end, lastServed: end === null ? null : o.endDateCounts ? end : end - 1 };
  const scope = wayScope(doc, category, way, o);
  const benefits = doc.benefits.filter(
    (b) => appliesTo(b, category.code) && (!b.choice || o[b.choice.option] === b.choice.value) && benefitWayTruth(b, scope) !== "no",
  );
  const planned = benefits.flatMap((b) => linesOf(b, category.code, w, o, b.ways && benefitWayTruth(b, scope) === "unknown" ? checkBenefitWay(doc, b, scope, way, o).note : null));
  if (!benefits.some((b) => b.kind !== "range" && b.kind !== "service")) {
    const byWay = doc.benefits.filter((b) => appliesTo(b, category.code) && b.kind !== "range" && b.kind !== "service" && benefitWayTruth(b, scope) === "no");
    const why = byWay.length > 0 ? `：${[...new Set(byWay.map((b) => `${b.item}（${b.article.label}）${wayCondition(doc, b.ways!)}`))].join("；")}` : "";
    throw notApplicable(`《${doc.meta.title}》没有为${category.code}${way ? `（引进方式${way}）` : ""}规定可排期的待遇${why}`, `Nothing to schedule for ${category.code}`);
  }
  // Money falling due after the document lapsed (临夏: 2026-06-22) rests on no document in force; decision payments-after-lapse.
  const lapse = doc.meta.validTo === null || o.paymentsAfterLapse === "continue" ? null : fromISO(doc.meta.validTo);
  const afterLapse = lapse === null ? [] : planned.filter((l) => l.date > lapse && due(w, l.date));
  let paid = planned
    .filter((l) => due(w, l.date) && (lapse === null || l.date <= lapse))
    .sort((a, b) => a.date - b.date || a.item.localeCompare(b.item, "zh"));
  let refunds: ScheduleLine[] = [];
  if (end !== null) {
    const r = refundLines(doc, paid, { ...w, end }, o);
    paid = paid.filter((l) => !r.dropped.has(l));
    refunds = r.lines;
  }
  const lines = [...paid, ...refunds];
  const net = lines.filter((l) => l.amount !== null).reduce((s, l) => s.plus(l.amount!), ZERO);
  const articles = [...new Map(lines.map((l) => [l.article.key, l.article])).values()];
  return result(lines, articles.length > 0 ? cite(doc, ...articles) : cite(doc, category.article), () => [
    `${category.code}${way ? `（引进方式${way}）` : ""}自${toISO(start)}起${end === null ? "" : `至${toISO(end)}`}共${lines.length}项`,
    ...(lines.length === 0 ? ["至离职日尚无到期的待遇（各项的条件见待遇清单）"] : []),
    ...(afterLapse.length > 0 ? [`文件于${doc.meta.validTo}失效，其后到期的${afterLapse.length}项不排（选项 paymentsAfterLapse=continue 可照排）`] : []),
    `货币合计${formatYuan(net)}元`,
  ]);
}
