import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { tmpdir } from "node:os";
import ExcelJS from "exceljs";
import { gridOf } from "../../src/cli/xlsx";
import { DEFAULT_OPTIONS } from "../../src/engine";
import { invoke } from "../../src/functions/invoke";
import { specOf } from "../../src/functions/registry";
import { findTable, matchColumns } from "../../src/jobs/columns";
import type { Value } from "../../src/jobs/table";
import { claimsFrom, countWhere, parseCondition } from "../../src/stats/checks";
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
// Reading 3455 rows with exceljs takes seconds on a loaded machine: a timeout, not a speed target.
beforeAll(async () => {
  roster = await sheet("roster-2025.xlsx");
  claimRows = await sheet("report-2025-claims.xlsx");
}, 60_000);

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

test("表3: unit kinds, each against the city's level totals (rounded)", () => {
  const rows = new Map(block(report("round"), "表3").slice(1).map((r) => [r[0], r.slice(1)]));
  // 事业单位 3238/3455 = 93.72; 中级 1276/1338 = 95.37; 企业 127/3455 = 3.68, its 中级 27/1338 = 2.02
  expect(rows.get("事业单位")!.slice(0, 2)).toEqual([3238, 93.72]);
  expect(rows.get("事业单位")![8]).toBe(1276);
  expect(rows.get("事业单位")![9]).toBe(95.37);
  expect(rows.get("企业")!.slice(0, 2)).toEqual([127, 3.68]);
  expect(rows.get("企业")!.slice(8, 10)).toEqual([27, 2.02]);
});

test("表5: each system's share of all staff and of each level — the report's 市属企业 figures, truncated", () => {
  const t = block(report("truncate"), "表5");
  expect(t[0]).toEqual([
    "系统", "人数", "占全部人员（%，分母3455）", "正高", "占全市正高（%，分母1）", "副高", "占全市副高（%，分母96）", "正副高", "占全市正副高（%，分母97）",
    "中级", "占全市中级（%，分母1338）", "初级", "占全市初级（%，分母1961）", "未评聘", "占全市未评聘（%，分母59）",
  ]);
  const rows = new Map(t.slice(1).map((r) => [r[0], r.slice(1)]));
  // “市属企业共有专业技术人员139人，只占专业技术人员总数的4.02。其中：副高级职称2人占全市正副高级职称的2.06;
  // 中级职称27人，占全市中级职称总数的2.01；初级职称109人，占全市初级职称总数的5.55” (2/96 = 2.08 as a share of 副高)
  expect(rows.get("企业")).toEqual([139, 4.02, 0, 0, 2, 2.08, 2, 2.06, 27, 2.01, 109, 5.55, 1, 1.69]);
  // “教育系统占了67人，占副高级总数的69.07 … 教育系统有1034人，占中级资格总数的77.27”: 67/97, 1034/1338;
  // 2441/3455 = 70.65, 66/96 = 68.75, 1300/1961 = 66.29, 40/59 = 67.79
  expect(rows.get("教育")).toEqual([2441, 70.65, 1, 100, 66, 68.75, 67, 69.07, 1034, 77.27, 1300, 66.29, 40, 67.79]);
  expect(rows.get("卫生")!.slice(6, 10)).toEqual([24, 24.74, 111, 8.29]);
  expect(rows.get("农业")!.slice(6, 10)).toEqual([4, 4.12, 34, 2.54]);
  // “林业系统、水电系统……没有副高级职称以上专业技术人员”: 林业 60 people, 60/3455 = 1.73, none senior
  expect(rows.get("林业")).toEqual([60, 1.73, 0, 0, 0, 0, 0, 0, 30, 2.24, 30, 1.52, 0, 0]);
  expect(rows.get("合计")).toEqual([3455, 100, 1, 100, 96, 100, 97, 100, 1338, 100, 1961, 100, 59, 100]);
});

test("表6: all 97 senior staff have an age band (the report's table accounts for 58)", () => {
  const senior = block(report("round"), "表6").find((r) => r[0] === "其中：正副高")!;
  expect(senior).toEqual(["其中：正副高", 2, 26, 57, 10, 2, 97]);
});

