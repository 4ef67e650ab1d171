import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { gridsToPolicy } from "../../src/policy-workbook";
import { policyWorkbookBuffer } from "../../src/policy-workbook/xlsx";
import { fixtureGrids } from "../../scripts/shiyi-policy";
import { runCli } from "./run-cli";

/**
 * A made-up city's document (示例市引进急需人才办法, test/policy-workbook/fixture.ts: its articles are there)
 * encoded only through the policy workbook, then used the whole way through the command line: checked,
 * each function, the ledger fill and the refund audit. Every expected value is worked from its articles:
 *   第八条第（一）项 第一类安家费 6 万元分三年每年 2 万元，第二类 3 万元分两年每年 1.5 万元；
 *   第八条第（二）项 生活补贴 第一类每月 2000 元，第二类 1000 元，三年；
 *   第十二条 服务不满 5 年离开的按未服务年限比例退还安家费。
 */
jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), "talent-policy-file-"));
const policy = join(dir, "示例市政策.xlsx");
let hash = "";

beforeAll(async () => {
  const read = gridsToPolicy(fixtureGrids());
  expect(read.problems).toEqual([]);
  const bytes = await policyWorkbookBuffer(read.file);
  writeFileSync(policy, bytes);
  hash = createHash("sha256").update(bytes).digest("hex").slice(0, 12);
});

