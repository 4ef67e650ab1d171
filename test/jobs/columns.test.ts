import { DEFAULT_OPTIONS, fromISO, toExcelSerial } from "../../src/engine";
import { startAudit } from "../../src/jobs/audit";
import { conflictMessages, describeMapping, findLayout, headerUnit, roleOf, withOverrides } from "../../src/jobs/columns";
import { notAPerson, stillEmployedWord } from "../../src/jobs/person";
import { outputColumns } from "../../src/jobs/rows";
import type { Value } from "../../src/jobs/table";

/** Columns are not guessed: exact words first, a header's last word, qualifiers that change the meaning, no silent choice. */

describe("qualifiers that change what a column holds", () => {
  test.each([
    ["约定服务年限", "agreementYears"],
    ["首期发放金额", undefined],
    ["本次发放金额", undefined],
    ["计划发放金额", undefined],
    ["应发金额", undefined],
    ["累计发放金额", "paid"],
    ["实发金额", "paid"],
    ["实发金额（万元）", "paid"],
    // words the new-user tester's ledgers used (issue 9's leftovers)
    ["补贴金额", "paid"],
    ["拨付金额", "paid"],
    ["已拨付金额（万元）", "paid"],
    ["补贴标准", undefined],
    ["应追回金额", "recordedRefund"],
    ["已追回金额", undefined],
    ["原单位离职日期", undefined],
    ["第一学历", undefined],
    ["最高学历", "education"],
    ["人员类别", undefined],
    ["学历类别", undefined],
    ["人才类别", "category"],
    ["职称系列", undefined],
    ["职称取得时间", undefined],
    ["现任专业技术职务", "title"],
    ["聘任专业技术职务", "title"],
    ["专业技术职务", "title"],
    ["专业技术资格", "title"],
    ["政策依据", undefined],
    ["年龄段", undefined],
    ["年龄", "age"],
    ["已退还金额", undefined],
    ["应退金额", "recordedRefund"],
    ["到岗时间", "start"],
    ["入职时间", "start"],
    ["发放项目", "item"],
    ["补贴类别", "item"],
    ["配偶姓名", undefined],
    ["【人才政策】应退金额（元）", undefined],
  ])("%s → %s", (header, role) => {
    expect(roleOf(header)).toBe(role);
  });
});

describe("units in headers", () => {
  test("万元 scales, 元 does not", () => {
    expect(headerUnit("已发金额（万元）")).toEqual({ factor: 10000, unit: "万元" });
    expect(headerUnit("已发金额(万元)")).toEqual({ factor: 10000, unit: "万元" });
    expect(headerUnit("应退金额（元）")).toEqual({ factor: 1, unit: "元" });
    expect(headerUnit("已发金额")).toBeUndefined();
  });
  test("已发金额（万元） 40 is 400000 元: the refund after 3 years is 280000, not 28", async () => {
    const s = (iso: string) => toExcelSerial(fromISO(iso));
    const layout = findLayout({ rows: [["姓名", "适用政策", "补贴项目", "已发金额（万元）", "引进日期", "离职日期", "应退金额（万元）"]] })!;
    const job = await startAudit(layout, { options: DEFAULT_OPTIONS });
    expect(job.row(["甲", "zhangye-2022", "购房补贴", 40, s("2022-07-01"), s("2025-06-30"), 28]).cells.slice(0, 3)).toEqual([280000, 0, "一致"]);
    // a cell that names its own unit is already in yuan
    expect(job.row(["乙", "zhangye-2022", "购房补贴", "40万", s("2022-07-01"), s("2025-06-30"), "280000元"]).cells.slice(0, 3)).toEqual([280000, 0, "一致"]);
  });
});

