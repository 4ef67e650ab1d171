import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromISO, toExcelSerial } from "../src/engine";
import { parseArgs } from "../src/cli/args";
import { statsCommand } from "../src/cli/stats";
import { gridOf } from "../src/cli/xlsx";
import { findTable, matchColumns } from "../src/jobs/columns";
import { statsReport } from "../src/stats/job";
import { pairedRunsAsync, randomFrom, rng, time } from "./util";

/**
 * Issue 5's benchmark: the statistics of a 200,000-row roster, timed against one pass that only reads the
 * same columns of the same file. Also, for the record, the computation alone against a pass over the
 * rows already in memory.
 */
export async function benchStats(n: number, out: (s: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "talent-stats-bench-"));
  try {
    const file = join(dir, "roster.xlsx");
    await writeRoster(file, n);

    const readPass = async (): Promise<void> => {
      const w = new ExcelJS.Workbook();
      await w.xlsx.readFile(file);
      let chars = 0;
      w.worksheets[0]!.eachRow((row) => {
        for (const c of [2, 3, 4, 5]) chars += String(row.getCell(c).value ?? "").length;
      });
      if (chars < 0) throw new Error("unreachable");
    };
    const quiet = { out: () => undefined, err: () => undefined, tty: false };
    const ours = () => statsCommand(parseArgs(["stats", file, "-o", join(dir, "report.xlsx"), "--year", "2025", "--force"]), quiet);
    const r = await pairedRunsAsync(3, ours, readPass);
    out(`  rows: ${n}`);
    out(`  talent-policy stats (read, compute, write the report): ${(r.a / 1000).toFixed(2)} s`);
    out(`  one pass reading the same columns: ${(r.b / 1000).toFixed(2)} s`);
    out(`  ratio: ${r.ratio.toFixed(2)}× (median of 3 paired runs; target ≤ 3×)`);

    const w = new ExcelJS.Workbook();
    await w.xlsx.readFile(file);
    const grid = gridOf(w.worksheets[0]!);
    const table = findTable({ rows: grid })!;
    const mapping = matchColumns(table.headers);
    const compute = time(() => statsReport(table, mapping, { year: 2025, rule: { rounding: "round", decimals: 2 } }));
    const pass = time(() => {
      let k = 0;
      for (const row of table.rows) for (const c of [1, 2, 3, 4]) k += String(row.values[c] ?? "").length;
      if (k < 0) throw new Error("unreachable");
    });
    out(`  in memory: statistics ${compute.toFixed(0)} ms, a bare pass over the same cells ${pass.toFixed(0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In a function of its own, so that the generated workbook is garbage before anything is timed. */
async function writeRoster(file: string, n: number): Promise<void> {
  const r = rng(5);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名册");
  ws.addRow(["姓名", "单位性质", "系统", "职称", "出生日期"]);
  const born = toExcelSerial(fromISO("1965-01-01"));
  for (let i = 0; i < n; i++) {
    ws.addRow([
      `人员${i}`,
      randomFrom(r, ["事业单位", "事业单位", "事业单位", "企业", "自收自支事业单位", "非国有企业"]),
      randomFrom(r, ["教育", "卫生", "农业", "水电", "企业"]),
      randomFrom(r, ["正高级", "副高级", "高级教师", "一级教师", "主治医师", "中级", "初级", "助理工程师", "未评聘"]),
      born + Math.floor(r() * 12000),
    ]);
  }
  await wb.xlsx.writeFile(file);
}
