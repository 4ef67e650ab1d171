import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serve } from "./server";

/**
 * The task pane in a real browser (Debian's Chromium, headless), built as offices on an intranet deploy
 * it — office.js self-hosted — with a fake Excel host in place of office.js. Fills the calculator, runs a
 * ledger fill and a refund audit, checks what reached the sheet, and checks that no request left localhost.
 */

const root = join(__dirname, "../..");
const out = join(root, "test-output/e2e");
const shots = join(root, "test-output");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const serial = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86400000) + 25569;

const LEDGER = [
  ["某单位引进人才台账", "", "", "", "", "", "", ""],
  ["", "", "", "", "", "", "", ""],
  ["姓名", "学位", "毕业院校类型", "是否急需紧缺专业", "职称", "引进日期", "离职日期", "已发金额"],
  ["甲", "博士", "其他", "是", "无", serial("2022-07-01"), serial("2025-06-30"), 400000],
  ["乙", "硕士", "双一流", "是", "无", serial("2022-07-01"), "", ""],
  ["", "", "", "", "", "", "", ""],
  ["丙", "本科", "其他", "是", "高级技师", serial("2022-07-01"), "", ""],
];

const ROSTER = [
  ["姓名", "单位性质", "系统", "职称", "出生日期"],
  ["甲", "事业单位", "教育", "正高级", serial("1970-05-01")],
  ["乙", "事业单位", "教育", "一级教师", serial("1985-05-01")],
  ["丙", "事业单位", "卫生", "主治医师", serial("1990-05-01")],
  ["丁", "企业", "企业", "助理工程师", serial("1996-05-01")],
  ["戊", "事业单位", "卫生", "", serial("1999-05-01")],
];

const TWO_PAID = [
  ["姓名", "适用政策", "已发金额", "引进日期", "离职日期", "已发金额", "应退金额"],
  ["甲", "zhangye-2022", 150000, serial("2022-07-01"), serial("2025-06-30"), 400000, 280000],
];

const AUDIT = [
  ["姓名", "适用政策", "已发金额", "引进日期", "离职日期", "应退金额"],
  ["甲", "zhangye-2022", 400000, serial("2022-07-01"), serial("2025-06-30"), 280000],
  ["乙", "zhangye-2022", 150000, serial("2022-07-01"), serial("2025-12-31"), 97500],
];

let server: Server;
let base: string;
let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  const build = spawnSync(process.execPath, [join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "production", "--config-name", "addin"], {
    cwd: root,
    env: { ...process.env, OFFICE_JS: "local", DIST_DIR: out },
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  ({ server, url: base } = await serve(out));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 340, height: 1000 } });
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => requests.push(`pageerror:${e.message}`));
  // The page asks for its own office-js/office.js; the fake Excel host answers in its place.
  await page.route("**/office-js/office.js", (r) => r.fulfill({ contentType: "text/javascript", body: readFileSync(join(root, "test/fakes/fake-office.js"), "utf8") }));
  await page.addInitScript(
    ([ledger, audit, roster, twoPaid]) => {
      (window as unknown as { __fakeExcelInit: unknown }).__fakeExcelInit = { sheets: { 台账: ledger, 发放台账: audit, 名册: roster, 重复列: twoPaid }, active: "台账", selection: "A1" };
    },
    [LEDGER, AUDIT, ROSTER, TWO_PAID],
  );
  await page.goto(`${base}taskpane.html`);
  await page.waitForSelector("[role=tab]");
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const dump = (sheet: string) => page.evaluate((s) => (window as unknown as { __fakeExcel: { dump: (s: string) => unknown[][] } }).__fakeExcel.dump(s), sheet);
const fake = <T>(f: string) => page.evaluate((code) => new Function("x", `return ${code}`)((window as unknown as { __fakeExcel: unknown }).__fakeExcel), f) as Promise<T>;
const tab = (name: string) => page.click(`[role=tab]:has-text("${name}")`);
const status = () => page.textContent("[role=status]");

