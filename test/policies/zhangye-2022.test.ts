import { runGolden, type Golden } from "../golden";

/**
 * 张掖市引进高层次急需人才办法（试行）, 市委发〔2022〕13号 (policies/000_a03c9efde1043532.txt).
 * Each case names the article it checks; amounts are the article's own.
 */
const Z = "zhangye-2022";

const categories: Golden[] = [
  { why: "6(1) 博士研究生", call: "CATEGORY", args: [Z, "博士", "无"], expect: "第一类", cites: "第六条第（一）项" },
  { why: "6(1) written 博士研究生", call: "CATEGORY", args: [Z, "博士研究生", "无职称"], expect: "第一类" },
  { why: "6(1) 正高级职称 whatever the degree", call: "CATEGORY", args: [Z, "本科", "正高级"], expect: "第一类", cites: "第六条第（一）项" },
  { why: "6(1) 教授 is a 正高级 title", call: "CATEGORY", args: [Z, "硕士", "教授"], expect: "第一类" },
  { why: "6(1) national skills-contest winner", call: "CATEGORY", args: [Z, "大专", "无", "", "", "国家级技能竞赛"], expect: "第一类" },
  { why: "6(2) 双一流 master in an urgent field", call: "CATEGORY", args: [Z, "硕士", "无", "双一流", "是"], expect: "第二类", cites: "第六条第（二）项" },
  { why: "6(2) 985 counts as 双一流 (decision zhangye-985-211)", call: "CATEGORY", args: [Z, "硕士研究生", "无", "985", true], expect: "第二类" },
  { why: "6(2) 副高级职称", call: "CATEGORY", args: [Z, "本科", "副高级"], expect: "第二类", cites: "第六条第（二）项" },
  { why: "6(2) 高级工程师 is a 副高级 title", call: "CATEGORY", args: [Z, "本科", "高级工程师"], expect: "第二类" },
  { why: "6(2) 大中型企业高级经营管理人才", call: "CATEGORY", args: [Z, "本科", "无", "", "", "企业高管"], expect: "第二类" },
  { why: "6(3) master of another university in an urgent field", call: "CATEGORY", args: [Z, "硕士", "无", "其他", "是"], expect: "第三类", cites: "第六条第（三）项" },
  { why: "6(3) 双一流 full-time bachelor in an urgent field", call: "CATEGORY", args: [Z, "本科", "无", "双一流", "是"], expect: "第三类" },
  { why: "6(3) the urgent field binds the master too (default reading)", call: "CATEGORY", args: [Z, "硕士", "无", "其他", "否"], expect: "#N/A" },
  {
    why: "6(3) with option bachelorOnly a master of another university needs no urgent field",
    call: "CATEGORY",
    args: [Z, "硕士", "无", "其他", "否"],
    expect: "第三类",
    options: { zhangyeMajorRule: "bachelorOnly" },
  },
  { why: "6(3) a bachelor of another university is not listed", call: "CATEGORY", args: [Z, "学士", "无", "其他", "是"], expect: "#N/A" },
  { why: "6(3) 全日制 required", call: "CATEGORY", args: [Z, "本科", "无", "211", "是", "非全日制"], expect: "#N/A" },
  { why: "6(3) a 中级 bachelor not in an urgent field is in no class", call: "CATEGORY", args: [Z, "本科", "中级", "双一流", "否"], expect: "#N/A", cites: "不属于" },
  { why: "14(1) think-tank experts are their own category", call: "CATEGORY", args: [Z, "博士", "无", "", "", "智库专家"], expect: "智库专家", cites: "第十四条第（一）项" },
  { why: "a blank title could make a master 正高 (6(1)): it must be filled in", call: "CATEGORY", args: [Z, "硕士", "", "双一流", "是"], expect: "#VALUE!", cites: "职称" },
  { why: "a blank school decides 6(2) or 6(3): it must be filled in", call: "CATEGORY", args: [Z, "硕士", "无", "", "是"], expect: "#VALUE!", cites: "毕业院校" },
  { why: "a blank school does not matter for a doctor", call: "CATEGORY", args: [Z, "博士", "无", "", ""], expect: "第一类" },
  { why: "unknown degree word", call: "CATEGORY", args: [Z, "硕博连读生", "无"], expect: "#VALUE!", cites: "无法识别的学历学位" },
  { why: "unknown policy", call: "CATEGORY", args: ["beijing-2020", "博士", "无"], expect: "#VALUE!", cites: "未知的政策" },
  { why: "the city name finds the policy", call: "CATEGORY", args: ["张掖市", "博士", "无"], expect: "第一类" },
  { why: "the 文号 finds the policy", call: "CATEGORY", args: ["市委发〔2022〕13号", "博士", "无"], expect: "第一类" },
];

