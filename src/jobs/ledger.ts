import type Decimal from "decimal.js";
import * as E from "../engine";
import { refundWayBar, wayExcludes } from "./refund-way";
import { describeMapping, layoutOf, OUTPUT_MARK, type Layout, type Mapping, type Role } from "./columns";
import { inChunks, loadPoliciesFor, messageOf, policyOfRow, Ungoverned, type JobOptions } from "./context";
import { notAPerson, readPerson, type Person } from "./person";
import { MONEY, type RowJob, type RowOutput } from "./rows";
import type { Table, Value } from "./table";

/**
 * 填充台账: for each person of a roster, the category, what the category is entitled to, the years served
 * and what leaving costs — each row with the articles it rests on and its own error cell, so that a bad
 * row never stops the others. On a disbursement ledger (one row per 补贴项目) each row gets its own item's
 * standard and refund instead of every benefit of the person.
 */

export const LEDGER_COLUMNS = [
  { key: "policy", header: "适用政策" },
  { key: "category", header: "人才类别" },
  { key: "eligible", header: "符合引进条件" },
  { key: "item", header: "补贴项目" },
  { key: "itemStandard", header: "本项目标准（元）" },
  { key: "itemUnit", header: "本项目标准单位" },
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
  { key: "note", header: "说明" },
  { key: "error", header: "错误" },
] as const;

export type LedgerKey = (typeof LEDGER_COLUMNS)[number]["key"];
type Cells = Partial<Record<LedgerKey, Value>>;

const ITEM_KEYS: readonly LedgerKey[] = ["item", "itemStandard", "itemUnit"];
const BENEFIT_KEYS: readonly LedgerKey[] = ["housing", "settlement", "allowance", "rent", "yearly", "car", "area"];
const MONEY_KEYS = new Set<LedgerKey>(["itemStandard", "housing", "settlement", "allowance", "rent", "yearly", "car", "refund"]);

export interface LedgerSummary {
  rows: number;
  computed: number;
  withErrors: number;
  byPolicy: Record<string, number>;
  /** Rows not computed: totals and rows without a person (sheet row, 1-based, and why). */
  skipped: { row: number; why: string }[];
  /** Rows no encoded document governs (introduction date outside the validity). */
  ungoverned: number;
}

export interface LedgerResult {
  /** The output columns that carry something, with their headers (marked as the add-in's). */
  headers: string[];
  keys: LedgerKey[];
  /** One row of outputs per table row; blank table rows get blank outputs. */
  rows: Value[][];
  summary: LedgerSummary;
  cancelledAt?: number;
}

export function outputHeader(header: string): string {
  return `${OUTPUT_MARK}${header}`;
}

function fen(d: Decimal): number {
  return E.fenNumber(d);
}

/** The standard of a ledger item for a category: an amount and its unit, with the article. */
export function itemStandard(doc: E.PolicyDocument, item: E.ItemKey, code: string): { amount: number; unit: string; article: E.ArticleRef } | undefined {
  for (const b of E.benefitsOfItem(doc, item, code)) {
    const a = (b as { amounts?: Record<string, unknown> }).amounts?.[code] ?? (b as { amounts?: Record<string, unknown> }).amounts?.["*"];
    if (!a) continue;
    if (b.kind === "lumpSum") return { amount: (a as E.LumpSumAmount).total, unit: "元", article: E.articleFor(b, code) };
    if (b.kind === "monthly") return { amount: (a as { perMonth: number }).perMonth, unit: "元/月", article: E.articleFor(b, code) };
    if (b.kind === "yearly") return { amount: (a as E.YearlyAmount).perYear, unit: "元/年", article: E.articleFor(b, code) };
  }
  return undefined;
}

/** The cells a category is derived from. */
const PROFILE_ROLES: readonly Role[] = ["degree", "education", "title", "school", "urgentMajor", "honors", "way"];

