import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync, strFromU8 } from "fflate";
import { handmadeLedger, LEDGER_PART } from "./fixtures/handmade";
import { runCli } from "./run-cli";

/** Every message and output rule of the command line, as users meet them: Chinese, early, exit code 2. */
const root = join(__dirname, "../..");
const cli = join(root, "dist/cli.js");
const examples = join(root, "examples");

const run = runCli;

// each test runs the command in child processes, seconds each on a loaded machine
jest.setTimeout(120_000);

let dir: string;
let ledger: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "talent-msg-"));
  ledger = join(dir, "台账.xlsx");
  writeFileSync(ledger, handmadeLedger());
});

const noTrace = (s: string) => expect(s).not.toMatch(/\n\s+at |内部错误|Error:/);

describe("the kind of a file that is not a workbook is named", () => {
  const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  test.each([
    ["an .xls (OLE2 compound file)", Buffer.concat([ole2, Buffer.alloc(2000, 1), Buffer.from("Workbook", "utf16le")]), "旧版 Excel 97–2003 工作簿（.xls"],
    ["an encrypted workbook (OLE2 with EncryptionInfo)", Buffer.concat([ole2, Buffer.alloc(2000, 1), Buffer.from("EncryptionInfo", "utf16le")]), "加密"],
    ["a CSV file", Buffer.from("姓名,学历,已发金额\n甲,博士,400000\n"), "CSV"],
    ["an empty file", Buffer.alloc(0), "空文件"],
    ["a truncated zip", Buffer.from(handmadeLedger()).subarray(0, 900), "文件不完整"],
    ["a zip that is not a workbook", Buffer.from(zipSync({ "word/document.xml": strToU8("<w:document/>") })), "不是 Excel 工作簿"],
  ])("%s", (_what, bytes, words) => {
    const f = join(dir, "in.xlsx");
    writeFileSync(f, bytes);
    const r = run("audit", f, "-o", join(dir, "out.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain(words);
    noTrace(r.err);
    expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
  });
});

describe("arguments", () => {
  test.each([
    ["--yaer", "2024", "--year"],
    ["--truncte", "", "--truncate"],
    ["--sheeet", "x", "--sheet"],
  ])("unknown flag %s names the nearest known one and stops", (bad, value, near) => {
    const r = run("stats", join(examples, "roster-2025.xlsx"), "-o", join(dir, "o.xlsx"), bad, ...(value ? [value] : []));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`不认识选项 ${bad}`);
    expect(r.err).toContain(`是否想写 ${near}`);
    expect(existsSync(join(dir, "o.xlsx"))).toBe(false);
  });

  test("--polcy on audit: the nearest flag", () => {
    const r = run("audit", ledger, "-o", join(dir, "o.xlsx"), "--polcy", "zhangye-2022");
    expect([r.code, r.err.includes("是否想写 --policy")]).toEqual([2, true]);
  });

  test("an unknown --option key is named, with the nearest", () => {
    const r = run("audit", ledger, "-o", join(dir, "o.xlsx"), "--option", "bases=exact");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--option 不认识键“bases”，是否想写 basis？");
  });

  test("a second input file is an error", () => {
    const r = run("ledger", ledger, join(examples, "zhangye-ledger.xlsx"), "-o", join(dir, "o.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("只处理一个输入文件，却给了 2 个");
  });

  test("--help exits 0 and prints the usage on stdout; no arguments is usage on stderr and 2", () => {
    const r = run("--help");
    expect([r.code, r.out.includes("用法")]).toEqual([0, true]);
    expect(run("ledger", "--help").code).toBe(0);
    const none = run();
    expect([none.code, none.err.includes("用法")]).toEqual([2, true]);
  });

  test("a closed pipe ends quietly", () => {
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${cli}" --help | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("status=0");
  });
});

describe("outputs never touch inputs", () => {
  test("the input through a symlink, a hard link or a symlinked folder is refused, even with --force", () => {
    const before = readFileSync(ledger);
    symlinkSync(ledger, join(dir, "link.xlsx"));
    linkSync(ledger, join(dir, "hard.xlsx"));
    symlinkSync(dir, join(dir, "folder"));
    for (const out of ["link.xlsx", "hard.xlsx", "folder/台账.xlsx"]) {
      const r = run("audit", ledger, "-o", join(dir, out), "--force");
      expect(r.code).toBe(2);
      expect(r.err).toContain("就是输入文件");
    }
    expect(readFileSync(ledger).equals(before)).toBe(true);
  });

  test("--claims is an input too", () => {
    const claims = join(dir, "c.xlsx");
    writeFileSync(claims, readFileSync(join(examples, "report-2025-claims.xlsx")));
    const r = run("stats", join(examples, "roster-2025.xlsx"), "--claims", claims, "-o", claims, "--force", "--year", "2025");
    expect(r.code).toBe(2);
    expect(r.err).toContain("就是输入文件");
  });

  test("a folder, a wrong extension, a missing folder: said before anything is read", () => {
    mkdirSync(join(dir, "sub"));
    expect(run("audit", ledger, "-o", join(dir, "sub")).err).toContain("是一个文件夹");
    const csv = run("audit", ledger, "-o", join(dir, "结果.csv"));
    expect([csv.code, csv.err.includes("输出文件应为 .xlsx 或 .xlsm 工作簿")]).toEqual([2, true]);
    const missing = run("audit", ledger, "-o", join(dir, "nope", "o.xlsx"));
    expect(missing.err).toContain("输出文件夹不存在");
    expect(existsSync(join(dir, "nope"))).toBe(false);
    const notDir = run("audit", ledger, "-o", join(ledger, "o.xlsx"));
    expect(notDir.code).toBe(2);
    noTrace(notDir.err);
  });

  test("an existing output needs --force", () => {
    writeFileSync(join(dir, "o.xlsx"), "keep");
    expect(run("audit", ledger, "-o", join(dir, "o.xlsx")).err).toContain("--force");
    expect(readFileSync(join(dir, "o.xlsx"), "utf8")).toBe("keep");
    expect(run("audit", ledger, "-o", join(dir, "o.xlsx"), "--force").code).toBe(0);
  });

  test("the output is written 0600 beside the target and renamed; nothing else is left", () => {
    expect(run("audit", ledger, "-o", join(dir, "o.xlsx")).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["o.xlsx", "台账.xlsx"]);
    expect(statSync(join(dir, "o.xlsx")).mode & 0o777).toBe(0o600);
  });

  test("a protected sheet: said, and written only with --force (protection kept)", () => {
    writeFileSync(ledger, handmadeLedger({ protectLedger: true }));
    const r = run("audit", ledger, "-o", join(dir, "o.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("设有工作表保护");
    expect(r.err).toContain("--force");
    const forced = run("audit", ledger, "-o", join(dir, "o.xlsx"), "--force");
    expect(forced.code).toBe(0);
    const sheet = strFromU8(unzipSync(readFileSync(join(dir, "o.xlsx")))[LEDGER_PART]!);
    expect(sheet).toContain('<x:sheetProtection password="CC3D" sheet="1"');
  });
});

describe("the sheet, the mapping, the formulas", () => {
  test("a sheet whose XML stops inside a top row: a Chinese message, not an internal error (nor a loop)", () => {
    const parts = unzipSync(handmadeLedger());
    const xml = strFromU8(parts[LEDGER_PART]!);
    // cut inside the third row, among the rows the header is looked for in
    const third = xml.indexOf('<x:row r="3"');
    expect(third).toBeGreaterThan(0);
    parts[LEDGER_PART] = strToU8(xml.slice(0, third + 40));
    const cut = join(dir, "截断.xlsx");
    writeFileSync(cut, zipSync(parts));
    const r = run("audit", cut, "-o", join(dir, "o.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("错误：工作表的 XML 不完整或格式有误");
    expect(r.err).not.toContain("内部错误");
  });

  test("a hidden first sheet is not used unless --sheet names it; the sheet used is printed and recorded", () => {
    const parts = unzipSync(handmadeLedger());
    let wb = strFromU8(parts["xl/workbook.xml"]!);
    wb = wb.replace('<x:sheet name="补贴发放台账" sheetId="1" r:id="rId1"/><x:sheet name="汇总" sheetId="2" r:id="rId2"/>', '<x:sheet name="旧台账" sheetId="2" state="hidden" r:id="rId2"/><x:sheet name="补贴发放台账" sheetId="1" r:id="rId1"/>');
    parts["xl/workbook.xml"] = strToU8(wb);
    // the hidden sheet gets a ledger header of its own
    parts["xl/worksheets/sheet2.xml"] = parts[LEDGER_PART]!;
    writeFileSync(ledger, zipSync(parts));
    const r = run("audit", ledger, "-o", join(dir, "o.xlsx"));
    expect(r.code).toBe(0);
    expect(r.err).toContain("工作表：“补贴发放台账”；未读隐藏的工作表 “旧台账”（要用请加 --sheet）");
    const out = unzipSync(readFileSync(join(dir, "o.xlsx")));
    expect(Buffer.from(out["xl/worksheets/sheet2.xml"]!).equals(Buffer.from(parts["xl/worksheets/sheet2.xml"]!))).toBe(true);
    expect(strFromU8(out["xl/worksheets/sheet3.xml"]!)).toContain("未读隐藏的工作表");
    const named = run("audit", ledger, "-o", join(dir, "o2.xlsx"), "--sheet", "旧台账");
    expect([named.code, named.err.includes("隐藏的工作表，按 --sheet 指定")]).toEqual([0, true]);
  });

  test("--map by header or letter overrides the guess; the mapping is printed and on the 说明 sheet", () => {
    const r = run("audit", ledger, "-o", join(dir, "o.xlsx"), "--map", "已发金额=E", "--map", "应退金额=应退金额");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/已发金额 ← E列“[^”]*已发金额”（按指定）/);
    const notes = strFromU8(unzipSync(readFileSync(join(dir, "o.xlsx")))["xl/worksheets/sheet3.xml"]!);
    expect(notes).toMatch(/已发金额 ← E列“[^”]*已发金额”（按指定）/);
    const bad = run("audit", ledger, "-o", join(dir, "o2.xlsx"), "--map", "工资=E");
    expect([bad.code, bad.err.includes("未知的列角色“工资”")]).toEqual([2, true]);
    const noCol = run("audit", ledger, "-o", join(dir, "o3.xlsx"), "--map", "已发金额=实发");
    expect([noCol.code, noCol.err.includes("找不到列“实发”")]).toEqual([2, true]);
  });

  test("a formula without a cached value in a column the job reads: the cell named, open and save first", () => {
    const parts = unzipSync(handmadeLedger());
    parts[LEDGER_PART] = strToU8(strFromU8(parts[LEDGER_PART]!).replace('<x:c r="I4"><x:v>150000</x:v></x:c>', '<x:c r="I4"><x:f>E4-30000</x:f></x:c>'));
    writeFileSync(ledger, zipSync(parts));
    const r = run("audit", ledger, "-o", join(dir, "o.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("单元格 I4 是公式，但文件中没有保存它的计算结果");
    expect(r.err).toContain("在 Excel 或 WPS 中打开该文件并保存一次");
  });

  test("…also far below the header (pass 1 scans the rows past the top ones without parsing them)", () => {
    const parts = unzipSync(handmadeLedger());
    const xml = strFromU8(parts[LEDGER_PART]!);
    const row = xml.match(/<x:row r="3"[\s\S]*?<\/x:row>/)![0];
    const more = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25].map((i) => row.replace(/r="3"/, `r="${i}"`).replace(/([A-Z]+)3"/g, `$1${i}"`)).join("");
    const uncached = '<x:row r="40"><x:c r="A40" t="inlineStr"><x:is><x:t>丙</x:t></x:is></x:c><x:c r="E40"><x:f>SUM(E3:E4)</x:f></x:c></x:row>';
    parts[LEDGER_PART] = strToU8(xml.replace("</x:sheetData>", `${more}${uncached}</x:sheetData>`).replace('<x:row r="6">', '<x:row r="6">'));
    writeFileSync(ledger, zipSync(parts));
    const r = run("audit", ledger, "-o", join(dir, "o.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("单元格 E40 是公式");
  });
});

describe("interrupted writes leave nothing behind", () => {
  /** A ledger large enough to be caught mid-write: 60,000 rows of the sample's shape. */
  const writeLargeLedger = () => {
    const parts = unzipSync(handmadeLedger());
    const xml = strFromU8(parts[LEDGER_PART]!);
    const row = xml.match(/<x:row r="3"[\s\S]*?<\/x:row>/)![0];
    const rows: string[] = [];
    for (let i = 5; i < 60_005; i++) rows.push(row.replace(/r="3"/, `r="${i}"`).replace(/([A-Z]+)3"/g, `$1${i}"`));
    parts[LEDGER_PART] = strToU8(xml.replace("<x:row r=\"6\">", `${rows.join("")}<x:row r="60006">`).replace(/r="A6"|r="XFD6"/g, (m) => m.replace("6", "60006")));
    writeFileSync(ledger, zipSync(parts));
  };

  test.each(["SIGINT", "SIGTERM"] as const)("%s while the output is being written", async (signal) => {
    writeLargeLedger();
    const child = spawn(process.execPath, [cli, "audit", ledger, "-o", join(dir, "o.xlsx")], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += String(d)));
    let sawTemp = false;
    const exited = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
    for (let i = 0; i < 600 && !sawTemp; i++) {
      const temp = readdirSync(dir).find((f) => f.endsWith(".tmp"));
      if (temp) {
        sawTemp = true;
        expect(statSync(join(dir, temp)).mode & 0o777).toBe(0o600);
        child.kill(signal);
      } else await new Promise((r) => setTimeout(r, 20));
    }
    expect(sawTemp).toBe(true);
    const code = await exited;
    expect(code).toBe(signal === "SIGINT" ? 130 : 143);
    expect(stderr).toContain("已中止");
    expect(readdirSync(dir).sort()).toEqual(["台账.xlsx"]);
  }, 120_000);

  test("SIGKILL of the command: the node running the job stops too, and leaves nothing", async () => {
    writeLargeLedger();
    const child = spawn(process.execPath, [cli, "audit", ledger, "-o", join(dir, "o.xlsx")], { stdio: "ignore" });
    let sawTemp = false;
    for (let i = 0; i < 600 && !sawTemp; i++) {
      if (readdirSync(dir).some((f) => f.endsWith(".tmp"))) {
        sawTemp = true;
        child.kill("SIGKILL");
      } else await new Promise((r) => setTimeout(r, 20));
    }
    expect(sawTemp).toBe(true);
    // the job's own node sees its parent gone and stops as at SIGTERM: no output, no temporary file
    for (let i = 0; i < 250 && readdirSync(dir).length > 1; i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 500));
    expect(readdirSync(dir).sort()).toEqual(["台账.xlsx"]);
  }, 120_000);
});

describe("file-system errors in Chinese, before computing", () => {
  (process.getuid?.() === 0 ? test.skip : test)("a folder without write permission", () => {
    mkdirSync(join(dir, "ro"));
    chmodSync(join(dir, "ro"), 0o500);
    const r = run("audit", ledger, "-o", join(dir, "ro", "o.xlsx"));
    expect(r.err).toContain("没有权限");
  });
});
