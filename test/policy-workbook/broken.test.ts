import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { allMetas } from "../../src/engine";
import { checkPolicyWorkbook, gridsToPolicy, type Cell, type Grids, type Problem } from "../../src/policy-workbook";
import { readPolicyWorkbook } from "../../src/policy-workbook/xlsx";
import { fixtureGrids } from "../../scripts/shiyi-policy";

/**
 * Broken versions of the 示例市 workbook (fixture.ts), one fault each: every fault gives its own Chinese
 * message on the cell that holds it. Messages and cells are written out by hand. What a cell holds is the
 * workbook's own check (gridsToPolicy); what concerns the document as a whole is the format's
 * (src/engine/files/check.ts), put on its cell by checkPolicyWorkbook.
 */

function cellIndex(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, col];
}

/** The fixture with some cells changed (sheet!A1 → value). */
function broken(changes: Record<string, Cell>, edit?: (g: Grids) => void): Grids {
  const g = fixtureGrids();
  for (const [at, v] of Object.entries(changes)) {
    const [sheet, a1] = at.split("!") as [string, string];
    const [r, c] = cellIndex(a1);
    const rows = g[sheet]!;
    while (rows.length <= r) rows.push(rows[0]!.map(() => null));
    rows[r]![c] = v;
  }
  edit?.(g);
  return g;
}

const at = (sheet: string, row: number, column: string, header: string, message: string): Problem => ({ sheet, row, column, header, message });