test("the calculator: category, benefits with their articles, schedule and refund", async () => {
  await page.selectOption("#panel-0 select >> nth=0", "zhangye-2022");
  await page.selectOption("#panel-0 select >> nth=2", "博士");
  await page.selectOption("#panel-0 select >> nth=3", "无");
  await page.fill("#panel-0 input[type=date] >> nth=1", "2022-07-01");
  await page.fill("#panel-0 input[type=date] >> nth=2", "2025-06-30");
  await page.fill("#panel-0 input[type=number]", "400000");
  await page.click("#calc-compute");
  const results = page.locator("#panel-0 .results");
  await results.getByText("第一类").first().waitFor();
  const text = await results.textContent();
  expect(text).toContain("一次性购房补贴 400,000 元");
  expect(text).toContain("280000 元");
  // the article behind a line is a click away
  await results.getByRole("button", { name: "第十四条第（三）项" }).first().click();
  await expect(results.locator("blockquote.article:visible").first().textContent()).resolves.toContain("应退补贴=购房补贴-（购房补贴/10×实际服务年限）");
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, "pane-calculator.png"), fullPage: true });
});

test("tabs move with the arrow keys", async () => {
  await page.focus("[role=tab] >> nth=0");
  await page.keyboard.press("ArrowRight");
  await expect(page.getAttribute("[role=tab] >> nth=1", "aria-selected")).resolves.toBe("true");
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("tab-1");
});

test("fill ledger: reads the selection, writes beside it in one block, each row with its articles and errors", async () => {
  await tab("填充台账");
  const syncsBefore = await fake<number>("x.state.syncs");
  await page.click("#ledger-read");
  await expect(status()).resolves.toContain("3 行数据");
  await page.selectOption("#panel-1 select >> nth=0", "zhangye-2022");
  await page.click("#ledger-run");
  await page.waitForFunction(() => document.querySelector("[role=status]")?.textContent?.includes("已填充"));
  const sheet = await dump("台账");
  const header = sheet[2]!.map(String);
  const at = (h: string) => header.indexOf(`【人才政策】${h}`);
  expect(at("人才类别")).toBeGreaterThan(7);
  expect(sheet[3]![at("人才类别")]).toBe("第一类");
  expect(sheet[3]![at("购房补贴（元）")]).toBe(400000);
  expect(sheet[3]![at("应退金额（元）")]).toBe(280000);
  expect(sheet[4]![at("人才类别")]).toBe("第二类");
  expect(sheet[5]!.slice(8).every((v) => v === "")).toBe(true); // the blank row stays blank
  expect(String(sheet[6]![at("错误")])).toContain("高级技师");
  expect(String(sheet[3]![at("依据")])).toContain("第十四条第（三）项");
  // reading and writing a small ledger takes a handful of round trips, not one per cell
  expect((await fake<number>("x.state.syncs")) - syncsBefore).toBeLessThanOrEqual(8);
  await page.screenshot({ path: join(shots, "pane-ledger.png"), fullPage: true });
  // one click takes it all back
  await page.click("#panel-1 .after button");
  await page.waitForFunction(() => document.querySelector("[role=status]")?.textContent?.includes("已撤销"));
  expect((await dump("台账"))[2]!.length).toBe(8);
});