/** Computes one person's outputs. */
export function ledgerRow(p: Person, job: JobOptions, itemMode = false): { cells: Cells; policyId?: string; ungoverned?: boolean } {
  const errors = [...p.errors];
  const notes: string[] = [];
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
    return { cells: { error: [...errors, `无法计算：${messageOf(e)}`].join("；") }, ungoverned: e instanceof Ungoverned };
  }
  cells.policy = doc.meta.id;
  const o = job.options;

  let code: string | undefined;
  try {
    if (p.categoryWord) code = E.categoryOf(doc, p.categoryWord).code;
    else if (PROFILE_ROLES.some((r) => p.unreadable.has(r))) {
      // An unread word is not a blank: a 称号 the reader does not know may be the one that puts the person in a
      // higher class, so no class (and no amount) is derived until the cell is corrected.
      errors.push("人才类别：上述内容无法识别，未判定类别（改正后重新运行）");
    } else {
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
    try {
      const age = p.age ?? (p.birth !== undefined && p.start !== undefined ? E.ageOn(p.birth, p.start) : undefined);
      if (age !== undefined) take("eligible", () => E.eligible(doc, c, age, p.exclusions, p.profile.honors, o), (v) => (v ? "是" : "否"));
    } catch (e) {
      errors.push(messageOf(e));
    }
    if (itemMode) {
      if (p.item !== undefined) {
        cells.item = p.item;
        const excluded = wayExcludes(doc, p, c, o);
        const s = excluded ? undefined : itemStandard(doc, p.item, c);
        if (excluded) notes.push(excluded);
        else if (s) {
          cells.itemStandard = s.amount;
          cells.itemUnit = s.unit;
          citations.push(...E.cite(doc, s.article));
        } else notes.push(`《${doc.meta.title}》没有给${c}的“${p.item}”标准`);
      }
    } else {
      // The 引进方式 column decides benefits bound to a way (张掖 第十四条第（二）（三）项 全职, 吐鲁番 第八条 刚性).
      const way = take(null, () => E.result(E.statedWay(p.profile), [], () => []), () => null);
      take("housing", () => E.housingSubsidy(doc, c, way, o), fen);
      take("settlement", () => E.settlement(doc, c, { way }, o), fen);
      take("allowance", () => E.allowance(doc, c, undefined, o, way), fen);
      take("rent", () => E.rentSubsidy(doc, c, undefined, way, o), fen);
      take("yearly", () => E.yearlySubsidy(doc, c, {}, o), fen);
      take("car", () => E.carSubsidy(doc, c), fen);
      take("area", () => E.housingArea(doc, c), (v) => v);
    }
  }

  let years: Decimal | number | undefined = p.years;
  if (p.start !== undefined && p.end !== undefined) {
    years = take("years", () => E.serviceYears(p.start!, p.end!, o.basis, o.endDateCounts), (v) => v.toNumber());
  } else if (p.years !== undefined) {
    cells.years = p.years;
  }

  const refundOf = (y: Decimal | number) =>
    E.refund(doc, { received: p.paid!, yearsServed: y, basis: o.basis, reason: p.reason ?? "personal", agreementYears: p.agreementYears, item: p.item, options: o });
  if (doc.refunds.length > 0 && p.stillEmployed && p.years === undefined) {
    cells.refund = 0;
    notes.push("离职日期为空或写明在职：未离职，不退还");
  } else if (years !== undefined && (p.end !== undefined || p.years !== undefined) && doc.refunds.length > 0) {
    // Only people who have left owe anything: an end date, or a years-served figure, says they have.
    const barred = p.paid !== undefined ? refundWayBar(doc, p, code, o) : undefined;
    if (barred) errors.push(`应退金额：${barred}`);
    else if (p.paid !== undefined) {
      const y = years;
      const r = take("refund", () => refundOf(y), fen);
      if (r !== undefined && p.item !== undefined && r.isZero()) {
        const t = refundOf(y).trace();
        if (t[0]?.includes("不退还")) notes.push(t[0]);
      }
      if (p.item === undefined && r !== undefined) notes.push(assumedItems(doc, p, o));
    } else if (!itemMode && code !== undefined && p.start !== undefined && p.end !== undefined) {
      const c = code;
      take("refund", () => E.schedule(doc, c, p.start!, p.end!, o, E.statedWay(p.profile)), (lines) => fen(lines.filter((l) => l.amount?.isNegative()).reduce((s, l) => s.minus(l.amount!), E.ZERO)));
    }
  }

  if (citations.length > 0) cells.basis = E.formatCitations(citations);
  if (notes.length > 0) cells.note = notes.join("；");
  if (errors.length > 0) cells.error = errors.join("；");
  return { cells, policyId: doc.meta.id };
}

/** “未给出补贴项目：按第十四条第（三）项所列的购房补贴计” — the item assumed for a document without an item column. */
export function assumedItems(doc: E.PolicyDocument, p: Pick<Person, "reason">, o: E.Options): string {
  const rule = doc.refunds.find((r) => r.kind === "proportional") ?? doc.refunds.find((r) => r.kind === "allReceived" && (p.reason === "probation") === (r.trigger === "probationFailure")) ?? doc.refunds[0];
  if (!rule) return "";
  return `未给出补贴项目：按${rule.article.label}所列的${E.refundedItems(doc, rule, o).join("、")}计`;
}

/** The output columns a ledger gets before any row is seen (the streamed command line writes them all). */
export function ledgerKeys(layout: Pick<Layout, "mapping">, job: JobOptions): LedgerKey[] {
  const itemMode = layout.mapping.item !== undefined;
  const docs =
    job.defaultPolicy && layout.mapping.policy === undefined && layout.mapping.city === undefined ? [E.policyOf(job.defaultPolicy)] : E.allPolicies();
  const has = (k: LedgerKey): boolean => {
    switch (k) {
      case "housing":
        return docs.some((d) => d.benefits.some((b) => b.kind === "lumpSum" && b.role === "purchaseSubsidy"));
      case "settlement":
        return docs.some((d) => d.benefits.some((b) => b.kind === "lumpSum" && b.role === "settlement"));
      case "car":
        return docs.some((d) => d.benefits.some((b) => b.kind === "lumpSum" && b.role === "carSubsidy"));
      case "allowance":
        return docs.some((d) => d.benefits.some((b) => b.kind === "monthly"));
      case "rent":
        return docs.some((d) => d.benefits.some((b) => b.kind === "yearly" && b.role === "rentSubsidy"));
      case "yearly":
        return docs.some((d) => d.benefits.some((b) => b.kind === "yearly" && b.role === "yearlySubsidy"));
      case "area":
        return docs.some((d) => d.benefits.some((b) => b.kind === "housing"));
      default:
        return true;
    }
  };
  return LEDGER_COLUMNS.map((c) => c.key).filter((k) => {
    if (ITEM_KEYS.includes(k)) return itemMode;
    if (BENEFIT_KEYS.includes(k)) return !itemMode && has(k);
    if (k === "policy") return layout.mapping.policy !== undefined || layout.mapping.city !== undefined || !job.defaultPolicy;
    return true;
  });
}

