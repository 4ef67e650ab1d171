import * as E from "../engine";
import { currentOptions } from "../functions/settings";
import { AUDIT_HEADERS, auditRow, auditSummarySheet, type AuditResult, type RuleUsed } from "../jobs/audit";
import { matchColumns, OUTPUT_MARK, type Mapping, type Role } from "../jobs/columns";
import type { JobOptions } from "../jobs/context";
import { LEDGER_COLUMNS, ledgerRow, outputHeader, type LedgerKey } from "../jobs/ledger";
import { readPerson } from "../jobs/person";
import { isBlankValue, type Value } from "../jobs/table";
import { flag, flags, UsageError, type ParsedArgs } from "./args";
import { writeStreamAtomic } from "./files";
import { assemble, cellXml, simpleSheet, uniqueSheetName } from "./ooxml/assemble";
import { openWorkbook } from "./ooxml/open";
import { columnIndex, columnLetters, scanSheet, type RowRead } from "./ooxml/sheet";
import { addOurStyles, MINIMAL_STYLES } from "./ooxml/styles";
import { lastUsedColumn, MAX_COLUMNS } from "./ooxml/survey";
import { escapeXml } from "./ooxml/xml";
import { checkOutput, checkProtected, type Io } from "./outputs";
import { applyMap, checkRoles, checkUncached, chooseTable, describeMapping, previousOutput } from "./table";

/**
 * `talent-policy ledger IN.xlsx -o OUT.xlsx` and `talent-policy audit IN.xlsx -o OUT.xlsx`, streamed: the
 * package is read twice (pass 1 finds the sheet, its header and extent; pass 2 computes each row as it
 * passes and splices our cells into it), so memory does not grow with the rows. Every part but the
 * target sheet, the styles, the workbook, its relationships and the content types is copied as stored.
 */

interface Context {
  input: string;
  sheetName: string;
  sheetNote: string;
  mappingLines: string[];
  protectedKept: boolean;
}

interface SheetOut {
  name: string;
  rows: Value[][];
  widths: number[];
  bold: number[];
}

interface JobSpec {
  label: string;
  required: Role[][];
  /** Our columns: their headers, and which hold money. */
  columns: (mapping: Mapping) => { headers: string[]; money: boolean[] };
  /** One data row's cells, and whether it is highlighted. */
  row: (values: Value[], mapping: Mapping) => { cells: Value[]; mark?: boolean };
  /** The sheets we add, rendered after the ledger has streamed (their totals are complete then). */
  sheets: (ctx: Context) => SheetOut[];
  done: () => string;
}

function progress(io: Io, label: string): (done: number, total: number) => void {
  let lastPct = -1;
  return (done, total) => {
    const pct = total === 0 ? 100 : Math.min(100, Math.floor((done / total) * 100));
    if (io.tty) process.stderr.write(`\r${label} ${done}/${total} 行（${pct}%）${done === total ? "\n" : ""}`);
    else if (pct >= lastPct + 10 || done === total) {
      io.err(`${label} ${done}/${total} 行（${pct}%）`);
      lastPct = pct;
    }
  };
}

function jobOptions(args: ParsedArgs): JobOptions {
  const policy = flag(args, "policy");
  if (policy) E.metaOf(policy); // an unknown --policy is a usage error, before any row is read
  return { options: currentOptions(), defaultPolicy: policy };
}

/** <dimension ref="A1:L100"/> widened to our last column. */
function widenDimension(text: string, lastCol: number): string {
  return text.replace(/(\sref=")([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/, (_m, pre: string, c1: string, r1: string, c2?: string, r2?: string) => {
    const end = Math.max(columnIndex(c2 ?? c1), lastCol);
    return `${pre}${c1}${r1}:${columnLetters(end)}${r2 ?? r1}"`;
  });
}

/**
 * <cols> with our columns visible and wide enough: a range that covers them (sheets often hide every unused
 * column, or give them a style) is split around them; nothing else changes.
 */
