import type ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import * as E from "../engine";
import { currentOptions } from "../functions/settings";
import { auditLedger, auditSummarySheet, type AuditResult } from "../jobs/audit";
import { conflictMessages, missingRoles, OUTPUT_MARK, ROLES, type Mapping, type Role } from "../jobs/columns";
import { outputColumns } from "../jobs/rows";
import type { JobOptions } from "../jobs/context";
import { fillLedger, type LedgerKey, type LedgerResult } from "../jobs/ledger";
import type { Table, Value } from "../jobs/table";
import { flag, has, UsageError, type ParsedArgs } from "./args";
import { writeFileAtomic } from "./files";
import { firstFreeColumn, highlightRow, MONEY_FORMAT, pickTable, readWorkbook, styleHeader, writeBlock } from "./xlsx";

/**
 * `talent-policy ledger IN.xlsx -o OUT.xlsx` and `talent-policy audit IN.xlsx -o OUT.xlsx`: the pane's
 * jobs on files. IN is only read; OUT is written whole or not at all, and an existing OUT is kept
 * unless --force says otherwise.
 */

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether progress can be redrawn in place (stderr is a terminal). */
  tty: boolean;
}

function paths(args: ParsedArgs): { input: string; output: string } {
  const input = args.positional[1];
  const output = flag(args, "-o", "--out");
  if (!input) throw new UsageError("请给出输入文件，如 talent-policy ledger 台账.xlsx -o 结果.xlsx");
  if (!output) throw new UsageError("请用 -o 给出输出文件（输入文件不会被修改）");
  if (resolve(input) === resolve(output)) throw new UsageError("输出文件不能与输入文件相同：输入文件不会被修改");
  if (existsSync(output) && !has(args, "--force")) throw new UsageError(`输出文件已存在：${output}（确认覆盖请加 --force）`);
  return { input, output };
}

function progress(io: Io, label: string): (done: number, total: number) => void {
  let lastPct = -1;
  return (done, total) => {
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (io.tty) process.stderr.write(`\r${label} ${done}/${total} 行（${pct}%）`);
    else if (pct >= lastPct + 10 || done === total) {
      io.err(`${label} ${done}/${total} 行（${pct}%）`);
      lastPct = pct;
    }
    if (io.tty && done === total) process.stderr.write("\n");
  };
}

interface Opened {
  wb: ExcelJS.Workbook;
  ws: ExcelJS.Worksheet;
  table: Table;
  mapping: Mapping;
}

async function openTable(args: ParsedArgs, required: Role[][]): Promise<Opened> {
  const wb = await readWorkbook(args.positional[1]!);
  const { ws, table } = pickTable(wb, flag(args, "--sheet"), () => true);
  if (!table) {
    throw new UsageError(`工作表“${ws.name}”的前20行中没有找到表头（应包含如 ${Object.values(ROLES).slice(0, 8).map((r) => r.zh).join("、")} 等列名）`);
  }
  const layout = table.layout!;
  const conflicts = conflictMessages(layout);
  if (conflicts.length > 0) throw new UsageError(`工作表“${ws.name}”：${conflicts.join("；")}`);
  const mapping = layout.mapping;
  const missing = missingRoles(mapping, required);
  if (missing.length > 0) throw new UsageError(`工作表“${ws.name}”缺少这些列：${missing.join("；")}`);
  return { wb, ws, table, mapping };
}

function jobOptions(args: ParsedArgs, io: Io, label: string): JobOptions {
  const policy = flag(args, "--policy");
  if (policy) E.metaOf(policy); // an unknown --policy is a usage error, before any row is read
  return { options: currentOptions(), defaultPolicy: policy, onProgress: progress(io, label), chunkRows: 5000 };
}

export async function ledgerCommand(args: ParsedArgs, io: Io): Promise<void> {
  const { input, output } = paths(args);
  const policyNeeded: Role[][] = flag(args, "--policy") ? [] : [["policy", "city"]];
  const job = jobOptions(args, io, "填充台账");
  const { wb, ws, summary: s } = await fillSheet(args, [...policyNeeded, ["category", "degree", "education", "title", "honors"]], job);

  const notes = wb.addWorksheet(uniqueSheetName(wb, "填充说明"));
  writeBlock(notes, 1, 1, [
    ["填充台账说明", ""],
    ["输入文件", input],
    ["工作表", ws.name],
    ["计算行数", s.computed],
    ["有错误的行", s.withErrors],
    ...Object.entries(s.byPolicy).map(([id, n]) => [`适用 ${E.metaOf(id).title}（${id}）`, n]),
    ["", ""],
    ["计算口径", ""],
    [`服务年限按${E.BASIS_ZH[job.options.basis]}计；离职日期当天${job.options.endDateCounts ? "" : "不"}计入服务期`, ""],
    [E.ROUNDING_RULE.zh, ""],
    [`新增列以“${OUTPUT_MARK}”开头，删除这些列即恢复原台账；每行的“依据”列给出所依据的条款`, ""],
  ]);
  notes.getColumn(1).width = 60;
  writeFileAtomic(output, new Uint8Array(await wb.xlsx.writeBuffer()));
  io.out(`已填充 ${s.computed} 行（其中 ${s.withErrors} 行有错误，见“错误”列）→ ${output}`);
}

