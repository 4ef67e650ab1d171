import { call, runGolden, type Golden } from "../golden";

/**
 * 张掖 第二十三条: （二）年度考核不合格或连续两年考核为基本合格的；（四）受党内严重警告或行政记大过以上处分的.
 * 以上 includes the bound. The scales, lightest first:
 *   党纪处分 (纪律处分条例 第八条): 警告 < 严重警告 < 撤销党内职务 < 留党察看 < 开除党籍 — from 严重警告;
 *   政务/行政处分 (政务处分法 第七条): 警告 < 记过 < 记大过 < 降级 < 撤职 < 开除 — from 记大过;
 *   企业职工 (奖惩条例 第十二条): … 记大过 < 降级 < 撤职 < 留用察看 < 开除 — from 记大过;
 *   事业单位 (处分规定 第五条): 警告 < 记过 < 降低岗位等级 < 开除 — from 降低岗位等级 (register zhangye-sanctions).
 */
const Z = "zhangye-2022";
const yes = (w: string, why: string): Golden => ({ why, call: "DISQUALIFIED", args: [Z, w], expect: true, cites: "第二十三条" });
const no = (w: string, why: string): Golden => ({ why, call: "DISQUALIFIED", args: [Z, w], expect: false, cites: "第二十三条" });

const heavier: Golden[] = [
  { ...yes("严重警告", "党纪: the bound itself (以上 includes it)"), cites: "第二十三条第（四）项" },
  yes("党内严重警告", "党纪: written with 党内"),
  yes("撤销党内职务", "党纪: one step above 严重警告"),
  yes("留党察看", "党纪: two steps above"),
  yes("开除党籍", "党纪: the heaviest"),
  yes("记大过", "政务: the bound itself"),
  yes("行政记大过", "政务: written with 行政"),
  yes("降级", "政务: above 记大过"),
  yes("撤职", "政务: above 记大过"),
  yes("开除", "政务 and every other scale: the heaviest"),
  yes("开除公职", "政务: 开除 as sheets write it"),
  yes("政务撤职处分", "政务: with prefix and 处分"),
  yes("留用察看", "企业职工: above 记大过"),
  yes("降低岗位等级", "事业单位: the step after 记过, read as 记大过以上"),
  yes("警告、撤职", "one ground among several words is enough"),
];

const lighter: Golden[] = [
  { ...no("警告", "below the bound on every scale: FALSE, not refused"), cites: "第二十三条第（四）项" },
  no("党内警告", "党纪: below 严重警告"),
  no("行政警告", "政务: below 记大过"),
  no("记过", "政务, 企业, 事业单位: one step below 记大过 (or 降低岗位等级)"),
  no("行政记过", "政务: below 记大过"),
  no("事业单位记过", "事业单位: below 降低岗位等级"),
  no("通报批评", "not a 处分 at all"),
  no("诫勉谈话", "not a 处分"),
  no("免职", "组织处理, not a 处分"),
  no("警告、记过", "two lighter sanctions are still no ground"),
  { why: "党纪 has no 记大过: a mixed-up word is refused", call: "DISQUALIFIED", args: [Z, "党内记大过"], expect: "#VALUE!", cites: "无法识别" },
];

const assessment: Golden[] = [
  { ...no("基本合格", "（二）one year of 基本合格 is not 连续两年"), cites: "第二十三条" },
  no("年度考核基本合格", "（二）one year, written in full"),
  no("基本称职", "（二）civil-service wording of 基本合格"),
  no("合格", "a passing grade"),
  no("优秀", "the best grade"),
  yes("连续两年基本合格", "（二）two consecutive years"),
  yes("连续两年考核为基本合格", "（二）as the article writes it"),
  yes("不合格", "（二）年度考核不合格"),
  yes("年度考核不称职", "（二）civil-service wording of 不合格"),
  no("", "nothing written: no ground"),
];

describe("张掖 第二十三条第（四）项: heavier sanctions qualify", () => runGolden(heavier));
describe("张掖 第二十三条第（四）项: lighter sanctions and other measures answer FALSE", () => runGolden(lighter));
describe("张掖 第二十三条第（二）项: only 连续两年 of 基本合格", () => runGolden(assessment));

test("the explanation names the scale, its source and the bound", () => {
  const s = call("EXPLAIN", [Z, "DISQUALIFIED", "留党察看"]) as string;
  expect(s).toContain("《中国共产党纪律处分条例》第八条");
  expect(s).toContain("严重警告以上");
  expect(call("EXPLAIN", [Z, "DISQUALIFIED", "基本合格"])).toEqual(expect.stringContaining("连续两年"));
});

describe("MINSERVICE 张掖 第十二条第（二）项", () => {
  test("柔性聘用: at least one month a year", () => {
    expect(call("MINSERVICE", [Z])).toEqual([
      ["引进方式", "年限", "每年月数", "要求"],
      ["柔性聘用", "", 1, "服务协议中需明确每年在我市服务时间不得少于一个月"],
    ]);
  });
  runGolden([
    { why: "12(2) cited", call: "MINSERVICE", args: [Z], expect: [["引进方式", "年限", "每年月数", "要求"], ["柔性聘用", "", 1, "服务协议中需明确每年在我市服务时间不得少于一个月"]], cites: "第十二条第（二）项" },
    { why: "12(2) 不少于一个月: exactly one month meets it", call: "FLEXIBLE", args: [Z, 1], expect: true, cites: "第十二条第（二）项" },
    { why: "12(2) a day short of a month does not (0.97 months)", call: "FLEXIBLE", args: [Z, 0.97], expect: false },
  ]);
});
