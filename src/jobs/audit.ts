import type Decimal from "decimal.js";
import * as E from "../engine";
import { refundWayBar } from "./refund-way";
import { describeMapping, layoutOf, OUTPUT_MARK, type Layout, type Mapping } from "./columns";
import { inChunks, loadPoliciesFor, messageOf, policyOfRow, Ungoverned, type JobOptions } from "./context";
import { assumedItems, itemStandard } from "./ledger";
import { notAPerson, readPerson, type Person } from "./person";
import { MONEY, type RowJob, type RowOutput } from "./rows";
import type { Table, Value } from "./table";

/**
 * 退款审计: every recorded refund of a disbursement ledger recomputed from what was paid, for which item,
 * under the document that governed the person, and the years served; the difference beside it, and a
 * summary of what was checked under which rule, what was left out and why.
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
  /** No encoded document governed the person on the introduction date. */
  ungoverned?: boolean;
}

export interface RuleUsed {
  policyId: string;
  title: string;
  article: string;
  rule: string;
  rows: number;
}

export interface AuditSummary {
  checked: number;
  matched: number;
  mismatched: number;
  unchecked: number;
  totalDifference: Decimal;
  overClaimed: Decimal;
  underClaimed: Decimal;
  rules: RuleUsed[];
  readings: string[];
  /** Rows no encoded document governs (introduced outside the validity of the one named or found). */
  ungoverned: number;
  /** Rows not computed: totals and rows without a person (sheet row, 1-based, and why). */
  skipped: { row: number; why: string }[];
  /** Without an item column: the item assumed for each document (“按第十四条第（三）项所列的购房补贴计”). */
  assumedItems: Record<string, string>;
  /** Rows whose item the refund article does not cover (refund 0). */
  itemsNotCovered: number;
  /** Rows paid more than the one-off standard of their class and item, and by how much in all. */
  beyondStandard: number;
  beyondStandardAmount: Decimal;
}

export interface AuditResult {
  headers: string[];
  rows: Value[][];
  /** Rows of the table whose verdict is 不一致 (indices into table.rows), for highlighting. */
  mismatches: number[];
  summary: AuditSummary;
  cancelledAt?: number;
}

/** Differences below half a fen are rounding, not a mismatch. */
const HALF_FEN = E.money("0.005");

type AuditRowFound = AuditRow & { rule?: Omit<RuleUsed, "rows">; assumed?: [string, string]; notCovered?: boolean; beyond?: Decimal };

const unchecked = (why: string, ungoverned = false): AuditRow => ({ recomputed: null, difference: null, verdict: "无法复核", basis: "", note: why, ...(ungoverned ? { ungoverned } : {}) });

export function auditRow(p: Person, job: JobOptions): AuditRowFound {
  if (p.errors.length > 0) return unchecked(p.errors.join("；"));
  let doc: E.PolicyDocument;
  try {
    doc = policyOfRow(p, job);
  } catch (e) {
    return unchecked(messageOf(e), e instanceof Ungoverned);
  }
  if (p.paid === undefined) return unchecked("缺少已发金额");
  const code = categoryCode(doc, p, job.options);
  const r = refundRow(p, p.paid, job, doc, code);
  // what was paid beyond the standard is a finding whatever the refund's state (not left, no refund recorded)
  const beyond = paidBeyondStandard(doc, p, code);
  if (!beyond) return r;
  return { ...r, note: [r.note, beyond.note].filter((x) => x !== "").join("；"), ...(beyond.excess ? { beyond: beyond.excess } : {}) };
}

