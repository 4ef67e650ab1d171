import { DEFAULT_OPTIONS, fromISO, toExcelSerial } from "../../src/engine";
import { auditLedger } from "../../src/jobs/audit";
import { findTable, matchColumns, roleOf } from "../../src/jobs/columns";
import { fillLedger } from "../../src/jobs/ledger";
import type { Value } from "../../src/jobs/table";

const serial = (iso: string) => toExcelSerial(fromISO(iso));

describe("columns are matched by the headers ledgers use", () => {
  test("exact words, words inside longer headers, and the add-in's own columns left alone", () => {
    expect(roleOf("学历")).toBe("education");
    expect(roleOf("最高学位")).toBe("degree");
    expect(roleOf("毕业院校类型")).toBe("school");
    expect(roleOf("已发金额（元）")).toBe("paid");
    expect(roleOf("应退金额(元)")).toBe("recordedRefund");
    expect(roleOf("是否急需紧缺专业")).toBe("urgentMajor");
    expect(roleOf("【人才政策】人才类别")).toBeUndefined();
    expect(roleOf("备注")).toBeUndefined();
  });

  test("the header row is found below a title and a blank line", () => {
    const t = findTable({ rows: [["某市台账", "某市台账"], [null, null], ["姓名", "学位", "职称"], ["甲", "博士", "无"], [null, null, null], ["乙", "硕士", "副高级"], [null, null, null]] })!;
    expect(t.headerRow).toBe(2);
    expect(t.rows.map((r) => [r.index, r.blank])).toEqual([
      [3, false],
      [4, true],
      [5, false],
    ]);
    expect(matchColumns(t.headers)).toEqual({ name: 0, degree: 1, title: 2 });
  });

  test("no header row", () => {
    expect(findTable({ rows: [["a", "b"], [1, 2]] })).toBeUndefined();
  });
});

const headers = ["姓名", "学位", "毕业院校类型", "是否急需紧缺专业", "职称", "引进日期", "离职日期", "已发金额"];
const rows: Value[][] = [
  ["甲", "博士", "其他", "是", "无", serial("2022-07-01"), serial("2025-06-30"), 400000],
  ["乙", "硕士", "双一流", "是", "无", serial("2022-07-01"), null, null],
  ["丙", "硕士", "", "是", "无", serial("2022-07-01"), null, null],
  [null, null, null, null, null, null, null, null],
  ["丁", "本科", "其他", "否", "高级技师", serial("2022-07-01"), null, null],
  ["戊", "博士", "其他", "是", "无", serial("2022-07-01"), "2021-01-01", 400000],
];

function table(extraRows: Value[][] = rows) {
  return findTable({ rows: [headers, ...extraRows] })!;
}