test("no cell is overwritten without the user's word, and an overwrite can be undone", async () => {
  await page.evaluate(() => {
    const x = (window as unknown as { __fakeExcel: { state: { sheets: { name: string; cells: Map<string, unknown> }[] } } }).__fakeExcel;
    x.state.sheets.find((s) => s.name === "台账")!.cells.set("3,8", { value: "用户的备注", formula: null, numberFormat: "General" });
  });
  await page.click("#ledger-run");
  const dialog = page.getByRole("alertdialog");
  await expect(dialog.textContent()).resolves.toContain("1 个非空单元格");
  await page.click("[role=alertdialog] button:has-text('不覆盖')");
  expect((await dump("台账"))[3]![8]).toBe("用户的备注");

  await page.click("#ledger-run");
  await page.click("[role=alertdialog] button:has-text('覆盖并继续')");
  await page.waitForFunction(() => document.querySelector("[role=status]")?.textContent?.includes("已填充"));
  expect((await dump("台账"))[3]![8]).toBe("第一类");
  await expect(fake<string[]>("x.sheetNames()")).resolves.toContainEqual(expect.stringMatching(/^人才政策备份_.*\(Hidden\)/));
  await page.click("#panel-1 .after button");
  await page.waitForFunction(() => document.querySelector("[role=status]")?.textContent?.includes("已撤销"));
  expect((await dump("台账"))[3]![8]).toBe("用户的备注");
  await expect(fake<string[]>("x.sheetNames()")).resolves.toEqual(["台账", "发放台账", "名册", "重复列"]);
});

test("refund audit: recomputes, highlights the mismatch, adds a summary sheet", async () => {
  await page.evaluate(() => (window as unknown as { __fakeExcel: { select: (a: string, s: string) => void } }).__fakeExcel.select("A1", "发放台账"));
  await tab("退款审计");
  await page.click("#audit-read");
  await page.click("#audit-run");
  await page.waitForFunction(() => document.querySelector("[role=status]")?.textContent?.includes("已复核"));
  const sheet = await dump("发放台账");
  expect(sheet[1]!.slice(6, 9)).toEqual([280000, 0, "一致"]);
  expect(sheet[2]!.slice(6, 9)).toEqual([105000, -7500, "不一致"]);
  await expect(fake<string>("x.cell('发放台账', 'G3').fill")).resolves.toBe("#FDE2E1");
  await expect(fake<unknown[][]>("x.dump('退款审计汇总')")).resolves.toContainEqual(["不一致", 1, "", ""]);
});

test("title statistics: a report sheet with tables, native charts, a draft and the checks", async () => {
  await page.evaluate(() => (window as unknown as { __fakeExcel: { select: (a: string, s: string) => void } }).__fakeExcel.select("A1", "名册"));
  await tab("职称统计");
  await page.click("#stats-read");
  await expect(status()).resolves.toContain("5 人");
  await page.fill("#panel-3 input[type=number] >> nth=0", "2025");
  await page.click("#stats-run");
  await page.waitForFunction(() => document.querySelector("[role=status]")?.textContent?.includes("已生成工作表"));
  const report = await dump("职称统计2025");
  expect(report[0]![0]).toBe("2025年专业技术人员职称结构统计");
  expect(report.flat()).toContain("表1 职称级别人数及占比");
  await expect(fake<number>("x.state.charts.length")).resolves.toBe(2);
  await expect(fake<number>("x.state.tables.length")).resolves.toBe(7);
  const text = await page.textContent("#panel-3 .results");
  expect(text).toContain("没有职称字样的人员");
  expect(text).toContain("截止2025年底，全市企事业单位共有专业技术人员5人");
  await page.screenshot({ path: join(shots, "pane-stats.png"), fullPage: true });
});

