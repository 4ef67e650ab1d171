import type Decimal from "decimal.js";
import * as E from "../engine";
import type { Options, Result } from "../engine";
import * as A from "./args";
import type { OutCell } from "./cells";

/**
 * One entry per TALENT function: its parameters (in the order of the JSDoc declaration in functions.ts),
 * how one row of arguments becomes an engine call, and how the engine's answer becomes cells. The
 * custom functions, the command line's `calc` and EXPLAIN all go through these.
 */
export interface ParamSpec {
  /** The parameter's name in functions.ts (and functions.json). */
  name: string;
  zh: string;
  optional?: boolean;
  repeating?: boolean;
}

export interface Evaluated {
  result: Result<unknown>;
  /** One cell for "cell" functions; one row for "row"; rows for "table". */
  cells: OutCell | OutCell[] | OutCell[][];
  /** The value as said in a sentence: “280000元”, “第一类”, “是”. */
  said: string;
}

export interface FunctionSpec {
  id: string;
  params: readonly ParamSpec[];
  /** cell: one value per row of arguments; row: a fixed-width row per row of arguments; table: one table. */
  shape: "cell" | "row" | "table";
  /** What the result is, for EXPLAIN (“应退补贴”). */
  resultZh: string;
  evaluate(args: readonly unknown[], options: Options): Evaluated;
}

export const BASIS_WORDS = {
  whole: ["整年", "whole", "满年", "完整年度", "整数年"],
  exact: ["实际", "exact", "按实际", "精确", "实际年限"],
} as const;

export const REASON_WORDS = {
  personal: ["个人原因", "主动离职", "辞职", "主动解除", "提前离职", "个人", "personal"],
  probation: ["试用期不合格", "试用期考核不合格", "试用期", "probation"],
  employer: ["单位原因", "非个人原因", "解聘", "单位解除", "employer"],
} as const;

function yuan(d: Decimal): { cells: number; said: string } {
  return { cells: E.fenNumber(d), said: `${E.formatYuan(d)}元` };
}

function moneyResult(r: Result<Decimal>): Evaluated {
  return { result: r, ...yuan(r.value) };
}

function textResult(r: Result<string>): Evaluated {
  return { result: r, cells: r.value, said: `“${r.value}”` };
}

function boolResult(r: Result<boolean>): Evaluated {
  return { result: r, cells: r.value, said: r.value ? "TRUE（是）" : "FALSE（否）" };
}

const policy = (c: unknown) => E.policyOf(A.text(c, "政策"));
const P_POLICY: ParamSpec = { name: "policy", zh: "政策" };
const P_CATEGORY: ParamSpec = { name: "category", zh: "人才类别" };

function profileOf(args: readonly unknown[]): E.Profile {
  const degree = A.optText(args[0], "学历学位");
  const title = A.optText(args[1], "职称");
  const school = A.optText(args[2], "毕业院校");
  return {
    degree: degree === undefined ? undefined : E.parseDegree(degree),
    title: title === undefined ? undefined : E.parseTitle(title),
    school: school === undefined ? undefined : E.parseSchool(school),
    urgentMajor: A.optYesNo(args[3], "是否急需紧缺专业"),
    honors: new Set(E.HONORS.parseListFrom(A.wordsOf(args[4], "人才称号/条件"))),
  };
}

const ISO = (iso: string | null) => iso ?? "";

