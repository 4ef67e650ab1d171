import { call } from "../golden";
import { runGolden, type Golden } from "../golden";

/** 阿拉山口市高层次和急需紧缺人才引进暂行办法, 阿市党办发〔2014〕90号 (policies/001_2f3eb76c6e7e4dd3.txt). */
const A = "alashankou-2014";

const categories: Golden[] = [
  { why: "14(3) 博士", call: "CATEGORY", args: [A, "博士", "无"], expect: "博士", cites: "第十四条第（三）款" },
  { why: "14(3) a doctor with a 正高 title is in the 博士 tier of 13(2)", call: "CATEGORY", args: [A, "博士", "正高级"], expect: "博士" },
  { why: "14(3) 正高 with a master's degree", call: "CATEGORY", args: [A, "硕士", "正高级"], expect: "正高（硕士）" },
  { why: "14(3) 正高 with a bachelor's degree", call: "CATEGORY", args: [A, "本科", "正高级"], expect: "正高" },
  { why: "14(4) 硕士", call: "CATEGORY", args: [A, "硕士", "副高级"], expect: "硕士", cites: "第十四条第（四）款" },
  { why: "14(4) 副高 with a bachelor's degree", call: "CATEGORY", args: [A, "本科", "副高级"], expect: "副高" },
  { why: "14(5) bachelor in a field in short supply", call: "CATEGORY", args: [A, "本科", "无", "", "是"], expect: "学士紧缺", cites: "第十四条第（五）款" },
  { why: "10 requires the field to be needed", call: "CATEGORY", args: [A, "本科", "无", "", "否"], expect: "#N/A" },
  { why: "10(5) 中级 title urgently needed (其他急需紧缺人才)", call: "CATEGORY", args: [A, "大专", "中级", "", "是"], expect: "中级紧缺" },
  { why: "10(6) practical talent", call: "CATEGORY", args: [A, "大专", "无", "", "", "实用人才"], expect: "实用人才", cites: "第十四条第（七）款" },
  { why: "14(1)/(3): an expert with a doctorate and no way stated could be 特聘专家 or 博士 (11): asked", call: "CATEGORY", args: [A, "博士", "正高级", "", "", "国家级专家"], expect: "#VALUE!", cites: "请填写引进方式" },
  { why: "14(1) national experts engaged by 特聘", call: "CATEGORY", args: [A, "博士", "正高级", "", "", "国家级专家、特聘"], expect: "特聘专家", cites: "第十四条第（一）款" },
  { why: "14(1) experts transferred in are classed by degree", call: "CATEGORY", args: [A, "博士", "正高级", "", "", "国家级专家、调动"], expect: "博士" },
  { why: "14(2) entrepreneurs with leading technology who come to found a business (10(3))", call: "CATEGORY", args: [A, "本科", "无", "", "", "科技成果、来阿创业"], expect: "创业人才" },
  { why: "14(6) aid-Xinjiang professionals extending service", call: "CATEGORY", args: [A, "本科", "副高级", "", "", "援疆"], expect: "援疆延期", cites: "第十四条第（六）款" },
  { why: "14(6) aid-Xinjiang professionals transferred in: as 14(3)(4)", call: "CATEGORY", args: [A, "本科", "副高级", "", "", "援疆、调动"], expect: "副高" },
  { why: "14(3)–(5) are for 招聘、调动; a 特聘 doctor who is no expert is in no item", call: "CATEGORY", args: [A, "博士", "无", "", "", "特聘"], expect: "#N/A" },
];

const allowance: Golden[] = [
  { why: "13(2) 博士 2000 元/月", call: "ALLOWANCE", args: [A, "博士"], expect: 2000, cites: "第十三条第（二）款" },
  { why: "13(2) 硕士 1000 元/月", call: "ALLOWANCE", args: [A, "硕士"], expect: 1000 },
  { why: "13(2) a 正高 with a master's degree: 硕士 tier", call: "ALLOWANCE", args: [A, "正高（硕士）"], expect: 1000 },
  { why: "13(2) a 正高 with a bachelor's degree: 学士 tier", call: "ALLOWANCE", args: [A, "正高"], expect: 500 },
  { why: "13(2) 学士 500 元/月", call: "ALLOWANCE", args: [A, "学士紧缺"], expect: 500 },
  { why: "13(2) 实用性人才 500 元/月", call: "ALLOWANCE", args: [A, "实用人才"], expect: 500 },
  { why: "13(2) 最长为五年: month 60", call: "ALLOWANCE", args: [A, "博士", 60], expect: 2000 },
  { why: "13(2) month 61 is past five years", call: "ALLOWANCE", args: [A, "博士", 61], expect: 0 },
  { why: "13(2) is for 调动、招聘, not 特聘", call: "ALLOWANCE", args: [A, "特聘专家"], expect: "#N/A" },
];

