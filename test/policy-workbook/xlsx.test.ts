import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { formatProblem, gridsToPolicy, SHEETS } from "../../src/policy-workbook";
import { readPolicyWorkbook, writePolicyWorkbook } from "../../src/policy-workbook/xlsx";
import { blanksAsSheetsHaveThem, BUILT_IN_IDS, builtInCases, builtInFile } from "./builtins";
import { fixtureGrids } from "../../scripts/shiyi-policy";

const dir = mkdtempSync(join(tmpdir(), "policy-workbook-"));
afterAll(() => process.env.KEEP_XLSX ? undefined : rmSync(dir, { recursive: true, force: true }));

describe("a built-in document through a real .xlsx file", () => {
  test.each(BUILT_IN_IDS)("%s: written by writePolicyWorkbook, read back the same", async (id) => {
    const file = { ...builtInFile(id), cases: builtInCases(id) };
    const path = join(dir, `${id}.xlsx`);
    await writePolicyWorkbook(file, path);
    const { file: back, problems } = gridsToPolicy(await readPolicyWorkbook(path));
    expect(problems.map(formatProblem)).toEqual([]);
    // dates in 预期 are date cells of the file; blank arguments as round-trip.test.ts says
    expect(back).toEqual({ ...file, cases: blanksAsSheetsHaveThem(file.cases) });
  });
});