const eligibility: Golden[] = [
  { why: "7(2) class 3: not over 35 — exactly 35 qualifies", call: "ELIGIBLE", args: [Z, "第三类", 35], expect: true, cites: "第七条第（二）项" },
  { why: "7(2) class 3: 36 is over", call: "ELIGIBLE", args: [Z, "第三类", 36], expect: false },
  { why: "7(2) class 2: exactly 45", call: "ELIGIBLE", args: [Z, "第二类", 45], expect: true },
  { why: "7(2) class 2: 46", call: "ELIGIBLE", args: [Z, "第二类", 46], expect: false },
  { why: "7(2) class 1: exactly 50", call: "ELIGIBLE", args: [Z, "第一类", 50], expect: true },
  { why: "7(2) class 1: 51", call: "ELIGIBLE", args: [Z, "第一类", 51], expect: false },
  { why: "7(2) 国家级相当层次: no age limit", call: "ELIGIBLE", args: [Z, "第一类", 58, "", "院士"], expect: true },
  { why: "周岁: 35.9 years of age is 35 周岁", call: "ELIGIBLE", args: [Z, "第三类", 35.9], expect: true },
  { why: "9(1) criminal punishment excludes", call: "ELIGIBLE", args: [Z, "第二类", 30, "刑事处罚"], expect: false, cites: "第九条" },
  { why: "9(5) 失信联合惩戒对象 excludes", call: "ELIGIBLE", args: [Z, "第二类", 30, "失信被执行人"], expect: false },
  { why: "“无” means no exclusion", call: "ELIGIBLE", args: [Z, "第二类", 30, "无"], expect: true },
  { why: "unknown exclusion word", call: "ELIGIBLE", args: [Z, "第二类", 30, "迟到"], expect: "#VALUE!" },
  { why: "negative age", call: "ELIGIBLE", args: [Z, "第二类", -1], expect: "#VALUE!" },
  { why: "blank age is missing, not 0", call: "ELIGIBLE", args: [Z, "第二类", null], expect: "#VALUE!", cites: "缺少年龄" },
];

const amounts: Golden[] = [
  { why: "14(3) class 1 purchase subsidy 40万", call: "HOUSINGSUBSIDY", args: [Z, "第一类"], expect: 400000, cites: "第十四条第（三）项" },
  { why: "14(3) class 2 15万", call: "HOUSINGSUBSIDY", args: [Z, "第二类"], expect: 150000 },
  { why: "14(3) class 3 5万", call: "HOUSINGSUBSIDY", args: [Z, "第三类"], expect: 50000 },
  { why: "category written 1", call: "HOUSINGSUBSIDY", args: [Z, 1], expect: 400000 },
  { why: "category written 一类", call: "HOUSINGSUBSIDY", args: [Z, "一类"], expect: 400000 },
  { why: "14(3) is for 全职 hires, not think-tank experts", call: "HOUSINGSUBSIDY", args: [Z, "智库专家"], expect: "#N/A" },
  { why: "no 第四类", call: "HOUSINGSUBSIDY", args: [Z, "第四类"], expect: "#VALUE!" },
  { why: "14(2) class 1 12000 a year", call: "RENTSUBSIDY", args: [Z, "第一类"], expect: 12000, cites: "第十四条第（二）项" },
  { why: "14(2) class 2 10000", call: "RENTSUBSIDY", args: [Z, "第二类"], expect: 10000 },
  { why: "14(2) class 3 6000", call: "RENTSUBSIDY", args: [Z, "第三类"], expect: 6000 },
  { why: "14(2) year 1", call: "RENTSUBSIDY", args: [Z, "第一类", 1], expect: 12000 },
  { why: "14(2) 连续五年: year 5 is the last", call: "RENTSUBSIDY", args: [Z, "第一类", 5], expect: 12000 },
  { why: "14(2) year 6 is after the five years", call: "RENTSUBSIDY", args: [Z, "第一类", 6], expect: 0 },
  { why: "a year must be whole", call: "RENTSUBSIDY", args: [Z, "第一类", 2.5], expect: "#VALUE!" },
  { why: "14(1) think-tank subsidy 5万 a year", call: "YEARLYSUBSIDY", args: [Z, "智库专家"], expect: 50000, cites: "第十四条第（一）项" },
  { why: "14(1) sets no end", call: "YEARLYSUBSIDY", args: [Z, "智库专家", 8], expect: 50000 },
  { why: "14(5) start-up funds 5万–100万", call: "STARTUPFUND", args: [Z, "第二类"], expect: [[50000, 1000000]], cites: "第十四条第（五）项" },
  { why: "no allowance paid monthly in this document", call: "ALLOWANCE", args: [Z, "第一类"], expect: "#N/A" },
  { why: "no 安家费 in this document", call: "SETTLEMENT", args: [Z, "第一类"], expect: "#N/A" },
];