const CASES: [string, Grids, Problem[]][] = [
  ["an amount without its article", broken({ "待遇!F2": null }), [at("待遇", 2, "F", "条文键", "“条文键”必须填写")]],
  ["an amount citing an article the document does not have", broken({ "待遇!F2": "8.9" }), [at("待遇", 2, "F", "条文键", "引用的条款 第八条第（一）项（条文键 8.9）在“条文”中没有原文：请录入该条原文，引用时才能显示")]],
  // the breaker's F6: key 9 with the words of 第十条 would show one article's text under another's number
  ["a key and the words of the citation naming different articles", broken({ "待遇!F2": "12" }), [at("待遇", 2, "F", "条文键", "条文键 12 是第十二条，条款写法却是“第八条第（一）项”：两者应指同一条")]],
  ["an amount for an unknown category", broken({ "待遇!R3": "第三类" }), [
    at("待遇", 3, "R", "金额类别", "金额写给了“第三类”，但它不是本文件的人才类别"),
    // the row was 第二类's: it has no amount now
    at("待遇", 2, "R", "金额类别", "本待遇适用于“第二类”，但没有写它的金额"),
  ]],
  ["a benefit for an unknown category", broken({ "待遇!I2": "第一类、第二类、第三类" }), [at("待遇", 2, "I", "适用类别", "“第三类”不是本文件的人才类别（第一类、第二类）")]],
  ["instalments that do not add up to the total", broken({ "待遇!T2": "20000、20000、10000" }), [at("待遇", 2, "T", "分期金额", "分期金额合计 50000 元，不等于总额 60000 元")]],
  ["a date that does not exist", broken({ "文件信息!C11": "2025-02-30" }), [at("文件信息", 11, "C", "值", "不存在的日期：“2025-02-30”")]],
  ["a degree not in the list", broken({ "类别条件!F2": "研究生学历" }), [at("类别条件", 2, "F", "学历学位", "无法识别的学历学位：“研究生学历”（可用：博士、硕士、学士、专科、无）")]],
  ["a form of benefit not in the list", broken({ "待遇!D4": "按季度发放" }), [at("待遇", 4, "D", "形式", "无法识别的待遇形式：“按季度发放”（可用：一次性或分期发放、按月发放、按年发放、实物住房、金额区间、非现金待遇）")]],
  ["a formula instead of a value", broken({ "待遇!S2": { formula: "20000*3" } }), [at("待遇", 2, "S", "总额", "单元格含公式 =20000*3：政策文件只读取填写的值，不计算公式，请改为直接填写")]],
  ["two categories with one code", broken({ "人才类别!A4": "第一类", "人才类别!C4": "6.1", "人才类别!D4": "第六条第（一）项", "人才类别!E4": "重复的类别", "人才类别!F4": "Duplicate" }), [at("人才类别", 4, "A", "类别代码", "类别代码“第一类”与第2行重复：每个类别只写一行（一个类别的几种条件写在“类别条件”表的几行里）")]],
  // the breaker's F11: 第二类's row renamed 第一类 was reported only as conditions for an unknown class
  ["a class's code changed to another's", broken({ "人才类别!A3": "第一类" }), [
    at("人才类别", 3, "A", "类别代码", "类别代码“第一类”与第2行重复：每个类别只写一行（一个类别的几种条件写在“类别条件”表的几行里）"),
    // and, as a consequence, the conditions still written for 第二类
    ...[4, 5, 6].map((row) => at("类别条件", row, "A", "类别代码", "“第二类”不是“人才类别”表中的类别代码")),
  ]],
  ["an alias that names another category", broken({ "人才类别!B3": "二类、1" }), [at("人才类别", 3, "B", "别名", "写法“1”同时指“第一类”和“第二类”")]],
  ["an empty required cell", broken({ "待遇!H2": null }), [at("待遇", 2, "H", "发放条件", "“发放条件”必须填写")]],
  ["a monthly amount on a lump sum", broken({ "待遇!W2": 5000 }), [at("待遇", 2, "W", "每月金额", "“每月金额”不用于这种形式（见本行“形式”列），请留空")]],
  ["money in words", broken({ "待遇!W4": "两千" }), [at("待遇", 4, "W", "每月金额", "应填数字，而不是“两千”")]],
  ["negative money", broken({ "待遇!S2": -60000 }), [at("待遇", 2, "S", "总额", "不能为负数：-60000")]],
  ["two conditions in one row", broken({ "类别条件!G2": "正高" }), [at("类别条件", 2, "G", "职称不低于", "每行只写一个条件，此行填了“学历学位”、“职称不低于”：请分成几行（同一条件组的各行须同时满足）")]],
  ["a condition without the article's words", broken({ "类别条件!M3": null }), [at("类别条件", 3, "M", "条文字样", "请填写条文字样：条款中这一条件的原话（用于说明类别依据）")]],
  [
    "conditions that depend on an option with no group for its other values",
    broken({ "类别条件!D4": "zhangyeMajorRule", "类别条件!E4": "both", "类别条件!D5": "zhangyeMajorRule", "类别条件!E5": "both", "类别条件!D6": "zhangyeMajorRule", "类别条件!E6": "both" }),
    [at("类别条件", 4, "E", "选项取值", "类别“第二类”的条件随选项 zhangyeMajorRule 变化：还须写取值为“其他”的条件组（选项为其他取值时适用）")],
  ],
  ["a refund of a benefit the document does not have", broken({ "退还!D2": "settlemnt" }), [at("退还", 2, "D", "涉及待遇编号", "退还规则指向的待遇“settlemnt”不存在")]],
  ["a refund item not in the ledgers' list", broken({ "退还!E2": "安家补贴费" }), [at("退还", 2, "E", "退还项目", expect.stringMatching(/^无法识别的待遇项目：“安家补贴费”（可用：购房补贴、租房补贴、/) as unknown as string)]],
  ["a way the document does not name", broken({ "人才类别!G2": "全职" }), [at("人才类别", 2, "G", "适用引进方式", "限定了引进方式，但本文件没有规定它的引进方式（工作簿的“引进方式”表）")]],
  ["an article key twice", broken({ "条文!A8": "12", "条文!B8": "第十二条（另一版本）" }), [at("条文", 8, "A", "条文键", "条文键“12”与第2行重复（数字键如 14.10 请按文本填写，以免被 Excel 改成 14.1）")]],
  ["a yes/no field with another word", broken({ "文件信息!C17": "试行" }), [at("文件信息", 17, "C", "值", "应填“是”或“否”，而不是“试行”")]],
  ["a test case with an option value that does not exist", broken({ "测试案例!V8": "basis=half" }), [at("测试案例", 8, "V", "选项设置", "选项 basis（服务年限计法）的值无效，可用：whole 整年（默认）/ exact 实际")]],
  ["a test case without its expected result", broken({ "测试案例!O2": null }), [at("测试案例", 2, "O", "预期1", "请填写预期结果")]],
  [
    "a field that the rule does not have",
    broken({ "其他规则!B2": "协议期限" }),
    [
      at("其他规则", 2, "B", "字段", "“服务协议”没有字段“协议期限”（可用：协议年限、依据条款、最短协议年限、最短协议条款、最短协议说明、录入说明）"),
      { sheet: "其他规则", message: "“服务协议”缺少“协议年限”：请加一行，字段填“协议年限”" },
    ],
  ],
  ["a way of introduction the document does not name, in a condition", broken({ "类别条件!F2": null, "类别条件!L2": "柔性" }, (g) => {
    g["文件信息"]!.push(["引进方式分类", null, "全职、兼职", null, null], ["引进方式条款", null, null, "6.1", "第六条第（一）项"]);
  }), [at("类别条件", 2, "A", "类别代码", "引进方式“柔性”不是本文件规定的方式（全职、兼职）")]],
  ["a sheet far too long", broken({}, (g) => { for (let i = 0; i < 5001; i++) g["条文"]!.push([`k${i}`, "x"]); }), [{ sheet: "条文", message: "行数过多：5008 行，政策工作簿每表不应超过 5000 行" }]],
  // the format's schema, on the cell: src/engine/files/policy-file.ts says how an id is written
  ["an id the format does not allow", broken({ "文件信息!C2": "Shiyi 2025" }), [at("文件信息", 2, "C", "值", "写法不对：“Shiyi 2025”（只用小写字母、数字和连字符）")]],
  ["a sheet renamed", broken({}, (g) => { g["退还规则"] = g["退还"]!; delete g["退还"]; }), [{ sheet: "退还", message: "缺少工作表“退还”（请使用模板中的工作表名）" }]],
];

