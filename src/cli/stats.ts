import type ExcelJS from "exceljs";
import { currentOptions } from "../functions/settings";
import { posix } from "node:path";
import { describeMapping, type Layout } from "../jobs/columns";
import { isBlankValue, type Value } from "../jobs/table";
import { claimsFrom, type Claim } from "../stats/checks";
import { missingForStats, RosterTally, validYear, type StatsJob, type StatsReport } from "../stats/job";
import { validDecimals, type Rounding } from "../stats/tables";
import { flag, flags, has, UsageError, type ParsedArgs } from "./args";
import { writeStreamAtomic } from "./files";
import { assemble, freeRelId } from "./ooxml/assemble";
import { addDrawingRef, chartXml, drawingRelsXml, drawingXml, type ChartSpec } from "./ooxml/charts";
import { openWorkbook, type OpenedWorkbook } from "./ooxml/open";
import { readSheet, readSharedStrings } from "./ooxml/sheet";
import { readWorkbookInfo, relsPartOf } from "./ooxml/workbook";
import { NS } from "./ooxml/xml";
import { Package } from "./ooxml/zip";
import { checkOutput, type Io } from "./outputs";
import { checkUncached, chooseSheet, mapped } from "./table";

/**
 * `talent-policy stats ROSTER.xlsx -o REPORT.xlsx [--year Y] [--round|--truncate] [--decimals N]
 * [--claims CLAIMS.xlsx]`: the annual title statistics as a new workbook — the tables as Excel tables,
 * the two charts the pane draws (native DrawingML), the draft paragraph and the checks. The roster is
 * streamed and nothing is kept per person: the statistics are tallied as the rows pass.
 */
const EXAMPLE = "talent-policy stats 名册.xlsx -o 统计.xlsx [--year 2025] [--round|--truncate] [--claims 报告数据.xlsx]";

