import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Package, SINK_OPTIONS, ZipWriter } from "../src/cli/ooxml/zip";
import { randomFrom, rng } from "./util";

/**
 * Issue 10's benchmark: the command line on a 100,000- and a 1,000,000-row ledger (and the stats command on
 * a 1,000,000-row roster), each in a child process as users run it, against the floor — a plain unzip and
 * rezip of the same file (every part inflated and deflated again, nothing parsed) — measured in the same
 * run: wall time, CPU time (user + system) and peak memory (maxRSS of the child), as ratios; the audit
 * command on a 200,000-row disbursement ledger too. Targets: time ≤ 3× the floor, peak
 * memory under 500 MB at 1,000,000 rows.
 */

const LEDGER_HEADERS = ["姓名", "学位", "毕业院校类型", "是否急需紧缺专业", "职称", "引进日期", "离职日期", "已发金额", "备注", "联系电话", "所在单位", "补贴项目"];
const ROSTER_HEADERS = ["序号", "姓名", "单位性质", "系统", "职称", "出生日期"];
const AUDIT_HEADERS = ["姓名", "适用政策", "人才类别", "补贴项目", "已发金额", "引进日期", "离职日期", "离开原因", "应退金额"];

/** A ledger written straight into a package (exceljs cannot build a million rows): shared strings for words and names, date styles. */
async function writeWorkbook(path: string, headers: string[], n: number, row: (i: number, r: () => number, s: (w: string) => number) => string): Promise<void> {
  const words = new Map<string, number>();
  const sst: string[] = [];
  const s = (w: string) => {
    let i = words.get(w);
    if (i === undefined) {
      i = sst.length;
      sst.push(w);
      words.set(w, i);
    }
    return i;
  };
  headers.forEach(s);
  const r = rng(11);
  const head = `<row r="1">${headers.map((h, c) => `<c r="${String.fromCharCode(65 + c)}1" t="s"><v>${s(h)}</v></c>`).join("")}</row>`;
  const out = createWriteStream(path);
  const zip = new ZipWriter(out);
  const part = (x: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${x}`;
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  await zip.add("[Content_Types].xml", part(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`));
  await zip.add("_rels/.rels", part(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`));
  await zip.add("xl/workbook.xml", part(`<workbook ${NS}><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`));
  await zip.add("xl/_rels/workbook.xml.rels", part(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`));
  await zip.add("xl/styles.xml", part(`<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`));
  await zip.addStream(
    "xl/worksheets/sheet1.xml",
    (async function* () {
      yield part(`<worksheet ${NS}><dimension ref="A1:${String.fromCharCode(64 + headers.length)}${n + 1}"/><sheetData>${head}`);
      let chunk = "";
      for (let i = 0; i < n; i++) {
        chunk += row(i, r, s);
        if (chunk.length > 1 << 16) {
          yield chunk;
          chunk = "";
        }
      }
      yield `${chunk}</sheetData><dataValidations count="1"><dataValidation type="list" sqref="D2:D1048576"><formula1>"是,否"</formula1></dataValidation></dataValidations></worksheet>`;
    })(),
  );
  await zip.addStream(
    "xl/sharedStrings.xml",
    (async function* () {
      yield part(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sst.length}" uniqueCount="${sst.length}">`);
      for (let i = 0; i < sst.length; i += 10000) yield sst.slice(i, i + 10000).map((w) => `<si><t>${w}</t></si>`).join("");
      yield "</sst>";
    })(),
  );
  await zip.end();
  await new Promise((res) => out.end(res));
}

const START = 44743; // 2022-07-01

