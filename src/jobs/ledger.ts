import type Decimal from "decimal.js";
import * as E from "../engine";
import { OUTPUT_MARK, type Mapping } from "./columns";
import { inChunks, loadPoliciesFor, messageOf, policyOfRow, type JobOptions } from "./context";
import { readPerson, type Person } from "./person";
import type { Table, Value } from "./table";

/**
 * 填充台账: for each person of a roster, the category, what the category is entitled to, the years served
 * and what leaving costs — each row with the articles it rests on and its own error cell, so that a bad
 * row never stops the others.
 */

export const LEDGER_COLUMNS = [
  { key: "policy", header: "适用政策" },
  { key: "category", header: "人才类别" },
  { key: "eligible", header: "符合引进条件" },
  { key: "housing", header: "购房补贴（元）" },
  { key: "settlement", header: "安家费（元）" },
  { key: "allowance", header: "月度补贴（元/月）" },
  { key: "rent", header: "租房或生活补贴（元/年）" },
  { key: "yearly", header: "年度补贴（元/年）" },
  { key: "car", header: "购车补贴（元）" },
  { key: "area", header: "住房面积（㎡）" },
  { key: "years", header: "服务年限（年）" },
  { key: "refund", header: "应退金额（元）" },
  { key: "basis", header: "依据" },
  { key: "error", header: "错误" },
] as const;

export type LedgerKey = (typeof LEDGER_COLUMNS)[number]["key"];
type Cells = Partial<Record<LedgerKey, Value>>;

export interface LedgerResult {
  /** The output columns that carry something, with their headers (marked as the add-in's). */
  headers: string[];
  keys: LedgerKey[];
  /** One row of outputs per table row; blank table rows get blank outputs. */
  rows: Value[][];
  summary: { rows: number; computed: number; withErrors: number; byPolicy: Record<string, number> };
  cancelledAt?: number;
}

export function outputHeader(header: string): string {
  return `${OUTPUT_MARK}${header}`;
}

function fen(d: Decimal): number {
  return E.fenNumber(d);
}

/** Computes one person's outputs. */
export function ledgerRow(p: Person, job: JobOptions): { cells: Cells; policyId?: string } {
  const errors = [...p.errors];
  const citations: E.Citation[] = [];
  const cells: Cells = {};
  /** Runs one rule: its value or nothing where the policy has no such benefit; an invalid input is the row's error. */
  function take<T>(key: LedgerKey | null, compute: () => E.Result<T>, show: (v: T) => Value): T | undefined {
    try {
      const r = compute();
      citations.push(...r.citations);
      if (key) cells[key] = show(r.value);
      return r.value;
    } catch (e) {
      if (E.isTalentError(e) && e.kind === "notApplicable") return undefined;
      errors.push(messageOf(e));
      return undefined;
    }
  }

  let doc: E.PolicyDocument;
  try {
    doc = policyOfRow(p, job);
  } catch (e) {
    return { cells: { error: [...errors, messageOf(e)].join("；") } };
  }
  cells.policy = doc.meta.id;
  const o = job.options;

  let code: string | undefined;
  try {
    if (p.categoryWord) code = E.categoryOf(doc, p.categoryWord).code;
    else {
      const r = E.classify(doc, p.profile, o);
      citations.push(...r.citations);
      code = r.value;
    }
    cells.category = code;
  } catch (e) {
    errors.push(`人才类别：${messageOf(e)}`);
  }

  if (code !== undefined) {
    const c = code;
    const age = p.age ?? (p.birth !== undefined && p.start !== undefined ? E.ageOn(p.birth, p.start) : undefined);
    if (age !== undefined) take("eligible", () => E.eligible(doc, c, age, p.exclusions, p.profile.honors), (v) => (v ? "是" : "否"));
    take("housing", () => E.housingSubsidy(doc, c), fen);
    take("settlement", () => E.settlement(doc, c), fen);
    take("allowance", () => E.allowance(doc, c, undefined, o), fen);
    take("rent", () => E.rentSubsidy(doc, c), fen);
    take("yearly", () => E.yearlySubsidy(doc, c), fen);
    take("car", () => E.carSubsidy(doc, c), fen);
    take("area", () => E.housingArea(doc, c), (v) => v);
  }

  let years: Decimal | number | undefined = p.years;
  if (p.start !== undefined && p.end !== undefined) {
    years = take("years", () => E.serviceYears(p.start!, p.end!, o.basis, o.endDateCounts), (v) => v.toNumber());
  } else if (p.years !== undefined) {
    cells.years = p.years;
  }

  // Only people who have left owe anything: an end date, or a years-served figure, says they have.
  if (years !== undefined && (p.end !== undefined || p.years !== undefined) && doc.refunds.length > 0) {
    if (p.paid !== undefined) {
      const y = years;
      take("refund", () => E.refund(doc, { received: p.paid!, yearsServed: y, basis: o.basis, reason: p.reason ?? "personal", agreementYears: p.agreementYears }, o), fen);
    } else if (code !== undefined && p.start !== undefined && p.end !== undefined) {
      const c = code;
      take("refund", () => E.schedule(doc, c, p.start!, p.end!, o), (lines) => fen(lines.filter((l) => l.amount?.isNegative()).reduce((s, l) => s.minus(l.amount!), E.ZERO)));
    }
  }

  if (citations.length > 0) cells.basis = E.formatCitations(citations);
  if (errors.length > 0) cells.error = errors.join("；");
  return { cells, policyId: doc.meta.id };
}

export async function fillLedger(table: Table, mapping: Mapping, job: JobOptions): Promise<LedgerResult> {
  const people = table.rows.map((r) => (r.blank ? null : readPerson(r.values, mapping)));
  await loadPoliciesFor(people.filter((p): p is Person => p !== null), job);
  const out: Cells[] = new Array(people.length);
  const byPolicy: Record<string, number> = {};
  let computed = 0;
  let withErrors = 0;
  const run = await inChunks(people, job, (p, i) => {
    if (p === null) {
      out[i] = {};
      return;
    }
    const r = ledgerRow(p, job);
    out[i] = r.cells;
    computed++;
    if (r.cells.error) withErrors++;
    if (r.policyId) byPolicy[r.policyId] = (byPolicy[r.policyId] ?? 0) + 1;
  });
  const done = out.slice(0, run.done);
  // The policy column only says something when rows may differ: a policy column, or cities and dates.
  const policyVaries = mapping.policy !== undefined || mapping.city !== undefined || !job.defaultPolicy;
  const keys = LEDGER_COLUMNS.map((c) => c.key).filter(
    (k) => k === "category" || k === "basis" || k === "error" || (k === "policy" ? policyVaries : done.some((c) => c[k] !== undefined)),
  );
  return {
    headers: keys.map((k) => outputHeader(LEDGER_COLUMNS.find((c) => c.key === k)!.header)),
    keys,
    rows: done.map((c) => keys.map((k) => c[k] ?? null)),
    summary: { rows: table.rows.filter((r) => !r.blank).length, computed, withErrors, byPolicy },
    ...(run.cancelled ? { cancelledAt: run.done } : {}),
  };
}
