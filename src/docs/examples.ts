/**
 * Worked examples for the function reference and the help pages, as formulas would write them. The
 * results, citations and explanations shown beside them are computed, never typed in.
 */
export const EXAMPLES: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
  POLICIES: [[]],
  CATEGORY: [
    ["zhangye-2022", "博士", "无"],
    ["zhangye-2022", "硕士", "无", "双一流", "是"],
    ["zhangye-2022", "本科", "无", "985", "是"],
  ],
  ELIGIBLE: [
    ["zhangye-2022", "第三类", 35],
    ["zhangye-2022", "第一类", 51, "", "院士"],
  ],
  HOUSINGSUBSIDY: [["zhangye-2022", "第一类"]],
  RENTSUBSIDY: [
    ["zhangye-2022", "第二类"],
    ["zhangye-2022", "第二类", 6],
  ],
  REFUND: [
    ["zhangye-2022", 400000, 3],
    ["zhangye-2022", 150000, 3.5, "实际"],
  ],
  SERVICEYEARS: [
    ["2015-07-01", "2025-06-30"],
    ["2015-07-01", "2025-06-29", "实际"],
  ],
  PROJECTFUND: [
    ["zhangye-2022", 500000],
    ["zhangye-2022", 20000000],
  ],
  TITLERECOGNITION: [["zhangye-2022", "博士", 2]],
  DISQUALIFIED: [["zhangye-2022", "年度考核不合格"]],
  EXPLAIN: [["zhangye-2022", "REFUND", 400000, 3]],
};