/** The refund recomputed for a row whose document and amount paid are known. */
function refundRow(p: Person, paid: Decimal, job: JobOptions, doc: E.PolicyDocument, code: string | undefined): AuditRowFound {
  if (p.recordedRefund === undefined) return unchecked("缺少记录的应退金额");
  const o = job.options;
  const compare = (recomputed: Decimal, basis: string, note: string) => {
    const r = E.roundToFen(recomputed);
    const difference = E.roundToFen(p.recordedRefund!.minus(r));
    return { recomputed: r, difference, verdict: (difference.abs().lt(HALF_FEN) ? "一致" : "不一致") as Verdict, basis, note };
  };
  try {
    let years: Decimal | number;
    if (p.start !== undefined && p.end !== undefined) years = E.serviceYears(p.start, p.end, o.basis, o.endDateCounts).value;
    else if (p.years !== undefined) years = p.years;
    else if (p.stillEmployed) {
      // nothing is due from someone who has not left; the refund article is still the basis checked against
      const rule = doc.refunds[0];
      if (!rule) return unchecked(doc.refundNote ?? `《${doc.meta.title}》没有退还补贴的规定`);
      return compare(E.ZERO, E.formatCitations(E.cite(doc, rule.article)), "离职日期为空或写明在职：未离职，应退 0 元");
    } else return unchecked("缺少服务年限（或引进日期与离职日期）");
    const barred = refundWayBar(doc, p, code, o);
    if (barred) return unchecked(barred);
    const r = E.refund(doc, { received: paid, yearsServed: years, basis: o.basis, reason: p.reason ?? "personal", agreementYears: p.agreementYears, item: p.item, options: o });
    const applied = r.citations[0]?.article.key;
    const rule = doc.refunds.find((x) => x.article.key === applied);
    const notes = r.trace();
    const assumed = p.item === undefined ? assumedItems(doc, p, o) : "";
    if (assumed) notes.push(assumed);
    const notCovered = p.item !== undefined && rule !== undefined && E.itemCoverage(doc, rule, p.item, o) !== "covered";
    return {
      ...compare(r.value, E.formatCitations(r.citations), notes.join("；")),
      ...(assumed ? { assumed: [doc.meta.id, assumed] as [string, string] } : {}),
      ...(notCovered ? { notCovered } : {}),
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

/**
 * What was paid beyond the document's one-off standard for the row's class and item (a 第三类 paid the
 * 第一类 购房补贴): an audit finding of its own, said in the row's note and counted in the summary. The
 * refund is still worked from what was paid, which is what the refund articles take back a share of.
 */
function paidBeyondStandard(doc: E.PolicyDocument, p: Person, code: string | undefined): { note: string; excess?: Decimal } | undefined {
  if (p.item === undefined || p.paid === undefined) return undefined;
  // no class, no standard to compare with: said, so that silence is not read as “within the standard”
  if (code === undefined) return { note: "未能判定人才类别，未核对已发金额是否超过该类别的标准" };
  const standard = itemStandard(doc, p.item, code);
  if (!standard || standard.unit !== "元" || !p.paid.gt(standard.amount)) return undefined;
  const excess = p.paid.minus(standard.amount);
  return {
    excess,
    note: `已发金额 ${E.fenNumber(p.paid)} 元超过${code}${p.item}的标准 ${standard.amount} 元（${standard.article.label}），多 ${E.fenNumber(excess)} 元；应退金额仍按已发金额复核`,
  };
}

/** The row's 人才类别: its own cell, else classified from the profile; undefined when neither says. */
function categoryCode(doc: E.PolicyDocument, p: Person, o: E.Options): string | undefined {
  try {
    return p.categoryWord ? E.categoryOf(doc, p.categoryWord).code : E.classify(doc, p.profile, o).value;
  } catch {
    return undefined;
  }
}

/**
 * The audit one row at a time (the command line streams a sheet through it; `auditLedger` runs a whole
 * table for the pane). Loads every document first; then `row` is synchronous.
 */
export async function startAudit(layout: Pick<Layout, "mapping" | "factors"> & Partial<Layout>, job: JobOptions): Promise<RowJob<AuditSummary>> {
  await loadPoliciesFor([], job);
  const rules = new Map<string, RuleUsed>();
  const s: AuditSummary = {
    checked: 0,
    matched: 0,
    mismatched: 0,
    unchecked: 0,
    totalDifference: E.ZERO,
    overClaimed: E.ZERO,
    underClaimed: E.ZERO,
    rules: [],
    readings: readings(job.options),
    ungoverned: 0,
    skipped: [],
    assumedItems: {},
    itemsNotCovered: 0,
    beyondStandard: 0,
    beyondStandardAmount: E.ZERO,
  };
  const blank = AUDIT_HEADERS.map(() => null);
  return {
    headers: AUDIT_HEADERS,
    keys: ["recomputed", "difference", "verdict", "basis", "note"],
    formats: [MONEY, MONEY, undefined, undefined, undefined],
    row(values: readonly Value[], sheetRow?: number): RowOutput {
      if (values.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""))) return { cells: blank };
      const skip = notAPerson(values, layout.mapping);
      if (skip) {
        s.skipped.push({ row: (sheetRow ?? -1) + 1, why: skip });
        return { cells: blank, skipped: skip };
      }
      const a = auditRow(readPerson(values, layout.mapping, layout), job);
      s.checked++;
      if (a.verdict === "一致") s.matched++;
      else if (a.verdict === "无法复核") s.unchecked++;
      else s.mismatched++;
      if (a.ungoverned) s.ungoverned++;
      if (a.notCovered) s.itemsNotCovered++;
      if (a.beyond) {
        s.beyondStandard++;
        s.beyondStandardAmount = s.beyondStandardAmount.plus(a.beyond);
      }
      if (a.assumed) s.assumedItems[a.assumed[0]] = a.assumed[1];
      if (a.difference) {
        s.totalDifference = s.totalDifference.plus(a.difference);
        if (a.difference.isPositive() && !a.difference.isZero()) s.overClaimed = s.overClaimed.plus(a.difference);
        if (a.difference.isNegative()) s.underClaimed = s.underClaimed.minus(a.difference);
      }
      if (a.rule) {
        const key = `${a.rule.policyId}|${a.rule.article}`;
        const used = rules.get(key) ?? { ...a.rule, rows: 0 };
        used.rows++;
        rules.set(key, used);
      }
      return {
        cells: [a.recomputed && E.fenNumber(a.recomputed), a.difference && E.fenNumber(a.difference), a.verdict, a.basis, a.note],
        ...(a.verdict === "不一致" ? { mismatch: true } : {}),
      };
    },
    summary: () => ({ ...s, rules: [...rules.values()] }),
    notes: (source: string) => auditSummarySheet({ summary: { ...s, rules: [...rules.values()] } }, source, "headers" in layout ? (layout as Layout) : undefined),
  };
}

function readings(o: E.Options): string[] {
  return [
    `服务年限：${E.BASIS_ZH[o.basis]}计（选项 basis）`,
    `离职日期当天${o.endDateCounts ? "计入" : "不计入"}服务期（选项 endDateCounts）`,
    "未填离开原因的按个人原因（主动离职）复核",
    "离职日期为空或写“无、在职、—、/”的按未离职，应退 0 元",
    "引进日期不在适用文件施行期内的行不复核，注明应适用的文件",
    E.ROUNDING_RULE.zh,
  ];
}

export async function auditLedger(table: Table, mapping: Mapping, job: JobOptions): Promise<AuditResult> {
  const layout = { ...(table.layout ?? layoutOf(table.headers)), mapping };
  const rowJob = await startAudit(layout, job);
  const rows: Value[][] = new Array(table.rows.length);
  const mismatches: number[] = [];
  const run = await inChunks(table.rows, job, (r, i) => {
    const out = rowJob.row(r.values, r.index);
    rows[i] = out.cells;
    if (out.mismatch) mismatches.push(i);
  });
  return {
    headers: AUDIT_HEADERS,
    rows: rows.slice(0, run.done),
    mismatches,
    summary: rowJob.summary(),
    ...(run.cancelled ? { cancelledAt: run.done } : {}),
  };
}

/** The summary as a sheet: what was checked, the totals, the rule used for each policy, what was left out. */
export function auditSummarySheet(result: Pick<AuditResult, "summary">, source: string, layout?: Layout): Value[][] {
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
    ["其中：引进日期不在适用文件施行期内", s.ungoverned],
    ["补贴项目不在退还条款之列（应退 0 元）", s.itemsNotCovered],
    ["已发金额超过本类别该项目标准的行", s.beyondStandard],
    ["超过标准的金额合计（元）", E.fenNumber(s.beyondStandardAmount)],
    ["差额合计（记录 − 复核，元）", E.fenNumber(s.totalDifference)],
    ["多退（记录高于复核，元）", E.fenNumber(s.overClaimed)],
    ["少退（记录低于复核，元）", E.fenNumber(s.underClaimed)],
    ["", ""],
    ["复核所用规则", ""],
    ["政策", "条款", "规则", "行数"],
    ...s.rules.map((r) => [`${r.title}（${r.policyId}）`, r.article, r.rule, r.rows]),
  ];
  const assumed = Object.entries(s.assumedItems);
  if (assumed.length > 0) {
    rows.push(["", ""], ["台账没有补贴项目列，按以下项目复核", ""]);
    for (const [id, text] of assumed) rows.push([`${E.metaOf(id).title}（${id}）`, text]);
  }
  if (s.skipped.length > 0) {
    rows.push(["", ""], ["未复核的行（不是人员）", ""]);
    for (const k of s.skipped) rows.push([`第${k.row}行`, k.why]);
  }
  rows.push(["", ""], ["计算口径", ""], ...s.readings.map((r) => [r, ""]));
  if (layout) rows.push(["", ""], ["列的对应", ""], ...describeMapping(layout).map((l) => [l, ""]));
  return rows;
}