describe("the blank template", () => {
  test("说明 shows, for every sheet the office fills, its headers and one worked example row", async () => {
    const path = join(dir, "说明.xlsx");
    await writePolicyWorkbook(null, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const guide = wb.getWorksheet("说明")!;
    const rows: unknown[][] = [];
    guide.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    for (const ws of wb.worksheets.filter((w) => !["说明", "词表"].includes(w.name))) {
      const at = rows.findIndex((r) => r[0] === `工作表“${ws.name}”`);
      expect(at).toBeGreaterThan(0);
      const headers = (ws.getRow(1).values as unknown[]).slice(1);
      expect(rows[at + 2]).toEqual(headers);
      const example = rows[at + 3]!;
      expect(example.filter((x) => x !== null && x !== undefined).length).toBeGreaterThanOrEqual(2);
      // the example fills only columns of the sheet
      expect(example.length).toBeLessThanOrEqual(headers.length);
    }
  });

  test("has the office's sheets, 说明 first, and nothing filled", async () => {
    const path = join(dir, "模板.xlsx");
    await writePolicyWorkbook(null, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["说明", "文件信息", "条文", "引进方式", "人才类别", "类别条件", "待遇", "退还", "年龄与排除条件", "其他规则", "口径", "测试案例", "词表"]);
    expect(wb.getWorksheet(SHEETS.lists)!.state).toBe("hidden");
    // read back, it is a document with only the required fields of 文件信息 missing (English names need not be written)
    const { problems } = gridsToPolicy(await readPolicyWorkbook(path));
    expect(problems.map(formatProblem)).toEqual(
      ["第2行 C列（值）：“文件信息”缺少“编号”", "第4行 C列（值）：“文件信息”缺少“文件类型”", "第5行 C列（值）：“文件信息”缺少“标题”",
        "第9行 C列（值）：“文件信息”缺少“发文机关”", "第15行 D列（条文键）：“文件信息”缺少“有效期条款”",
        "第16行 C列（值）：“文件信息”缺少“有效期说明”", "第18行 C列（值）：“文件信息”缺少“试行”",
        "第26行 C列（值）：“文件信息”缺少“来源文件”"].map((x) => `文件信息 ${x}`),
    );
  });
});

describe("dropdowns of the template", () => {
  /** The words a cell's dropdown offers: the range its list validation names, read from that sheet. */
  function dropdownOf(wb: ExcelJS.Workbook, sheet: string, address: string): unknown[] {
    const model = (wb.getWorksheet(sheet) as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    const hit = Object.entries(model).find(([range]) => {
      const [from, to = from] = range.split(":");
      const [c, r] = [address.replace(/\d+/, ""), Number(address.replace(/\D+/, ""))];
      return from!.replace(/\d+/, "") === c && Number(from!.replace(/\D+/, "")) <= r && r <= Number(to.replace(/\D+/, ""));
    });
    expect(hit?.[1].type).toBe("list");
    const m = /^'?([^'!]+)'?!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(hit![1].formulae[0]!)!;
    const ws = wb.getWorksheet(m[1]!)!;
    const out: unknown[] = [];
    for (let r = Number(m[3]); r <= Number(m[4]); r++) out.push(ws.getCell(`${m[2]}${r}`).value);
    return out.filter((v) => v !== null);
  }

  test("closed vocabularies offer their words; the office's own lists point at their sheets", async () => {
    const path = join(dir, "下拉.xlsx");
    await writePolicyWorkbook({ ...builtInFile("zhangye-2022") }, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(dropdownOf(wb, "类别条件", "F2")).toEqual(["博士", "硕士", "学士", "专科", "无"]);
    expect(dropdownOf(wb, "类别条件", "G40")).toEqual(["正高", "副高", "中级", "初级", "无"]);
    expect(dropdownOf(wb, "类别条件", "H3")).toEqual(["双一流", "其他"]);
    expect(dropdownOf(wb, "待遇", "D2")).toEqual(["一次性或分期发放", "按月发放", "按年发放", "实物住房", "金额区间", "非现金待遇"]);
    expect(dropdownOf(wb, "退还", "E2")).toEqual(["购房补贴", "租房补贴", "生活补贴", "安家费", "特殊津贴", "购车补贴", "住房补贴", "住房", "项目启动资金", "智库专家补贴", "特聘补贴", "援疆延期服务补助", "奖励"]);
    expect(dropdownOf(wb, "退还", "A2")).toEqual(["按未服务年限比例退还", "退还已享受的待遇"]);
    expect(dropdownOf(wb, "测试案例", "D2")).toContain("REFUND");
    expect(dropdownOf(wb, "类别条件", "D2")).toContain("zhangyeMajorRule");
    // category codes as the 人才类别 sheet lists them
    expect(dropdownOf(wb, "待遇", "S2")).toEqual(["智库专家", "第一类", "第二类", "第三类"]);
  });
});

describe("files refused before their cells are read", () => {
  test("a file that is not an .xlsx", async () => {
    const path = join(dir, "不是表格.xlsx");
    writeFileSync(path, "编号,标题\n");
    await expect(readPolicyWorkbook(path)).rejects.toThrow(`无法读取 ${path}：该文件是 CSV 或制表符分隔的文本文件，不是 .xlsx。请在 Excel 或 WPS 中打开并另存为 Excel 工作簿（.xlsx）后再试`);
  });

  test("a small file that unzips to 60 MB", async () => {
    const path = join(dir, "炸弹.xlsx");
    execFileSync("/usr/bin/python3", ["-c", `import zipfile; z = zipfile.ZipFile(${JSON.stringify(path)}, "w", zipfile.ZIP_DEFLATED); z.writestr("xl/worksheets/sheet1.xml", b"0" * (60 * 1024 * 1024)); z.close()`]);
    await expect(readPolicyWorkbook(path)).rejects.toThrow("文件解压后过大（60 MB），政策工作簿解压后不应超过 50 MB");
  });
});

describe("workbooks written by hand (valid OOXML another program might write)", () => {
  const make = (name: string, ...options: string[]) => {
    const json = join(dir, `${name}.json`);
    writeFileSync(json, JSON.stringify(fixtureGrids()));
    execFileSync("/usr/bin/python3", [join(__dirname, "make-odd-xlsx.py"), json, join(dir, `${name}.xlsx`), ...options]);
    return join(dir, `${name}.xlsx`);
  };

  test("inline rich strings, boolean cells, no styles and no shared strings: read as the sheets say", async () => {
    const { file, problems } = gridsToPolicy(await readPolicyWorkbook(make("inline")));
    expect(problems).toEqual([]);
    expect(file).toEqual(gridsToPolicy(fixtureGrids()).file);
  });

  // Valid files exceljs cannot read are read by the command line's own reader, as ledgers are.
  const sameAsFixture = async (path: string) => {
    const { file, problems } = gridsToPolicy(await readPolicyWorkbook(path));
    expect(problems).toEqual([]);
    expect(file).toEqual(gridsToPolicy(fixtureGrids()).file);
  };
  test("x:-prefixed elements (.NET writers)", () => sameAsFixture(make("prefixed", "--prefix", "x")));
  test("rows and cells without their r attribute", () => sameAsFixture(make("no-refs", "--no-refs")));
  test("worksheet parts under other names, found through the relationships", () => sameAsFixture(make("parts", "--part-names", "s")));
  test("the template filled and saved by openpyxl (its comments under xl/comments/, which exceljs cannot find)", async () => {
    const path = join(dir, "openpyxl-保存.xlsx");
    await writePolicyWorkbook(gridsToPolicy(fixtureGrids()).file, path);
    execFileSync("/usr/bin/python3", ["-c", `import openpyxl, sys; wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["文件信息"]; ws["C2"].comment = openpyxl.comments.Comment("本单位备注", "人社局"); wb.save(sys.argv[1])`, path]);
    await sameAsFixture(path);
  });
});