const lumpSums: Golden[] = [
  { why: "14(3) 安家费10万元", call: "SETTLEMENT", args: [A, "博士"], expect: 100000, cites: "第十四条第（三）款" },
  { why: "14(3) the same for 正高", call: "SETTLEMENT", args: [A, "正高"], expect: 100000 },
  { why: "14(4) 安家费5万元", call: "SETTLEMENT", args: [A, "硕士"], expect: 50000, cites: "第十四条第（四）款" },
  { why: "14(4) the same for 副高", call: "SETTLEMENT", args: [A, "副高"], expect: 50000 },
  { why: "14(5) 安家费3万元", call: "SETTLEMENT", args: [A, "学士紧缺"], expect: 30000, cites: "第十四条第（五）款" },
  { why: "14(2) 安家费15万元 after five years", call: "SETTLEMENT", args: [A, "创业人才"], expect: 150000, cites: "第十四条第（二）款" },
  { why: "paid at once: no second instalment", call: "SETTLEMENT", args: [A, "博士", 2], expect: 0 },
  { why: "14(1) 特聘 experts get no 安家费", call: "SETTLEMENT", args: [A, "特聘专家"], expect: "#N/A" },
  { why: "14(3) 120 m²", call: "HOUSINGAREA", args: [A, "博士"], expect: 120, cites: "第十四条第（三）款" },
  { why: "14(4) 100 m²", call: "HOUSINGAREA", args: [A, "副高"], expect: 100 },
  { why: "14(5) 80 m²", call: "HOUSINGAREA", args: [A, "中级紧缺"], expect: 80 },
  { why: "14(1) 120 m² for 特聘 experts", call: "HOUSINGAREA", args: [A, "特聘专家"], expect: 120, cites: "第十四条第（一）款" },
  { why: "10(6) practical talent gets no housing", call: "HOUSINGAREA", args: [A, "实用人才"], expect: "#N/A" },
  { why: "14(3) given outright after 5 years", call: "GIFTYEARS", args: [A, "博士"], expect: 5 },
  { why: "14(4) after 5 years", call: "GIFTYEARS", args: [A, "硕士"], expect: 5 },
  { why: "14(5) after 8 years", call: "GIFTYEARS", args: [A, "学士紧缺"], expect: 8, cites: "第十四条第（五）款" },
  { why: "14(2) after 5 years of the project", call: "GIFTYEARS", args: [A, "创业人才"], expect: 5 },
  { why: "14(1) free to live in, never given", call: "GIFTYEARS", args: [A, "特聘专家"], expect: "#N/A" },
  { why: "14(1) 50—300万元 start-up funds", call: "STARTUPFUND", args: [A, "特聘专家"], expect: [[500000, 3000000]] },
  { why: "14(2) 30—100万元", call: "STARTUPFUND", args: [A, "创业人才"], expect: [[300000, 1000000]] },
  { why: "14(7) 视项目大小: no figure is set", call: "STARTUPFUND", args: [A, "硕士"], expect: "#N/A", cites: "未规定具体金额" },
];

const yearly: Golden[] = [
  { why: "14(1) 10万元 a year", call: "YEARLYSUBSIDY", args: [A, "特聘专家"], expect: 100000, cites: "第十四条第（一）款" },
  { why: "14(1) year 5 brings the total to the 50万 cap", call: "YEARLYSUBSIDY", args: [A, "特聘专家", 5], expect: 100000 },
  { why: "14(1) 累计补助不超过50万元: nothing in year 6", call: "YEARLYSUBSIDY", args: [A, "特聘专家", 6], expect: 0 },
  { why: "14(1) 满6个月及以上: 6 months is enough", call: "YEARLYSUBSIDY", args: [A, "特聘专家", 1, 6], expect: 100000 },
  { why: "14(1) 5 months is not", call: "YEARLYSUBSIDY", args: [A, "特聘专家", 1, 5], expect: 0 },
  { why: "14(6) 3万元 a year", call: "YEARLYSUBSIDY", args: [A, "援疆延期"], expect: 30000, cites: "第十四条第（六）款" },
  { why: "14(6) 延长三年: year 3", call: "YEARLYSUBSIDY", args: [A, "援疆延期", 3], expect: 30000 },
  { why: "14(6) year 4", call: "YEARLYSUBSIDY", args: [A, "援疆延期", 4], expect: 0 },
];

const rules: Golden[] = [
  { why: "26 特聘: at least 6 months a year", call: "FLEXIBLE", args: [A, 6], expect: true, cites: "第二十六条" },
  { why: "26 5.9 months is short", call: "FLEXIBLE", args: [A, 5.9], expect: false },
  { why: "13(1) no age limit", call: "ELIGIBLE", args: [A, "博士", 65], expect: true },
  { why: "no list of excluding grounds in this document", call: "ELIGIBLE", args: [A, "博士", 40, "刑事处罚"], expect: "#N/A" },
  { why: "27 学术不端", call: "DISQUALIFIED", args: [A, "学术不端"], expect: true, cites: "第二十七条" },
  { why: "27 sets no refund formula", call: "REFUND", args: [A, 100000, 2], expect: "#N/A", cites: "第二十七条" },
  { why: "30 in force from 2014-11-05", call: "POLICYSTATUS", args: [A, "2014-11-04"], expect: [["未生效", expect.any(String) as unknown as string]] },
  { why: "30 on the day", call: "POLICYSTATUS", args: [A, "2014-11-05"], expect: [["有效", expect.any(String) as unknown as string]] },
  { why: "the city finds the document", call: "POLICYFOR", args: ["阿拉山口市", "2015-01-01"], expect: "alashankou-2014" },
  { why: "nothing is encoded before it", call: "POLICYFOR", args: ["阿拉山口", "2014-11-04"], expect: "#N/A" },
];

describe("阿拉山口 categories (第十条、第十四条)", () => runGolden(categories));
describe("阿拉山口 living allowance (第十三条第（二）款)", () => runGolden(allowance));
describe("阿拉山口 安家费, housing and start-up funds (第十四条)", () => runGolden(lumpSums));
describe("阿拉山口 yearly subsidies (第十四条第（一）（六）款)", () => runGolden(yearly));
describe("阿拉山口 other rules", () => runGolden(rules));

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