/** Ledgers as an office keeps them, written by openpyxl (not by the product's own writer). */
function openpyxl(path: string, rows: unknown[][]): void {
  const script = `import json, sys, datetime, openpyxl
rows = json.loads(sys.argv[2])
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "台账"
for r in rows:
    ws.append([datetime.datetime.strptime(v[5:], "%Y-%m-%d") if isinstance(v, str) and v.startswith("date:") else v for v in r])
for c in ws["F"][1:] + ws["G"][1:]:
    c.number_format = "yyyy-mm-dd"
wb.save(sys.argv[1])`;
  const r = spawnSync("/usr/bin/python3", ["-c", script, path, JSON.stringify(rows)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
}

async function column(path: string, header: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0]!;
  const headers = Array.from(ws.getRow(1).values as unknown[], (v) => String(v ?? ""));
  const at = headers.findIndex((h) => h.includes(header));
  expect(at).toBeGreaterThan(0);
  const out: unknown[] = [];
  for (let r = 2; r <= ws.rowCount; r++) out.push(ws.getRow(r).getCell(at).value);
  return out;
}

test("policy check reads the workbook and runs its eight cases", () => {
  const r = runCli("policy", "check", policy);
  expect(r.out).toContain(`SHA-256 ${hash}`);
  expect(r.out).toContain("检查：0 个错误");
  expect(r.out).toContain("测试案例：8 个通过，0 个未通过");
  expect(r.code).toBe(0);
});

test("the functions compute with it and cite it with its file and hash", () => {
  const calc = (...a: string[]) => runCli("calc", "--policy-file", policy, ...a);
  expect(calc("TALENT.CATEGORY", "示例市", "博士", "无").out.trim()).toBe("第一类");
  // the same file named twice is loaded once (the breaker's F14)
  expect(runCli("calc", "--policy-file", policy, "--policy-file", join(dir, ".", "示例市政策.xlsx"), "TALENT.CATEGORY", "示例市", "博士", "无").out.trim()).toBe("第一类");
  expect(calc("TALENT.CATEGORY", "shiyi-2025", "硕士", "无", "双一流", "是").out.trim()).toBe("第二类");
  // 第十二条: 60000 − 60000 ÷ 5 × 2 = 36000
  expect(calc("TALENT.REFUND", "shiyi-2025", "60000", "2").out.trim()).toBe("36000");
  const explain = calc("TALENT.EXPLAIN", "shiyi-2025", "REFUND", "60000", "2").out;
  expect(explain).toContain("36000");
  expect(explain).toContain("《示例市引进急需人才办法》（示政发〔2025〕1号）第十二条");
  expect(explain).toContain(`示例市政策.xlsx 2025-03-10 第1版，${hash}`);
  // 第八条第（二）项: a 第二类 gets 1000 a month; 第八条第（一）项: its second instalment is 15000
  expect(calc("TALENT.ALLOWANCE", "示例市", "第二类").out.trim()).toBe("1000");
  expect(calc("TALENT.SETTLEMENT", "示例市", "第二类", "2").out.trim()).toBe("15000");
  const benefits = calc("TALENT.BENEFITS", "shiyi-2025", "第一类").out;
  expect(benefits).toContain("安家费");
  expect(benefits).toContain("生活补贴");
  // the schedule from 2025-03-10: three instalments of 20000, the allowance for 36 months
  const rows = calc("TALENT.SCHEDULE", "shiyi-2025", "第一类", "2025-03-10").out.trim().split("\n").map((l) => l.split("\t"));
  const settlement = rows.filter((r) => r[1]?.includes("安家费"));
  expect(settlement.map((r) => Number(r[2]))).toEqual([20000, 20000, 20000]);
  const living = rows.filter((r) => r[1]?.includes("生活补贴"));
  expect(living.reduce((s, r) => s + Number(r[2]), 0)).toBe(2000 * 36);
});

test("the ledger fill and the refund audit use it, and say so", async () => {
  const ledger = join(dir, "台账.xlsx");
  openpyxl(ledger, [
    ["姓名", "城市", "学历", "职称", "院校类型", "是否急需紧缺专业", "引进日期"],
    ["张三", "示例市", "博士研究生", "无", "其他", "否", "date:2025-03-10"],
    ["李四", "示例市", "硕士研究生", "无", "双一流", "是", "date:2025-04-01"],
  ]);
  const filled = join(dir, "台账-已填充.xlsx");
  const r = runCli("ledger", ledger, "-o", filled, "--policy-file", policy);
  expect(r.err).not.toContain("错误");
  expect(r.code).toBe(0);
  expect(await column(filled, "人才类别")).toEqual(["第一类", "第二类"]);
  expect(String((await column(filled, "依据"))[0])).toContain(hash);
  // and the notes sheet names the file once for the whole ledger
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(filled);
  const notes: string[] = [];
  wb.getWorksheet("填充说明")!.eachRow((row) => notes.push(String(row.getCell(1).value ?? "")));
  expect(notes).toContain(`使用了本单位录入的政策文件：《示例市引进急需人才办法》（shiyi-2025），本单位录入：示例市政策.xlsx 2025-03-10 第1版，${hash}`);

  // 第十二条: 张三 served 2 full years (2025-03-10 to 2027-03-09): 60000 − 12000 × 2 = 36000, recorded 36000;
  // 李四 served 1 year: 30000 − 6000 × 1 = 24000, recorded 20000 (4000 short); 生活补贴 is not refunded.
  const paid = join(dir, "发放台账.xlsx");
  openpyxl(paid, [
    ["姓名", "适用政策", "人才类别", "补贴项目", "已发金额", "引进日期", "离职日期", "离开原因", "应退金额"],
    ["张三", "示例市", "第一类", "安家费", 60000, "date:2025-03-10", "date:2027-03-09", "个人原因", 36000],
    ["李四", "示例市", "第二类", "安家费", 30000, "date:2025-04-01", "date:2026-03-31", "个人原因", 20000],
    ["李四", "示例市", "第二类", "生活补贴", 12000, "date:2025-04-01", "date:2026-03-31", "个人原因", 0],
  ]);
  const audited = join(dir, "审计.xlsx");
  const a = runCli("audit", paid, "-o", audited, "--policy-file", policy);
  expect(a.code).toBe(0);
  expect(a.out).toContain("已复核 3 行：一致 2，不一致 1，无法复核 0");
  expect(a.out).toContain("4000");
  expect((await column(audited, "复核应退金额")).map(Number)).toEqual([36000, 24000, 0]);
  // the input files are only read
  expect(readFileSync(policy).length).toBeGreaterThan(0);
});

test("export writes a loaded file back whole, its test cases too (the breaker's F2)", () => {
  const out = join(dir, "示例市.json");
  const r = runCli("policy", "export", "shiyi-2025", "--policy-file", policy, "-o", out);
  expect(r.code).toBe(0);
  const file = JSON.parse(readFileSync(out, "utf8")) as { meta: { id: string }; cases: unknown[] };
  expect(file.meta.id).toBe("shiyi-2025");
  expect(file.cases).toHaveLength(8);
  expect(runCli("policy", "check", out).out).toContain("测试案例：8 个通过，0 个未通过");

  // a field written twice in one object (the breaker's F8): JSON.parse would keep the second silently
  const text = readFileSync(out, "utf8");
  const twice = join(dir, "字段写了两次.json");
  writeFileSync(twice, text.replace(/"meta": \{\n/, '"meta": {\n    "id": "shiyi-2025-draft",\n'));
  // the inserted id is on the line after "meta": {, the exported one on the line after that
  const inserted = text.split("\n").findIndex((l) => l.includes('"meta": {')) + 2;
  const c = runCli("policy", "check", twice);
  expect(c.code).toBe(1);
  expect(c.out).toContain(`错误：meta.id：字段“id”在同一组字段里写了两次（第 ${inserted} 行和第 ${inserted + 1} 行）`);
});

test("a file whose own cases fail, or whose cases compute another document, is not used", async () => {
  const grids = fixtureGrids();
  const cases = grids["测试案例"]!;
  const header = cases[0]! as string[];
  // case 6: 第十二条 gives 36000; typed as 36001
  cases[6]![header.indexOf("预期1")] = 36001;
  const wrong = join(dir, "案例有误.xlsx");
  writeFileSync(wrong, await policyWorkbookBuffer(gridsToPolicy(grids).file));
  const r = runCli("calc", "--policy-file", wrong, "TALENT.REFUND", "shiyi-2025", "60000", "2");
  expect(r.code).toBe(2);
  expect(r.err).toContain("测试案例有 1 个未通过，未使用");
  expect(r.err).toContain("应为 36001，得到 36000");
  expect(r.out).toBe("");

  // an exported file whose cases still name the built-in it came from tests nothing of its own
  const other = fixtureGrids();
  const rows = other["测试案例"]!;
  rows[1]![(rows[0] as string[]).indexOf("参数1")] = "zhangye-2022";
  const borrowed = join(dir, "案例算别的文件.xlsx");
  writeFileSync(borrowed, await policyWorkbookBuffer(gridsToPolicy(other).file));
  const c = runCli("policy", "check", borrowed);
  expect(c.code).toBe(1);
  expect(c.out).toContain("案例计算的是另一份文件（zhangye-2022），不是本文件（shiyi-2025）");
});

test("a file with errors stops the command before anything is computed, naming the cell", async () => {
  const grids = fixtureGrids();
  // 第八条第（一）项 says 分三年: two instalments that do not add up to the total
  const rows = grids["待遇"]!;
  const header = rows[0]!;
  rows[1]![header.indexOf("分期金额")] = "20000、20000";
  const read = gridsToPolicy(grids);
  const broken = join(dir, "有错的政策.xlsx");
  writeFileSync(broken, await policyWorkbookBuffer(read.file));
  const r = runCli("calc", "--policy-file", broken, "TALENT.SETTLEMENT", "shiyi-2025", "第一类");
  expect(r.code).toBe(2);
  expect(r.err).toContain("有错误，未使用");
  expect(r.err).toMatch(/待遇 第2行 [A-Z]+列（分期金额）：分期金额合计 40000 元，不等于总额 60000 元/);
  expect(r.out).toBe("");
});

test("merged cells, hidden rows and a hidden sheet are named (the breaker's F12, F17)", () => {
  // as offices lay tables out: 待遇编号 merged down over a benefit's two rows, a row and a sheet hidden
  const changed = join(dir, "合并与隐藏.xlsx");
  const script = `import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["待遇"]
ws.merge_cells("A2:A3")
wb["人才类别"].merge_cells("E2:F2")
wb["待遇"].merge_cells("AZ50:BA60")
wb["人才类别"].column_dimensions["F"].hidden = True
wb["条文"].row_dimensions[3].hidden = True
wb["退还"].sheet_state = "hidden"
wb.save(sys.argv[2])`;
  const r = spawnSync("/usr/bin/python3", ["-c", script, policy, changed], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  const c = runCli("policy", "check", changed);
  expect(c.code).toBe(1);
  expect(c.out).toContain("错误：待遇 第3行 A列（待遇编号）：");
  expect(c.out).toContain("（这一格属于合并单元格 A2:A3，值只在左上角 A2，其余格读作空白：请取消合并，在每一行填写）");
  expect(c.out).toContain("提醒：待遇 第2行 A列：A2:A3 是合并单元格：只有左上角 A2 有值，其余格读作空白：请取消合并，每格填写");
  // across the columns of one row: 英文摘要 would be lost without a word (the second breaker's finding)
  expect(c.out).toContain("提醒：人才类别 第2行 E列：E2:F2 是合并单元格：只有左上角 E2 有值，其余格读作空白：请取消合并，每格填写");
  // out in the empty space: nothing to say
  expect(c.out).not.toContain("AZ50");
  expect(c.out).toContain("提醒：条文 第3行：这一行在 Excel 中是隐藏的，照常读入");
  expect(c.out).toContain("提醒：退还：这张表在 Excel 中是隐藏的，其内容照常读入");
  expect(c.out).toContain("提醒：人才类别 F列：这一列在 Excel 中是隐藏的，照常读入");
});
