import { DEFAULT_OPTIONS } from "../../src/engine";
import { findTable, matchColumns } from "../../src/jobs/columns";
import { fillLedger } from "../../src/jobs/ledger";
import { specOf } from "../../src/functions/registry";
import { basisOf, call, runGolden, type Golden } from "../golden";

/**
 * Issue 13, the parts on when money falls due and who may have it: service conditions, boundaries, the way
 * of introduction, 张掖's apartment-or-subsidy, wording, and the open readings. Every expected value is worked
 * from the article quoted beside it; dates of completed periods follow 《民法典》第二百零二条 (a year from
 * 2020-03-01 is complete on 2021-02-28; a month from 2024-08-31 on 2024-09-30).
 */
const A = "alashankou-2014";
const K = "kuitun-2025";
const Z = "zhangye-2022";
const T = "turpan-2025";
const L = "linxia-2021";
const HEAD = ["日期", "项目", "金额", "依据", "说明"];
const any = expect.any(String) as unknown as string;
/** 奎屯 prints no date; the month-end cases start in 2024, so they take the document as in force then. */
const KUITUN_2024 = { kuitunEffectiveFrom: "2024-01-01" };

type Rows = (string | number | boolean)[][];
const rows = (id: string, args: unknown[], options = {}) => call(id, args, options) as Rows;
/** BENEFITS with a way: placed at the `way` parameter wherever the spec puts it (other optional arguments blank). */
function benefitsWith(policy: string, code: string, way: string): unknown[] {
  const at = specOf("BENEFITS").params.findIndex((p) => p.name === "way");
  return [policy, code, ...Array<string>(at - 2).fill(""), way];
}
const money = (r: Rows) => r.slice(1).filter((x) => typeof x[2] === "number");

describe("1. service-conditional money is not paid before its condition (阿拉山口 第十四条第（一）款, 奎屯 第二十二条第（一）项)", () => {
  test("SCHEDULE alashankou-2014 特聘专家 2020-03-01 2020-04-30: two months served, no 10万 (一年内累计服务满6个月), only the flat", () => {
    expect(rows("SCHEDULE", [A, "特聘专家", "2020-03-01", "2020-04-30"])).toEqual([
      HEAD,
      ["2020-03-01", "提供120平方米住房免费居住", "实物", "第十四条第（一）款", any],
    ]);
  });

  test("the sixth month from 2020-03-01 is complete on 2020-08-31: not due the day before, due that day and after", () => {
    expect(money(rows("SCHEDULE", [A, "特聘专家", "2020-03-01", "2020-08-30"]))).toEqual([]);
    expect(money(rows("SCHEDULE", [A, "特聘专家", "2020-03-01", "2020-08-31"]))).toEqual([
      ["2020-08-31", "特聘补贴（第1年）", 100000, "第十四条第（一）款", expect.stringContaining("满6个月")],
    ]);
    expect(money(rows("SCHEDULE", [A, "特聘专家", "2020-03-01", "2020-09-01"])).map((r) => r[2])).toEqual([100000]);
  });

  test("YEARLYSUBSIDY: 5 months in a year gives nothing, 6 months gives 10万 (第十四条第（一）款)", () => {
    expect(call("YEARLYSUBSIDY", [A, "特聘专家", 1, 5])).toBe(0);
    expect(call("YEARLYSUBSIDY", [A, "特聘专家", 1, 6])).toBe(100000);
  });

  test("SCHEDULE kuitun-2025 特聘专家 2025-03-01: 每服务一年给予10万元, due as each year is complete, 最高50万元", () => {
    // Years from 2025-03-01 end on 2026-02-28, 2027-02-28, 2028-02-29 (2028 is a leap year), 2029-02-28, 2030-02-28.
    expect(money(rows("SCHEDULE", [K, "特聘专家", "2025-03-01"])).map((r) => [r[0], r[2]])).toEqual([
      ["2026-02-28", 100000],
      ["2027-02-28", 100000],
      ["2028-02-29", 100000],
      ["2029-02-28", 100000],
      ["2030-02-28", 100000],
    ]);
  });

  test("奎屯 特聘 leaving in the first year: nothing paid and nothing refunded (no pay on day one, no refund in the same schedule)", () => {
    expect(rows("SCHEDULE", [K, "特聘专家", "2025-03-01", "2026-02-27"])).toEqual([HEAD]);
  });

  test("奎屯 特聘 leaving on the day year 1 is complete: it would be paid and taken back (第二十七条) that day, so neither", () => {
    expect(rows("SCHEDULE", [K, "特聘专家", "2025-03-01", "2026-02-28"])).toEqual([HEAD]);
  });

  test("奎屯 特聘 leaving the day after: year 1 paid, and returned on leaving within the agreement (第二十七条)", () => {
    expect(money(rows("SCHEDULE", [K, "特聘专家", "2025-03-01", "2026-03-01"])).map((r) => [r[0], r[2]])).toEqual([
      ["2026-02-28", 100000],
      ["2026-03-01", -100000],
    ]);
  });

  test("--option paymentTiming=yearEnd no longer fails for 奎屯 特聘: nothing due yet is an empty schedule, not #N/A", () => {
    expect(rows("SCHEDULE", [K, "特聘专家", "2025-03-01", "2025-06-01"], { paymentTiming: "yearEnd" })).toEqual([HEAD]);
    expect(money(rows("SCHEDULE", [K, "特聘专家", "2025-03-01"], { paymentTiming: "yearEnd" })).map((r) => r[0])[0]).toBe("2026-02-28");
  });

  test("YEARLYSUBSIDY 奎屯 特聘: 11 months of a year give nothing, 12 give 10万 (每服务一年)", () => {
    expect(call("YEARLYSUBSIDY", [K, "特聘专家", 1, 11])).toBe(0);
    expect(call("YEARLYSUBSIDY", [K, "特聘专家", 1, 12])).toBe(100000);
  });

  test("张掖 智库 5万 a year: due once the year's first month (第十二条第（二）项 minimum) is served", () => {
    expect(money(rows("SCHEDULE", [Z, "智库专家", "2025-01-01", "2025-01-30"]))).toEqual([]);
    expect(money(rows("SCHEDULE", [Z, "智库专家", "2025-01-01", "2025-01-31"])).map((r) => [r[0], r[2]])).toEqual([["2025-01-31", 50000]]);
  });
});

