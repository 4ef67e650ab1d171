import { call } from "../golden";

/** 阿拉山口市高层次和急需紧缺人才引进暂行办法, 阿市党办发〔2014〕90号 (policies/001_2f3eb76c6e7e4dd3.txt). */
const A = "alashankou-2014";







describe("阿拉山口 minimum service (第二十六条)", () => {
  test("招聘、调动 five years; 特聘 six months a year", () => {
    expect(call("MINSERVICE", [A])).toEqual([
      ["引进方式", "年限", "每年月数", "要求"],
      ["招聘、调动", 5, "", expect.stringContaining("不少于5年")],
      ["特聘", "", 6, expect.stringContaining("不少于6个月")],
    ]);
  });
});

describe("阿拉山口 schedule", () => {
  test("a master from 2020-03-01: 安家费 after a year's assessment, 60 months of allowance, gift after 5 years", () => {
    const rows = call("SCHEDULE", [A, "硕士", "2020-03-01"]) as unknown[][];
    expect(rows[0]).toEqual(["日期", "项目", "金额", "依据", "说明"]);
    // The first year from 2020-03-01 is complete on 2021-02-28: 工作一年 is met that day.
    expect(rows).toContainEqual(["2021-02-28", "安家费", 50000, "第十四条第（四）款", expect.stringContaining("考核合格")]);
    const allowance = rows.filter((r) => String(r[1]).startsWith("生活补贴"));
    expect(allowance.map((r) => r[2])).toEqual([12000, 12000, 12000, 12000, 12000]);
    // 连续工作5年以上: the fifth year is complete on 2025-02-28.
    expect(rows).toContainEqual(["2025-02-28", "100平方米住房直接赠予", "实物", "第十四条第（四）款", expect.any(String)]);
  });

  test("leaving after 10 months: allowance for 10 months, no 安家费 (not yet a year), no refund line", () => {
    const rows = call("SCHEDULE", [A, "硕士", "2020-03-01", "2020-12-31"]) as unknown[][];
    expect(rows.filter((r) => typeof r[2] === "number").map((r) => r[2])).toEqual([10000]);
    expect(rows.some((r) => String(r[1]).includes("退还"))).toBe(false);
  });
});