test("the draft has a sentence for every kind of figure the report prints", () => {
  const d = report("truncate").draft;
  expect(d).toContain("其中：事业单位3238人，占93.71%；自收自支事业单位78人，占2.25%；企业127人，占3.67%；非国有企业12人，占0.34%。");
  expect(d).toContain("全市共有取得专业技术资格的3396人。");
  expect(d).toContain("副高级资格96人，占2.77%");
  expect(d).toContain("中级资格1338人，占38.72%（其中：事业单位1276人，自收自支事业单位35人，企业27人）");
  expect(d).toContain("企业系统139人，占4.02%");
  expect(d).toContain("正副高级资格共97人（正高1人、副高96人），占专业技术人员总数的2.80%。");
  expect(d).toContain("按正副高97人计：教育系统67人，占69.07%；卫生系统24人，占24.74%；农业系统4人，占4.12%；企业系统2人，占2.06%");
  expect(d).toContain("水电、城市建设、林业、经济管理系统没有正副高级专业技术人员。");
  expect(d).toContain("按中级资格1338人计：教育系统1034人，占77.27%；卫生系统111人，占8.29%；");
  expect(d).toContain("企业系统27人，占2.01%");
  expect(d).toContain("按初级资格1961人计：");
  expect(d).toContain("企业系统109人，占5.55%");
  // the three largest systems' 中级 together: 1034 + 111 + 45 (水电) = 1190 of 1338 = 88.93
  expect(d).toContain("教育、卫生、水电3个系统合计1190人，占88.93%");
  expect(d).toContain("97名正副高人员中，35岁以下的2人，35—45岁的26人，46—55岁的57人，56—60岁的10人，60岁以上的2人。");
});

test("the claims file reads 市属企业 as the enterprise system; the unit-kind reading gives the same counts here", () => {
  const s = report("round").stats;
  const count = (cond: string) => countWhere(s, parseCondition(cond).test);
  expect([count("系统=企业"), count("单位性质=企业,非国有企业")]).toEqual([139, 127 + 12]);
  expect([count("级别=初级 系统=企业"), count("级别=初级 单位性质=企业,非国有企业")]).toEqual([109, 97 + 12]);
});

test("the checks catch what is wrong in the report", () => {
  const checks = report("truncate", true).checks;
  const of = (result: string) => checks.filter((c) => c.result === result).map((c) => c.id);
  expect(of("有问题")).toEqual(["C8", "C9", "C13", "C16", "C17", "C18", "C19", "C32", "C29=Σ"]);
  // the two kinds the report sheet had no place for: a system's share of all staff (139/3455 = 4.02, as printed)
  // and a system's share of a level (27/1338 and 109/1961 truncated, as printed; rounded 2.02 and 5.56)
  expect(checks.filter((c) => c.id === "C25").map((c) => c.result)).toEqual(["通过", "通过"]);
  expect(checks.find((c) => c.id === "C26" && c.detail.includes("%"))!.detail).toBe("2/97 = 2.06%（四舍五入）");
  expect(checks.find((c) => c.id === "C28" && c.detail.includes("%"))!.detail).toBe("109/1961 截断为 5.55%，四舍五入应为 5.56%");
  // no senior staff in 林业、水电、城市建设、经济管理; the enterprise's two are retired people taken back (over 60)
  expect(checks.find((c) => c.id === "C34")!).toMatchObject({ result: "通过", detail: "人数 0 与名册一致" });
  expect(checks.find((c) => c.id === "C37")!.result).toBe("通过");
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
      ["ColumnStacked", `A${r.blocks[3]!.top + 2}:I${r.blocks[3]!.top + 7}`],
    ]);
    expect(host.state.tables.map((t: { address: string }) => t.address)).toEqual(layout.tables);
    // the widest tables (表3, 表5: a label, staff and share, then six levels × count and share = 15 columns,
    // A–O) stay clear of the charts, which start in column Q
    expect(host.state.charts.map((c: { position: string[] }) => c.position[0])).toEqual(["Q4", "Q22"]);
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
  expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables).length).toBe(7);
  // the two native charts start in column Q (0-based 16), right of 表3 and 表5 (A–O), as in the pane
  const drawing = strFromU8(unzipSync(readFileSync(out))["xl/drawings/drawing1.xml"]!);
  expect([...drawing.matchAll(/<xdr:from><xdr:col>(\d+)<\/xdr:col>/g)].map((m) => m[1])).toEqual(["16", "16"]);
  const bad = spawnSync(process.execPath, [join(__dirname, "../../dist/cli.js"), "stats", join(examples, "roster-2025.xlsx"), "-o", join(dir, "x.xlsx"), "--round", "--truncate"], { encoding: "utf8" });
  expect(bad.status).toBe(2);
}, 60_000);