const refunds: Golden[] = [
  { why: "14(3) 400000 − 400000/10×3", call: "REFUND", args: [Z, 400000, 3], expect: 280000, cites: "第十四条第（三）项" },
  { why: "14(3) leaving in the first year refunds all", call: "REFUND", args: [Z, 400000, 0], expect: 400000 },
  { why: "14(3) 服务不满十年: ten years refunds nothing", call: "REFUND", args: [Z, 400000, 10], expect: 0 },
  { why: "14(3) more than ten years", call: "REFUND", args: [Z, 400000, 12], expect: 0 },
  { why: "整年: 9.99 years count as 9", call: "REFUND", args: [Z, 400000, 9.99], expect: 40000 },
  { why: "实际: 9.99 years as given", call: "REFUND", args: [Z, 400000, 9.99, "实际"], expect: 400 },
  { why: "实际 with 3.5 years", call: "REFUND", args: [Z, 150000, 3.5, "exact"], expect: 97500 },
  { why: "整年 with 3.5 years", call: "REFUND", args: [Z, 150000, 3.5], expect: 105000 },
  { why: "rounded to the fen once, half up", call: "REFUND", args: [Z, 50000, 2.3333333333, "实际"], expect: 38333.33 },
  { why: "the amount as sheets write it (40万)", call: "REFUND", args: [Z, "40万", 3], expect: 280000 },
  { why: "option basis=exact applies without the argument", call: "REFUND", args: [Z, 150000, 3.5], expect: 97500, options: { basis: "exact" } },
  { why: "negative years", call: "REFUND", args: [Z, 400000, -1], expect: "#VALUE!", cites: "服务年限不能为负数" },
  { why: "negative subsidy", call: "REFUND", args: [Z, -5, 3], expect: "#VALUE!" },
  { why: "blank years are missing", call: "REFUND", args: [Z, 400000, ""], expect: "#VALUE!", cites: "缺少服务年限" },
  { why: "unknown basis word", call: "REFUND", args: [Z, 400000, 3, "按月"], expect: "#VALUE!" },
];

const service: Golden[] = [
  { why: "2015-07-01 to 2025-06-30 (end date counted) is ten full years", call: "SERVICEYEARS", args: ["2015-07-01", "2025-06-30"], expect: 10 },
  { why: "one day short of ten years", call: "SERVICEYEARS", args: ["2015-07-01", "2025-06-29"], expect: 9 },
  { why: "with the end date not counted", call: "SERVICEYEARS", args: ["2015-07-01", "2025-06-30", "整年", false], expect: 9 },
  { why: "exact: 9 years and 364 of 365 days", call: "SERVICEYEARS", args: ["2015-07-01", "2025-06-29", "实际"], expect: 9 + 364 / 365 },
  { why: "Excel serial numbers (2015-07-01 = 42186)", call: "SERVICEYEARS", args: [42186, 45838], expect: 10 },
  { why: "29 February (民法典第二百零二条): February 2021 has no 29th, its last day ends the year", call: "SERVICEYEARS", args: ["2020-02-29", "2021-02-28"], expect: 1 },
  { why: "29 February: a day earlier is not a year", call: "SERVICEYEARS", args: ["2020-02-29", "2021-02-27"], expect: 0 },
  { why: "end before start", call: "SERVICEYEARS", args: ["2025-01-01", "2024-12-31"], expect: "#VALUE!", cites: "早于" },
  { why: "blank start date", call: "SERVICEYEARS", args: [null, "2024-12-31"], expect: "#VALUE!" },
  { why: "a date that does not exist", call: "SERVICEYEARS", args: ["2023-02-30", "2024-12-31"], expect: "#VALUE!" },
];

