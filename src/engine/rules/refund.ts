import type Decimal from "decimal.js";
import { invalid, notApplicable } from "../core/errors";
import { formatPlain, formatYuan, isShared, share, yuan, ZERO } from "../core/money";
import { cite, result, type Citation, type Result } from "../core/result";
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
  /** Length of the service agreement, where the rule depends on it; defaults to the option, then the document's. */
  agreementYears?: number;
  /**
   * The benefit item the amount was paid as (补贴项目). An item the article does not claw back refunds 0,
   * saying so with the article; without it the amount is taken to be of the items the article names.
   */
  item?: ItemKey;
  /** Readings that change which items are refunded (奎屯 kuitunRefundHousingSubsidy) and the agreement (agreementYears). */
  options?: Pick<Options, "kuitunRefundHousingSubsidy" | "agreementYears">;
}

export interface AgreementTerm {
  years: number;
  citations: readonly Citation[];
  /** Where the term came from, for the trace. */
  source: string;
}

/**
 * The agreement a refund “在协议执行期内” is measured against: the one given (REFUND's argument, a ledger's
 * 协议期限 column), else the option agreementYears, else the document's own (吐鲁番 第十一条: 5 years). An
 * agreement shorter than the document's minimum is refused rather than measured: 吐鲁番 第八条第（五）项 gives
 * 安家费 only to those who sign for at least five years, so a 3-year agreement leaves nothing for 第十三条 to
 * claw back, and a number would hide a ledger error. Register: turpan-agreement-minimum.
 */
export function agreementTerm(doc: PolicyDocument, given: number | undefined, o: Pick<Options, "agreementYears"> = DEFAULT_OPTIONS): AgreementTerm {
  const rule = doc.agreementYears;
  if (given !== undefined && (!Number.isFinite(given) || given <= 0)) {
    throw invalid(`协议期限应大于0年，而不是 ${given}（不知道协议期限时请不填，按文件规定）`, "The agreement term must be more than 0 years");
  }
  const years = given ?? (o.agreementYears > 0 ? o.agreementYears : rule?.years);
  if (years === undefined) throw invalid("请提供协议期限（年）", "The agreement term is required");
  const source = given !== undefined ? "协议期限" : o.agreementYears > 0 ? "选项 agreementYears" : rule!.article.label;
  const min = rule?.minimum;
  if (min && years < min.years) {
    throw invalid(
      `${min.article.label}：${min.text}。协议期限${years}年少于${min.years}年，不享受该项待遇，也就没有可按协议期内解除退还的金额；请核对协议期限`,
      `${min.article.label} requires an agreement of at least ${min.years} years`,
    );
  }
  const citations = rule ? cite(doc, rule.article) : [];
  return { years, citations, source };
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
  const listed = () => refundedItems(doc, rule, options).join("、") + (rule.kind === "allReceived" && rule.itemsInKind ? `（${rule.itemsInKind.join("、")}以实物退回）` : "");
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
    // 奎屯 第二十四条: the assessment is made 试用期满, and the contract ends only after 专项办认定, so whoever
    // leaves for this reason has served at least the probation and usually more; the refund is everything
    // received whatever the length. Years served are still read (and a negative refused), never a bar.
    // Register: kuitun-probation.
    const months = rule.probationMonths ?? 0;
    const served = yearsOnBasis(input.yearsServed, input.basis);
    const within = rule.probationLeavingWithinMonths;
    if (within !== undefined && served.times(12).gt(within)) {
      throw invalid(
        `${rule.article.label}：试用期${months}个月，期满考核；服务 ${formatPlain(served)} 年后离开不会是试用期考核不合格，请核对离开原因或服务年限`,
        "A leaving this long after the probation cannot be its failed assessment",
      );
    }
    return result(received, cites, () => [
      `${REASON_ZH.probation}：${rule.text}`,
      `试用期${months}个月，期满考核不合格，经专项办认定后解除合同（服务年限按${BASIS_ZH[input.basis]}计为 ${formatPlain(served)} 年，不影响退还），退还已享受的待遇 ${formatYuan(received)}元`,
    ]);
  }

  const term = agreementTerm(doc, input.agreementYears, options);
  const agreement = term.years;
  if (!rule.reasons.includes(reason)) {
    return result(ZERO, cites, () => [`${rule.article.label}只规定${rule.reasons.map((r) => REASON_ZH[r]).join("或")}时退还；${REASON_ZH[reason]}不退还`]);
  }
  const years = yearsOnBasis(input.yearsServed, input.basis);
  const within = years.lt(agreement);
  return result(within ? received : ZERO, [...cites, ...term.citations], () => [
    `协议期${agreement}年（${term.source}），服务年限按${BASIS_ZH[input.basis]}计为 ${formatPlain(years)} 年`,
    within ? `在协议期内${REASON_ZH[reason]}：${rule.text}，应退 ${formatYuan(received)}元` : "协议期已满，不退还",
  ]);
}
