import * as E from "../engine";
import { currentOptions } from "../functions/settings";
import { AUDIT_HEADERS, startAudit } from "../jobs/audit";
import { describeMapping, OUTPUT_MARK, type Layout, type Role } from "../jobs/columns";
import type { JobOptions } from "../jobs/context";
import { startLedger } from "../jobs/ledger";
import { MergedRows } from "../jobs/merged-rows";
import { MONEY, outputColumns, type RowJob } from "../jobs/rows";
import type { Value } from "../jobs/table";
import { flag, flags, UsageError, type ParsedArgs } from "./args";
import { writeStreamAtomic } from "./files";
import { assemble, cellXml, simpleSheet, uniqueSheetName } from "./ooxml/assemble";
import { openWorkbook, type OpenedWorkbook } from "./ooxml/open";
import { columnIndex, columnLetters, readSheet, scanSheet, type RowRead } from "./ooxml/sheet";
import { addOurStyles, MINIMAL_STYLES } from "./ooxml/styles";
import { lastUsedColumn, MAX_COLUMNS } from "./ooxml/survey";
import { checkOutput, checkProtected, type Io } from "./outputs";
import { checkRoles, checkUncached, chooseSheet, mapped } from "./table";

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
  protectedKept: boolean;
}

interface JobSpec<S> {
  label: string;
  /** The role groups the job cannot do without. */
  required: (job: JobOptions) => Role[][];
  start: (layout: Layout, job: JobOptions) => Promise<RowJob<S>>;
  sheet: string;
  done: (s: S) => string;
  /** Whether a 【人才政策】 column found in the sheet is this job's (an earlier run's), not the other job's. */
  owns: (header: string) => boolean;
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

/** Our columns in runs of adjacent columns: [first, count] each. */
function runs(cols: readonly number[]): [number, number][] {
  const sorted = [...cols].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else out.push([c, 1]);
  }
  return out;
}

async function runJob<S>(args: ParsedArgs, io: Io, spec: JobSpec<S>): Promise<void> {
  const { input, output } = checkOutput(args, [".xlsx", ".xlsm"]);
  const job = jobOptions(args);
  const wb = await openWorkbook(input);
  try {
    const t0 = Date.now();
    const chosen = await chooseSheet(wb, flag(args, "sheet"), () => true);
    if (process.env.TALENT_DEBUG) io.err(`pass 1: ${Date.now() - t0} ms, cpu ${(process.cpuUsage().user / 1000).toFixed(0)} ms`);
    const { survey, sheetNote } = chosen;
    const sheetName = survey.sheet.name;
    if (!chosen.layout) throw new UsageError(`工作表“${sheetName}”的前20行中没有找到表头（应包含如 姓名、学历、学位、职称、引进日期、已发金额 等列名）`);
    const layout = mapped(chosen.layout, flags(args, "map"), sheetName);
    checkRoles(layout, spec.required(job), sheetName);
    checkUncached(survey, layout);
    const protectedKept = checkProtected(survey, args);
    io.err(`工作表：${sheetNote}`);
    io.err(`列对应：${describeMapping(layout).join("；")}`);

    const rowJob = await spec.start(layout, job);
    const { headers, formats } = rowJob;
    const lastUsed = lastUsedColumn(survey);
    const cols = outputColumns(layout, headers, lastUsed + 1);
    if (cols.some((c) => c >= MAX_COLUMNS)) throw new UsageError(`工作表“${sheetName}”已用到最后一列（XFD），右侧没有位置写结果列`);
    // an earlier run's columns this run no longer writes are cleared with the rest; the other job's stay
    // (a ledger filled, then audited, then filled again keeps its audit columns)
    const owned = new Set([...cols, ...[...layout.outputs].filter(([h]) => spec.owns(h)).map(([, c]) => c)]);

    const { xml: stylesXml, styles } = addOurStyles(wb.info.stylesXml ?? MINIMAL_STYLES);
    const total = Math.max(0, survey.lastRow - layout.headerRow);
    const report = progress(io, spec.label);
    let seen = 0;
    const width = layout.headers.length;
    const letters = cols.map(columnLetters);
    const order = cols.map((c, i) => [c, i] as const).sort((a, b) => a[0] - b[0]);
    const money = formats.map((f) => f === MONEY);
    const merged = new MergedRows(survey.merges, layout.headerRow, layout.mapping);
    const cellsFor = (row: RowRead): string[] => {
      const p = row.prefix;
      const n = row.index + 1;
      // a cell with content right of the last column pass 1 saw used means pass 1 misread a cell's place,
      // and one of our columns would replace that cell: stop rather than lose it
      const last = row.cells[row.cells.length - 1];
      if (last && last.col > lastUsed) {
        const missed = row.cells.find((c) => c.col > lastUsed && c.content);
        if (missed) throw new UsageError(`工作表“${sheetName}”的 ${columnLetters(missed.col)}${n} 单元格写法少见，第一遍读取时没有认出它的位置；结果列会占用这个位置，所以没有写出文件。请用 Excel 或 WPS 打开后另存，再试`);
      }
      if (row.index === layout.headerRow) return order.map(([, i]) => cellXml(`${letters[i]}${n}`, headers[i]!, ` s="${styles.header}"`, p));
      if (row.index < layout.headerRow) return [];
      if (++seen % 5000 === 0) report(Math.min(seen, total), total);
      const values: Value[] = new Array(width).fill(null);
      for (const c of row.cells) if (c.col < width && !owned.has(c.col)) values[c.col] = c.value;
      merged.apply(row.index, values);
      const r = rowJob.row(values, row.index);
      return order.map(([, i]) => {
        const v = r.cells[i] ?? null;
        const isMoney = money[i] && typeof v === "number";
        const s = r.mismatch ? (isMoney ? styles.markMoney : styles.mark) : isMoney ? styles.money : undefined;
        return cellXml(`${letters[i]}${n}`, v, s === undefined ? "" : ` s="${s}"`, p);
      });
    };

    const target = survey.sheet.part;
    const text = scanSheet(await wb.pkg.stream(target), wb.ctx, {}, {
      columns: order.map(([c]) => c),
      owned,
      cellsFor,
      dimension: (t) => widenDimension(t, Math.max(...cols)),
      cols: (t, prefix) => runs(cols).reduce<string | undefined>((x, [first, count]) => ourColumns(x, prefix, first, count), t)!,
    });
    const ctx: Context = { input, sheetName, sheetNote, protectedKept };
    const replacing = await earlierSummary(wb, spec.sheet, String(rowJob.notes("")[0]?.[0] ?? ""));
    const name = replacing?.name ?? uniqueSheetName(wb.info.sheets.map((s) => s.name), spec.sheet);
    // the sheet's name goes into the workbook part before the ledger streams; its rows after the last row
    const notes = () => simpleSheet([...rowJob.notes(`${input}（工作表${sheetNote}）`), ...limits(ctx)], { widths: [60, 40, 50, 10], bold: new Set([0]), boldStyle: styles.header });
    await writeStreamAtomic(output, (out) => assemble(wb, { target: { part: target, text }, styles: stylesXml, sheets: [{ name, xml: notes, ...(replacing ? { replacing: replacing.part } : {}) }] }, out));
    report(total, total);
    io.out(`${spec.done(rowJob.summary())} → ${output}`);
  } finally {
    wb.pkg.close();
  }
}