describe("two-row headers", () => {
  const top: Value[] = ["序号", "姓名", "适用政策", "引进日期", "离职日期", "补贴发放情况", null, "备注"];
  const sub: Value[] = [null, null, null, null, null, "已发金额", "应退金额", null];
  test("with the merges as the front ends deliver them (Grid.merges)", () => {
    const merges = [
      { top: 0, left: 0, bottom: 0, right: 7 },
      ...[0, 1, 2, 3, 4, 7].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
      { top: 2, left: 5, bottom: 2, right: 6 },
    ];
    const l = findLayout({ rows: [["台账", null], [], top, sub, [1, "张三", "zhangye-2022"]], merges })!;
    expect([l.firstHeaderRow, l.headerRow]).toEqual([2, 3]);
    expect(l.mapping).toEqual({ name: 1, policy: 2, start: 3, end: 4, paid: 5, recordedRefund: 6 });
    expect(l.headers[5]).toBe("补贴发放情况/已发金额");
  });
  test("without merges (the value in the top-left cell only), and with the value repeated in every merged cell", () => {
    expect(findLayout({ rows: [top, sub, [1, "张三"]] })!.mapping).toEqual({ name: 1, policy: 2, start: 3, end: 4, paid: 5, recordedRefund: 6 });
    const repeated = [top.map((v, i) => v ?? (i === 6 ? "补贴发放情况" : null)), sub.map((v, i) => v ?? top[i]!)];
    expect(findLayout({ rows: [...repeated, [1, "张三"]] })!.mapping).toEqual({ name: 1, policy: 2, start: 3, end: 4, paid: 5, recordedRefund: 6 });
  });
  test("a one-row header followed by data is one row", () => {
    expect(findLayout({ rows: [["姓名", "学位"], ["甲", "博士"]] })!.headerRow).toBe(0);
  });
});

describe("conflicts, overrides and the printed mapping", () => {
  const headers = ["姓名", "适用政策", "已发金额", "首期发放金额", "已发金额", "应退金额"];
  test("two columns for one role: an error naming both, settled by --map with a letter or a header", () => {
    const l = findLayout({ rows: [headers] })!;
    expect(conflictMessages(l)).toEqual([
      "C列“已发金额”与E列“已发金额”都可作为“已发金额”列，无法确定用哪一列：请删除或改名其中一列，或指定对应关系（如 --map 已发金额=E）",
    ]);
    const chosen = withOverrides(l, [{ role: "已发金额", column: "E" }]);
    expect([chosen.mapping.paid, conflictMessages(chosen)]).toEqual([4, []]);
    expect(withOverrides(l, [{ role: "paid", column: "首期发放金额" }]).mapping.paid).toBe(3);
    expect(describeMapping(chosen)).toContain("已发金额 ← E列“已发金额”（按指定）");
  });
  test("an unknown role or column is a Chinese error listing what exists", () => {
    const l = findLayout({ rows: [headers] })!;
    expect(() => withOverrides(l, [{ role: "工资", column: "C" }])).toThrow(/未知的列角色“工资”（可用：姓名、适用政策/);
    expect(() => withOverrides(l, [{ role: "已发金额", column: "补贴" }])).toThrow(/找不到列“补贴”（可写列字母或表头：A“姓名”/);
  });
  test("the mapping names the columns declined and why", () => {
    const l = findLayout({ rows: [["姓名", "首期发放金额", "累计发放金额", "原单位离职日期", "离职日期", "应退金额"]] })!;
    expect(describeMapping(l)).toEqual([
      "姓名 ← A列“姓名”",
      "已发金额 ← C列“累计发放金额”",
      "离职日期 ← E列“离职日期”",
      "应退金额（记录） ← F列“应退金额”",
      "未使用 B列“首期发放金额”：含“首期”，不是已发金额",
      "未使用 D列“原单位离职日期”：含“原单位”，不是离职日期",
    ]);
  });
});

describe("rows that are not people, and still-employed placeholders", () => {
  test("合计/小计/总计 and rows without a name are named, not computed", () => {
    const mapping = { name: 1 };
    expect(notAPerson([null, "合计", null, 120], mapping)).toBe("“合计”行");
    expect(notAPerson(["小计", null, 5], mapping)).toBe("“小计”行");
    expect(notAPerson(["总 计", null], mapping)).toBe("“总 计”行");
    expect(notAPerson([3, null, "购房补贴", 400000], mapping)).toBe("没有姓名的行");
    expect(notAPerson([1, "张三"], mapping)).toBeUndefined();
  });
  test.each([null, "", "无", "在职", "—", "/", "-", "未离职", "至今"])("离职日期 %p: still employed", (v) => {
    expect(stillEmployedWord(v)).toBe(true);
  });
  test("a date is not a placeholder", () => {
    expect(stillEmployedWord("2025-06-30")).toBe(false);
    expect(stillEmployedWord(45000)).toBe(false);
  });
});

describe("outputs of an earlier run are updated in place", () => {
  test("existing 【人才政策】 columns keep their place; new ones go after the last used column", () => {
    const l = findLayout({ rows: [["姓名", "适用政策", "已发金额", "【人才政策】复核结果", "备注", "【人才政策】复核说明"]] })!;
    expect(outputColumns(l, ["【人才政策】复核应退金额（元）", "【人才政策】复核结果", "【人才政策】复核说明"], 6)).toEqual([6, 3, 5]);
  });
});
