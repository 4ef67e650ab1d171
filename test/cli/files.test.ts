import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./run-cli";

/** The ledger and audit commands on real .xlsx files, in a child process as users run them. */
const root = join(__dirname, "../..");
const examples = join(root, "examples");

const run = runCli;

const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

async function sheetRows(file: string, name?: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = name ? wb.getWorksheet(name)! : wb.worksheets[0]!;
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

// each test runs the command in child processes, seconds each on a loaded machine
jest.setTimeout(120_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "talent-cli-"));
});

describe("talent-policy ledger", () => {
  test("fills the sample ledger (title row merged, a blank row) without touching the input", async () => {
    const input = join(dir, "in.xlsx");
    copyFileSync(join(examples, "zhangye-ledger.xlsx"), input);
    const before = sha(input);
    const r = run("ledger", input, "-o", join(dir, "out.xlsx"), "--policy", "zhangye-2022");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^已填充 15 行（其中 4 行有错误/);
    expect(sha(input)).toBe(before);
    const rows = await sheetRows(join(dir, "out.xlsx"));
    const header = rows[2]!.map(String);
    const at = (h: string) => header.indexOf(`【人才政策】${h}`);
    expect(rows[3]![at("人才类别")]).toBe("第一类");
    expect(rows[3]![at("购房补贴（元）")]).toBe(400000);
    expect(rows[4]![at("应退金额（元）")]).toBe(105000); // 李静: 3 full years of 15万
    expect(rows[11]?.every((v) => v === null || v === undefined) ?? true).toBe(true); // the blank row stays blank
    expect(readdirSync(dir).sort()).toEqual(["in.xlsx", "out.xlsx"]); // no temporary file left behind
  });

  test.each(["alashankou", "turpan", "kuitun", "pingdingshan", "linxia"])("the %s sample runs", (city) => {
    const id = { alashankou: "alashankou-2014", turpan: "turpan-2025", kuitun: "kuitun-2025", pingdingshan: "pingdingshan-2018", linxia: "linxia-2021" }[city]!;
    const r = run("ledger", join(examples, `${city}-ledger.xlsx`), "-o", join(dir, "out.xlsx"), "--policy", id);
    expect([r.code, r.out.startsWith("已填充")]).toEqual([0, true]);
  });

  test("a roster of several cities: the document from city and date", async () => {
    const r = run("ledger", join(examples, "mixed-roster.xlsx"), "-o", join(dir, "out.xlsx"));
    expect(r.code).toBe(0);
    const rows = await sheetRows(join(dir, "out.xlsx"));
    const header = rows[2]!.map(String);
    const policies = rows.slice(3).map((x) => x[header.indexOf("【人才政策】适用政策")] ?? null);
    expect(policies).toEqual(["zhangye-2022", null, "alashankou-2014", "turpan-2025", null, "kuitun-2025", null, null]);
    const errors = rows.slice(3).map((x) => String(x[header.indexOf("【人才政策】错误")] ?? ""));
    expect(errors[1]).toContain("市委发〔2016〕12号");
    expect(errors[4]).toContain("引进优秀人才若干政策的暂行规定");
    expect(errors[6]).toContain("已失效");
    expect(errors[7]).toContain("未收录“北京”");
  });

  test("refuses to overwrite an existing output, or to write over the input", () => {
    const out = join(dir, "out.xlsx");
    writeFileSync(out, "keep me");
    const r = run("ledger", join(examples, "zhangye-ledger.xlsx"), "-o", out, "--policy", "zhangye-2022");
    expect([r.code, r.err.includes("--force")]).toEqual([2, true]);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect(run("ledger", join(examples, "zhangye-ledger.xlsx"), "-o", join(examples, "zhangye-ledger.xlsx"), "--force").code).toBe(2);
    expect(run("ledger", join(examples, "zhangye-ledger.xlsx"), "-o", out, "--policy", "zhangye-2022", "--force").code).toBe(0);
  });

  test("a broken file is a clear message and exit code 2, and no output", () => {
    const bad = join(dir, "broken.xlsx");
    writeFileSync(bad, "PK\u0003\u0004 this is not really a workbook");
    const r = run("ledger", bad, "-o", join(dir, "out.xlsx"), "--policy", "zhangye-2022");
    expect(r.code).toBe(2);
    expect(r.err).toContain("文件不完整（zip 压缩包被截断");
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
    expect(run("ledger", join(dir, "missing.xlsx"), "-o", join(dir, "o.xlsx")).err).toContain("找不到文件");
  });

  test("a sheet without the needed columns names them", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("s").addRows([["姓名", "备注"], ["甲", "x"]]);
    await wb.xlsx.writeFile(join(dir, "in.xlsx"));
    const r = run("ledger", join(dir, "in.xlsx"), "-o", join(dir, "out.xlsx"));
    expect([r.code, r.err.includes("表头")]).toEqual([2, true]);
  });

  test("a large file (30,000 rows) goes through and reports progress", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("台账");
    ws.addRow(["姓名", "学位", "毕业院校类型", "是否急需紧缺专业", "职称", "引进日期", "离职日期", "已发金额"]);
    for (let i = 0; i < 30000; i++) {
      ws.addRow([`人员${i}`, i % 3 === 0 ? "博士" : "硕士", i % 2 ? "双一流" : "其他", "是", "无", new Date(Date.UTC(2022, 6, 1)), i % 5 === 0 ? new Date(Date.UTC(2025, 5, 30)) : null, 400000]);
    }
    await wb.xlsx.writeFile(join(dir, "big.xlsx"));
    const r = run("ledger", join(dir, "big.xlsx"), "-o", join(dir, "out.xlsx"), "--policy", "zhangye-2022");
    expect(r.code).toBe(0);
    expect(r.out).toContain("已填充 30000 行");
    expect(r.err).toContain("填充台账 30000/30000 行（100%）");
  }, 120_000);
});