/**
 * Reads the ledger, computes it and writes its columns into the sheet; returns the workbook and the summary
 * only, so that the rows read and computed are garbage before the workbook is serialised (on large
 * ledgers that is the peak of memory and of garbage collection).
 */
async function fillSheet(args: ParsedArgs, required: Role[][], job: JobOptions): Promise<Written<LedgerResult["summary"]>> {
  const { wb, ws, table, mapping } = await openTable(args, required);
  const result = await fillLedger(table, mapping, job);
  const formats = result.keys.map((k) => (MONEY_KEYS.has(k) ? MONEY_FORMAT : undefined));
  writeOutputs(ws, table, result.headers, result.rows, formats);
  return { wb, ws, summary: result.summary };
}

interface Written<S> {
  wb: ExcelJS.Workbook;
  ws: ExcelJS.Worksheet;
  summary: S;
}

const MONEY_KEYS = new Set<LedgerKey>(["housing", "settlement", "allowance", "rent", "yearly", "car", "refund"]);

export async function auditCommand(args: ParsedArgs, io: Io): Promise<void> {
  const { input, output } = paths(args);
  const policyNeeded: Role[][] = flag(args, "--policy") ? [] : [["policy", "city"]];
  const job = jobOptions(args, io, "退款审计");
  const { wb, summary: audit } = await auditSheet(args, [...policyNeeded, ["paid"], ["recordedRefund"], ["years", "end"]], job, input);

  const summary = wb.addWorksheet(uniqueSheetName(wb, "退款审计汇总"));
  writeBlock(summary, 1, 1, audit.rows);
  summary.getColumn(1).width = 40;
  summary.getColumn(2).width = 24;
  summary.getColumn(3).width = 50;
  writeFileAtomic(output, new Uint8Array(await wb.xlsx.writeBuffer()));
  const s = audit.totals;
  io.out(`已复核 ${s.checked} 行：一致 ${s.matched}，不一致 ${s.mismatched}，无法复核 ${s.unchecked}；差额合计 ${E.formatYuan(s.totalDifference)} 元 → ${output}`);
}

/** Like `fillSheet`, for the audit: its columns and highlights written; returns the summary sheet's rows. */
async function auditSheet(args: ParsedArgs, required: Role[][], job: JobOptions, input: string): Promise<Written<{ rows: Value[][]; totals: AuditResult["summary"] }>> {
  const { wb, ws, table, mapping } = await openTable(args, required);
  const result = await auditLedger(table, mapping, job);
  const cols = writeOutputs(ws, table, result.headers, result.rows, [MONEY_FORMAT, MONEY_FORMAT]);
  for (const i of result.mismatches) for (const c of cols) highlightRow(ws, table.rows[i]!.index + 1, c, 1);
  return { wb, ws, summary: { rows: auditSummarySheet(result, `${input}（${ws.name}）`), totals: result.summary } };
}

/**
 * Writes the output columns: over the columns an earlier run wrote (same 【人才政策】 header), the others
 * right of everything used — so a job run again on its own output updates it instead of adding a copy.
 */
function writeOutputs(ws: ExcelJS.Worksheet, table: Table, headers: string[], rows: Value[][], formats: (string | undefined)[]): number[] {
  const cols = outputColumns(table.layout!, headers, firstFreeColumn(ws) - 1).map((c) => c + 1);
  headers.forEach((h, j) => {
    writeBlock(ws, table.headerRow + 1, cols[j]!, [[h]]);
    styleHeader(ws, table.headerRow + 1, cols[j]!, 1);
  });
  table.rows.forEach((r, i) => rows[i]!.forEach((v, j) => writeBlock(ws, r.index + 1, cols[j]!, [[v]], [formats[j]])));
  return cols;
}

export function uniqueSheetName(wb: ExcelJS.Workbook, base: string): string {
  let name = base;
  for (let i = 2; wb.getWorksheet(name); i++) name = `${base}${i}`;
  return name;
}