describe("2. boundaries: a period complete on the end date counts, as SERVICEYEARS counts it", () => {
  const gift = (r: Rows) => r.filter((x) => String(x[1]).endsWith("直接赠予"));

  test("阿拉山口 博士 2020-03-01 to 2025-02-28: SERVICEYEARS 5, and the flat is given (第十四条第（三）款 连续工作5年以上)", () => {
    expect(call("SERVICEYEARS", ["2020-03-01", "2025-02-28"])).toBe(5);
    expect(gift(rows("SCHEDULE", [A, "博士", "2020-03-01", "2025-02-28"]))).toEqual([
      ["2025-02-28", "120平方米住房直接赠予", "实物", "第十四条第（三）款", any],
    ]);
  });

  test("one day short (2025-02-27): SERVICEYEARS 4 and no gift", () => {
    expect(call("SERVICEYEARS", ["2020-03-01", "2025-02-27"])).toBe(4);
    expect(gift(rows("SCHEDULE", [A, "博士", "2020-03-01", "2025-02-27"]))).toEqual([]);
  });

  test("奎屯 高层次专家 2025-03-01 to 2030-02-28: five years, the 140㎡ flat is given (第二十二条第（二）项); 2030-02-27 not", () => {
    expect(call("SERVICEYEARS", ["2025-03-01", "2030-02-28"])).toBe(5);
    expect(gift(rows("SCHEDULE", [K, "高层次专家", "2025-03-01", "2030-02-28"])).map((r) => [r[0], r[1]])).toEqual([["2030-02-28", "140平方米左右住房直接赠予"]]);
    expect(gift(rows("SCHEDULE", [K, "高层次专家", "2025-03-01", "2030-02-27"]))).toEqual([]);
  });

  test("阿拉山口 学士紧缺 after 8 years (第十四条第（五）款): 2020-03-01 to 2028-02-29 yes, 2028-02-28 no", () => {
    expect(gift(rows("SCHEDULE", [A, "学士紧缺", "2020-03-01", "2028-02-29"])).map((r) => r[0])).toEqual(["2028-02-29"]);
    expect(gift(rows("SCHEDULE", [A, "学士紧缺", "2020-03-01", "2028-02-28"]))).toEqual([]);
  });

  test("阿拉山口 第十四条第（四）款 安家费 “工作一年考核合格后一次性发放”: at exactly one year (2021-02-28), not the day before", () => {
    const settle = (end: string) => money(rows("SCHEDULE", [A, "硕士", "2020-03-01", end])).filter((r) => r[1] === "安家费");
    expect(settle("2021-02-28")).toEqual([["2021-02-28", "安家费", 50000, "第十四条第（四）款", expect.stringContaining("考核合格")]]);
    expect(settle("2021-02-27")).toEqual([]);
  });

  test("奎屯 硕士或副高 from 2024-08-31 to 2025-09-30 and from 2024-09-01: one month of year 2 each (month 13 ends 2025-09-30)", () => {
    const year2 = (start: string, end: string) =>
      money(rows("SCHEDULE", [K, "硕士或副高", start, end], KUITUN_2024)).filter((r) => String(r[1]).startsWith("生活补贴（第2年"));
    expect(year2("2024-08-31", "2025-09-30")).toEqual([["2025-08-31", "生活补贴（第2年，1个月 × 1000元）", 1000, "第二十二条第（四）项", ""]]);
    expect(year2("2024-09-01", "2025-09-30")).toEqual([["2025-09-01", "生活补贴（第2年，1个月 × 1000元）", 1000, "第二十二条第（四）项", ""]]);
    // The day after: month 14 has begun (2025-10-01) for both.
    expect(year2("2024-08-31", "2025-10-01").map((r) => r[2])).toEqual([2000]);
    expect(year2("2024-09-01", "2025-10-01").map((r) => r[2])).toEqual([2000]);
  });
});

