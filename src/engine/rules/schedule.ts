import type Decimal from "decimal.js";
import { addMonths, addYears, toISO, type DayNumber } from "../core/dates";
import { invalid, notApplicable } from "../core/errors";
import { formatYuan, money, MoneyDecimal, ZERO } from "../core/money";
import type { Options } from "../core/options";
import { cite, result, type Result } from "../core/result";
import type { ArticleRef, Benefit, PolicyDocument, RefundRule } from "../model/policy";
import { amountFor, appliesTo, monthsOf, yearlyCount } from "./benefit-specs";
import { categoryOf } from "./lookup";
import { refund } from "./refund";
import { serviceYears } from "./service";

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
}

function due(w: Window, date: DayNumber): boolean {
  return w.end === null || date <= w.end;
}

/** The k-th yearly payment (k from 1): at the start of service year k, or at its end. */
function yearly(w: Window, k: number, o: Options): DayNumber {
  return addYears(w.start, o.paymentTiming === "yearStart" ? k - 1 : k);
}

function linesOf(b: Benefit, code: string, w: Window, o: Options): ScheduleLine[] {
  const line = (date: DayNumber, item: string, amount: Decimal | null, note = ""): ScheduleLine => ({
    date,
    item,
    amount,
    article: b.article,
    benefitId: b.id,
    note,
  });
  switch (b.kind) {
    case "lumpSum": {
      const s = amountFor(b.amounts, code)!;
      if (s.instalments) {
        return s.instalments.map((part, i) => line(yearly(w, i + 1, o), `${b.item}（第${i + 1}期，共${s.instalments!.length}期）`, money(part)));
      }
      const date = s.dueAfterYears ? addYears(w.start, s.dueAfterYears) : w.start;
      return [line(date, b.item, money(s.total), s.dueAfterYears ? b.condition : "")];
    }
    case "monthly": {
      const s = amountFor(b.amounts, code)!;
      const months = monthsOf(b, code, o);
      const out: ScheduleLine[] = [];
      // One line per service year: twelve monthly payments are one entry an officer can check.
      for (let first = 0; first < months; first += 12) {
        const paid = [];
        for (let m = first; m < Math.min(first + 12, months); m++) {
          if (due(w, addMonths(w.start, m))) paid.push(m);
        }
        if (paid.length === 0) break;
        const year = first / 12 + 1;
        out.push(line(addMonths(w.start, first), `${b.item}（第${year}年，${paid.length}个月 × ${s.perMonth}元）`, money(s.perMonth).times(paid.length)));
      }
      return out;
    }
    case "yearly": {
      const s = amountFor(b.amounts, code)!;
      const limit = yearlyCount(s);
      const open = limit === null;
      const count = limit ?? o.horizonYears;
      const out: ScheduleLine[] = [];
      let paid = ZERO;
      for (let k = 1; k <= count || (open && w.end !== null); k++) {
        const date = yearly(w, k, o);
        if (!due(w, date)) break;
        let amount = money(s.perYear);
        if (s.cap !== undefined) amount = MoneyDecimal.min(amount, money(s.cap).minus(paid));
        if (amount.lte(0)) break;
        paid = paid.plus(amount);
        const notes = [
          s.atLeast ? "不少于该金额" : "",
          s.minMonthsInYear !== undefined ? `须当年服务满${s.minMonthsInYear}个月` : "",
          open ? (w.end === null ? `原文未规定期限，排${o.horizonYears}年` : "原文未规定期限") : "",
        ].filter(Boolean);
        out.push(line(date, `${b.item}（第${k}年）`, amount, notes.join("；")));
      }
      return out;
    }
    case "housing": {
      const s = amountFor(b.amounts, code)!;
      const what = s.area === null ? b.item : `${s.area}平方米${s.approx ? "左右" : ""}住房`;
      const out = [line(w.start, `提供${what}${s.freeYears !== null ? `（${s.freeYears}年内免费）` : "免费居住"}`, null, b.condition)];
      if (s.giftAfterYears !== null) out.push(line(addYears(w.start, s.giftAfterYears), `${what}直接赠予`, null, b.condition));
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

/** What leaving on the end date costs, as negative lines: the refund rule applied to what was paid by then. */
function refundLines(doc: PolicyDocument, paid: ScheduleLine[], w: Window & { end: DayNumber }, o: Options): ScheduleLine[] {
  const rule = doc.refunds.find((r) => r.kind === "proportional" || r.trigger === "leaveWithinAgreement");
  if (!rule) return [];
  const years = serviceYears(w.start, w.end, "exact", o.endDateCounts).value;
  const ids = refundedIds(rule, o);
  const received = paid.filter((l) => l.benefitId !== null && ids.includes(l.benefitId) && l.amount !== null);
  const out: ScheduleLine[] = [];
  const groups = rule.kind === "proportional" ? ids.map((id) => received.filter((l) => l.benefitId === id)) : [received];
  for (const group of groups) {
    const total = group.reduce((s, l) => s.plus(l.amount!), ZERO);
    if (total.isZero()) continue;
    const r = refund(doc, { received: total, yearsServed: years, basis: o.basis, reason: "personal", options: o });
    if (r.value.isZero()) continue;
    const items = [...new Set(group.map((l) => l.item.replace(/（.*$/, "")))].join("、");
    out.push({
      date: w.end,
      item: `退还${items}`,
      amount: r.value.negated(),
      article: rule.article,
      benefitId: null,
      note: r.trace().join("；"),
    });
  }
  return out;
}

export function schedule(doc: PolicyDocument, categoryRaw: string, start: DayNumber, end: DayNumber | null, o: Options): Result<ScheduleLine[]> {
  const category = categoryOf(doc, categoryRaw);
  if (end !== null && end < start) throw invalid(`离职日期 ${toISO(end)} 早于引进日期 ${toISO(start)}`, "End date is before start date");
  const w: Window = { start, end };
  const planned = doc.benefits.filter((b) => appliesTo(b, category.code)).flatMap((b) => linesOf(b, category.code, w, o));
  if (planned.length === 0) {
    throw notApplicable(`《${doc.meta.title}》没有为${category.code}规定可排期的待遇`, `Nothing to schedule for ${category.code}`);
  }
  const paid = planned.filter((l) => due(w, l.date)).sort((a, b) => a.date - b.date || a.item.localeCompare(b.item, "zh"));
  const lines = end === null ? paid : [...paid, ...refundLines(doc, paid, { start, end }, o)];
  const net = lines.filter((l) => l.amount !== null).reduce((s, l) => s.plus(l.amount!), ZERO);
  const articles = [...new Map(lines.map((l) => [l.article.key, l.article])).values()];
  return result(lines, cite(doc, ...articles), () => [
    `${category.code}自${toISO(start)}起${end === null ? "" : `至${toISO(end)}`}共${lines.length}项`,
    `货币合计${formatYuan(net)}元`,
  ]);
}