describe("fill ledger", () => {
  test("every row is computed with its articles; a bad row is its own error and the others go on", async () => {
    const t = table();
    const r = await fillLedger(t, matchColumns(t.headers), { options: DEFAULT_OPTIONS, defaultPolicy: "zhangye-2022" });
    const col = (header: string) => r.rows.map((row) => row[r.headers.findIndex((h) => h.endsWith(header))]);
    expect(col("人才类别")).toEqual(["第一类", "第二类", null, null, null, "第一类"]);
    expect(col("购房补贴（元）")).toEqual([400000, 150000, null, null, null, 400000]);
    expect(col("服务年限（年）")).toEqual([3, null, null, null, null, null]);
    // 乙, 丙, 丁 have not left (离职日期 blank): nothing is due
    expect(col("应退金额（元）")).toEqual([280000, 0, 0, null, 0, null]);
    expect(col("依据")[0]).toContain("第十四条第（三）项");
    const errors = col("错误");
    expect(errors[0]).toBeNull();
    expect(errors[2]).toContain("请填写毕业院校类型");
    expect(errors[3]).toBeNull(); // the blank row stays blank
    expect(errors[4]).toContain("“高级技师”是职业技能等级（高级技师），不是专业技术职称");
    expect(errors[5]).toContain("早于");
    expect(r.summary).toEqual({ rows: 5, computed: 5, withErrors: 3, byPolicy: { "zhangye-2022": 5 }, skipped: [], ungoverned: 0 });
    expect(r.headers.every((h) => h.startsWith("【人才政策】"))).toBe(true);
  });

  test("an unread 称号 is not a blank: no class and no amount until it is corrected (the encoder's 公费师范 row)", async () => {
    // 张掖 第六条第（三）项 would make this 双一流 bachelor in an urgent field 第三类 if 称号 were blank; the word
    // the reader does not know might be one that puts the person higher, so nothing is derived. (公费师范, the
    // encoder's word, is known now; 省级教学名师 is not.)
    const t = findTable({ rows: [["姓名", "学位", "毕业院校类型", "是否急需紧缺专业", "职称", "人才称号"], ["庚", "学士", "双一流", "是", "无", "省级教学名师"], ["辛", "学士", "双一流", "是", "无", ""]] })!;
    const r = await fillLedger(t, matchColumns(t.headers), { options: DEFAULT_OPTIONS, defaultPolicy: "zhangye-2022" });
    const col = (header: string) => r.rows.map((row) => row[r.headers.findIndex((h) => h.endsWith(header))]);
    expect(col("人才类别")).toEqual([null, "第三类"]);
    expect(col("购房补贴（元）")[0]).toBeNull();
    expect(String(col("错误")[0])).toContain("无法识别的人才称号或条件：“省级教学名师”");
    expect(String(col("错误")[0])).toContain("未判定类别");
  });

  test("a row without any policy says so", async () => {
    const t = table();
    const r = await fillLedger(t, matchColumns(t.headers), { options: DEFAULT_OPTIONS });
    expect(String(r.rows[0]![r.headers.length - 1])).toContain("缺少适用政策");
  });

  test("the governing document from the city and the introduction date", async () => {
    const t = findTable({ rows: [["姓名", "城市", "学位", "职称", "引进日期"], ["甲", "张掖", "博士", "无", serial("2023-01-01")], ["乙", "张掖", "博士", "无", serial("2021-01-01")]] })!;
    const r = await fillLedger(t, matchColumns(t.headers), { options: DEFAULT_OPTIONS });
    expect(r.rows[0]![0]).toBe("zhangye-2022");
    expect(String(r.rows[1]![r.headers.length - 1])).toContain("市委发〔2016〕12号");
  });

  test("progress is reported and the job can be cancelled between chunks", async () => {
    const many = Array.from({ length: 50 }, () => rows[0]!);
    const seen: number[] = [];
    let stop = false;
    const t = table(many);
    const r = await fillLedger(t, matchColumns(t.headers), {
      options: DEFAULT_OPTIONS,
      defaultPolicy: "zhangye-2022",
      chunkRows: 10,
      onProgress: (done) => {
        seen.push(done);
        if (done >= 20) stop = true;
      },
      isCancelled: () => stop,
    });
    expect(seen).toEqual([10, 20]);
    expect(r.cancelledAt).toBe(20);
    expect(r.rows.length).toBe(20);
  });
});