function ledgerRow(i: number, r: () => number, s: (w: string) => number): string {
  const n = i + 2;
  const t = (c: string, w: string) => `<c r="${c}${n}" t="s"><v>${s(w)}</v></c>`;
  const left = r() < 0.2 ? `<c r="G${n}" s="1"><v>${START + 800 + Math.floor(r() * 2000)}</v></c>` : "";
  return (
    `<row r="${n}">${t("A", `人员${i}`)}${t("B", randomFrom(r, ["博士", "硕士", "本科"]))}${t("C", randomFrom(r, ["双一流", "其他", "985"]))}${t("D", randomFrom(r, ["是", "否"]))}` +
    `${t("E", randomFrom(r, ["正高级", "副高级", "中级", "无"]))}<c r="F${n}" s="1"><v>${START + Math.floor(r() * 700)}</v></c>${left}<c r="H${n}"><v>${randomFrom(r, [400000, 150000, 50000])}</v></c>` +
    `${t("I", randomFrom(r, ["", "已公示", "待复核"]) || "无")}<c r="J${n}"><v>${13900000000 + i}</v></c>${t("K", randomFrom(r, ["市第一中学", "市人民医院", "农科院", "某公司"]))}${t("L", "购房补贴")}</row>`
  );
}

function rosterRow(i: number, r: () => number, s: (w: string) => number): string {
  const n = i + 2;
  const t = (c: string, w: string) => `<c r="${c}${n}" t="s"><v>${s(w)}</v></c>`;
  return (
    `<row r="${n}"><c r="A${n}"><v>${i + 1}</v></c>${t("B", `人员${i}`)}${t("C", randomFrom(r, ["事业单位", "事业单位", "企业", "机关"]))}${t("D", randomFrom(r, ["教育", "卫生", "农业", "工业", "林业"]))}` +
    `${t("E", randomFrom(r, ["正高级工程师", "副教授", "高级教师", "主治医师", "中级", "助理工程师", "未评聘", "高级技师"]))}<c r="F${n}" s="1"><v>${20000 + Math.floor(r() * 16000)}</v></c></row>`
  );
}

/** A disbursement ledger to audit (as examples/disbursement-audit.xlsx): most rows left, some refunds recorded wrong. */
function auditRow(i: number, r: () => number, s: (w: string) => number): string {
  const n = i + 2;
  const t = (c: string, w: string) => `<c r="${c}${n}" t="s"><v>${s(w)}</v></c>`;
  const left = r() < 0.7;
  const paid = randomFrom(r, [400000, 150000, 50000, 36000]);
  return (
    `<row r="${n}">${t("A", `人员${i}`)}${t("B", "zhangye-2022")}${t("C", randomFrom(r, ["第一类", "第二类", "第三类"]))}${t("D", randomFrom(r, ["购房补贴", "购房补贴", "租房补贴", "生活补贴"]))}<c r="E${n}"><v>${paid}</v></c>` +
    `<c r="F${n}" s="1"><v>${START + Math.floor(r() * 700)}</v></c>${left ? `<c r="G${n}" s="1"><v>${START + 800 + Math.floor(r() * 1000)}</v></c>${t("H", randomFrom(r, ["个人原因", "个人原因", "单位原因", "试用期不合格"]))}` : ""}` +
    `<c r="I${n}"><v>${left ? Math.round(paid * randomFrom(r, [0, 0.3, 0.6, 0.7])) : 0}</v></c></row>`
  );
}

/** `node dist/bench.js --make-audit OUT N`: the bench's disbursement ledger, for the audit command. */
export function makeAudit(path: string, n: number): Promise<void> {
  return writeWorkbook(path, AUDIT_HEADERS, n, auditRow);
}

/** `node dist/bench.js --make-ledger OUT N`: the bench's ledger, for profiling one command by hand. */
export function makeLedger(path: string, n: number): Promise<void> {
  return writeWorkbook(path, LEDGER_HEADERS, n, ledgerRow);
}

/** `node dist/bench.js --make-roster OUT N`: the bench's roster, for the stats command. */
export function makeRoster(path: string, n: number): Promise<void> {
  return writeWorkbook(path, ROSTER_HEADERS, n, rosterRow);
}

/** `node dist/bench.js --rezip IN OUT`: the floor — every part inflated and deflated again, nothing parsed. */
export async function rezip(input: string, output: string): Promise<void> {
  const pkg = await Package.open(input);
  const out = createWriteStream(output, SINK_OPTIONS);
  const zip = new ZipWriter(out);
  for (const name of pkg.order) await zip.addStream(name, await pkg.stream(name));
  await zip.end();
  await new Promise((res) => out.end(res));
  pkg.close();
}

interface Measured {
  seconds: number;
  /** user + system CPU time of the child: less at the mercy of whatever else the machine runs than wall time. */
  cpu: number;
  mb: number;
  code: number | null;
  err: string;
}

