import type Decimal from "decimal.js";
import * as E from "../engine";
import { OUTPUT_MARK, type Mapping } from "./columns";
import { inChunks, loadPoliciesFor, messageOf, policyOfRow, type JobOptions } from "./context";
import { readPerson, type Person } from "./person";
import type { Table, Value } from "./table";

/**
 * 退款审计: every recorded refund of a disbursement ledger recomputed from what was paid and the years
 * served, the difference beside it, and a summary of what was checked under which rule.
 */

export const AUDIT_HEADERS = ["复核应退金额（元）", "差额（元）", "复核结果", "复核依据", "复核说明"].map((h) => `${OUTPUT_MARK}${h}`);

export type Verdict = "一致" | "不一致" | "无法复核";

export interface AuditRow {
  recomputed: Decimal | null;
  /** Recorded minus recomputed: positive when more was asked back than the rule allows. */
  difference: Decimal | null;
  verdict: Verdict;
  basis: string;
  note: string;
}

export interface RuleUsed {
  policyId: string;
  title: string;
  article: string;
  rule: string;
  rows: number;
}

export interface AuditResult {
  headers: string[];
  rows: Value[][];
  /** Rows of the table whose verdict is 不一致 (indices into table.rows), for highlighting. */
  mismatches: number[];
  summary: {
    checked: number;
    matched: number;
    mismatched: number;
    unchecked: number;
    totalDifference: Decimal;
    overClaimed: Decimal;
    underClaimed: Decimal;
    rules: RuleUsed[];
    readings: string[];
  };
  cancelledAt?: number;
}

/** Differences below half a fen are rounding, not a mismatch. */
const HALF_FEN = E.money("0.005");

export function auditRow(p: Person, job: JobOptions): AuditRow & { rule?: Omit<RuleUsed, "rows"> } {
  const unchecked = (why: string): AuditRow => ({ recomputed: null, difference: null, verdict: "无法复核", basis: "", note: why });
  if (p.errors.length > 0) return unchecked(p.errors.join("；"));
  let doc: E.PolicyDocument;
  try {
    doc = policyOfRow(p, job);
  } catch (e) {
    return unchecked(messageOf(e));
  }
  if (p.paid === undefined) return unchecked("缺少已发金额");
  if (p.recordedRefund === undefined) return unchecked("缺少记录的应退金额");
  const o = job.options;
  let years: Decimal | number;
  try {
    if (p.start !== undefined && p.end !== undefined) years = E.serviceYears(p.start, p.end, o.basis, o.endDateCounts).value;
    else if (p.years !== undefined) years = p.years;
    else return unchecked("缺少服务年限（或引进日期与离职日期）");
    const r = E.refund(doc, { received: p.paid, yearsServed: years, basis: o.basis, reason: p.reason ?? "personal", agreementYears: p.agreementYears }, o);
    const recomputed = E.roundToFen(r.value);
    const difference = E.roundToFen(p.recordedRefund.minus(recomputed));
    const applied = r.citations[0]?.article.key;
    const rule = doc.refunds.find((x) => x.article.key === applied);
    return {
      recomputed,
      difference,
      verdict: difference.abs().lt(HALF_FEN) ? "一致" : "不一致",
      basis: E.formatCitations(r.citations),
      note: r.trace().join("；"),
      rule: rule && {
        policyId: doc.meta.id,
        title: doc.meta.title,
        article: r.citations.map((c) => c.article.label).join("、"),
        rule: rule.kind === "proportional" ? rule.formula : rule.text,
      },
    };
  } catch (e) {
    return unchecked(messageOf(e));
  }
}

export async function auditLedger(table: Table, mapping: Mapping, job: JobOptions): Promise<AuditResult> {
  const people = table.rows.map((r) => (r.blank ? null : readPerson(r.values, mapping)));
  await loadPoliciesFor(people.filter((p): p is Person => p !== null), job);
  const rows: Value[][] = new Array(people.length);
  const mismatches: number[] = [];
  const rules = new Map<string, RuleUsed>();
  let matched = 0;
  let unchecked = 0;
  let total = E.ZERO;
  let over = E.ZERO;
  let under = E.ZERO;
  const run = await inChunks(people, job, (p, i) => {
    if (p === null) {
      rows[i] = AUDIT_HEADERS.map(() => null);
      return;
    }
    const a = auditRow(p, job);
    rows[i] = [a.recomputed && E.fenNumber(a.recomputed), a.difference && E.fenNumber(a.difference), a.verdict, a.basis, a.note];
    if (a.verdict === "一致") matched++;
    else if (a.verdict === "无法复核") unchecked++;
    else mismatches.push(i);
    if (a.difference) {
      total = total.plus(a.difference);
      if (a.difference.isPositive() && !a.difference.isZero()) over = over.plus(a.difference);
      if (a.difference.isNegative()) under = under.minus(a.difference);
    }
    if (a.rule) {
      const key = `${a.rule.policyId}|${a.rule.article}`;
      const used = rules.get(key) ?? { ...a.rule, rows: 0 };
      used.rows++;
      rules.set(key, used);
    }
  });
  const o = job.options;
  return {
    headers: AUDIT_HEADERS,
    rows: rows.slice(0, run.done),
    mismatches,
    summary: {
      checked: matched + mismatches.length + unchecked,
      matched,
      mismatched: mismatches.length,
      unchecked,
      totalDifference: total,
      overClaimed: over,
      underClaimed: under,
      rules: [...rules.values()],
      readings: [
        `服务年限：${E.BASIS_ZH[o.basis]}计（选项 basis）`,
        `离职日期当天${o.endDateCounts ? "计入" : "不计入"}服务期（选项 endDateCounts）`,
        "未填离开原因的按个人原因（主动离职）复核",
        E.ROUNDING_RULE.zh,
      ],
    },
    ...(run.cancelled ? { cancelledAt: run.done } : {}),
  };
}

/** The summary as a sheet: what was checked, the totals, and the rule used for each policy. */
export function auditSummarySheet(result: AuditResult, source: string): Value[][] {
  const s = result.summary;
  const rows: Value[][] = [
    ["退款审计汇总", ""],
    ["审计对象", source],
    ["", ""],
    ["项目", "数值"],
    ["检查行数", s.checked],
    ["一致", s.matched],
    ["不一致", s.mismatched],
    ["无法复核", s.unchecked],
    ["差额合计（记录 − 复核，元）", E.fenNumber(s.totalDifference)],
    ["多退（记录高于复核，元）", E.fenNumber(s.overClaimed)],
    ["少退（记录低于复核，元）", E.fenNumber(s.underClaimed)],
    ["", ""],
    ["复核所用规则", ""],
    ["政策", "条款", "规则", "行数"],
    ...s.rules.map((r) => [`${r.title}（${r.policyId}）`, r.article, r.rule, r.rows]),
    ["", ""],
    ["计算口径", ""],
    ...s.readings.map((r) => [r, ""]),
  ];
  return rows;
}