describe("3. the way of introduction, read in each document's terms", () => {
  const zhangye: Golden[] = [
    { why: "第六条 classes a 兼职 doctor all the same", call: "CATEGORY", args: [Z, "博士", "无", "", "", "兼职"], expect: "第一类", cites: "第六条第（一）项" },
    { why: "第十四条第（三）项 is for 全职引进人才: 兼职 (第十条第（二）项 短期兼职) gets no 40万", call: "HOUSINGSUBSIDY", args: [Z, "第一类", "兼职"], expect: "#N/A", cites: "全职" },
    { why: "短期兼职 is 柔性聘用", call: "HOUSINGSUBSIDY", args: [Z, "第一类", "短期兼职"], expect: "#N/A" },
    { why: "顾问指导 is 柔性聘用", call: "RENTSUBSIDY", args: [Z, "第二类", "", "顾问指导"], expect: "#N/A" },
    { why: "全职 gets 40万", call: "HOUSINGSUBSIDY", args: [Z, "第一类", "全职"], expect: 400000, cites: "第十四条第（三）项" },
    { why: "集中引进 is 全职 (第十条第（一）项)", call: "HOUSINGSUBSIDY", args: [Z, "第一类", "集中引进"], expect: 400000 },
    { why: "调动 is 全职", call: "HOUSINGSUBSIDY", args: [Z, "第二类", "调动"], expect: 150000 },
    { why: "blank: the amount, with 全职 stated (option wayBlank=state)", call: "HOUSINGSUBSIDY", args: [Z, "第一类"], expect: 400000 },
    { why: "blank with wayBlank=ask: asked for", call: "HOUSINGSUBSIDY", args: [Z, "第一类"], expect: "#VALUE!", cites: "请填写引进方式", options: { wayBlank: "ask" } },
    { why: "an unknown word is #VALUE!", call: "HOUSINGSUBSIDY", args: [Z, "第一类", "空降"], expect: "#VALUE!" },
  ];
  const turpan: Golden[] = [
    { why: "第八条 is for 刚性引进: a 柔性 doctor gets no 安家费", call: "SETTLEMENT", args: [T, "博士或正高", "", "", "柔性"], expect: "#N/A", cites: "刚性" },
    { why: "借调 is 柔性 (第五条第（一）项)", call: "SETTLEMENT", args: [T, "博士或正高", "", "", "借调"], expect: "#N/A" },
    { why: "兼职 is 柔性", call: "ALLOWANCE", args: [T, "博士或正高", "", "兼职"], expect: "#N/A" },
    { why: "刚性引进: 15万 (第八条第（五）项(5))", call: "SETTLEMENT", args: [T, "博士或正高", "", "", "刚性引进"], expect: 150000, cites: "第八条第（五）项" },
    { why: "调动 transfers 人事关系: 刚性", call: "SETTLEMENT", args: [T, "博士或正高", "", "", "调动"], expect: 150000 },
    { why: "刚性: 3000 a month", call: "ALLOWANCE", args: [T, "博士或正高", 1, "刚性"], expect: 3000 },
  ];
  const kuitunWays: [string, string][] = [
    ["特聘", "特聘专家"],
    ["聘请", "特聘专家"],
    ["借调", "特聘专家"],
    ["兼职", "特聘专家"],
    ["合作研究", "特聘专家"],
    ["合作研究项目", "特聘专家"],
    ["创办企业", "特聘专家"],
    ["柔性", "特聘专家"],
    ["招聘", "高层次专家"],
    ["公开招聘", "高层次专家"],
    ["调动", "高层次专家"],
    ["调入", "高层次专家"],
    ["招录", "博士或正高"],
    ["直接聘用", "博士或正高"],
  ];
  const kuitun: Golden[] = [
    ...kuitunWays.map(([way, code]): Golden => ({
      why: `第十三条: “${way}” → ${code}`,
      call: "CATEGORY",
      args: [K, "博士", "正高级", "", "", "院士", way],
      expect: code,
      cites: code === "特聘专家" ? "第二十二条第（一）项" : code === "高层次专家" ? "第二十二条第（二）项" : "第二十二条第（三）项",
    })),
    { why: "the way written among the honours still counts", call: "CATEGORY", args: [K, "博士", "正高级", "", "", "院士、借调"], expect: "特聘专家" },
    { why: "blank: 第（一）（二）项 differ only by the way — asked, not the most generous", call: "CATEGORY", args: [K, "博士", "正高级", "", "", "省部级专家"], expect: "#VALUE!", cites: "请填写引进方式" },
    { why: "全职 does not say 招聘/调动 or 招录/直接聘用", call: "CATEGORY", args: [K, "博士", "正高级", "", "", "院士", "全职"], expect: "#VALUE!" },
    { why: "柔性 with flexibleAsSpecial=false is not decided", call: "CATEGORY", args: [K, "博士", "正高级", "", "", "院士", "柔性"], expect: "#VALUE!", options: { flexibleAsSpecial: false } },
    { why: "援疆 is no way of 第十三条", call: "CATEGORY", args: [K, "博士", "正高级", "", "", "院士", "援疆"], expect: "#VALUE!" },
    { why: "a doctor who is no expert: 第（三）项 whatever the way", call: "CATEGORY", args: [K, "博士", "无", "", "", "", "兼职"], expect: "博士或正高" },
    { why: "a 特聘 expert's housing subsidy is 第（一）项's, not 第（二）项's 20万 安家费", call: "SETTLEMENT", args: [K, "特聘专家"], expect: "#N/A" },
  ];
  const alashankouWays: [string, string][] = [
    ["特聘", "特聘专家"],
    ["聘请", "特聘专家"],
    ["借调", "特聘专家"],
    ["兼职", "特聘专家"],
    ["合作研究", "特聘专家"],
    ["柔性", "特聘专家"],
    ["招聘", "博士"],
    ["调动", "博士"],
  ];
  const alashankou: Golden[] = [
    ...alashankouWays.map(([way, code]): Golden => ({
      why: `第十一条: “${way}” → ${code}`,
      call: "CATEGORY",
      args: [A, "博士", "无", "", "", "国家级专家", way],
      expect: code,
      cites: code === "特聘专家" ? "第十四条第（一）款" : "第十四条第（三）款",
    })),
    { why: "expert, way blank: 第㈠款 or 第㈢款 — asked", call: "CATEGORY", args: [A, "博士", "无", "", "", "国家级专家"], expect: "#VALUE!", cites: "请填写引进方式" },
    { why: "a doctor who is no expert can only be 招聘、调动: 第㈢款, with the way stated as a condition", call: "CATEGORY", args: [A, "博士", "无"], expect: "博士" },
    { why: "第十四条第㈥款: 副高 援疆 staff who transfer are classed as ㈣, resting on ㈥", call: "CATEGORY", args: [A, "硕士", "副高", "", "", "援疆、调动"], expect: "硕士", cites: "第十四条第（六）款" },
    { why: "the same with the way as its own argument", call: "CATEGORY", args: [A, "硕士", "副高", "", "", "援疆人才", "调动"], expect: "硕士", cites: "第十四条第（六）款" },
    { why: "援疆 extending their service (no transfer), 副高: 援疆延期", call: "CATEGORY", args: [A, "硕士", "副高", "", "", "援疆"], expect: "援疆延期", cites: "第十四条第（六）款" },
    { why: "援疆 without a transfer below 副高: no 招聘 category", call: "CATEGORY", args: [A, "硕士", "中级", "", "", "援疆"], expect: "#N/A" },
  ];
  describe("张掖 第十条、第十四条第（二）（三）项", () => runGolden(zhangye));
  describe("吐鲁番 第五条、第八条", () => runGolden(turpan));
  describe("奎屯 第十三条、第二十二条第（一）（二）项", () => runGolden(kuitun));
  describe("阿拉山口 第十一条、第十四条", () => runGolden(alashankou));

  test("援疆 below 副高 who transfers is an ordinary 调动 master (第十四条第㈣款), not resting on ㈥", () => {
    expect(call("CATEGORY", [A, "硕士", "中级", "", "", "援疆、调动"])).toBe("硕士");
    expect(basisOf("CATEGORY", [A, "硕士", "中级", "", "", "援疆、调动"])).not.toContain("第十四条第（六）款");
  });

  const benefitItems = (args: unknown[]) => (call("BENEFITS", args) as Rows).slice(1).map((r) => r[5]);
  test.each(["特聘专家", "援疆延期", "创业人才"])("BENEFITS 阿拉山口 %s lists no 第十三条第（三）款, 第十六条, 第十七条 (招聘、调动 only)", (code) => {
    const cited = benefitItems([A, code]);
    expect(cited.length).toBeGreaterThan(0);
    for (const a of ["第十三条第（三）款", "第十六条", "第十七条"]) expect(cited).not.toContain(a);
  });

  test("BENEFITS 阿拉山口 博士: 调动 has 第十六条 but not 第十七条 (招聘 only); 招聘 has both", () => {
    expect(benefitItems(benefitsWith(A, "博士", "调动"))).toEqual(expect.arrayContaining(["第十三条第（三）款", "第十六条"]));
    expect(benefitItems(benefitsWith(A, "博士", "调动"))).not.toContain("第十七条");
    expect(benefitItems(benefitsWith(A, "博士", "招聘"))).toContain("第十七条");
  });

  test("BENEFITS 阿拉山口 博士 with a blank way keeps 第十七条 and says it is for 招聘", () => {
    const row = (call("BENEFITS", [A, "博士"]) as Rows).find((r) => r[5] === "第十七条")!;
    expect(String(row[4])).toContain("限招聘方式引进");
  });

  test("wayBlank=ask: BENEFITS and SCHEDULE ask for the way where an item depends on it (张掖 第十四条第（二）（三）项)", () => {
    expect(call("BENEFITS", [Z, "第一类"], { wayBlank: "ask" })).toEqual(expect.objectContaining({ code: "#VALUE!" }));
    expect(call("SCHEDULE", [Z, "第一类", "2025-01-01"], { wayBlank: "ask" })).toEqual(expect.objectContaining({ code: "#VALUE!" }));
    expect((call("BENEFITS", benefitsWith(Z, "第一类", "全职"), { wayBlank: "ask" }) as Rows).length).toBeGreaterThan(1);
  });

  test("BENEFITS 张掖 第一类 兼职: no 人才公寓, 租房补贴 or 购房补贴 (第十四条第（二）（三）项 全职)", () => {
    const cited = benefitItems(benefitsWith(Z, "第一类", "兼职"));
    expect(cited).not.toContain("第十四条第（二）项");
    expect(cited).not.toContain("第十四条第（三）项");
    expect(cited).toContain("第十四条第（五）项");
  });

  test("SCHEDULE 吐鲁番 博士或正高 柔性: nothing of 第八条 to schedule", () => {
    expect(call("SCHEDULE", [T, "博士或正高", "2025-06-01", "", "柔性"])).toEqual(expect.objectContaining({ code: "#N/A" }));
    expect(basisOf("SCHEDULE", [T, "博士或正高", "2025-06-01", "", "柔性"])).toContain("限刚性方式引进");
    expect(money(rows("SCHEDULE", [T, "博士或正高", "2025-06-01", "", "刚性"])).filter((r) => r[1] === "一次性安家费")).toEqual([
      ["2025-06-01", "一次性安家费", 150000, "第八条第（五）项", ""],
    ]);
  });
});

