import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../cli/run-cli";

/**
 * Ledgers a new user built with openpyxl to break the command line (test/jobs/new-user/), kept as cases.
 * Expected values are worked by hand from 张掖 第十四条第（三）项: the purchase subsidy is refunded by the years
 * not served of ten (subsidy − subsidy ÷ 10 × whole years served); no other item is named there.
 */
const here = join(__dirname, "new-user");
jest.setTimeout(120_000);

const run = runCli;

const out = () => join(mkdtempSync(join(tmpdir(), "talent-new-user-")), "out.xlsx");

test("姓名 and dates merged down over a person's item rows: every row is that person's", () => {
  const r = run("audit", join(here, "merged-name-cells-rows-skipped.xlsx"), "-o", out());
  expect(r.code).toBe(0);
  // 甲 第一类 2022-07-01 … 2025-06-30, 3 years: 购房补贴 400000 − 40000 × 3 = 280000 (一致); 租房补贴, 安家费 0 (一致)
  // 乙 第二类 2023-07-01 … 2025-06-30, 2 years: 租房补贴 0 (一致); 购房补贴 150000 − 15000 × 2 = 120000, recorded 135000
  expect(r.out).toContain("已复核 5 行：一致 4，不一致 1，无法复核 0；差额合计 15000 元");
});

test("a unit after a slash in the header scales the column (已发金额/万元 40 is 400000 元)", () => {
  const r = run("audit", join(here, "unit-slash-wanyuan-map.xlsx"), "-o", out());
  expect(r.code).toBe(0);
  expect(r.err).toContain("已发金额/万元”，单位万元，按 ×10000 折算为元");
  // 400000 − 40000 × 3 = 280000, as recorded
  expect(r.out).toContain("已复核 1 行：一致 1，不一致 0");
});

test("a 合计 row under a roster is not a person in the statistics", () => {
  const r = run("stats", join(here, "stats-total-row-counted.xlsx"), "-o", out(), "--year", "2025");
  expect(r.code).toBe(0);
  // eight people: 正高 1, 副高 2, 中级 2, 初级 3; 1/8 = 12.50%
  expect(r.out).toContain("8 人（取得资格 8，正副高 3）");
  expect(r.out).toMatch(/正高\t1\t12\.50\t12\.50/);
  expect(r.out).not.toContain("未识别");
});

test("money the way of introduction excludes is flagged, not refunded by the article's arithmetic (张掖 第十四条第（三）项, 第十条)", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("发放台账");
  ws.addRow(["姓名", "适用政策", "人才类别", "引进方式", "补贴项目", "已发金额", "引进日期", "离职日期", "应退金额"]);
  // 全职: 2023-01-01 … 2024-05-06 is 1 whole year: 400000 − 40000 × 1 = 360000, as recorded
  ws.addRow(["甲", "zhangye-2022", "第一类", "全职", "购房补贴", 400000, new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2024, 4, 6)), 360000]);
  // 兼职: the purchase subsidy is for 全职引进人才 only, so the 400000 was never due: no refund figure
  ws.addRow(["乙", "zhangye-2022", "第一类", "兼职", "购房补贴", 400000, new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2024, 4, 6)), 360000]);
  const input = join(mkdtempSync(join(tmpdir(), "talent-new-user-")), "in.xlsx");
  await wb.xlsx.writeFile(input);
  const a = run("audit", input, "-o", out());
  expect(a.code).toBe(0);
  expect(a.out).toContain("已复核 2 行：一致 1，不一致 0，无法复核 1");
  const filled = out();
  const l = run("ledger", input, "-o", filled);
  expect(l.code).toBe(0);
  expect(l.out).toContain("其中 1 行有错误");
  // the item's standard (第十四条第（三）项: 第一类 40万元) is shown for 甲 only: 乙's way excludes it
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(filled);
  const sheet = back.getWorksheet("发放台账")!;
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  const col = header.indexOf("【人才政策】本项目标准（元）");
  expect(col).toBeGreaterThan(0);
  expect([sheet.getRow(2).getCell(col).value, sheet.getRow(3).getCell(col).value ?? null]).toEqual([400000, null]);
});