/**
 * The ledger fill one row at a time (the command line streams a sheet through it; `fillLedger` runs a
 * whole table for the pane). Loads every document first; then `row` is synchronous.
 */
export async function startLedger(layout: Pick<Layout, "mapping" | "factors">, job: JobOptions): Promise<RowJob<LedgerSummary>> {
  await loadPoliciesFor([], job);
  const keys = ledgerKeys(layout, job);
  const itemMode = layout.mapping.item !== undefined;
  const summary: LedgerSummary = { rows: 0, computed: 0, withErrors: 0, byPolicy: {}, skipped: [], ungoverned: 0 };
  const blank = keys.map(() => null);
  return {
    headers: keys.map((k) => outputHeader(LEDGER_COLUMNS.find((c) => c.key === k)!.header)),
    keys,
    formats: keys.map((k) => (MONEY_KEYS.has(k) ? MONEY : undefined)),
    row(values: readonly Value[], sheetRow?: number): RowOutput {
      if (values.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""))) return { cells: blank };
      summary.rows++;
      const skip = notAPerson(values, layout.mapping);
      if (skip) {
        summary.skipped.push({ row: (sheetRow ?? -1) + 1, why: skip });
        return { cells: blank, skipped: skip };
      }
      const r = ledgerRow(readPerson(values, layout.mapping, layout), job, itemMode);
      summary.computed++;
      if (r.cells.error) summary.withErrors++;
      if (r.ungoverned) summary.ungoverned++;
      if (r.policyId) summary.byPolicy[r.policyId] = (summary.byPolicy[r.policyId] ?? 0) + 1;
      return { cells: keys.map((k) => r.cells[k] ?? null) };
    },
    summary: () => summary,
    notes: (source: string) => ledgerNotes(summary, source, job, layout as Layout),
  };
}

/** The 填充说明 sheet: what was computed under which document, the rows left out, the readings and the mapping. */
export function ledgerNotes(s: LedgerSummary, source: string, job: JobOptions, layout?: Layout): Value[][] {
  return [
    ["填充台账说明", ""],
    ["输入", source],
    ["计算行数", s.computed],
    ["有错误的行", s.withErrors],
    ["不在适用文件施行期内（无法计算）的行", s.ungoverned],
    ...Object.entries(s.byPolicy).map(([id, n]): Value[] => [`适用 ${E.metaOf(id).title}（${id}）`, n]),
    ...s.skipped.map((k): Value[] => [`未计算：第${k.row}行`, k.why]),
    ["", ""],
    ["计算口径", ""],
    [`服务年限按${E.BASIS_ZH[job.options.basis]}计；离职日期当天${job.options.endDateCounts ? "" : "不"}计入服务期；离职日期为空或写“无、在职、—、/”的按未离职`, ""],
    [E.ROUNDING_RULE.zh, ""],
    [`新增列以“${OUTPUT_MARK}”开头，删除这些列即恢复原台账；再次填充时更新这些列，不会重复新增；每行的“依据”列给出所依据的条款`, ""],
    ...(layout && "headers" in layout ? [["", ""], ["列的对应", ""], ...describeMapping(layout).map((l): Value[] => [l, ""])] : []),
  ];
}

/** The whole table at once (the pane): rows in chunks with progress; columns with nothing in them left out. */
export async function fillLedger(table: Table, mapping: Mapping, job: JobOptions): Promise<LedgerResult> {
  const layout = { ...(table.layout ?? layoutOf(table.headers)), mapping };
  const rowJob = await startLedger(layout, job);
  const out: Value[][] = new Array(table.rows.length);
  const run = await inChunks(table.rows, job, (r, i) => {
    out[i] = rowJob.row(r.values, r.index).cells;
  });
  const done = out.slice(0, run.done);
  const keep = rowJob.keys.map((k, j) => ["category", "basis", "error", "policy"].includes(k) || done.some((row) => row[j] !== null && row[j] !== undefined));
  const keys = rowJob.keys.filter((_, j) => keep[j]) as LedgerKey[];
  return {
    headers: rowJob.headers.filter((_, j) => keep[j]),
    keys,
    rows: done.map((row) => row.filter((_, j) => keep[j])),
    summary: rowJob.summary(),
    ...(run.cancelled ? { cancelledAt: run.done } : {}),
  };
}