describe("4. 张掖 第十四条第（二）项: the apartment or the subsidy, never both", () => {
  test("by default the apartment is scheduled and the 租房补贴 is not, and the choice is said", () => {
    const r = rows("SCHEDULE", [Z, "第一类", "2025-01-01"]);
    expect(r.filter((x) => String(x[1]).includes("租房补贴"))).toEqual([]);
    const flat = r.filter((x) => String(x[1]).includes("人才公寓"));
    expect(flat).toEqual([["2025-01-01", "提供人才公寓（5年内免费）", "实物", "第十四条第（二）项", expect.stringContaining("二者取其一")]]);
    // Money: only the 40万 purchase subsidy of 第十四条第（三）项.
    expect(money(r).map((x) => x[2])).toEqual([400000]);
  });

  test("zhangyeHousingChoice=subsidy: five years of 12000 and no apartment", () => {
    const r = rows("SCHEDULE", [Z, "第一类", "2025-01-01"], { zhangyeHousingChoice: "subsidy" });
    expect(r.filter((x) => String(x[1]).includes("人才公寓"))).toEqual([]);
    expect(r.filter((x) => String(x[1]).startsWith("租房补贴")).map((x) => [x[0], x[2]])).toEqual([
      ["2025-01-01", 12000],
      ["2026-01-01", 12000],
      ["2027-01-01", 12000],
      ["2028-01-01", 12000],
      ["2029-01-01", 12000],
    ]);
  });
});

