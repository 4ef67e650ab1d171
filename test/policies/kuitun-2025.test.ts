import { call } from "../golden";

/** 奎屯市引进高层次紧缺人才办法 (policies/002_0f6787b06d8398ab.txt, part 4). */
const K = "kuitun-2025";





describe("奎屯 schedules", () => {
  test("a master from 2025-03-01 leaving 2026-08-31: two instalments and 18 months paid, both instalments returned (27)", () => {
    expect(call("SCHEDULE", [K, "硕士或副高", "2025-03-01", "2026-08-31"])).toEqual([
      ["日期", "项目", "金额", "依据", "说明"],
      ["2025-03-01", "安家费（第1期，共3期）", 40000, "第二十二条第（四）项", ""],
      ["2025-03-01", "生活补贴（第1年，12个月 × 1000元）", 12000, "第二十二条第（四）项", ""],
      ["2025-03-01", "提供100平方米左右住房免费居住", "实物", "第二十二条第（四）项", expect.any(String)],
      ["2026-03-01", "安家费（第2期，共3期）", 40000, "第二十二条第（四）项", ""],
      ["2026-03-01", "生活补贴（第2年，6个月 × 1000元）", 6000, "第二十二条第（四）项", ""],
      ["2026-08-31", "退还安家费", -80000, "第二十七条", expect.stringContaining("应退 80000元")],
    ]);
  });

  test("instalments at the end of each service year (option paymentTiming=yearEnd)", () => {
    const rows = call("SCHEDULE", [K, "硕士或副高", "2025-03-01"], { paymentTiming: "yearEnd" }) as unknown[][];
    const instalments = rows.filter((r) => String(r[1]).startsWith("安家费")).map((r) => [r[0], r[2]]);
    // A service year from 2025-03-01 ends on 2026-02-28 (民法典第二百零二条); the third ends on 2028-02-29.
    expect(instalments).toEqual([
      ["2026-02-28", 40000],
      ["2027-02-28", 40000],
      ["2028-02-29", 20000],
    ]);
  });

  test("a high-level expert leaving after five months returns 安家费 and car subsidy (27), not the living allowance", () => {
    const rows = call("SCHEDULE", [K, "高层次专家", "2025-01-01", "2025-05-31"]) as unknown[][];
    expect(rows.find((r) => String(r[1]).startsWith("退还"))?.[2]).toBe(-400000);
  });

  test("特聘 housing subsidies are refunded by default, not with kuitunRefundHousingSubsidy=false", () => {
    const refundOf = (o: object) =>
      (call("SCHEDULE", [K, "特聘专家", "2025-01-01", "2026-12-31"], o) as unknown[][]).find((r) => String(r[1]).startsWith("退还"))?.[2];
    // 每服务一年: year 1 is served by 2025-12-31 and paid; year 2 is complete on the leaving day itself,
    // and money taken back the day it falls due is not paid: only year 1 comes back.
    expect(refundOf({})).toBe(-100000);
    expect(refundOf({ kuitunRefundHousingSubsidy: false })).toBeUndefined();
  });
});