/** A child process: wall time, and its CPU time and peak resident memory (written by a preload at exit). */
function measure(dir: string, args: string[]): Measured {
  const usageFile = join(dir, "usage");
  const preload = join(dir, "usage.js");
  // a line from each process: the command starts a second node for the file jobs (src/cli/index.ts), whose
  // memory is the peak and whose CPU time is added to the first's
  writeFileSync(preload, `process.on("exit", () => { const u = process.resourceUsage(); require("fs").appendFileSync(${JSON.stringify(usageFile)}, JSON.stringify([u.maxRSS, u.userCPUTime + u.systemCPUTime]) + "\\n"); });`);
  rmSync(usageFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--max-old-space-size=4096", "-r", preload, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  let kb = NaN;
  let micros = NaN;
  try {
    const lines = readFileSync(usageFile, "utf8").trim().split("\n").map((l) => JSON.parse(l) as [number, number]);
    kb = Math.max(...lines.map(([k]) => k));
    micros = lines.reduce((sum, [, m]) => sum + m, 0);
  } catch {
    // killed before exit
  }
  return { seconds, cpu: micros / 1e6, mb: kb / 1024, code: r.status, err: r.stderr.split("\n").filter((l) => l.startsWith("错误") || l.startsWith("内部")).join(" ") };
}

export async function benchCliStream(out: (s: string) => void, cli: string, bench: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "talent-cli-bench-"));
  try {
    const cases: { label: string; n: number; headers: string[]; row: typeof ledgerRow; args: (input: string, output: string) => string[] }[] = [
      { label: "ledger", n: 100_000, headers: LEDGER_HEADERS, row: ledgerRow, args: (i, o) => ["ledger", i, "-o", o, "--policy", "zhangye-2022", "--force"] },
      { label: "ledger", n: 1_000_000, headers: LEDGER_HEADERS, row: ledgerRow, args: (i, o) => ["ledger", i, "-o", o, "--policy", "zhangye-2022", "--force"] },
      { label: "stats", n: 1_000_000, headers: ROSTER_HEADERS, row: rosterRow, args: (i, o) => ["stats", i, "-o", o, "--year", "2025", "--force"] },
      { label: "audit", n: 200_000, headers: AUDIT_HEADERS, row: auditRow, args: (i, o) => ["audit", i, "-o", o, "--force"] },
    ];
    for (const c of cases) {
      const input = join(dir, `${c.label}-${c.n}.xlsx`);
      await writeWorkbook(input, c.headers, c.n, c.row);
      const size = statSync(input).size / 1024 / 1024;
      // floor and command alternately, twice each at 100k, once at 1M
      const runs = c.n <= 100_000 ? 2 : 1;
      const floors: Measured[] = [];
      const ours: Measured[] = [];
      for (let k = 0; k < runs; k++) {
        floors.push(measure(dir, [bench, "--rezip", input, join(dir, "rezip.xlsx")]));
        ours.push(measure(dir, [cli, ...c.args(input, join(dir, "out.xlsx"))]));
      }
      const best = (xs: Measured[]) => xs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      const f = best(floors);
      const o = best(ours);
      out(`  ${c.label}, ${c.n.toLocaleString("en")} rows (${size.toFixed(1)} MB file):`);
      out(`    unzip + rezip (floor): ${f.seconds.toFixed(2)} s (CPU ${f.cpu.toFixed(2)} s), peak ${f.mb.toFixed(0)} MB`);
      out(`    talent-policy ${c.label}: ${o.seconds.toFixed(2)} s (CPU ${o.cpu.toFixed(2)} s), peak ${o.mb.toFixed(0)} MB${o.code === 0 ? "" : ` (exit ${o.code}: ${o.err})`}`);
      out(`    ratio: time ${(o.seconds / f.seconds).toFixed(2)}× (target ≤ 3×; CPU ${(o.cpu / f.cpu).toFixed(2)}×), memory ${(o.mb / f.mb).toFixed(2)}× ${c.n >= 1_000_000 ? `(target < 500 MB: ${o.mb < 500 ? "met" : "NOT met"})` : ""}`);
      rmSync(input, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
