import { OfficeMockObject } from "office-addin-mock";
import { DEFAULT_OPTIONS, loadAllPolicies } from "../../src/engine";
import { auditLedger, auditSummarySheet } from "../../src/jobs/audit";
import { blockAddress } from "../../src/jobs/chunks";
import { findTable, matchColumns } from "../../src/jobs/columns";
import { fillLedger } from "../../src/jobs/ledger";
import type { Value } from "../../src/jobs/table";
import { activeCell, addSheet, countNonEmpty, readSelection, writeBlock, writeFormulas } from "../../src/taskpane/excel";
import { formulaLanguage, localizeFormula } from "../../src/taskpane/formula-language";
import { has, missingFeatures } from "../../src/taskpane/support";
import { guardedWrite } from "../../src/taskpane/writer";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createHost } = require("../fakes/fake-office.js") as { createHost: (init: unknown) => FakeHost };

interface FakeCell {
  value: Value;
  formula: string | null;
  numberFormat: string;
  fill?: string;
}
interface FakeHost {
  Office: unknown;
  Excel: unknown;
  state: { sheets: { name: string; visibility: string; cells: Map<string, FakeCell> }[] };
  dump: (sheet: string) => Value[][];
  cell: (sheet: string, address: string) => FakeCell | null;
  sheetNames: () => string[];
}

/**
 * The pane on the Excel offices have: formulas written in the names of the display language (both paths,
 * on office-addin-mock), the run-time checks of requirement sets with their fallbacks, and the two jobs on
 * an Excel that has only ExcelApi 1.1 (Excel 2016), with values.
 */

const serial = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86400000) + 25569;

afterEach(() => {
  for (const k of ["Office", "Excel"]) delete (globalThis as Record<string, unknown>)[k];
});

/** office-addin-mock behind `Excel.run`, with an `Office` whose display language and sets are given. */
function mockExcel(model: Record<string, unknown>, office: { displayLanguage?: string; excelApi?: string } = {}): void {
  const mock = new OfficeMockObject({ context: model }) as unknown as { context: unknown };
  const sets: Record<string, string> = office.excelApi ? { ExcelApi: office.excelApi } : {};
  Object.assign(globalThis, {
    Excel: { run: <T>(batch: (c: unknown) => Promise<T>) => batch(mock.context), ClearApplyTo: { all: "All" } },
    Office: {
      context: {
        displayLanguage: office.displayLanguage ?? "en-US",
        requirements: {
          isSetSupported: (name: string, version: string) => (office.excelApi ? name in sets && Number(sets[name]!.split(".")[1]) >= Number(version.split(".")[1]) : true),
        },
      },
    },
  });
}

/** A sheet whose getRange records what the adapter assigns. */
function recordingWorkbook(): { model: Record<string, unknown>; ranges: Record<string, unknown>[] } {
  const ranges: Record<string, unknown>[] = [];
  const sheet = {
    getRange(address: string) {
      const r: Record<string, unknown> = { address };
      ranges.push(r);
      return r;
    },
  };
  return { model: { workbook: { worksheets: { sheet, getItem: () => sheet } } }, ranges };
}

describe("formulas in the running Excel's language", () => {
  const rows: Value[][] = [["人才类别", '=TALENT.CATEGORY("zhangye-2022","博士","无")'], ["购房补贴", "=TALENT.HOUSINGSUBSIDY(\"zhangye-2022\",B1)"]];

  test("Chinese Excel (zh-CN): the Chinese names, through formulasLocal", async () => {
    const { model, ranges } = recordingWorkbook();
    mockExcel(model, { displayLanguage: "zh-CN" });
    await writeFormulas("台账", 0, 0, rows);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]!.formulas).toBeUndefined();
    expect(ranges[0]!.formulasLocal).toEqual([
      ["人才类别", '=TALENT.人才类别("zhangye-2022","博士","无")'],
      ["购房补贴", '=TALENT.购房补贴("zhangye-2022",B1)'],
    ]);
  });

  test("any other display language: the English names, through formulas", async () => {
    const { model, ranges } = recordingWorkbook();
    mockExcel(model, { displayLanguage: "en-US" });
    await writeFormulas("台账", 0, 0, rows);
    expect(ranges[0]!.formulasLocal).toBeUndefined();
    expect(ranges[0]!.formulas).toEqual(rows);
  });

  test("only zh-CN loads the Chinese metadata; text in quotes is never renamed", () => {
    expect(["zh-CN", "zh-cn", "zh-TW", "zh-HK", "en-US", undefined].map(formulaLanguage)).toEqual(["zh", "zh", "en", "en", "en", "en"]);
    expect(localizeFormula('=TALENT.REFUND(A2,"TALENT.REFUND(""x"")",C2)', "zh")).toBe('=TALENT.应退补贴(A2,"TALENT.REFUND(""x"")",C2)');
    expect(localizeFormula("=TALENT.EXPLAIN(A1,TALENT.SERVICEYEARS(B1,C1))", "zh")).toBe("=TALENT.计算说明(A1,TALENT.服务年限(B1,C1))");
  });
});

