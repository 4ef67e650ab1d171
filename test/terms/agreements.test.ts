import { parseOptions } from "../../src/engine";
import { call, runGolden, type Golden } from "../golden";

/**
 * 吐鲁番 第八条第（五）项: 安家费 and 每月特殊津贴 only for those who 签订不低于五年服务期协议; 第十一条 协议期限不少于五年;
 * 第十三条 在协议执行期内因个人原因要求解除协议的，须退回已享受的安家费. 奎屯 第二十七条 在协议执行期间 (no term set,
 * default five years). Years served are compared with the agreement: within it while fewer years than the term.
 */
const T = "turpan-2025";
const K = "kuitun-2025";

const refunds: Golden[] = [
  { why: "8(5): REFUND turpan-2025 150000 6 整年 个人原因 3 — a 3-year agreement earns no 安家费", call: "REFUND", args: [T, 150000, 6, "整年", "个人原因", 3], expect: "#VALUE!", cites: "第八条第（五）项" },
  { why: "8(5): an agreement of 0 years is no agreement", call: "REFUND", args: [T, 150000, 6, "整年", "个人原因", 0], expect: "#VALUE!", cites: "协议期限应大于0年" },
  { why: "8(5): 4 years is one short of 不低于五年", call: "REFUND", args: [T, 150000, 2, "整年", "个人原因", 4], expect: "#VALUE!", cites: "少于5年" },
  { why: "8(5): 4.99 years is short too", call: "REFUND", args: [T, 150000, 2, "整年", "个人原因", 4.99], expect: "#VALUE!", cites: "第八条第（五）项" },
  { why: "8(5) 不低于 includes five; 13: 4 of 5 years served is within the agreement", call: "REFUND", args: [T, 150000, 4, "整年", "个人原因", 5], expect: 150000, cites: "第十三条" },
  { why: "13: five years served completes a 5-year agreement", call: "REFUND", args: [T, 150000, 5, "整年", "个人原因", 5], expect: 0 },
  { why: "13: 6 years into an 8-year agreement is still 协议执行期内", call: "REFUND", args: [T, 150000, 6, "整年", "个人原因", 8], expect: 150000, cites: "第十三条" },
  { why: "13: 7.99 years (exact) into an 8-year agreement", call: "REFUND", args: [T, 150000, 7.99, "实际", "个人原因", 8], expect: 150000 },
  { why: "13: 8 years served completes it", call: "REFUND", args: [T, 150000, 8, "整年", "个人原因", 8], expect: 0 },
  { why: "option agreementYears=8 when the argument is left out", call: "REFUND", args: [T, 150000, 6], expect: 150000, options: { agreementYears: 8 } },
  { why: "the argument wins over the option", call: "REFUND", args: [T, 150000, 6, "", "", 5], expect: 0, options: { agreementYears: 8 } },
  { why: "option agreementYears=3 is refused like the argument", call: "REFUND", args: [T, 150000, 2], expect: "#VALUE!", cites: "第八条第（五）项", options: { agreementYears: 3 } },
  { why: "default: 第十一条 five years", call: "REFUND", args: [T, 150000, 6], expect: 0 },
  { why: "奎屯 27 sets no minimum term: a 3-year agreement left in year 3", call: "REFUND", args: [K, 90000, 2, "", "", 3], expect: 90000, cites: "第二十七条" },
  { why: "奎屯 27: 3 years served ends a 3-year agreement", call: "REFUND", args: [K, 90000, 3, "", "", 3], expect: 0 },
  { why: "奎屯 27: an 8-year agreement by option, 6 years served", call: "REFUND", args: [K, 90000, 6], expect: 90000, options: { agreementYears: 8 } },
  { why: "8(5)/11: the allowance runs for the agreement — month 96 of an 8-year agreement", call: "ALLOWANCE", args: [T, "博士或正高", 96], expect: 3000, options: { agreementYears: 8 } },
  { why: "… and month 97 is past it", call: "ALLOWANCE", args: [T, "博士或正高", 97], expect: 0, options: { agreementYears: 8 } },
  { why: "8(5): no allowance under a 4-year agreement", call: "ALLOWANCE", args: [T, "博士或正高", 1], expect: "#VALUE!", cites: "第八条第（五）项", options: { agreementYears: 4 } },
  { why: "企业协议 第六条: a pay total over 5e-324 months is bad input, not Infinity (found by properties.test.ts)", call: "PENALTY", args: ["enterprise-agreement", "单方解除", 400000, 5e-324], expect: "#VALUE!", cites: "超出" },
];

describe("agreements (吐鲁番 第八条第（五）项、第十一条、第十三条；奎屯 第二十七条)", () => runGolden(refunds));

describe("SCHEDULE refunds for as long as the agreement runs (第十三条 协议执行期内)", () => {
  const refundLine = (end: string, years?: number) =>
    (call("SCHEDULE", [T, "博士或正高", "2025-06-01", end], years ? { agreementYears: years } : {}) as unknown[][]).find((r) =>
      String(r[1]).startsWith("退还"),
    );

  // From 2025-06-01 six years end on 2031-05-31 (第二百零二条), so leaving on 2031-06-01 is in year 7.
  test("an 8-year agreement by option: leaving in year 7 returns the 150000 安家费", () => {
    expect(refundLine("2031-06-01", 8)).toEqual(["2031-06-01", "退还一次性安家费", -150000, "第十三条", expect.stringContaining("协议期8年")]);
  });
  test("the default 5-year agreement: leaving in year 7 returns nothing", () => {
    expect(refundLine("2031-06-01")).toBeUndefined();
  });
  test("8 years end on 2033-05-31: leaving that day returns nothing, the day before returns it all", () => {
    expect(refundLine("2033-05-31", 8)).toBeUndefined();
    expect(refundLine("2033-05-30", 8)?.[2]).toBe(-150000);
  });
  test("5 years end on 2030-05-31 under the default", () => {
    expect(refundLine("2030-05-31")).toBeUndefined();
    expect(refundLine("2030-05-30")?.[2]).toBe(-150000);
  });
  test("an agreement below five years makes the schedule an error, not a plan", () => {
    expect(call("SCHEDULE", [T, "博士或正高", "2025-06-01", "2026-01-01"], { agreementYears: 3 })).toMatchObject({ code: "#VALUE!" });
  });
});

describe("option agreementYears", () => {
  test("replaces turpanAllowanceMonths; stored whole years carry over", () => {
    expect(parseOptions({ turpanAllowanceMonths: "96" }).agreementYears).toBe(8);
    expect(parseOptions({}).agreementYears).toBe(0);
    expect(() => parseOptions({ turpanAllowanceMonths: "66" })).toThrow("agreementYears");
    expect(() => parseOptions({ agreementYears: "-1" })).toThrow("agreementYears");
  });
});
