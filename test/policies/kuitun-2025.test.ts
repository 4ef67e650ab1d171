import { call, runGolden, type Golden } from "../golden";

/** 奎屯市引进高层次紧缺人才办法 (policies/002_0f6787b06d8398ab.txt, part 4). */
const K = "kuitun-2025";
const any = expect.any(String) as unknown as string;

const categories: Golden[] = [
  { why: "11(1) 院士, way blank: 22(1) and 22(2) differ only by the way (13), so it is asked for", call: "CATEGORY", args: [K, "博士", "正高级", "", "", "院士"], expect: "#VALUE!", cites: "请填写引进方式" },
  { why: "11(1) 院士, recruited: 22(2)", call: "CATEGORY", args: [K, "博士", "正高级", "", "", "院士、招聘"], expect: "高层次专家", cites: "第二十二条第（二）项" },
  { why: "11(1) 院士 by 特聘: 22(1)", call: "CATEGORY", args: [K, "博士", "正高级", "", "", "院士、特聘"], expect: "特聘专家", cites: "第二十二条第（一）项" },
  { why: "22(3) 博士", call: "CATEGORY", args: [K, "博士", "无"], expect: "博士或正高" },
  { why: "22(3) 正高 without a doctorate", call: "CATEGORY", args: [K, "本科", "正高级"], expect: "博士或正高" },
  { why: "22(4) 硕士", call: "CATEGORY", args: [K, "硕士", "无"], expect: "硕士或副高", cites: "第二十二条第（四）项" },
  { why: "22(4) 副高", call: "CATEGORY", args: [K, "本科", "副高级"], expect: "硕士或副高" },
  { why: "22(5) with 12(2): 双一流 fresh graduate in a field in short supply", call: "CATEGORY", args: [K, "本科", "无", "双一流", "是", "应届"], expect: "紧缺本科" },
  { why: "12(2) not a fresh graduate", call: "CATEGORY", args: [K, "本科", "无", "双一流", "是"], expect: "#N/A" },
  { why: "12(2) not 双一流", call: "CATEGORY", args: [K, "本科", "无", "其他", "是", "应届"], expect: "#N/A" },
  { why: "12(1) returned scholar: no item of 22", call: "CATEGORY", args: [K, "本科", "无", "", "", "留学人才"], expect: "其他紧缺人才" },
];