test("two columns for one role are a question, and the mapping read is shown before computing", async () => {
  await page.evaluate(() => (window as unknown as { __fakeExcel: { select: (a: string, s: string) => void } }).__fakeExcel.select("A1", "重复列"));
  await tab("退款审计");
  await page.click("#audit-read");
  const dialog = page.getByRole("alertdialog");
  await expect(dialog.textContent()).resolves.toContain("C列“已发金额”、F列“已发金额”都可作为“已发金额”列");
  await dialog.getByRole("button", { name: "F列“已发金额”" }).click();
  const shown = page.locator("#audit-mapping");
  await expect(shown.isVisible()).resolves.toBe(true);
  await expect(shown.locator("select[data-role=paid]").inputValue()).resolves.toBe("5");
  await expect(shown.locator(".mapping-read").textContent()).resolves.toContain("已发金额 ← F列“已发金额”（按指定）");
  // 张掖第十四条第（三）项 over the chosen column: 400000 − 400000/10 × 3 whole years (2022-07-01 … 2025-06-30) = 280000, as recorded
  await page.click("#audit-run");
  await page.waitForFunction(() => document.querySelector("[role=status]")?.textContent?.includes("已复核"));
  const sheet = await dump("重复列");
  expect(sheet[1]!.slice(7, 10)).toEqual([280000, 0, "一致"]);
});

test("an overwrite says its backup is kept; 设置 lists it with its size and clears it", async () => {
  await page.evaluate(() => (window as unknown as { __fakeExcel: { select: (a: string, s: string) => void } }).__fakeExcel.select("A1", "台账"));
  await tab("填充台账");
  await page.click("#ledger-read");
  await page.evaluate(() => {
    const x = (window as unknown as { __fakeExcel: { state: { sheets: { name: string; cells: Map<string, unknown> }[] } } }).__fakeExcel;
    x.state.sheets.find((s) => s.name === "台账")!.cells.set("4,9", { value: "手写的类别", formula: null, numberFormat: "General" });
  });
  await page.click("#ledger-run");
  await page.click("[role=alertdialog] button:has-text('覆盖并继续')");
  await page.waitForFunction(() => document.querySelector("[role=status]")?.textContent?.includes("已填充"));
  await expect(status()).resolves.toMatch(/被覆盖的 1 个单元格已备份到隐藏工作表“人才政策备份_[^”]+”/);
  await tab("设置");
  const backups = page.locator("#backups .entry");
  await backups.first().waitFor();
  await expect(backups.count()).resolves.toBe(1);
  await expect(backups.first().textContent()).resolves.toMatch(/^人才政策备份_\S+：填充台账（台账!.+），1 个单元格/);
  // the history lists the writes made in other tabs since the pane opened
  await expect(page.locator("#history").textContent()).resolves.toContain("退款审计");
  await backups.first().locator("button").click();
  await page.waitForFunction(() => document.querySelector("[role=status]")?.textContent?.includes("已删除备份工作表"));
  await expect(fake<string[]>("x.sheetNames()")).resolves.not.toContainEqual(expect.stringMatching(/^人才政策备份_/));
  await expect(page.locator("#backups").textContent()).resolves.toContain("本工作簿中没有备份");
});

test("设置 in Chinese: each reading a choice in words, with its article; the keys only in the English interface", async () => {
  await tab("设置");
  const form = page.locator("#options-form");
  const text = (await form.textContent()) ?? "";
  for (const key of ["whole", "exact", "yearStart", "atLeastOne", "bachelorOnly", "endDateCounts", "true", "false"]) expect(text).not.toContain(key);
  const basis = form.locator("select[data-option=basis]");
  await expect(basis.locator("option").allTextContents()).resolves.toEqual(["按已满整年（默认）", "按实际（含小数）"]);
  await expect(form.locator("select[data-option=zhangyeMajorRule] option").allTextContents()).resolves.toEqual(["硕士与学士都须为急需紧缺专业（默认）", "仅学士须为急需紧缺专业"]);
  // the article each option switches, from the interpretation register
  await expect(form.textContent()).resolves.toMatch(/涉及条款：张掖市引进高层次急需人才办法（试行） 第六条第（三）项/);
  await basis.selectOption({ label: "按实际（含小数）" });
  await form.locator("button[type=submit]").click();
  await page.waitForFunction(() => document.querySelector("[role=status]")?.textContent?.includes("已保存"));
  await expect(fake<{ basis: string }>("x.state.settings['talentPolicy.options']")).resolves.toMatchObject({ basis: "exact" });
  await page.click("button.lang");
  await tab("Settings");
  await expect(page.locator("#options-form").textContent()).resolves.toContain("exact — exact, with the fraction");
  await expect(page.locator("#options-form").textContent()).resolves.toContain("(basis)");
  await page.click("button.lang");
}, 30_000);

