import { DEFAULT_OPTIONS } from "../../src/engine";
import { invoke } from "../../src/functions/invoke";
import { specOf } from "../../src/functions/registry";

/**
 * Answers an independent reader of the articles found wrong, kept as cases: inputs the articles make
 * impossible are refused (#VALUE! with the reason), never turned into money.
 */
function refusal(name: string, args: unknown[]): { code?: string; message?: string } | undefined {
  try {
    invoke(specOf(name), args, DEFAULT_OPTIONS);
  } catch (e) {
    return e as { code?: string; message?: string };
  }
  return undefined;
}

test("奎屯 第二十四条: probation is 6 months, assessed when it ends; leaving after 7 years is not that failure", () => {
  expect(refusal("REFUND", ["kuitun-2025", 150000, 7, "整年", "试用期不合格"])).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("试用期6个月") });
  // just after the probation, and within the two years allowed for the assessment and its 认定: everything received goes back
  expect(invoke(specOf("REFUND"), ["kuitun-2025", 150000, 0.51, "整年", "试用期不合格"], DEFAULT_OPTIONS)).toEqual([[150000]]);
  expect(invoke(specOf("REFUND"), ["kuitun-2025", 150000, 1, "整年", "试用期不合格"], DEFAULT_OPTIONS)).toEqual([[150000]]);
});

test("a year has twelve months: 13 months served in one year is refused, 12 is a full year", () => {
  expect(refusal("YEARLYSUBSIDY", ["alashankou-2014", "特聘专家", 2, 13])).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("0到12") });
  // 阿拉山口 第十四条第（一）项: 10万元 a year for a year with at least 6 months served
  expect(invoke(specOf("YEARLYSUBSIDY"), ["alashankou-2014", "特聘专家", 2, 12], DEFAULT_OPTIONS)).toEqual([[100000]]);
});

test("临夏 末段: a leave that starts outside 2021-06-23 … 2026-06-22 is not granted under the document", () => {
  expect(refusal("LEAVEEND", ["linxia-2021", "2021-06-22"])).toMatchObject({ code: "#N/A", message: expect.stringContaining("不在其施行期内") });
  expect(refusal("LEAVEEND", ["linxia-2021", "2026-06-23"])).toMatchObject({ code: "#N/A" });
  // the first day in force: three years by 民法典第二百零二条 end on 2024-06-22 (Excel serial 45465)
  expect(invoke(specOf("LEAVEEND"), ["linxia-2021", "2021-06-23"], DEFAULT_OPTIONS)).toEqual([[45465]]);
});
