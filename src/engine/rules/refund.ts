import type Decimal from "decimal.js";
import { invalid, notApplicable } from "../core/errors";
import { formatPlain, formatYuan, isShared, share, yuan, ZERO } from "../core/money";
import { cite, result, type Result } from "../core/result";
import type { PolicyDocument, RefundReason, RefundRule } from "../model/policy";
import { DEFAULT_OPTIONS, type Options } from "../core/options";
import type { ItemKey } from "../model/items";
import { itemCoverage, refundedItems } from "./items";
import { BASIS_ZH, yearsOnBasis, type Basis } from "./service";

export const REASON_ZH: Record<RefundReason, string> = {
  personal: "因个人原因解除协议（主动离职）",
  probation: "试用期考核不合格",
  employer: "因单位原因解除",
};

export interface RefundInput {
  /** What the person received of the refundable benefits. */
  received: Decimal;
  /** Years of service: a cell's number, or SERVICEYEARS' exact value. */
  yearsServed: Decimal | number;
  basis: Basis;
  reason: RefundReason;
  /** Length of the service agreement, where the rule depends on it; defaults to the document's. */
  agreementYears?: number;
  /**
   * The benefit item the amount was paid as (补贴项目). An item the article does not claw back refunds 0,
   * saying so with the article; without it the amount is taken to be of the items the article names.
   */
  item?: ItemKey;
  /** Readings that change which items are refunded (奎屯 kuitunRefundHousingSubsidy). */
  options?: Pick<Options, "kuitunRefundHousingSubsidy">;
}

function pickRule(doc: PolicyDocument, reason: RefundReason): RefundRule {
  if (doc.refunds.length === 0) {
    throw notApplicable(doc.refundNote ?? `《${doc.meta.title}》没有退还补贴的规定`, `${doc.meta.id} has no refund rule`);
  }
  const proportional = doc.refunds.find((r) => r.kind === "proportional");
  if (proportional) return proportional;
  const trigger = reason === "probation" ? "probationFailure" : "leaveWithinAgreement";
  const rule = doc.refunds.find((r) => r.kind === "allReceived" && r.trigger === trigger);
  if (!rule) {
    throw notApplicable(`《${doc.meta.title}》没有${REASON_ZH[reason]}时退还的规定`, `${doc.meta.id} has no refund rule for ${reason}`);
  }
  return rule;
}

/**
 * received − received/N × y, computed as received × (N − y) / N: the same exact value in one step fewer.
 * A ledger asks for the same few amounts over whole years again and again, so those dues are remembered.
 */
function proportionalDue(rule: ProportionalRule, received: Decimal, years: Decimal, full: Decimal): Decimal {
  const whole = years.isInteger();
  if (!whole || !isShared(received)) return received.times(whole ? yuan(rule.fullYears - years.toNumber()) : full.minus(years)).dividedBy(full);
  let byReceived = dues.get(rule);
  if (!byReceived) dues.set(rule, (byReceived = new WeakMap()));
  let byYears = byReceived.get(received);
  if (!byYears) byReceived.set(received, (byYears = new Map()));
  const y = years.toNumber();
  let due = byYears.get(y);
  if (due === undefined) byYears.set(y, (due = share(received.times(yuan(rule.fullYears - y)).dividedBy(full))));
  return due;
}
type ProportionalRule = Extract<RefundRule, { kind: "proportional" }>;
const dues = new WeakMap<ProportionalRule, WeakMap<Decimal, Map<number, Decimal>>>();

/**
 * What must be paid back when a person leaves early. Never more than was received, never negative.
 *
 * - proportional (张掖 第十四条第（三）项): received − received / N × years served, nothing after N years;
 * - all received (吐鲁番 第十三条, 奎屯 第二十四条、第二十七条): everything received, when leaving within the
 *   agreement for the reasons the article names, or on failing probation.
 */
export function refund(doc: PolicyDocument, input: RefundInput): Result<Decimal> {
  const { received, reason } = input;
  if (received.isNegative()) throw invalid("已发补贴金额不能为负数", "The amount received cannot be negative");
  const rule = pickRule(doc, reason);
  const cites = cite(doc, rule.article);
  const options = input.options ?? DEFAULT_OPTIONS;
  const listed = () => refundedItems(doc, rule, options).join("、");
  if (input.item !== undefined) {
    const coverage = itemCoverage(doc, rule, input.item, options);
    if (coverage === "notCovered") {
      return result(ZERO, cites, () => [`${rule.article.label}只规定退还${listed()}；${input.item}不在其列，不退还`]);
    }
    if (coverage === "inKind") {
      return result(ZERO, cites, () => [`${rule.article.label}：${input.item}以实物退回，不折算金额，本项不退还现金`]);
    }
  }

  if (rule.kind === "proportional") {
    const years = yearsOnBasis(input.yearsServed, input.basis);
    const head = () => `服务年限按${BASIS_ZH[input.basis]}计为 ${formatPlain(years)} 年`;
    const full = yuan(rule.fullYears);
    if (years.gte(full)) {
      return result(ZERO, cites, () => [head(), `已满${rule.fullYears}年，不退还（${rule.formula}）`]);
    }
    const due = proportionalDue(rule, received, years, full);
    return result(due, cites, () => [
      head(),
      `${rule.formula}：${formatYuan(received)} − ${formatYuan(received)} ÷ ${rule.fullYears} × ${formatPlain(years)} = ${formatYuan(due)}元`,
    ]);
  }

  if (rule.trigger === "probationFailure") {
    const months = rule.probationMonths ?? 0;
    const served = yearsOnBasis(input.yearsServed, "exact").times(12);
    if (served.gt(months)) {
      throw invalid(
        `试用期为${months}个月，服务${formatPlain(served)}个月已超过试用期，不能按试用期不合格退还`,
        "Service is longer than the probation period",
      );
    }
    return result(received, cites, () => [`${REASON_ZH.probation}：${rule.text}`, `退还已享受的待遇 ${formatYuan(received)}元`]);
  }

  const agreement = input.agreementYears ?? doc.agreementYears?.years;
  if (agreement === undefined) throw invalid("请提供协议期限（年）", "The agreement term is required");
  if (!rule.reasons.includes(reason)) {
    return result(ZERO, cites, () => [`${rule.article.label}只规定${rule.reasons.map((r) => REASON_ZH[r]).join("或")}时退还；${REASON_ZH[reason]}不退还`]);
  }
  const years = yearsOnBasis(input.yearsServed, input.basis);
  const within = years.lt(agreement);
  return result(within ? received : ZERO, cites, () => [
    `协议期${agreement}年，服务年限按${BASIS_ZH[input.basis]}计为 ${formatPlain(years)} 年`,
    within ? `在协议期内${REASON_ZH[reason]}：${rule.text}，应退 ${formatYuan(received)}元` : "协议期已满，不退还",
  ]);
}
