import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import ExcelJS from "exceljs";
import { gridOf } from "../../src/cli/xlsx";
import { DEFAULT_OPTIONS } from "../../src/engine";
import { invoke } from "../../src/functions/invoke";
import { specOf } from "../../src/functions/registry";
import { findTable, matchColumns } from "../../src/jobs/columns";
import type { Value } from "../../src/jobs/table";
import { claimsFrom } from "../../src/stats/checks";
import { statsReport } from "../../src/stats/job";
import { syncCounter } from "../../src/taskpane/excel";
import { writeReportSheet } from "../../src/taskpane/report-sheet";

/**
 * The statistics report of policies/002 (part 1) regenerated from the sample roster (examples/roster-2025.xlsx,
 * made to the report's counts), its shares reproduced with 截断 and their rounded values with 四舍五入,
 * and its figures checked (examples/report-2025-claims.xlsx).
 */
const examples = join(__dirname, "../../examples");

async function sheet(file: string): Promise<Value[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(examples, file));
  return gridOf(wb.worksheets[0]!);
}

let roster: Value[][];
let claimRows: Value[][];
beforeAll(async () => {
  roster = await sheet("roster-2025.xlsx");
  claimRows = await sheet("report-2025-claims.xlsx");
});

function report(rounding: "round" | "truncate", withClaims = false) {
  const table = findTable({ rows: roster })!;
  return statsReport(table, matchColumns(table.headers), { year: 2025, rule: { rounding, decimals: 2 }, claims: withClaims ? claimsFrom(claimRows) : undefined });
}

const block = (r: ReturnType<typeof report>, caption: string) => r.blocks.find((b) => b.caption.startsWith(caption))!.rows;

test("表1: the levels and the report's shares — truncated (as printed) over those with a title", () => {
  expect(block(report("truncate"), "表1")).toEqual([
    ["职称级别", "人数", "占全部人员（%，分母3455）", "占取得资格人员（%，分母3396）"],
    ["正高", 1, 0.02, 0.02],
    ["副高", 96, 2.77, 2.82],
    ["中级", 1338, 38.72, 39.39],
    ["初级", 1961, 56.75, 57.74],
    ["未评聘", 59, 1.7, null],
    ["其中：正副高", 97, 2.8, 2.85],
    ["合计", 3455, 100, null],
  ]);
});

test("表1 rounded (四舍五入): the values the report should have printed", () => {
  const t = block(report("round"), "表1");
  expect(t.slice(1, 5).map((r) => r[3])).toEqual([0.03, 2.83, 39.4, 57.74]);
  expect(t[6]![2]).toBe(2.81);
});

test("表2: unit kinds, and the 中级 of each", () => {
  const t = block(report("round"), "表2");
  expect(t[0]).toEqual(["职称级别", "事业单位", "自收自支事业单位", "企业", "非国有企业", "合计"]);
  expect(t.find((r) => r[0] === "中级")).toEqual(["中级", 1276, 35, 27, 0, 1338]);
  expect(t.find((r) => r[0] === "合计")).toEqual(["合计", 3238, 78, 127, 12, 3455]);
});

test("表4: senior staff by system over 正副高 (97), 中级 over 1338 — the report's shares, truncated", () => {
  const rows = new Map(block(report("truncate"), "表4").slice(1).map((r) => [r[0], r.slice(1)]));
  expect(rows.get("教育")).toEqual([67, 69.07, 1034, 77.27]);
  expect(rows.get("卫生")).toEqual([24, 24.74, 111, 8.29]);
  expect(rows.get("农业")).toEqual([4, 4.12, 34, 2.54]);
  expect(rows.get("企业")).toEqual([2, 2.06, 27, 2.01]);
});

test("表5: all 97 senior staff have an age band (the report's table accounts for 58)", () => {
  const senior = block(report("round"), "表5").find((r) => r[0] === "其中：正副高")!;
  expect(senior).toEqual(["其中：正副高", 2, 26, 57, 10, 2, 97]);
});