describe("5. wording and conditions the ledger cannot show", () => {
  test("阿拉山口 创业人才: 项目连续实施5年以上且效益显著, not 连续工作 (第十四条第㈡款)", () => {
    const housing = (call("BENEFITS", [A, "创业人才"]) as Rows).find((r) => r[0] === "120平方米住房")!;
    expect(String(housing[3])).toContain("项目在阿拉山口市连续实施5年以上且效益显著");
    expect(String(housing[3])).not.toContain("连续工作");
    const said = String(call("EXPLAIN", [A, "GIFTYEARS", "创业人才"]));
    expect(said).toContain("项目在阿拉山口市连续实施5年以上且效益显著");
    expect(said).not.toContain("连续工作");
  });

  test("考核合格 is stated, not assumed: SETTLEMENT and the schedule say it (第十四条第㈢款, 第十九条)", () => {
    expect(String(call("EXPLAIN", [A, "SETTLEMENT", "博士"]))).toContain("考核合格");
  });

  test("张掖 第十四条 is for 市直事业单位: said in the condition", () => {
    const purchase = (call("BENEFITS", [Z, "第一类"]) as Rows).find((r) => r[5] === "第十四条第（三）项")!;
    expect(String(purchase[4])).toContain("市直事业单位");
  });
});

describe("6. open readings (register: turpan-tier3, zhangye-national-level, payments-after-lapse, alashankou-venture …)", () => {
  const readings: Golden[] = [
    { why: "吐鲁番 第（3）档 for the whole of 第四条第（三）项 by default", call: "CATEGORY", args: [T, "博士", "无", "", "", "省部级带头人"], expect: "省部级专家" },
    { why: "turpanTier3=literal: a 学科带头人 falls to the 博士 tier", call: "CATEGORY", args: [T, "博士", "无", "", "", "省部级带头人"], expect: "博士或正高", options: { turpanTier3: "literal" } },
    { why: "turpanTier3=literal keeps 省部级有突出贡献的中青年专家", call: "CATEGORY", args: [T, "博士", "无", "", "", "省部级专家"], expect: "省部级专家", options: { turpanTier3: "literal" } },
    { why: "张掖 第七条: 百千万人才 is no national title by default (55 > 50)", call: "ELIGIBLE", args: [Z, "第一类", 55, "", "百千万人才"], expect: false },
    { why: "zhangyeNationalLevel=programmes lifts the limit", call: "ELIGIBLE", args: [Z, "第一类", 55, "", "百千万人才"], expect: true, options: { zhangyeNationalLevel: "programmes" } },
    { why: "国家级相当层次 written as such lifts it", call: "ELIGIBLE", args: [Z, "第一类", 55, "", "国家级相当层次"], expect: true },
    { why: "阿拉山口 特聘 non-expert: no category with money (第十四条第㈠款 experts only, ㈢—㈤ 招聘、调动)", call: "CATEGORY", args: [A, "博士", "无", "", "", "兼职"], expect: "#N/A" },
    { why: "阿拉山口 科技成果 who comes to found a business", call: "CATEGORY", args: [A, "本科", "无", "", "否", "科技成果", "来阿创业"], expect: "创业人才", cites: "第十四条第（二）款" },
    { why: "阿拉山口 科技成果 recruited doctor: 第㈢款, not 创业人才", call: "CATEGORY", args: [A, "博士", "无", "", "", "科技成果", "招聘"], expect: "博士" },
    { why: "阿拉山口 科技成果, way blank, a doctor too: asked", call: "CATEGORY", args: [A, "博士", "无", "", "", "科技成果"], expect: "#VALUE!" },
    { why: "奎屯 柔性 as 特聘 by default", call: "CATEGORY", args: [K, "博士", "正高级", "", "", "院士", "柔性引进"], expect: "特聘专家" },
  ];
  runGolden(readings);

  test("临夏 柔性 subsidy stops when the document lapses (2026-06-22): 2025 and 2026 only; continue gives five years", () => {
    expect(money(rows("SCHEDULE", [L, "柔性引进人才", "2025-01-01"])).map((r) => r[0])).toEqual(["2025-01-01", "2026-01-01"]);
    expect(money(rows("SCHEDULE", [L, "柔性引进人才", "2025-01-01"], { paymentsAfterLapse: "continue" }))).toHaveLength(5);
  });
});