export async function statsCommand(args: ParsedArgs, io: Io): Promise<void> {
  const yearArg = flag(args, "year");
  const year = Number(yearArg ?? new Date().getFullYear());
  if (!validYear(year)) throw new UsageError(`--year 应为年份，而不是 ${yearArg}`);
  if (has(args, "round") && has(args, "truncate")) throw new UsageError("--round 与 --truncate 只能选一个");
  const rounding: Rounding = has(args, "truncate") ? "truncate" : "round";
  const decimals = Number(flag(args, "decimals") ?? 2);
  if (!validDecimals(decimals)) throw new UsageError("--decimals 应为 0 到 6 的整数");
  const { input, output } = checkOutput(args, [".xlsx"], EXAMPLE);

  let claims: Claim[] | undefined;
  const claimsFile = flag(args, "claims");
  if (claimsFile) {
    const cwb = await openWorkbook(claimsFile);
    try {
      claims = claimsFrom((await firstSheetGrid(cwb)).rows);
    } catch (e) {
      throw new UsageError(`${claimsFile}：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      cwb.pkg.close();
    }
  }

  const wb = await openWorkbook(input);
  let report: StatsReport;
  let sheetNote: string;
  let mappingLines: string[];
  try {
    const chosen = await chooseSheet(wb, flag(args, "sheet"), (l) => l.mapping.title !== undefined);
    sheetNote = chosen.sheetNote;
    if (!chosen.layout) throw new UsageError(`工作表“${chosen.survey.sheet.name}”中没有找到表头（应有“职称”列）`);
    const layout = mapped(chosen.layout, flags(args, "map"), chosen.survey.sheet.name);
    const mapping = layout.mapping;
    const missing = missingForStats(mapping);
    if (missing.length > 0) throw new UsageError(`名册缺少这些列：${missing.join("；")}（列名不同时可用 --map 角色=列名 指定）`);
    checkUncached(chosen.survey, layout);
    mappingLines = describeMapping(layout);
    io.err(`工作表：${sheetNote}`);
    io.err(`列对应：${mappingLines.join("；")}`);
    report = await rosterReport(wb, chosen.survey.sheet.part, layout, { year, rule: { rounding, decimals }, claims, highTitle: currentOptions().highTitle });
  } finally {
    wb.pkg.close();
  }

  await writeReport(report, year, output, `${report.notes}；来源：${input}（${sheetNote}）`, mappingLines);
  const s = report.stats;
  io.out(`${report.title}：${s.total} 人（取得资格 ${s.titled}，正副高 ${s.senior}）→ ${output}`);
  const pctCols = new Set(report.blocks[0]!.percentColumns);
  for (const r of report.blocks[0]!.rows) io.out(`  ${r.map((v, c) => (typeof v === "number" && pctCols.has(c) ? v.toFixed(decimals) : (v ?? ""))).join("\t")}`);
  const problems = report.checks.filter((c) => c.result !== "通过");
  io.out(`检查：${report.checks.length} 项，${problems.length} 项需注意`);
  for (const c of problems) io.out(`  [${c.result}] ${c.id} ${c.what}：${c.detail}`);
}

/**
 * The roster, streamed into the statistics a row at a time: each row's mapped columns are read, the person
 * counted, and the row forgotten.
 */
async function rosterReport(wb: OpenedWorkbook, part: string, layout: Layout, job: StatsJob): Promise<StatsReport> {
  // the first cells are read too: a 合计 row says so there (often under 序号), and it is not a person
  const cols = new Set([...Object.values(layout.mapping), 0, 1, 2]);
  const width = Math.max(-1, ...cols) + 1;
  const roster = new RosterTally(layout.mapping, job);
  await readSheet(await wb.pkg.stream(part), wb.ctx, {
    row: (r) => {
      if (r.index <= layout.headerRow) return;
      // a row with something only in columns the statistics do not read is still a row (a person without a title)
      if (r.cells.every((c) => isBlankValue(c.value))) return;
      const values: Value[] = new Array(width).fill(null);
      for (const c of r.cells) if (cols.has(c.col)) values[c.col] = c.value;
      roster.row(values, r.index);
    },
  });
  return roster.report();
}

/** The first visible sheet as a grid (the claims file is small). */
async function firstSheetGrid(wb: OpenedWorkbook): Promise<{ rows: Value[][] }> {
  const sheet = wb.info.sheets.find((s) => s.state === "visible") ?? wb.info.sheets[0]!;
  const rows: Value[][] = [];
  await readSheet(await wb.pkg.stream(sheet.part), wb.ctx, {
    row: (r) => {
      const values: Value[] = [];
      for (const c of r.cells) values[c.col] = c.value;
      for (let i = 0; i < values.length; i++) values[i] ??= null;
      rows[r.index] = values;
    },
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { rows };
}

/**
 * The report: exceljs lays out the sheet and its Excel tables (it does that well and the report is small);
 * our package layer then adds the drawing and the two charts, which exceljs cannot write.
 */
async function writeReport(report: StatsReport, year: number, output: string, source: string, mappingLines: string[]): Promise<void> {
  // loaded here, not at start-up: exceljs takes most of a second to load, which ledger and audit never need
  const { Workbook } = (await import("exceljs")).default as typeof ExcelJS;
  const out = new Workbook();
  const name = `职称统计${year}`;
  const sheet = out.addWorksheet(name);
  sheet.getCell(1, 1).value = report.title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = `${source}。列对应：${mappingLines.join("；")}`;
  const charts: ChartSpec[] = [];
  report.blocks.forEach((b, i) => {
    const captionRow = b.top + 1;
    sheet.getCell(captionRow, 1).value = b.caption;
    sheet.getCell(captionRow, 1).font = { bold: true };
    const [header, ...body] = b.rows;
    if (b.table) {
      sheet.addTable({
        name: `表${i + 1}`,
        ref: `A${captionRow + 1}`,
        headerRow: true,
        style: { theme: "TableStyleLight9", showRowStripes: true },
        columns: header!.map((h) => ({ name: String(h), filterButton: false })),
        rows: body.map((r) => header!.map((_, c) => r[c] ?? null)),
      });
      for (const c of b.percentColumns ?? []) {
        for (let r = 0; r < body.length; r++) sheet.getCell(captionRow + 2 + r, c + 1).numFmt = report.percentFormat;
      }
    } else {
      const cell = sheet.getCell(captionRow + 1, 1);
      cell.value = String(b.rows[0]![0]);
      cell.alignment = { wrapText: true, vertical: "top" };
      sheet.mergeCells(captionRow + 1, 1, captionRow + 1, 8);
      sheet.getRow(captionRow + 1).height = 180;
    }
    if (b.chart) {
      const grid = b.rows.slice(0, b.chart.rows + 1).map((r) => r.slice(0, b.chart!.cols + 1).map((v) => (typeof v === "boolean" ? String(v) : v)));
      const k = charts.length;
      charts.push({ title: b.chart.title, stacked: b.chart.kind === "stacked", byRows: b.chart.kind === "stacked", sheet: name, top: b.top + 1, left: 0, grid, at: { col: report.chartLeft, row: 3 + k * 18, toCol: report.chartLeft + 8, toRow: 3 + k * 18 + 16 } });
    }
  });
  sheet.getColumn(1).width = 18;
  for (let c = 2; c <= 12; c++) sheet.getColumn(c).width = 14;
  const pkg = await Package.fromBuffer(Buffer.from(await out.xlsx.writeBuffer()));
  try {
    const info = await readWorkbookInfo(pkg);
    const part = info.sheets[0]!.part;
    const relsPart = relsPartOf(part);
    const relsXml = pkg.has(relsPart) ? await pkg.text(relsPart) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"></Relationships>`;
    const [relId] = freeRelId(relsXml);
    const sheetXml = await pkg.text(part);
    const dir = posix.dirname(info.workbookPart);
    const drawing = `${dir}/drawings/drawing1.xml`;
    const chartParts = charts.map((_, i) => `${dir}/charts/chart${i + 1}.xml`);
    const sheetRels = relsXml.replace(/<\/Relationships>\s*$/, `<Relationship Id="${relId}" Type="${NS.drawingType}" Target="/${drawing}"/></Relationships>`);
    const wb: OpenedWorkbook = { path: "(report)", pkg, info, ctx: { sharedStrings: info.sharedStringsPart ? await readSharedStrings(await pkg.stream(info.sharedStringsPart)) : [], dateStyles: [], date1904: false } };
    await writeStreamAtomic(output, (sink) =>
      assemble(
        wb,
        {
          replace: new Map([[part, addDrawingRef(sheetXml, relId!)]]),
          parts: [
            { name: relsPart, contentType: "", data: sheetRels },
            { name: drawing, contentType: NS.drawingCt, data: drawingXml(charts) },
            { name: relsPartOf(drawing), contentType: "", data: drawingRelsXml(chartParts) },
            ...charts.map((c, i) => ({ name: chartParts[i]!, contentType: NS.chartCt, data: chartXml(c) })),
          ],
        },
        sink,
      ),
    );
  } finally {
    pkg.close();
  }
}