describe("run-time checks of requirement sets (office-addin-mock)", () => {
  test("outside Office everything counts as there; an Excel 2016 says which sets it lacks", () => {
    expect(has("activeCell")).toBe(true);
    mockExcel({}, { excelApi: "1.1" });
    expect(missingFeatures()).toEqual(["activeCell", "usedRangeValuesOnly", "nullObjects", "specialCells", "multiRanges", "layout", "hideSheets", "worksheetFunctions", "customFunctions"]);
  });

  test("without ExcelApi 1.7 the active cell is the selection's first cell (getActiveCell is not called)", async () => {
    mockExcel(
      {
        workbook: {
          first: { rowIndex: 6, columnIndex: 3 },
          selected: {
            getCell() {
              return (this as unknown as { parent: { first: unknown } }).parent.first;
            },
          },
          getSelectedRange() {
            const self = this as unknown as { selected: { parent?: unknown } };
            self.selected.parent = self;
            return self.selected;
          },
          worksheets: {
            active: { name: "台账" },
            getActiveWorksheet() {
              return (this as { active: unknown }).active;
            },
          },
        },
      },
      { excelApi: "1.1" },
    );
    await expect(activeCell()).resolves.toEqual({ sheet: "台账", row: 6, column: 3 });
  });

  test("without ExcelApi 1.4/1.9 the cells an overwrite would destroy are counted from their formulas", async () => {
    mockExcel(
      {
        workbook: {
          worksheets: {
            sheet: { block: { formulas: [["王明", ""], ["", "=A1"], [3, ""]] }, getRange() { return (this as { block: unknown }).block; } },
            getItem() {
              return (this as { sheet: unknown }).sheet;
            },
          },
        },
      },
      { excelApi: "1.1" },
    );
    expect(await countNonEmpty("台账", "I1:J3")).toBe(3);
  });

  test("text that starts like a formula is written with the Text format, before its value", async () => {
    const { model, ranges } = recordingWorkbook();
    mockExcel(model);
    const rows: Value[][] = [["=HYPERLINK(\"http://x/\"&B2,\"x\")", 1], ["+1+cmd", 2], ["-2", 3], ["@SUM(1)", 4], ["教育", 5]];
    await writeBlock("名册", 0, 0, rows, [null, "#,##0.00"]);
    expect(ranges[0]!.values).toEqual(rows);
    expect(ranges[0]!.numberFormat).toEqual([["@", "#,##0.00"], ["@", "#,##0.00"], ["@", "#,##0.00"], ["@", "#,##0.00"], ["General", "#,##0.00"]]);
    expect(Object.keys(ranges[0]!).indexOf("numberFormat")).toBeLessThan(Object.keys(ranges[0]!).indexOf("values"));
  });
});