const project: Golden[] = [
  { why: "14(5) 50万元以上 includes 50万: 10%", call: "PROJECTFUND", args: [Z, 500000], expect: 50000, cites: "第十四条第（五）项" },
  { why: "14(5) below 50万 gets nothing", call: "PROJECTFUND", args: [Z, 499999.99], expect: 0 },
  { why: "14(5) 10% of 1000万 is exactly the 100万 cap", call: "PROJECTFUND", args: [Z, 10000000], expect: 1000000 },
  { why: "14(5) capped at 100万", call: "PROJECTFUND", args: [Z, 20000000], expect: 1000000 },
  { why: "14(5) 10% of 1234567", call: "PROJECTFUND", args: [Z, 1234567], expect: 123456.7 },
  { why: "negative project funds", call: "PROJECTFUND", args: [Z, -1], expect: "#VALUE!" },
  { why: "14(4) a doctor after 2 years: 副高级", call: "TITLERECOGNITION", args: [Z, "博士", 2], expect: "副高级", cites: "第十四条第（四）项" },
  { why: "14(4) a doctor after 1.9 years: not yet", call: "TITLERECOGNITION", args: [Z, "博士", 1.9], expect: "未满足" },
  { why: "14(4) a master after 3 years: 中级", call: "TITLERECOGNITION", args: [Z, "硕士", 3], expect: "中级" },
  { why: "14(4) a master after 2 years: not yet", call: "TITLERECOGNITION", args: [Z, "硕士", 2], expect: "未满足" },
  { why: "14(4) says nothing of bachelors", call: "TITLERECOGNITION", args: [Z, "本科", 5], expect: "#N/A" },
];

const disqualification: Golden[] = [
  { why: "23(2) 年度考核不合格", call: "DISQUALIFIED", args: [Z, "年度考核不合格"], expect: true, cites: "第二十三条" },
  { why: "23(2) 连续两年基本合格", call: "DISQUALIFIED", args: [Z, "连续两年基本合格"], expect: true },
  { why: "23(4) 记大过", call: "DISQUALIFIED", args: [Z, "记大过"], expect: true },
  { why: "no situation", call: "DISQUALIFIED", args: [Z, ""], expect: false },
  { why: "an unknown situation is not silently ignored", call: "DISQUALIFIED", args: [Z, "迟到"], expect: "#VALUE!" },
  { why: "12(2) flexible hires serve at least one month a year", call: "FLEXIBLE", args: [Z, 1], expect: true, cites: "第十二条第（二）项" },
  { why: "12(2) half a month is not enough", call: "FLEXIBLE", args: [Z, 0.5], expect: false },
  { why: "more than 12 months a year is impossible", call: "FLEXIBLE", args: [Z, 13], expect: "#VALUE!" },
];

const dates: Golden[] = [
  { why: "25 in force from 2022-05-07: the day before it is not", call: "POLICYSTATUS", args: [Z, "2022-05-06"], expect: [["未生效", expect.stringContaining("2022-05-07") as unknown as string]] },
  { why: "25 in force on its day of publication", call: "POLICYSTATUS", args: [Z, "2022-05-07"], expect: [["有效", expect.stringContaining("第二十五条") as unknown as string]] },
  { why: "25 no end date", call: "POLICYSTATUS", args: [Z, "2040-01-01"], expect: [["有效", expect.any(String) as unknown as string]] },
  { why: "25 a person introduced on 2022-05-07 falls under this document", call: "POLICYFOR", args: ["张掖", "2022-05-07"], expect: "zhangye-2022" },
  { why: "25 before: the repealed 市委发〔2016〕12号, not encoded", call: "POLICYFOR", args: ["张掖", "2022-05-06"], expect: "#N/A", cites: "市委发〔2016〕12号" },
];

describe("张掖 categories (第六条)", () => runGolden(categories));
describe("张掖 eligibility (第七条、第九条)", () => runGolden(eligibility));
describe("张掖 amounts (第十四条)", () => runGolden(amounts));
describe("张掖 refunds (第十四条第（三）项)", () => runGolden(refunds));
describe("service years", () => runGolden(service));
describe("张掖 project support and titles (第十四条第（四）（五）项)", () => runGolden(project));
describe("张掖 disqualification and flexible hires (第二十三条、第十二条)", () => runGolden(disqualification));
describe("张掖 dates (第二十五条)", () => runGolden(dates));
