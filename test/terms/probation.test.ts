import { runGolden, type Golden } from "../golden";

/**
 * 奎屯 第二十四条: 试用期为6个月。试用期满由组织人事部门会同用人单位进行考核……考核不合格的，经专项办认定后，解除
 * 聘任（用）合同，退还已享受的住房、安家费、购车补贴等待遇. The assessment falls when the six months end and the
 * contract ends after the 认定, so service past six months cannot bar the refund, which is everything received.
 */
const K = "kuitun-2025";
const cases: Golden[] = [
  { why: "24: REFUND kuitun-2025 150000 0.51 整年 试用期不合格 returns everything", call: "REFUND", args: [K, 150000, 0.51, "整年", "试用期不合格"], expect: 150000, cites: "第二十四条" },
  { why: "24: exactly six months (0.5 years)", call: "REFUND", args: [K, 150000, 0.5, "实际", "试用期不合格"], expect: 150000, cites: "第二十四条" },
  { why: "24: 0.51 years on the exact basis", call: "REFUND", args: [K, 150000, 0.51, "实际", "试用期考核不合格"], expect: 150000 },
  { why: "24: the 认定 took months: 1.2 years served", call: "REFUND", args: [K, 150000, 1.2, "整年", "试用期不合格"], expect: 150000 },
  { why: "24: a ledger's whole years (0) for someone past probation", call: "REFUND", args: [K, 150000, 0, "整年", "试用期不合格"], expect: 150000 },
  { why: "negative service is still refused", call: "REFUND", args: [K, 150000, -0.1, "整年", "试用期不合格"], expect: "#VALUE!" },
  { why: "吐鲁番 has no probation rule", call: "REFUND", args: ["turpan-2025", 150000, 0.51, "整年", "试用期不合格"], expect: "#N/A" },
];
describe("奎屯 probation (第二十四条)", () => runGolden(cases));