test("the checks catch what is wrong in the report", () => {
  const checks = report("truncate", true).checks;
  const of = (result: string) => checks.filter((c) => c.result === result).map((c) => c.id);
  expect(of("有问题")).toEqual(["C8", "C9", "C13", "C16", "C17", "C18", "C19", "C32", "C29=Σ"]);
  expect(of("提示")).toEqual(["R3", "C7", "C20", "C21", "C24", "C27", "C28"]);
  const share = (id: string) => checks.find((c) => c.id === id && c.detail.includes("%"))!.detail;
  expect(share("C8")).toContain("取得资格人员（3396人）");
  expect(share("C16")).toContain("正副高（97人）");
  expect(checks.find((c) => c.id === "C29=Σ")!.detail).toBe("分项 2+26+20+10 = 58，与合计 97 相差 39");
  expect(checks.find((c) => c.id === "C1=Σ")!.result).toBe("通过");
});

test("TALENT.TITLESTATS over the roster's title column gives 表1, in one call", () => {
  const table = findTable({ rows: roster })!;
  const col = matchColumns(table.headers).title!;
  const titles = table.rows.map((r) => [r.values[col]]);
  const out = invoke(specOf("TITLESTATS"), [titles, null, [["截断"]]], DEFAULT_OPTIONS);
  expect(out.map((r) => r.map((v) => (v === "" ? null : v)))).toEqual(block(report("truncate"), "表1"));
  expect(invoke(specOf("TITLESHARE"), [titles, "副高", "有职称", "截断"], DEFAULT_OPTIONS)).toEqual([[2.82]]);
  expect(invoke(specOf("TITLESHARE"), [titles, "副高"], DEFAULT_OPTIONS)).toEqual([[2.78]]);
});

test("the report sheet in Excel: tables and charts on the right ranges, in two round trips", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHost } = require("../fakes/fake-office.js");
  const host = createHost({ sheets: { 名册: [] } });
  Object.assign(globalThis, { Office: host.Office, Excel: host.Excel });
  try {
    const r = report("round");
    syncCounter.count = 0;
    const layout = await writeReportSheet(r, "职称统计2025");
    expect(host.state.syncs).toBe(2);
    const b1 = r.blocks[0]!.top;
    expect(host.state.charts.map((c: { range: string; type: string }) => [c.type, c.range])).toEqual([
      ["ColumnClustered", `A${b1 + 2}:B${b1 + 7}`],
      ["ColumnStacked", `A${r.blocks[2]!.top + 2}:I${r.blocks[2]!.top + 7}`],
    ]);
    expect(host.state.tables.map((t: { address: string }) => t.address)).toEqual(layout.tables);
    expect(layout.tables[0]).toBe(`A${b1 + 2}:D${b1 + 9}`);
    const dump = host.dump("职称统计2025");
    expect(dump[b1 + 1]).toEqual(expect.arrayContaining(["职称级别", "人数"]));
    expect(host.cell("职称统计2025", `C${b1 + 3}`).numberFormat).toBe("0.00");
    // a second report does not overwrite the first
    await writeReportSheet(r, "职称统计2025");
    expect(host.sheetNames()).toEqual(["名册", "职称统计2025", "职称统计2025（2）"]);
  } finally {
    delete (globalThis as { Office?: unknown }).Office;
    delete (globalThis as { Excel?: unknown }).Excel;
  }
});

test("talent-policy stats regenerates the report's tables without Excel", async () => {
  const dir = mkdtempSync(join(tmpdir(), "talent-stats-"));
  const out = join(dir, "report.xlsx");
  const r = spawnSync(process.execPath, [join(__dirname, "../../dist/cli.js"), "stats", join(examples, "roster-2025.xlsx"), "-o", out, "--year", "2025", "--truncate", "--claims", join(examples, "report-2025-claims.xlsx")], { encoding: "utf8" });
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("副高\t96\t2.77\t2.82");
  expect(r.stdout).toContain("[有问题] C29=Σ");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet("职称统计2025")!;
  expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables).length).toBe(6);
  const bad = spawnSync(process.execPath, [join(__dirname, "../../dist/cli.js"), "stats", join(examples, "roster-2025.xlsx"), "-o", join(dir, "x.xlsx"), "--round", "--truncate"], { encoding: "utf8" });
  expect(bad.status).toBe(2);
}, 60_000);
