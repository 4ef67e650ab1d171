import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { currentOptions } from "../functions/settings";
import { matchColumns } from "../jobs/columns";
import { claimsFrom, type Claim } from "../stats/checks";
import { missingForStats, statsReport, validYear } from "../stats/job";
import { validDecimals, type Rounding } from "../stats/tables";
import { flag, has, UsageError, type ParsedArgs } from "./args";
import { writeFileAtomic } from "./files";
import { gridOf, pickTable, readWorkbook } from "./xlsx";

/**
 * `talent-policy stats ROSTER.xlsx -o REPORT.xlsx [--year Y] [--round|--truncate] [--decimals N]
 * [--claims CLAIMS.xlsx]`: the annual title statistics as a new workbook — the tables as Excel tables, the
 * draft paragraph and the checks. exceljs writes no charts: the tables are laid out ready for one.
 */
export async function statsCommand(args: ParsedArgs, io: { out: (s: string) => void }): Promise<void> {
  const input = args.positional[1];
  const output = flag(args, "-o", "--out");
  if (!input || !output) throw new UsageError("用法：talent-policy stats 名册.xlsx -o 统计.xlsx [--year 2025] [--round|--truncate] [--claims 报告数据.xlsx]");
  if (resolve(input) === resolve(output)) throw new UsageError("输出文件不能与输入文件相同");
  if (existsSync(output) && !has(args, "--force")) throw new UsageError(`输出文件已存在：${output}（确认覆盖请加 --force）`);
  const year = Number(flag(args, "--year") ?? new Date().getFullYear());
  if (!validYear(year)) throw new UsageError(`--year 应为年份，而不是 ${flag(args, "--year")}`);
  if (has(args, "--round") && has(args, "--truncate")) throw new UsageError("--round 与 --truncate 只能选一个");
  const rounding: Rounding = has(args, "--truncate") ? "truncate" : "round";
  const decimals = Number(flag(args, "--decimals") ?? 2);
  if (!validDecimals(decimals)) throw new UsageError("--decimals 应为 0 到 6 的整数");

  const wb = await readWorkbook(input);
  const { ws, table } = pickTable(wb, flag(args, "--sheet"), (t) => matchColumns(t.headers).title !== undefined);
  if (!table) throw new UsageError(`工作表“${ws.name}”中没有找到表头（应有“职称”列）`);
  const mapping = matchColumns(table.headers);
  const missing = missingForStats(mapping);
  if (missing.length > 0) throw new UsageError(`名册缺少这些列：${missing.join("；")}`);

  let claims: Claim[] | undefined;
  const claimsFile = flag(args, "--claims");
  if (claimsFile) {
    const cwb = await readWorkbook(claimsFile);
    try {
      claims = claimsFrom(gridOf(cwb.worksheets[0]!));
    } catch (e) {
      throw new UsageError(`${claimsFile}：${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const report = statsReport(table, mapping, { year, rule: { rounding, decimals }, claims, highTitle: currentOptions().highTitle });
  const out = new ExcelJS.Workbook();
  const sheet = out.addWorksheet(`职称统计${year}`);
  sheet.getCell(1, 1).value = report.title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(2, 1).value = `${report.notes}；来源：${input}（${ws.name}）。图表：在 Excel 中选中表1前两列或表3插入柱形图（本命令行不写图表）。`;
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
  });
  sheet.getColumn(1).width = 18;
  for (let c = 2; c <= 12; c++) sheet.getColumn(c).width = 14;
  writeFileAtomic(output, new Uint8Array(await out.xlsx.writeBuffer()));

  const s = report.stats;
  io.out(`${report.title}：${s.total} 人（取得资格 ${s.titled}，正副高 ${s.senior}）→ ${output}`);
  const pctCols = new Set(report.blocks[0]!.percentColumns);
  for (const r of report.blocks[0]!.rows) io.out(`  ${r.map((v, c) => (typeof v === "number" && pctCols.has(c) ? v.toFixed(decimals) : (v ?? ""))).join("\t")}`);
  const problems = report.checks.filter((c) => c.result !== "通过");
  io.out(`检查：${report.checks.length} 项，${problems.length} 项需注意`);
  for (const c of problems) io.out(`  [${c.result}] ${c.id} ${c.what}：${c.detail}`);
}