describe("Excel 2016 (ExcelApi 1.1 only, no custom functions): ledger fill and audit with values", () => {
  beforeAll(() => loadAllPolicies());

  function excel2016(sheets: Record<string, Value[][]>, extra: Record<string, unknown> = {}): FakeHost {
    const host = createHost({ sheets, selection: "A1", requirements: { ExcelApi: "1.1" }, ...extra });
    Object.assign(globalThis, { Office: host.Office, Excel: host.Excel });
    return host;
  }

  const LEDGER: Value[][] = [
    ["姓名", "学位", "毕业院校类型", "是否急需紧缺专业", "职称", "引进日期", "离职日期", "已发金额", "单位"],
    ["甲", "博士", "其他", "是", "无", serial("2022-07-01"), serial("2025-06-30"), 400000, "=HYPERLINK(\"http://x\",\"x\")"],
    ["乙", "硕士", "双一流", "是", "无", serial("2022-07-01"), "", "", "+1+cmd"],
  ];

  test("fill: read, compute, write beside the ledger — no member of a later set is touched", async () => {
    const host = excel2016({ 台账: LEDGER });
    expect(has("customFunctions")).toBe(false);
    const sel = await readSelection();
    expect(sel.dateSystemKnown).toBe(false);
    const table = findTable({ rows: sel.grid })!;
    const r = await fillLedger(table, matchColumns(table.headers), { options: DEFAULT_OPTIONS, defaultPolicy: "zhangye-2022" });
    const out = await guardedWrite({ label: "填充台账", sheet: sel.sheet, top: 0, left: 9, rows: [r.headers, ...r.rows], formats: r.keys.map(() => null), headerRows: 1 }, { confirmOverwrite: async () => true });
    expect(out.status).toBe("done");
    const sheet = host.dump("台账");
    const col = (h: string) => sheet[0]!.indexOf(`【人才政策】${h}`);
    // Zhangye 第六条第（一）项: a doctor is 第一类; 第十四条第（一）项: 400000 purchase subsidy
    expect(sheet[1]![col("人才类别")]).toBe("第一类");
    expect(sheet[1]![col("购房补贴（元）")]).toBe(400000);
    // 第十四条第（三）项: 400000 − 400000/10 × 3 whole years (2022-07-01 … 2025-06-30) = 280000
    expect(sheet[1]![col("应退金额（元）")]).toBe(280000);
    // the user's cells are untouched by the write
    expect(host.cell("台账", "I2")!.value).toBe('=HYPERLINK("http://x","x")');
  });

  test("audit: mismatch highlighted cell by cell, summary sheet added, over existing cells with a visible backup", async () => {
    const AUDIT: Value[][] = [
      ["姓名", "适用政策", "已发金额", "引进日期", "离职日期", "应退金额", "备注"],
      ["甲", "zhangye-2022", 400000, serial("2022-07-01"), serial("2025-06-30"), 280000, ""],
      ["乙", "zhangye-2022", 150000, serial("2022-07-01"), serial("2025-12-31"), 97500, ""],
    ];
    const host = excel2016({ 发放台账: AUDIT });
    host.state.sheets[0]!.cells.set("1,7", { value: "旧的复核", formula: null, numberFormat: "General" });
    const sel = await readSelection();
    const table = findTable({ rows: sel.grid })!;
    const r = await auditLedger(table, matchColumns(table.headers), { options: DEFAULT_OPTIONS });
    const left = 7;
    const out = await guardedWrite(
      {
        label: "退款审计",
        sheet: sel.sheet,
        top: 0,
        left,
        rows: [r.headers, ...r.rows],
        formats: ["#,##0.00", "#,##0.00", null, null, null],
        headerRows: 1,
        highlights: r.mismatches.map((i) => blockAddress(table.rows[i]!.index, left, 1, r.headers.length)),
        sheets: [{ base: "退款审计汇总", rows: auditSummarySheet(r, "发放台账!A1:G3") }],
      },
      { confirmOverwrite: async () => true },
    );
    expect(out.status).toBe("done");
    const sheet = host.dump("发放台账");
    // 乙: 150000 − 150000/10 × 3 whole years (2022-07-01 … 2025-12-31) = 105000, recorded 97500: differs by −7500
    expect(sheet[2]!.slice(7, 10)).toEqual([105000, -7500, "不一致"]);
    expect(host.cell("发放台账", "H3")!.fill).toBe("#FDE2E1");
    expect(host.cell("发放台账", "H2")!.fill).toBeUndefined();
    // without ExcelApi 1.2 a sheet cannot be hidden: the backup is a visible sheet the user can delete
    expect(host.sheetNames()).toEqual(expect.arrayContaining([expect.stringMatching(/^人才政策备份_[^(]+$/), "退款审计汇总"]));
  });
});

describe("injection: text from the user's data stays text (fake host, which makes formulas as Excel does)", () => {
  const hostile: Value[][] = [['=HYPERLINK("http://x/"&B2,"x")', "+1+cmd"], ["-1+1", "@SUM(A1)"]];

  test("the fake host turns such text into formulas when nothing prevents it", async () => {
    const host = createHost({ sheets: { 名册: [] } });
    Object.assign(globalThis, { Office: host.Office, Excel: host.Excel });
    await (host.Excel as { run: (f: (c: { workbook: { worksheets: { getItem: (n: string) => { getRange: (a: string) => { values: Value[][] } } } }; sync: () => Promise<void> }) => Promise<void>) => Promise<void> }).run(async (ctx) => {
      ctx.workbook.worksheets.getItem("名册").getRange("A1:B2").values = hostile;
      await ctx.sync();
    });
    expect(host.cell("名册", "A1")!.formula).toBe('=HYPERLINK("http://x/"&B2,"x")');
  });

  test("blocks and added sheets the pane writes keep them as text", async () => {
    const host = createHost({ sheets: { 名册: [] } });
    Object.assign(globalThis, { Office: host.Office, Excel: host.Excel });
    await writeBlock("名册", 0, 0, hostile, []);
    const added = await addSheet("汇总", [["系统", "人数"], ...hostile]);
    for (const [sheet, cells] of [["名册", ["A1", "B1", "A2", "B2"]], [added, ["A2", "B2", "A3", "B3"]]] as const) {
      for (const a of cells) {
        const c = host.cell(sheet, a)!;
        expect([a, c.formula, c.numberFormat]).toEqual([a, null, "@"]);
      }
    }
    expect(host.cell("名册", "A1")!.value).toBe('=HYPERLINK("http://x/"&B2,"x")');
    expect(host.cell(added, "A1")!.numberFormat).toBe("General");
  });
});

describe("1904 workbooks", () => {
  test("date cells are read in the 1900 system, other numbers as they are", async () => {
    // 2022-07-01 is day 44743 of the 1900 system and day 43281 of the 1904 system (1462 days fewer)
    const host = createHost({ sheets: { 台账: [["姓名", "引进日期", "已发金额"], ["甲", 43281, 400000]] }, selection: "A1", date1904: true });
    host.state.sheets[0]!.cells.get("1,1")!.numberFormat = "yyyy\"年\"m\"月\"d\"日\"";
    Object.assign(globalThis, { Office: host.Office, Excel: host.Excel });
    const sel = await readSelection();
    expect(sel.date1904).toBe(true);
    expect(sel.grid[1]).toEqual(["甲", serial("2022-07-01"), 400000]);
  });
});