export function ourColumns(text: string | undefined, prefix: string, first: number, count: number): string {
  const lo = first + 1;
  const hi = first + count; // 1-based, inclusive
  const ours = `<${prefix}col min="${lo}" max="${hi}" width="18" customWidth="1"/>`;
  if (text === undefined) return `<${prefix}cols>${ours}</${prefix}cols>`;
  const open = /^<[^>]*>/.exec(text)![0];
  if (open.endsWith("/>")) return `${open.replace(/\s*\/>$/, ">")}${ours}</${prefix}cols>`;
  const body = text.slice(open.length, text.lastIndexOf("<"));
  const close = text.slice(text.lastIndexOf("<"));
  const pieces: { min: number; text: string }[] = [{ min: lo, text: ours }];
  for (const m of body.matchAll(/<(?:\w+:)?col\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?col>)/g)) {
    const t = m[0];
    const min = Number(/\smin="(\d+)"/.exec(t)?.[1] ?? 0);
    const max = Number(/\smax="(\d+)"/.exec(t)?.[1] ?? 0);
    if (max < lo || min > hi) {
      pieces.push({ min, text: t });
      continue;
    }
    const set = (a: number, b: number) => t.replace(/(\smin=")\d+"/, `$1${a}"`).replace(/(\smax=")\d+"/, `$1${b}"`);
    if (min < lo) pieces.push({ min, text: set(min, lo - 1) });
    if (max > hi) pieces.push({ min: hi + 1, text: set(hi + 1, max) });
  }
  pieces.sort((a, b) => a.min - b.min);
  return `${open}${pieces.map((p) => p.text).join("")}${close}`;
}

async function runJob(args: ParsedArgs, io: Io, spec: JobSpec): Promise<void> {
  const { input, output } = checkOutput(args, [".xlsx", ".xlsm"]);
  const wb = await openWorkbook(input);
  try {
    await E.loadAllPolicies();
    const chosen = await chooseTable(wb, flag(args, "sheet"), () => true);
    const { survey, sheetNote } = chosen;
    const table = chosen.table;
    if (!table) throw new UsageError(`工作表“${survey.sheet.name}”的前20行中没有找到表头（应包含如 姓名、学历、学位、职称、引进日期、已发金额 等列名）`);
    const { mapping, overridden } = applyMap(matchColumns(table.headers), table.headers, flags(args, "map"));
    checkRoles(mapping, spec.required, survey.sheet);
    checkUncached(survey, mapping, table.headerRow);
    const protectedKept = checkProtected(survey, args);
    const mappingLines = describeMapping(mapping, table.headers, overridden);
    io.err(`工作表：${sheetNote}`);
    io.err(`列对应：${mappingLines.join("；")}`);

    const { headers, money } = spec.columns(mapping);
    const previous = previousOutput(table.headers, survey);
    const first = previous ? previous.first : lastUsedColumn(survey) + 1;
    const count = Math.max(headers.length, previous ? previous.last - previous.first + 1 : 0);
    if (first + headers.length > MAX_COLUMNS) throw new UsageError(`工作表“${survey.sheet.name}”已用到最后一列（XFD），右侧没有位置写结果列`);

    const { xml: stylesXml, styles } = addOurStyles(wb.info.stylesXml ?? MINIMAL_STYLES);
    const total = Math.max(0, survey.lastRow - table.headerRow);
    const report = progress(io, spec.label);
    let seen = 0;
    const width = Math.max(table.headers.length, first);
    const ref = (c: number, r: number) => `${columnLetters(first + c)}${r + 1}`;
    const cellsFor = (row: RowRead): string => {
      const p = row.prefix;
      if (row.index === table.headerRow) return headers.map((h, i) => cellXml(ref(i, row.index), h, ` s="${styles.header}"`, p)).join("");
      if (row.index < table.headerRow) return "";
      if (++seen % 5000 === 0) report(Math.min(seen, total), total);
      const values: Value[] = new Array(width).fill(null);
      let blank = true;
      for (const c of row.cells) {
        if (c.col >= width || (previous && c.col >= first)) continue;
        values[c.col] = c.value;
        if (!isBlankValue(c.value)) blank = false;
      }
      if (blank) return "";
      const r = spec.row(values, mapping);
      let xml = "";
      r.cells.forEach((v, i) => {
        const isMoney = money[i] && typeof v === "number";
        const s = r.mark ? (isMoney ? styles.markMoney : styles.mark) : isMoney ? styles.money : undefined;
        xml += cellXml(ref(i, row.index), v, s === undefined ? "" : ` s="${s}"`, p);
      });
      return xml;
    };

    const target = survey.sheet.part;
    const text = scanSheet(await wb.pkg.stream(target), wb.ctx, {}, {
      first,
      count,
      cellsFor,
      dimension: (t) => widenDimension(t, first + headers.length - 1),
      cols: (t, prefix) => ourColumns(t, prefix, first, headers.length),
    });
    const ctx: Context = { input, sheetName: survey.sheet.name, sheetNote, mappingLines, protectedKept };
    const names = wb.info.sheets.map((s) => s.name);
    let rendered: SheetOut[] | undefined;
    const sheetsOut = () => (rendered ??= spec.sheets(ctx));
    // The names are needed before the ledger streams (the workbook part lists them); the rows only after.
    const planned = spec.sheets({ ...ctx }).map((s, i) => {
      const name = uniqueSheetName(names, s.name);
      names.push(name);
      return {
        name,
        xml: () => {
          const o = sheetsOut()[i]!;
          return simpleSheet(o.rows, { widths: o.widths, bold: new Set(o.bold), boldStyle: styles.header });
        },
      };
    });
    await writeStreamAtomic(output, (out) => assemble(wb, { target: { part: target, text }, styles: stylesXml, sheets: planned }, out));
    report(total, total);
    io.out(`${spec.done()} → ${output}`);
  } finally {
    wb.pkg.close();
  }
}

const MONEY_KEYS = new Set<LedgerKey>(["housing", "settlement", "allowance", "rent", "yearly", "car", "refund"]);

/**
 * The ledger's columns, fixed before the rows stream: a benefit column is there when some policy the rows
 * may use has that benefit for some category (with --policy, that one policy); service years and the
 * refund when the sheet has the dates or years they need.
 */
function ledgerKeys(mapping: Mapping, job: JobOptions): LedgerKey[] {
  const docs = job.defaultPolicy && mapping.policy === undefined && mapping.city === undefined ? [E.policyOf(job.defaultPolicy)] : E.allPolicies();
  const possible = new Set<LedgerKey>();
  for (const doc of docs) {
    for (const cat of doc.categories) {
      const p = readPerson([cat.code, doc.meta.id], { category: 0, policy: 1 });
      for (const [k, v] of Object.entries(ledgerRow(p, job).cells)) if (v !== undefined && v !== null) possible.add(k as LedgerKey);
    }
  }
  const has = (r: Role) => mapping[r] !== undefined;
  const policyVaries = has("policy") || has("city") || !job.defaultPolicy;
  return LEDGER_COLUMNS.map((c) => c.key).filter((k) => {
    switch (k) {
      case "policy":
        return policyVaries;
      case "category":
      case "basis":
      case "error":
        return true;
      case "eligible":
        return has("birth") || has("age");
      case "years":
        return (has("start") && has("end")) || has("years");
      case "refund":
        return has("end") || has("years");
      default:
        return possible.has(k);
    }
  });
}

export async function ledgerCommand(args: ParsedArgs, io: Io): Promise<void> {
  const job = jobOptions(args);
  let keys: LedgerKey[] = [];
  const s = { computed: 0, withErrors: 0, byPolicy: {} as Record<string, number> };
  await runJob(args, io, {
    label: "填充台账",
    required: [...(job.defaultPolicy ? [] : [["policy", "city"] as Role[]]), ["category", "degree", "education", "title", "honors"]],
    columns: (mapping) => {
      keys = ledgerKeys(mapping, job);
      return { headers: keys.map((k) => outputHeader(LEDGER_COLUMNS.find((c) => c.key === k)!.header)), money: keys.map((k) => MONEY_KEYS.has(k)) };
    },
    row: (values, mapping) => {
      const r = ledgerRow(readPerson(values, mapping), job);
      s.computed++;
      if (r.cells.error) s.withErrors++;
      if (r.policyId) s.byPolicy[r.policyId] = (s.byPolicy[r.policyId] ?? 0) + 1;
      return { cells: keys.map((k) => r.cells[k] ?? null) };
    },
    sheets: (ctx) => [
      {
        name: "填充说明",
        widths: [60, 40],
        bold: [0, 8, 9 + ctx.mappingLines.length + 1],
        rows: [
          ["填充台账说明", ""],
          ["输入文件", ctx.input],
          ["工作表", ctx.sheetNote],
          ["计算行数", s.computed],
          ["有错误的行", s.withErrors],
          ...Object.entries(s.byPolicy).map(([id, n]): Value[] => [`适用 ${E.metaOf(id).title}（${id}）`, n]),
          ["", ""],
          ["", ""],
          ["列对应（表头 → 角色；可用 --map 角色=列名 改）", ""],
          ...ctx.mappingLines.map((l): Value[] => [l, ""]),
          ["", ""],
          ["计算口径", ""],
          [`服务年限按${E.BASIS_ZH[job.options.basis]}计；离职日期当天${job.options.endDateCounts ? "" : "不"}计入服务期`, ""],
          [E.ROUNDING_RULE.zh, ""],
          ...restoreNote(ctx),
        ],
      },
    ],
    done: () => `已填充 ${s.computed} 行（其中 ${s.withErrors} 行有错误，见“错误”列）`,
  });
}

function restoreNote(ctx: Context): Value[][] {
  return [
    [`新增列以“${OUTPUT_MARK}”开头，写在工作表“${ctx.sheetName}”原有内容的右侧；删除这些列（和本说明工作表）即恢复原台账的内容。每行的“依据”列给出所依据的条款`, ""],
    ...(ctx.protectedKept ? [["该工作表设有保护（按 --force 写入）：保护仍在，删除新增列前须先“撤销工作表保护”", ""] as Value[]] : []),
  ];
}

export async function auditCommand(args: ParsedArgs, io: Io): Promise<void> {
  const job = jobOptions(args);
  const acc = auditTotals();
  await runJob(args, io, {
    label: "退款审计",
    required: [...(job.defaultPolicy ? [] : [["policy", "city"] as Role[]]), ["paid"], ["recordedRefund"], ["years", "end"]],
    columns: () => ({ headers: AUDIT_HEADERS, money: [true, true, false, false, false] }),
    row: (values, mapping) => {
      const a = auditRow(readPerson(values, mapping), job);
      acc.add(a);
      return { cells: [a.recomputed && E.fenNumber(a.recomputed), a.difference && E.fenNumber(a.difference), a.verdict, a.basis, a.note], mark: a.verdict === "不一致" };
    },
    sheets: (ctx) => {
      const rows = auditSummarySheet(acc.result(job), `${ctx.input}（${ctx.sheetName}）`);
      const more: Value[][] = [["", ""], ["说明", ""], ["工作表", ctx.sheetNote], ["列对应", ""], ...ctx.mappingLines.map((l): Value[] => ["", l]), ...restoreNote(ctx)];
      return [{ name: "退款审计汇总", widths: [40, 24, 50, 10], bold: [0, 3, 12, 13, rows.length + 1], rows: [...rows, ...more] }];
    },
    done: () => {
      const t = acc.result(job).summary;
      return `已复核 ${t.checked} 行：一致 ${t.matched}，不一致 ${t.mismatched}，无法复核 ${t.unchecked}；差额合计 ${E.formatYuan(t.totalDifference)} 元`;
    },
  });
}

/** The audit's totals, row by row (what auditLedger sums over a whole table). */
function auditTotals() {
  let matched = 0;
  let mismatched = 0;
  let unchecked = 0;
  let total = E.ZERO;
  let over = E.ZERO;
  let under = E.ZERO;
  const rules = new Map<string, RuleUsed>();
  return {
    add(a: ReturnType<typeof auditRow>) {
      if (a.verdict === "一致") matched++;
      else if (a.verdict === "无法复核") unchecked++;
      else mismatched++;
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
    },
    result(job: JobOptions): AuditResult {
      const o = job.options;
      return {
        headers: AUDIT_HEADERS,
        rows: [],
        mismatches: [],
        summary: {
          checked: matched + mismatched + unchecked,
          matched,
          mismatched,
          unchecked,
          totalDifference: total,
          overClaimed: over,
          underClaimed: under,
          rules: [...rules.values()],
          readings: [`服务年限：${E.BASIS_ZH[o.basis]}计（选项 basis）`, `离职日期当天${o.endDateCounts ? "计入" : "不计入"}服务期（选项 endDateCounts）`, "未填离开原因的按个人原因（主动离职）复核", E.ROUNDING_RULE.zh],
        },
      };
    },
  };
}

export { escapeXml };