describe("refund audit", () => {
  // 张掖 第十四条第（三）项: 购房补贴 第一、二、三类 40 万、15 万、5 万元; 应退 = 补贴 − 补贴/10 × 服务年限
  test("a class paid beyond its standard for the item is said in the note and counted; the refund is still worked from what was paid", async () => {
    const t = findTable({
      rows: [
        ["姓名", "适用政策", "人才类别", "补贴项目", "已发金额", "引进日期", "离职日期", "应退金额"],
        // 第三类 paid the 第一类 amount: 350000 beyond 50000; 3 years served: 400000 − 40000 × 3 = 280000
        ["甲", "zhangye-2022", "第三类", "购房补贴", 400000, serial("2022-07-01"), serial("2025-06-30"), 280000],
        // exactly the standard: nothing to say
        ["乙", "zhangye-2022", "第三类", "购房补贴", 50000, serial("2022-07-01"), serial("2025-06-30"), 35000],
        // a yearly item (租房补贴 6000 元/年 for 第三类) paid over years is not compared with one year's amount
        ["丙", "zhangye-2022", "第三类", "租房补贴", 18000, serial("2022-07-01"), serial("2025-06-30"), 0],
        // whatever the refund's state (the second breaker's finding): no refund recorded; not left
        ["丁", "zhangye-2022", "第一类", "购房补贴", 500000, serial("2022-07-01"), serial("2025-06-30"), null],
        ["戊", "zhangye-2022", "第二类", "购房补贴", 150001, serial("2022-07-01"), null, 0],
        // no class to compare with: said
        ["己", "zhangye-2022", null, "购房补贴", 150000, serial("2022-07-01"), null, 0],
      ],
    })!;
    const r = await auditLedger(t, matchColumns(t.headers), { options: DEFAULT_OPTIONS });
    expect(r.rows.map((x) => x.slice(0, 3))).toEqual([
      [280000, 0, "一致"],
      [35000, 0, "一致"],
      [0, 0, "一致"],
      [null, null, "无法复核"],
      [0, 0, "一致"],
      [0, 0, "一致"],
    ]);
    expect(r.rows[0]![4]).toContain("已发金额 400000 元超过第三类购房补贴的标准 50000 元（第十四条第（三）项），多 350000 元；应退金额仍按已发金额复核");
    expect(String(r.rows[1]![4])).not.toContain("超过");
    expect(String(r.rows[2]![4])).not.toContain("超过");
    expect(r.rows[3]![4]).toBe("缺少记录的应退金额；已发金额 500000 元超过第一类购房补贴的标准 400000 元（第十四条第（三）项），多 100000 元；应退金额仍按已发金额复核");
    expect(r.rows[4]![4]).toBe("离职日期为空或写明在职：未离职，应退 0 元；已发金额 150001 元超过第二类购房补贴的标准 150000 元（第十四条第（三）项），多 1 元；应退金额仍按已发金额复核");
    expect(r.rows[5]![4]).toContain("未能判定人才类别，未核对已发金额是否超过该类别的标准");
    expect([r.summary.beyondStandard, r.summary.beyondStandardAmount.toNumber()]).toEqual([3, 450001]);
  });

  test("recomputes, compares to the fen, and sums the differences", async () => {
    const t = findTable({
      rows: [
        ["姓名", "适用政策", "已发金额", "引进日期", "离职日期", "应退金额"],
        ["甲", "zhangye-2022", 400000, serial("2022-07-01"), serial("2025-06-30"), 280000],
        ["乙", "zhangye-2022", 150000, serial("2022-07-01"), serial("2025-12-31"), 97500],
        ["丙", "zhangye-2022", 150000, serial("2022-07-01"), serial("2025-12-31"), 105000.004],
        ["丁", "alashankou-2014", 100000, serial("2020-03-01"), serial("2022-02-28"), 0],
        ["戊", "zhangye-2022", null, serial("2020-03-01"), serial("2022-02-28"), 0],
      ],
    })!;
    const r = await auditLedger(t, matchColumns(t.headers), { options: DEFAULT_OPTIONS });
    expect(r.rows.map((x) => x.slice(0, 3))).toEqual([
      [280000, 0, "一致"],
      [105000, -7500, "不一致"],
      [105000, 0, "一致"],
      [null, null, "无法复核"],
      [null, null, "无法复核"],
    ]);
    expect(r.mismatches).toEqual([1]);
    expect(r.summary.totalDifference.toString()).toBe("-7500");
    expect(r.summary.rules).toEqual([expect.objectContaining({ policyId: "zhangye-2022", article: "第十四条第（三）项", rows: 3 })]);
  });
});