describe("the ledger's 引进方式 column feeds the same rules (fill)", () => {
  test("张掖: a 全职 doctor gets 40万 (第十四条第（三）项), a 兼职 doctor none, a blank way 40万 with the condition", async () => {
    const t = findTable({
      rows: [
        ["姓名", "学位", "职称", "引进方式"],
        ["甲", "博士", "无", "全职引进"],
        ["乙", "博士", "无", "兼职"],
        ["丙", "博士", "无", null],
      ],
    })!;
    const r = await fillLedger(t, matchColumns(t.headers), { options: DEFAULT_OPTIONS, defaultPolicy: Z });
    const col = (header: string) => r.rows.map((row) => row[r.headers.findIndex((h) => h.endsWith(header))]);
    expect(col("人才类别")).toEqual(["第一类", "第一类", "第一类"]);
    expect(col("购房补贴（元）")).toEqual([400000, null, 400000]);
  });

  test("奎屯: the way column decides 第二十二条第（一）or（二）项; blank is the row's error, not a guess", async () => {
    const t = findTable({
      rows: [
        ["姓名", "学位", "职称", "人才称号", "引进方式"],
        ["甲", "博士", "正高级", "院士", "借调"],
        ["乙", "博士", "正高级", "院士", "调入"],
        ["丙", "博士", "正高级", "院士", null],
      ],
    })!;
    const r = await fillLedger(t, matchColumns(t.headers), { options: DEFAULT_OPTIONS, defaultPolicy: K });
    const col = (header: string) => r.rows.map((row) => row[r.headers.findIndex((h) => h.endsWith(header))]);
    expect(col("人才类别")).toEqual(["特聘专家", "高层次专家", null]);
    expect(String(col("错误")[2])).toContain("请填写引进方式");
  });
});