describe("broken workbooks: each fault its own message on its own cell", () => {
  test.each(CASES)("%s", (_name, grids, expected) => {
    expect(checkPolicyWorkbook(grids).problems).toEqual(expected);
  });
});

describe("a document that clashes with one already loaded", () => {
  test("the same city with overlapping validity: on the cell of 施行日期", () => {
    const grids = broken({ "文件信息!C7": "张掖" });
    expect(checkPolicyWorkbook(grids, allMetas()).problems).toEqual([
      at(
        "文件信息",
        12,
        "C",
        "值",
        "与已加载的《张掖市引进高层次急需人才办法（试行）》（zhangye-2022，2022-05-07 至 无终止日）都适用于张掖且有效期重叠：同一天引进的人无法确定适用哪个文件。请写明本文件的施行日与终止日，或把旧文件写作本文件的“前序文件”（适用至本文件施行日的前一日）",
      ),
    ]);
  });
});

describe("a broken workbook written by openpyxl", () => {
  test("a formula and an impossible month are found in the .xlsx; a real date cell is read as its day", async () => {
    const g: Record<string, unknown[][]> = fixtureGrids() as never;
    g["待遇"]![1]![18] = { formula: "20000*3" };
    g["文件信息"]![10]![2] = { date: "2025-03-01" };
    g["文件信息"]![11]![2] = "2025年13月1日";
    g["条文"]![3]![0] = 6.1; // the article key 6.1 typed as a number
    const dir = mkdtempSync(join(tmpdir(), "policy-broken-"));
    writeFileSync(join(dir, "grids.json"), JSON.stringify(g));
    execFileSync("/usr/bin/python3", [join(__dirname, "make-xlsx.py"), join(dir, "grids.json"), join(dir, "broken.xlsx")]);
    const { file, problems } = gridsToPolicy(await readPolicyWorkbook(join(dir, "broken.xlsx")));
    rmSync(dir, { recursive: true, force: true });
    expect(problems).toEqual([
      at("文件信息", 12, "C", "值", "不存在的日期：“2025年13月1日”"),
      at("待遇", 2, "S", "总额", "单元格含公式 =20000*3：政策文件只读取填写的值，不计算公式，请改为直接填写"),
    ]);
    expect(file.meta.issued).toBe("2025-03-01");
    expect(file.articles["6.1"]).toBe("（一）第一类：博士研究生，或具有正高级专业技术职称的人员。");
  });
});