const money: Golden[] = [
  { why: "22(2) 一次性安家费20万元", call: "SETTLEMENT", args: [K, "高层次专家"], expect: 200000, cites: "第二十二条第（二）项" },
  { why: "22(3) 安家费15万元", call: "SETTLEMENT", args: [K, "博士或正高"], expect: 150000, cites: "第二十二条第（三）项" },
  { why: "22(3) a class named by its item", call: "SETTLEMENT", args: [K, "第二十二条第（三）项"], expect: 150000 },
  { why: "22(3) 分三年，每年5万元: instalment 1", call: "SETTLEMENT", args: [K, "博士或正高", 1], expect: 50000 },
  { why: "22(3) instalment 3", call: "SETTLEMENT", args: [K, "博士或正高", 3], expect: 50000 },
  { why: "22(3) there is no instalment 4", call: "SETTLEMENT", args: [K, "博士或正高", 4], expect: 0 },
  { why: "22(4) 10万元 as 4、4、2万元: instalment 1", call: "SETTLEMENT", args: [K, "硕士或副高", 1], expect: 40000 },
  { why: "22(4) instalment 2", call: "SETTLEMENT", args: [K, "硕士或副高", 2], expect: 40000 },
  { why: "22(4) instalment 3", call: "SETTLEMENT", args: [K, "硕士或副高", 3], expect: 20000 },
  { why: "22(5) 5万元 as 2、2、1万元", call: "SETTLEMENT", args: [K, "紧缺本科", 3], expect: 10000 },
  { why: "22(5) total", call: "SETTLEMENT", args: [K, "紧缺本科"], expect: 50000 },
  { why: "22(1) 特聘 experts get no 安家费", call: "SETTLEMENT", args: [K, "特聘专家"], expect: "#N/A" },
  { why: "22(2) 每月2025元, 5 years: month 60", call: "ALLOWANCE", args: [K, "高层次专家", 60], expect: 2025, cites: "第二十二条第（二）项" },
  { why: "22(2) month 61", call: "ALLOWANCE", args: [K, "高层次专家", 61], expect: 0 },
  { why: "22(3) 1500元, 3 years: month 36", call: "ALLOWANCE", args: [K, "博士或正高", 36], expect: 1500 },
  { why: "22(3) month 37", call: "ALLOWANCE", args: [K, "博士或正高", 37], expect: 0 },
  { why: "22(4) 1000元, 2 years: month 24", call: "ALLOWANCE", args: [K, "硕士或副高", 24], expect: 1000 },
  { why: "22(4) month 25", call: "ALLOWANCE", args: [K, "硕士或副高", 25], expect: 0 },
  { why: "22(5) 500元, 1 year: month 12", call: "ALLOWANCE", args: [K, "紧缺本科", 12], expect: 500 },
  { why: "22(5) month 13", call: "ALLOWANCE", args: [K, "紧缺本科", 13], expect: 0 },
  { why: "22(2) 一次性购车补贴20万元", call: "CARSUBSIDY", args: [K, "高层次专家"], expect: 200000, cites: "第二十二条第（二）项" },
  { why: "only 22(2) has a car subsidy", call: "CARSUBSIDY", args: [K, "博士或正高"], expect: "#N/A" },
  { why: "22(2) 140 m² 左右", call: "HOUSINGAREA", args: [K, "高层次专家"], expect: 140 },
  { why: "22(3) 120 m²", call: "HOUSINGAREA", args: [K, "博士或正高"], expect: 120 },
  { why: "22(4) 100 m²", call: "HOUSINGAREA", args: [K, "硕士或副高"], expect: 100 },
  { why: "22(5) 80 m²", call: "HOUSINGAREA", args: [K, "紧缺本科"], expect: 80 },
  { why: "22 连续工作5年以上 given outright", call: "GIFTYEARS", args: [K, "紧缺本科"], expect: 5 },
  { why: "22(1) 住房补贴 10万元 per year served", call: "YEARLYSUBSIDY", args: [K, "特聘专家", 1], expect: 100000, cites: "第二十二条第（一）项" },
  { why: "22(1) 最高50万元: year 5", call: "YEARLYSUBSIDY", args: [K, "特聘专家", 5], expect: 100000 },
  { why: "22(1) year 6 is over the cap", call: "YEARLYSUBSIDY", args: [K, "特聘专家", 6], expect: 0 },
  { why: "22(1) start-up funds 10—200万元", call: "STARTUPFUND", args: [K, "特聘专家"], expect: [[100000, 2000000]] },
  { why: "22(2) 10—200万元", call: "STARTUPFUND", args: [K, "高层次专家"], expect: [[100000, 2000000]] },
  { why: "22(3) 10—50万元", call: "STARTUPFUND", args: [K, "博士或正高"], expect: [[100000, 500000]] },
  { why: "22(4) no start-up funds", call: "STARTUPFUND", args: [K, "硕士或副高"], expect: "#N/A" },
];

const refunds: Golden[] = [
  { why: "27 leaving within the agreement returns what was received", call: "REFUND", args: [K, 90000, 1.5], expect: 90000, cites: "第二十七条" },
  { why: "27 after the (default five-year) agreement nothing", call: "REFUND", args: [K, 90000, 5], expect: 0 },
  { why: "24 failing the six-month probation returns everything", call: "REFUND", args: [K, 50000, 0.4, "", "试用期不合格"], expect: 50000, cites: "第二十四条" },
  { why: "24 exactly six months is still probation", call: "REFUND", args: [K, 50000, 0.5, "实际", "试用期"], expect: 50000 },
  { why: "24 the assessment is made 试用期满 and the contract ends after 专项办认定: 0.6 years served still returns everything", call: "REFUND", args: [K, 50000, 0.6, "实际", "试用期不合格"], expect: 50000, cites: "第二十四条" },
  { why: "27 covers 提出终止协议 by the talent, not the employer", call: "REFUND", args: [K, 90000, 1.5, "", "单位原因"], expect: 0 },
  { why: "15 诚实守信: 失信 excludes", call: "ELIGIBLE", args: [K, "博士或正高", 40, "失信"], expect: false, cites: "第十五条" },
  { why: "26 违法违纪 cancels the benefits", call: "DISQUALIFIED", args: [K, "违法违纪"], expect: true, cites: "第二十六条" },
  { why: "34 no date printed: from 2025-01-01 by default", call: "POLICYSTATUS", args: [K, "2024-12-31"], expect: [["未生效", any]] },
  { why: "34 default option date", call: "POLICYSTATUS", args: [K, "2025-01-01"], expect: [["有效", any]] },
  { why: "34 with the real date set", call: "POLICYSTATUS", args: [K, "2025-06-30"], expect: [["未生效", any]], options: { kuitunEffectiveFrom: "2025-07-01" } },
];

describe("奎屯 groups (第十一条、第十二条、第二十二条)", () => runGolden(categories));
describe("奎屯 benefits (第二十二条)", () => runGolden(money));
describe("奎屯 refunds and other rules (第十五条、第二十四条、第二十六条、第二十七条、第三十四条)", () => runGolden(refunds));

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
