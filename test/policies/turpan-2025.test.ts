import { runGolden, type Golden } from "../golden";

/** 吐鲁番地区引进高层次紧缺人才暂行办法 (policies/002_0f6787b06d8398ab.txt, part 3, dated 2025-05-05). */
const T = "turpan-2025";
const any = expect.any(String) as unknown as string;

const categories: Golden[] = [
  { why: "4(1) 院士", call: "CATEGORY", args: [T, "博士", "正高级", "", "", "院士"], expect: "院士", cites: "第四条第（一）项" },
  { why: "4(2) 国家级学术技术带头人", call: "CATEGORY", args: [T, "博士", "无", "", "", "国家级带头人"], expect: "国家级专家" },
  { why: "4(3) 新世纪百千万人才工程人选", call: "CATEGORY", args: [T, "硕士", "无", "", "", "百千万人才工程"], expect: "省部级专家" },
  { why: "4(4) 博士生导师", call: "CATEGORY", args: [T, "博士", "无", "", "", "博导"], expect: "国务院津贴专家" },
  { why: "4(5) 博士", call: "CATEGORY", args: [T, "博士", "无"], expect: "博士或正高", cites: "第四条第（五）项" },
  { why: "4(5) 正高级 without a doctorate", call: "CATEGORY", args: [T, "本科", "正高级"], expect: "博士或正高" },
  { why: "4(6) 硕士 and 副高 together", call: "CATEGORY", args: [T, "硕士", "副高级"], expect: "硕士且副高", cites: "第四条第（六）项" },
  { why: "4(6) a master without a senior title is not enough", call: "CATEGORY", args: [T, "硕士", "中级"], expect: "#N/A" },
  { why: "4(7) returned scholar with research results", call: "CATEGORY", args: [T, "硕士", "无", "", "", "留学人才"], expect: "留学人才" },
  { why: "4(8) special skills in a field in short supply", call: "CATEGORY", args: [T, "大专", "无", "", "是", "一技之长"], expect: "特殊人才" },
  { why: "4(9) founders with leading technology", call: "CATEGORY", args: [T, "本科", "无", "", "", "发明专利"], expect: "创业人才" },
];