/** Our own summary sheets are small; a larger sheet of that name is the user's. */
const SUMMARY_MAX_BYTES = 1 << 20;

/**
 * An earlier run's summary sheet, which this run's replaces (a job re-run on its own output updates its
 * columns in place, and its summary too, rather than adding 退款审计汇总2): a sheet of that name — or of that
 * name numbered, where the user has a sheet of the name itself — whose A1 is the job's own heading, read
 * as a cell so that it is found after Excel has saved the file again.
 */
async function earlierSummary(wb: OpenedWorkbook, name: string, heading: string): Promise<{ name: string; part: string } | undefined> {
  const ours = (s: string) => s.startsWith(name) && /^\d*$/.test(s.slice(name.length));
  const candidates = wb.info.sheets.filter((s) => ours(s.name)).sort((a, b) => a.name.length - b.name.length);
  for (const sheet of candidates) {
    const entry = wb.pkg.entries.get(sheet.part);
    if (!entry || entry.raw.uncompressedSize > SUMMARY_MAX_BYTES) continue;
    // assigned in the callback, which TypeScript does not follow
    let a1 = null as Value;
    await readSheet(await wb.pkg.stream(sheet.part), wb.ctx, {
      row: (r) => {
        if (r.index === 0) a1 = r.cells.find((c) => c.col === 0)?.value ?? null;
      },
    });
    if (typeof a1 === "string" && a1.trim() === heading) return { name: sheet.name, part: sheet.part };
  }
  return undefined;
}

/** What the promise “删除这些列即恢复原台账” rests on, on the 说明 sheet. */
function limits(ctx: Context): Value[][] {
  return [
    ["", ""],
    ["关于本文件", ""],
    [`工作表“${ctx.sheetName}”只增加了以“${OUTPUT_MARK}”开头的列（写在原有内容右侧），原有单元格、格式、公式、图表、批注、数据验证、条件格式和其他工作表均原样保留；删除这些列和本说明工作表即恢复原台账的内容`, ""],
    ["新增列的单元格都写成文字或数字，不写公式：名册中以 = + - @ 开头的内容也按文字保存", ""],
    // Which file exactly an office's own document came from, for the auditor (every row's 依据 says it too).
    ...E.policyEntries()
      .filter((e) => e.origin)
      .map((e) => [`使用了本单位录入的政策文件：《${e.meta.title}》（${e.meta.id}），${E.originText(e.origin!)}`, ""] as Value[]),
    ...(ctx.protectedKept ? [["该工作表设有保护（按 --force 写入）：保护仍在，删除新增列前须先“撤销工作表保护”", ""] as Value[]] : []),
  ];
}

export async function ledgerCommand(args: ParsedArgs, io: Io): Promise<void> {
  await runJob(args, io, {
    label: "填充台账",
    required: (job) => [...(job.defaultPolicy ? [] : [["policy", "city"] as Role[]]), ["category", "degree", "education", "title", "honors"]],
    start: startLedger,
    sheet: "填充说明",
    owns: (h) => !AUDIT_HEADERS.includes(h),
    done: (s) => `已填充 ${s.computed} 行（其中 ${s.withErrors} 行有错误，见“错误”列${s.skipped.length > 0 ? `；${s.skipped.length} 行不是人员，未计算` : ""}）`,
  });
}

export async function auditCommand(args: ParsedArgs, io: Io): Promise<void> {
  await runJob(args, io, {
    label: "退款审计",
    required: (job) => [...(job.defaultPolicy ? [] : [["policy", "city"] as Role[]]), ["paid"], ["recordedRefund"], ["years", "end"]],
    start: startAudit,
    sheet: "退款审计汇总",
    owns: (h) => AUDIT_HEADERS.includes(h),
    done: (t) => `已复核 ${t.checked} 行：一致 ${t.matched}，不一致 ${t.mismatched}，无法复核 ${t.unchecked}；差额合计 ${E.formatYuan(t.totalDifference)} 元`,
  });
}