export const SPECS: readonly FunctionSpec[] = [
  {
    id: "POLICIES",
    params: [],
    shape: "table",
    resultZh: "政策列表",
    evaluate(_args, options) {
      const today = E.today();
      const rows: OutCell[][] = [["编号", "名称", "文号", "城市", "发布日期", "施行日期", "失效日期", "今日状态"]];
      const docs = E.allPolicies();
      for (const d of docs) {
        const from = E.effectiveFrom(d, options);
        rows.push([
          d.meta.id,
          d.meta.title,
          d.meta.docNumber ?? "（无文号）",
          d.meta.city ?? "",
          ISO(d.meta.issued) || "（未印日期）",
          from === null ? "" : E.toISO(from),
          ISO(d.meta.validTo),
          E.policyStatus(d, today, options).value.state,
        ]);
      }
      const result = E.result(docs.map((d) => d.meta.id), [], () => [`共收录${docs.length}份文件`]);
      return { result, cells: rows, said: `${docs.length}份文件` };
    },
  },
  {
    id: "CATEGORY",
    params: [
      P_POLICY,
      { name: "degree", zh: "学历学位" },
      { name: "title", zh: "职称" },
      { name: "school", zh: "毕业院校", optional: true },
      { name: "urgentMajor", zh: "是否急需紧缺专业", optional: true },
      { name: "honors", zh: "人才称号/条件", optional: true },
    ],
    shape: "cell",
    resultZh: "人才类别",
    evaluate(args, options) {
      return textResult(E.classify(policy(args[0]), profileOf(args.slice(1)), options));
    },
  },
  {
    id: "ELIGIBLE",
    params: [
      P_POLICY,
      P_CATEGORY,
      { name: "age", zh: "年龄（周岁）" },
      { name: "exclusions", zh: "不予引进情形", optional: true },
      { name: "honors", zh: "人才称号/条件", optional: true },
    ],
    shape: "cell",
    resultZh: "是否符合引进条件",
    evaluate(args) {
      const honors = new Set(E.HONORS.parseListFrom(A.wordsOf(args[4], "人才称号/条件")));
      return boolResult(
        E.eligible(policy(args[0]), A.text(args[1], "人才类别"), A.quantity(args[2], "年龄"), A.wordsOf(args[3], "不予引进情形"), honors),
      );
    },
  },
  {
    id: "HOUSINGSUBSIDY",
    params: [P_POLICY, P_CATEGORY],
    shape: "cell",
    resultZh: "购房补贴",
    evaluate(args) {
      return moneyResult(E.housingSubsidy(policy(args[0]), A.text(args[1], "人才类别")));
    },
  },
  {
    id: "RENTSUBSIDY",
    params: [P_POLICY, P_CATEGORY, { name: "year", zh: "第几年", optional: true }],
    shape: "cell",
    resultZh: "租房补贴或生活补贴",
    evaluate(args) {
      return moneyResult(E.rentSubsidy(policy(args[0]), A.text(args[1], "人才类别"), A.optOrdinal(args[2], "第几年")));
    },
  },
  {
    id: "REFUND",
    params: [
      P_POLICY,
      { name: "subsidy", zh: "已发补贴" },
      { name: "yearsServed", zh: "服务年限" },
      { name: "basis", zh: "年限计法", optional: true },
      { name: "reason", zh: "离开原因", optional: true },
      { name: "agreementYears", zh: "协议期限（年）", optional: true },
    ],
    shape: "cell",
    resultZh: "应退补贴",
    evaluate(args, options) {
      const agreement = A.optQuantity(args[5], "协议期限");
      return moneyResult(
        E.refund(policy(args[0]), {
          received: A.amount(args[1], "已发补贴"),
          yearsServed: E.money(A.quantity(args[2], "服务年限")),
          basis: A.optChoice(args[3], "年限计法", BASIS_WORDS) ?? options.basis,
          reason: A.optChoice(args[4], "离开原因", REASON_WORDS) ?? "personal",
          agreementYears: agreement,
        }),
      );
    },
  },
  {
    id: "SERVICEYEARS",
    params: [
      { name: "startDate", zh: "引进日期" },
      { name: "endDate", zh: "离职日期" },
      { name: "basis", zh: "年限计法", optional: true },
      { name: "endDateCounts", zh: "离职日计入", optional: true },
    ],
    shape: "cell",
    resultZh: "服务年限",
    evaluate(args, options) {
      const r = E.serviceYears(
        A.date(args[0], "引进日期"),
        A.date(args[1], "离职日期"),
        A.optChoice(args[2], "年限计法", BASIS_WORDS) ?? options.basis,
        A.optYesNo(args[3], "离职日计入") ?? options.endDateCounts,
      );
      return { result: r, cells: r.value.toNumber(), said: `${E.formatPlain(r.value)}年` };
    },
  },
  {
    id: "PROJECTFUND",
    params: [P_POLICY, { name: "projectAmount", zh: "立项资金" }],
    shape: "cell",
    resultZh: "项目扶持资金",
    evaluate(args) {
      return moneyResult(E.projectFund(policy(args[0]), A.amount(args[1], "立项资金")));
    },
  },
  {
    id: "TITLERECOGNITION",
    params: [P_POLICY, { name: "degree", zh: "学历学位" }, { name: "yearsWorked", zh: "工作年限" }],
    shape: "cell",
    resultZh: "可考核认定的职称",
    evaluate(args) {
      return textResult(
        E.titleRecognition(policy(args[0]), E.parseDegree(A.text(args[1], "学历学位")), E.money(A.quantity(args[2], "工作年限"))),
      );
    },
  },
  {
    id: "DISQUALIFIED",
    params: [P_POLICY, { name: "situations", zh: "情形" }],
    shape: "cell",
    resultZh: "是否取消引进人才资格",
    evaluate(args) {
      return boolResult(E.disqualified(policy(args[0]), A.wordsOf(args[1], "情形")));
    },
  },
];