const money: Golden[] = [
  { why: "8(5)(1) 院士 安家费80万元", call: "SETTLEMENT", args: [T, "院士"], expect: 800000, cites: "第八条第（五）项" },
  { why: "8(5)(2) 60万元", call: "SETTLEMENT", args: [T, "国家级专家"], expect: 600000 },
  { why: "8(5)(3) 30万元", call: "SETTLEMENT", args: [T, "省部级专家"], expect: 300000 },
  { why: "8(5)(4) 20万元", call: "SETTLEMENT", args: [T, "国务院津贴专家"], expect: 200000 },
  { why: "8(5)(5) 15万元", call: "SETTLEMENT", args: [T, "博士或正高"], expect: 150000 },
  { why: "8(5)(6) 10万元", call: "SETTLEMENT", args: [T, "硕士且副高"], expect: 100000 },
  { why: "a tier named as sheets name it: 第五档, 5, （五）", call: "SETTLEMENT", args: [T, "第五档"], expect: 150000 },
  { why: "… the bare item number", call: "SETTLEMENT", args: [T, 5], expect: 150000 },
  { why: "… the item in brackets", call: "SETTLEMENT", args: [T, "（五）"], expect: 150000 },
  { why: "8(5) the second of a couple gets half", call: "SETTLEMENT", args: [T, "博士或正高", "", "半额"], expect: 75000, cites: "第八条第（五）项" },
  { why: "8(5) 全额 is the whole amount", call: "SETTLEMENT", args: [T, "博士或正高", "", "全额"], expect: 150000 },
  { why: "4(7) has no 8(5) standard", call: "SETTLEMENT", args: [T, "留学人才"], expect: "#N/A" },
  { why: "8(5)(1) 每月津贴2万元", call: "ALLOWANCE", args: [T, "院士"], expect: 20000, cites: "第八条第（五）项" },
  { why: "8(5)(2) 1.5万元", call: "ALLOWANCE", args: [T, "国家级专家"], expect: 15000 },
  { why: "8(5)(3) 0.8万元", call: "ALLOWANCE", args: [T, "省部级专家"], expect: 8000 },
  { why: "8(5)(4) 0.5万元", call: "ALLOWANCE", args: [T, "国务院津贴专家"], expect: 5000 },
  { why: "8(5)(5) 0.3万元", call: "ALLOWANCE", args: [T, "博士或正高"], expect: 3000 },
  { why: "8(5)(6) 0.2万元", call: "ALLOWANCE", args: [T, "硕士且副高"], expect: 2000 },
  { why: "11 paid through the five-year agreement: month 60", call: "ALLOWANCE", args: [T, "博士或正高", 60], expect: 3000 },
  { why: "month 61 is past the default five years", call: "ALLOWANCE", args: [T, "博士或正高", 61], expect: 0 },
  { why: "a longer agreement (option agreementYears=6)", call: "ALLOWANCE", args: [T, "博士或正高", 61], expect: 3000, options: { agreementYears: 6 } },
  { why: "8(6) fully funded employers: finance pays all", call: "COSTSHARE", args: [T, "全额拨款", 100000], expect: [[100000, 0]], cites: "第八条第（六）项" },
  { why: "8(6) partly funded: finance 60%, employer 40%", call: "COSTSHARE", args: [T, "差额拨款", 150000], expect: [[90000, 60000]] },
  { why: "8(6) self-financed: no shares are set", call: "COSTSHARE", args: [T, "自收自支", 150000], expect: "#N/A" },
  { why: "7(2) 5—10% of after-tax profit for the founders", call: "INCOMESHARE", args: [T, 500000], expect: [[25000, 50000]], cites: "第七条第（二）项" },
  { why: "8(1) no age limit", call: "ELIGIBLE", args: [T, "院士", 72], expect: true },
];

const refunds: Golden[] = [
  { why: "13 leaving in year 2 for personal reasons: the whole 安家费", call: "REFUND", args: [T, 150000, 2], expect: 150000, cites: "第十三条" },
  { why: "13 4.99 years is still within five", call: "REFUND", args: [T, 150000, 4.99, "实际"], expect: 150000 },
  { why: "11 after the five-year agreement nothing", call: "REFUND", args: [T, 150000, 5], expect: 0 },
  { why: "13 only personal reasons", call: "REFUND", args: [T, 150000, 2, "", "单位原因"], expect: 0 },
  { why: "an eight-year agreement", call: "REFUND", args: [T, 150000, 6, "", "", 8], expect: 150000 },
  { why: "no probation rule here", call: "REFUND", args: [T, 150000, 0.3, "", "试用期不合格"], expect: "#N/A" },
];

const dates: Golden[] = [
  { why: "22 in force from 2025-05-05", call: "POLICYSTATUS", args: [T, "2025-05-04"], expect: [["未生效", any]] },
  { why: "22 on the day", call: "POLICYSTATUS", args: [T, "2025-05-05"], expect: [["有效", any]], cites: "第二十二条" },
  { why: "22 introduced before: the old rules, not encoded", call: "POLICYFOR", args: ["吐鲁番", "2025-05-04"], expect: "#N/A", cites: "引进优秀人才若干政策的暂行规定" },
  { why: "22 introduced on the day", call: "POLICYFOR", args: ["吐鲁番地区", "2025-05-05"], expect: T },
];

describe("吐鲁番 groups (第四条)", () => runGolden(categories));
describe("吐鲁番 安家费, allowance, costs (第七条、第八条)", () => runGolden(money));
describe("吐鲁番 refunds (第十三条)", () => runGolden(refunds));
describe("吐鲁番 dates (第二十二条)", () => runGolden(dates));