describe("talent-policy audit", () => {
  test("flags the wrong refunds of the sample and adds a summary sheet", async () => {
    const input = join(examples, "disbursement-audit.xlsx");
    const before = sha(input);
    const r = run("audit", input, "-o", join(dir, "audit.xlsx"));
    expect(r.code).toBe(0);
    // 18 rows, one per item paid: the five wrong ones named in scripts/make-examples.ts; 寅 (阿拉山口) has no refund article
    expect(r.out).toContain("一致 12，不一致 5，无法复核 1");
    expect(sha(input)).toBe(before);
    const summary = await sheetRows(join(dir, "audit.xlsx"), "退款审计汇总");
    expect(summary).toContainEqual(["不一致", 5]);
    expect(summary).toContainEqual(["张掖市引进高层次急需人才办法（试行）（zhangye-2022）", "第十四条第（三）项", "应退补贴=购房补贴-（购房补贴/10×实际服务年限）", 9]);
  });

  test("only the mismatched rows are highlighted; amounts carry the money format", async () => {
    const r = run("audit", join(examples, "disbursement-audit.xlsx"), "-o", join(dir, "audit.xlsx"));
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "audit.xlsx"));
    const ws = wb.worksheets[0]!;
    let headerRow = 0;
    let first = 0;
    ws.eachRow((row, n) => {
      row.eachCell((cell, c) => {
        if (!first && String(cell.value).startsWith("【人才政策】")) [headerRow, first] = [n, c];
      });
    });
    expect(first).toBeGreaterThan(0);
    const fills: boolean[] = [];
    const formats = new Set<string>();
    for (let n = headerRow + 1; n <= ws.rowCount; n++) {
      const cell = ws.getRow(n).getCell(first);
      if (cell.value === null) continue;
      fills.push((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === "FFFDE2E1");
      if (typeof cell.value === "number") formats.add(cell.numFmt);
    }
    expect(fills.filter(Boolean)).toHaveLength(5);
    expect(fills.length).toBeGreaterThan(5);
    expect([...formats]).toEqual(["#,##0.00"]);
    expect((ws.getRow(headerRow).getCell(first).font as Partial<ExcelJS.Font>).bold).toBe(true);
  });

  test("basis=exact is a reading the auditor can choose", () => {
    const r = run("audit", join(examples, "disbursement-audit.xlsx"), "-o", join(dir, "a.xlsx"), "--option", "basis=exact");
    expect(r.out).toContain("不一致");
  });
});
