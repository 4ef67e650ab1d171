import { toExcelSerial, fromISO } from "../../src/engine";
import { call, runGolden, type Golden } from "../golden";

const any = expect.any(String) as unknown as string;

/** 平顶山市高层次专业技术人才引育工程实施方案（试行）, 平人社〔2018〕156号 (policies/003_894d23ba3374fe11.txt). */
const P = "pingdingshan-2018";
const pingdingshan: Golden[] = [
  { why: "五(一) the A/B/C classes are defined in 平发〔2018〕12号, not in the documents", call: "CATEGORY", args: [P, "博士", "正高级"], expect: "#N/A", cites: "平发〔2018〕12号" },
  { why: "五(二) amounts are in the same missing document", call: "HOUSINGSUBSIDY", args: [P, "A类"], expect: "#N/A", cites: "平发〔2018〕12号" },
  { why: "三(四) 超过3个月: exactly 3 is not more than 3", call: "FLEXIBLE", args: [P, 3, "A类"], expect: false, cites: "第三部分第（四）项" },
  { why: "三(四) 3.5 months", call: "FLEXIBLE", args: [P, 3.5, "A类"], expect: true },
  { why: "三(四) with option flexibleBoundInclusive", call: "FLEXIBLE", args: [P, 3, "B类"], expect: true, options: { flexibleBoundInclusive: true } },
  { why: "三(四) team members", call: "FLEXIBLE", args: [P, 4, "团队主要成员"], expect: true },
  { why: "三(四) names A and B only", call: "FLEXIBLE", args: [P, 6, "C类"], expect: "#N/A" },
  { why: "三(四) needs the class", call: "FLEXIBLE", args: [P, 6], expect: "#VALUE!" },
  { why: "四(六) 离岗创新创业期限一般为3年", call: "LEAVEYEARS", args: [P], expect: 3, cites: "第四部分第（六）项" },
  { why: "四(六) sets no extension", call: "LEAVEYEARS", args: [P, 1], expect: "#N/A" },
  { why: "四(六) three years from 2023-03-01 end on 2026-02-28", call: "LEAVEEND", args: [P, "2023-03-01"], expect: toExcelSerial(fromISO("2026-02-28")) },
  { why: "no refund rule", call: "REFUND", args: [P, 10000, 1], expect: "#N/A" },
  { why: "issued 2018-10-09", call: "POLICYSTATUS", args: [P, "2018-10-08"], expect: [["未生效", any]] },
  { why: "in force from issue", call: "POLICYSTATUS", args: [P, "2018-10-09"], expect: [["有效", any]] },
];

/** 临州办发〔2021〕48号 (policies/004_8d0dc2af64ecdbc6.txt). */
const L = "linxia-2021";
const linxia: Golden[] = [
  { why: "末段 from 2021-06-23", call: "POLICYSTATUS", args: [L, "2021-06-22"], expect: [["未生效", any]] },
  { why: "末段 on the first day", call: "POLICYSTATUS", args: [L, "2021-06-23"], expect: [["有效", any]], cites: "末段" },
  { why: "末段 有效期5年: the last day is 2026-06-22", call: "POLICYSTATUS", args: [L, "2026-06-22"], expect: [["有效", any]] },
  { why: "末段 expired the next day", call: "POLICYSTATUS", args: [L, "2026-06-23"], expect: [["已失效", expect.stringContaining("2026-06-22") as unknown as string]] },
  { why: "expired on today's date of this release (2026-11-22)", call: "POLICYSTATUS", args: [L, "2026-11-22"], expect: [["已失效", any]] },
  { why: "introduced on the last day", call: "POLICYFOR", args: ["临夏州", "2026-06-22"], expect: L },
  { why: "introduced after it expired: nothing encoded", call: "POLICYFOR", args: ["临夏", "2026-06-23"], expect: "#N/A", cites: "已失效" },
  { why: "2 每人每年不少于2万元 (a floor)", call: "YEARLYSUBSIDY", args: [L, "柔性引进人才"], expect: 20000, cites: "第2条" },
  { why: "1 离岗 3 years", call: "LEAVEYEARS", args: [L], expect: 3, cites: "第1条" },
  { why: "1 延长不超过3年: 6 in all", call: "LEAVEYEARS", args: [L, 3], expect: 6 },
  { why: "1 累计不超过6年", call: "LEAVEYEARS", args: [L, 4], expect: "#VALUE!" },
  { why: "1 six years from 2023-03-01", call: "LEAVEEND", args: [L, "2023-03-01", 3], expect: toExcelSerial(fromISO("2029-02-28")) },
  { why: "1 不低于50%，最高可以达到90%", call: "INCOMESHARE", args: [L, 1000000], expect: [[500000, 900000]], cites: "第1条" },
  { why: "14 graduates: 不超过20万元", call: "LOANCAP", args: [L, "高校毕业生"], expect: 200000, cites: "第14条" },
  { why: "14 small firms: 不超过300万元", call: "LOANCAP", args: [L, "小微企业"], expect: 3000000 },
  { why: "14 no other kind", call: "LOANCAP", args: [L, "大型企业"], expect: "#VALUE!" },
  { why: "no categories by degree", call: "CATEGORY", args: [L, "博士", "无"], expect: "#N/A" },
];