test("设置 → 加载政策文件: a broken file's problems in Chinese; a good one listed with its hash, kept in the workbook, and in the calculator with its source", async () => {
  const fixture = readFileSync(join(root, "test/taskpane/fixtures/yishi-2026.json"));
  const hash = createHash("sha256").update(fixture).digest("hex").slice(0, 12);
  await tab("设置");
  await expect(page.locator("#policy-files").textContent()).resolves.toContain("单个政策文件不超过 1 MB");
  const broken = JSON.parse(fixture.toString("utf8")) as { meta: { title: string } };
  broken.meta.title = "";
  await page.setInputFiles("#policy-file-input", { name: "坏文件.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
  await page.evaluate(() => (document.querySelector("[role=status]")!.textContent = ""));
  await page.click("#policy-file-load");
  await page.waitForFunction(() => document.querySelector("[role=status]")?.textContent);
  await expect(status()).resolves.toContain("未加载");
  await expect(page.locator("#policy-file-problems").textContent()).resolves.toContain("错误：meta.title：不能为空");
  await expect(fake<unknown>("x.state.settings['talentPolicy.policyFiles']")).resolves.toBeUndefined();

  await page.setInputFiles("#policy-file-input", { name: "乙市办法.json", mimeType: "application/json", buffer: fixture });
  await page.evaluate(() => (document.querySelector("[role=status]")!.textContent = ""));
  await page.click("#policy-file-load");
  await page.waitForFunction(() => document.querySelector("[role=status]")?.textContent);
  await expect(status()).resolves.toContain("已加载政策文件");
  await expect(page.locator("#policy-file-list tbody tr").first().textContent()).resolves.toBe(`乙市办法.json${hash}yishi-2026删除`);
  await expect(fake<{ name: string }[]>("x.state.settings['talentPolicy.policyFiles']")).resolves.toEqual([expect.objectContaining({ name: "乙市办法.json" })]);

  // 第八条: 第一类 30万元 一次性购房补贴, the file named above the answers
  await tab("计算器");
  await page.selectOption("#panel-0 select >> nth=0", "yishi-2026");
  await page.selectOption("#panel-0 select >> nth=2", "博士");
  await page.selectOption("#panel-0 select >> nth=3", "无");
  await page.click("#calc-compute");
  const results = page.locator("#panel-0 .results");
  await results.getByText("第一类").first().waitFor();
  const text = await results.textContent();
  expect(text).toContain(`〔本单位录入：乙市办法.json，${hash}〕`);
  expect(text).toContain("一次性购房补贴 300,000 元");

  await tab("设置");
  await page.click("#policy-file-list button.remove-policy-file");
  await page.waitForFunction(() => document.querySelector("[role=status]")?.textContent?.includes("已删除政策文件"));
  await expect(page.locator("#policy-file-list").textContent()).resolves.toContain("本工作簿没有加载政策文件");
  await expect(fake<unknown>("x.state.settings['talentPolicy.policyFiles']")).resolves.toBeUndefined();
}, 60_000);

test("the pages ask nothing of any origin but their own", () => {
  const origin = new URL(base).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("about:"));
  expect(foreign).toEqual([]);
  expect(requests.some((u) => u.endsWith("/office-js/office.js"))).toBe(true);
});

afterAll(() => {
  if (process.env.UPDATE_SCREENSHOTS) {
    mkdirSync(join(root, "docs/images"), { recursive: true });
    for (const f of ["pane-calculator.png", "pane-ledger.png", "pane-stats.png"]) copyFileSync(join(shots, f), join(root, "docs/images", f));
  }
});