/** 企业高级人才引进协议 (policies/002_0f6787b06d8398ab.txt, part 5). */
const E = "enterprise-agreement";
const enterprise: Golden[] = [
  { why: "6(1) less than a year counts as one: the pay received", call: "PENALTY", args: [E, "泄密", 180000, 8], expect: 180000, cites: "第六条第（一）项" },
  { why: "6(1) averaged over 1.5 years", call: "PENALTY", args: [E, "泄密", 360000, 18], expect: 240000 },
  { why: "6(1) option ceil: 18 months count as 2 years", call: "PENALTY", args: [E, "泄密", 360000, 18], expect: 180000, options: { penaltyYear: "ceil" } },
  { why: "6(1) option annualize: 22500 a month × 12", call: "PENALTY", args: [E, "泄密", 180000, 8], expect: 270000, options: { penaltyYear: "annualize" } },
  { why: "6(2) half a year's pay: 20000 a month × 6", call: "PENALTY", args: [E, "单方解除", 360000, 18], expect: 120000, cites: "第六条第（二）项" },
  { why: "months must be more than 0", call: "PENALTY", args: [E, "单方解除", 360000, 0], expect: "#VALUE!" },
  { why: "unknown breach", call: "PENALTY", args: [E, "迟到", 360000, 10], expect: "#VALUE!" },
  { why: "penalties belong to the agreement only", call: "PENALTY", args: ["zhangye-2022", "泄密", 360000, 10], expect: "#N/A" },
  { why: "2(3) 5% of the project's profit", call: "COMMISSION", args: [E, 2000000], expect: 100000, cites: "第二条第（三）项" },
  { why: "2(3) only when the targets are met", call: "COMMISSION", args: [E, 2000000, false], expect: 0 },
  { why: "2(3) no commission on a loss", call: "COMMISSION", args: [E, -50000], expect: 0 },
  { why: "2(2) 80 m² housing", call: "HOUSINGAREA", args: [E, "高级人才"], expect: 80, cites: "第二条第（二）项" },
  { why: "no categories", call: "CATEGORY", args: [E, "博士", "无"], expect: "#N/A" },
  { why: "no refunds; penalties instead", call: "REFUND", args: [E, 10000, 1], expect: "#N/A", cites: "PENALTY" },
];

describe("平顶山 (平人社〔2018〕156号)", () => runGolden(pingdingshan));
describe("临夏 (临州办发〔2021〕48号)", () => runGolden(linxia));
describe("企业高级人才引进协议", () => runGolden(enterprise));

describe("what an officer reads out", () => {
  test("平顶山 A类 benefits name the green card and where its amounts are", () => {
    const rows = call("BENEFITS", [P, "A类"]) as unknown[][];
    expect(rows.some((r) => r[0] === "“鹰城英才”绿卡" && String(r[4]).includes("平发〔2018〕12号"))).toBe(true);
  });
});
