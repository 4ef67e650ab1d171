import * as z from "zod/mini";
import { invalid } from "./errors";

/**
 * Switches for the readings of the texts on which offices plausibly differ. Every option has a default
 * that the interpretation register justifies; the pane stores a workbook's choices, the command line
 * takes `--option key=value`, and a few functions take the most common one as an argument.
 */
export interface Options {
  /** Whether the end date (离职日期) is itself a day of service. */
  endDateCounts: boolean;
  /** Years of service for refunds: completed years, or the exact fraction. */
  basis: "whole" | "exact";
  /** Yearly instalments and yearly subsidies: paid when the service year starts, or when it ends. */
  paymentTiming: "yearStart" | "yearEnd";
  /** 企业协议 第六条第（一）项 “不足一年的按一年计”. */
  penaltyYear: "atLeastOne" | "ceil" | "annualize";
  /** 张掖 第六条第（三）项: whether “且所学专业为我市急需紧缺专业” binds the master's branch too. */
  zhangyeMajorRule: "both" | "bachelorOnly";
  /** 平顶山 三（四）“超过 3 个月”: whether exactly 3 months counts. */
  flexibleBoundInclusive: boolean;
  /** 奎屯 第三十四条: the document prints no date; the day it is taken to apply from. */
  kuitunEffectiveFrom: string;
  /** 奎屯 第二十七条 “退回已享受的住房”: whether 特聘 housing subsidies paid in cash are refunded too. */
  kuitunRefundHousingSubsidy: boolean;
  /**
   * The service agreement's term in years where a document ties refunds or payments to it (吐鲁番 第十一条、
   * 第十三条 and the 每月津贴 of 第八条第（五）项; 奎屯 第二十七条); 0 takes each document's own term.
   */
  agreementYears: number;
  /** Years a schedule runs for benefits the text gives no end (智库专家补贴). */
  horizonYears: number;
  /** Where the way of introduction is blank and one benefit depends on it: amount with the condition stated, or ask. */
  wayBlank: "state" | "ask";
  /** 阿拉山口 第十一条、奎屯 第十三条: whether “柔性” is read as 特聘 (its forms 借调、兼职、合作研究 are 特聘) or asked. */
  flexibleAsSpecial: boolean;
  /** 张掖 第十四条第（二）项: the 人才公寓 or, instead, the 租房补贴或生活补贴. */
  zhangyeHousingChoice: "apartment" | "subsidy";
  /** 吐鲁番 第八条第（五）项(3): the whole group of 第四条第（三）项, or only the two kinds of expert it names. */
  turpanTier3: "group" | "literal";
  /** 奎屯 第二十二条第（一）项 “每服务一年”、张掖 智库补贴: a year's money when the year's service is done, or when it starts. */
  serviceYearMoney: "completed" | "started";
  /** 张掖 第七条第（二）项 “国家级相当层次”: national titles only, or national talent programmes too. */
  zhangyeNationalLevel: "titles" | "programmes";
  /** Payments a schedule would make after the document lapsed (临夏 有效期五年): stop, or continue. */
  paymentsAfterLapse: "stop" | "continue";
  /** “高级”“高级职称” in the statistics: counted as 副高, or apart as 高级（未分正副） (register: title-high). */
  highTitle: "associate" | "unsplit";
}

export const DEFAULT_OPTIONS: Readonly<Options> = Object.freeze({
  endDateCounts: true,
  basis: "whole",
  paymentTiming: "yearStart",
  penaltyYear: "atLeastOne",
  zhangyeMajorRule: "both",
  flexibleBoundInclusive: false,
  kuitunEffectiveFrom: "2025-01-01",
  kuitunRefundHousingSubsidy: true,
  agreementYears: 0,
  horizonYears: 5,
  wayBlank: "state",
  flexibleAsSpecial: true,
  zhangyeHousingChoice: "apartment",
  turpanTier3: "group",
  serviceYearMoney: "completed",
  zhangyeNationalLevel: "titles",
  paymentsAfterLapse: "stop",
  highTitle: "associate",
});

export interface OptionInfo {
  key: keyof Options;
  zh: string;
  values: string;
}

export const OPTION_INFO: readonly OptionInfo[] = [
  { key: "endDateCounts", zh: "离职日期当天计入服务期", values: "true（默认）/ false" },
  { key: "basis", zh: "服务年限计法", values: "whole 整年（默认）/ exact 实际" },
  { key: "paymentTiming", zh: "分期款与年度补贴的支付时点", values: "yearStart 服务年度开始时（默认）/ yearEnd 服务年度结束时" },
  { key: "penaltyYear", zh: "违约金“不足一年的按一年计”", values: "atLeastOne 年数不足一按一计（默认）/ ceil 每个不足一年的零头都按一年计 / annualize 按月均工资折算年薪" },
  { key: "zhangyeMajorRule", zh: "张掖第六条第（三）项急需紧缺专业要求的适用范围", values: "both 硕士与学士都须急需紧缺专业（默认）/ bachelorOnly 仅学士" },
  { key: "flexibleBoundInclusive", zh: "平顶山“超过3个月”是否含3个月整", values: "false 不含（默认）/ true 含" },
  { key: "kuitunEffectiveFrom", zh: "奎屯办法施行日期（原文未印日期）", values: "YYYY-MM-DD，默认 2025-01-01" },
  { key: "kuitunRefundHousingSubsidy", zh: "奎屯第二十七条退回“住房”是否含特聘住房补贴", values: "true（默认）/ false" },
  { key: "agreementYears", zh: "服务协议期限（年）", values: "0 按文件（默认：吐鲁番第十一条、奎屯均为5年）/ 协议实际年数（吐鲁番不得少于5年）" },
  { key: "horizonYears", zh: "无期限年度补贴的排期年数", values: "正整数，默认 5" },
  { key: "wayBlank", zh: "引进方式空白而某项待遇取决于它时", values: "state 照算并写明条件（默认）/ ask 要求填写" },
  { key: "flexibleAsSpecial", zh: "阿拉山口、奎屯“柔性”引进按特聘", values: "true（默认）/ false 要求写明具体方式" },
  { key: "zhangyeHousingChoice", zh: "张掖人才公寓与租房（生活）补贴二选一", values: "apartment 人才公寓（默认）/ subsidy 租房或生活补贴" },
  { key: "turpanTier3", zh: "吐鲁番第八条第（五）项第(3)档的范围", values: "group 第四条第（三）项全体（默认）/ literal 仅原文所列两种" },
  { key: "serviceYearMoney", zh: "“每服务一年给予”的年度款何时到期", values: "completed 服务满该年度（默认）/ started 服务年度开始" },
  { key: "zhangyeNationalLevel", zh: "张掖第七条“国家级相当层次”的范围", values: "titles 国家级称号（默认）/ programmes 另含百千万人才工程、国务院特殊津贴" },
  { key: "paymentsAfterLapse", zh: "文件失效后到期的款项", values: "stop 停发（默认）/ continue 照发" },
  { key: "highTitle", zh: "职称统计中“高级”“高级职称”的口径", values: "associate 按副高（默认）/ unsplit 单列“高级（未分正副）”" },
];

const booleanText = z.pipe(
  z.union([z.boolean(), z.enum(["true", "false", "是", "否", "1", "0"])]),
  z.transform((v) => v === true || v === "true" || v === "是" || v === "1"),
);
const positiveInt = z.pipe(
  z.pipe(
    z.union([z.number(), z.string()]),
    z.transform((v: number | string) => Number(v)),
  ),
  z.int().check(z.positive()),
);

const optionSchema = z.partial(
  z.strictObject({
    endDateCounts: booleanText,
    basis: z.enum(["whole", "exact"]),
    paymentTiming: z.enum(["yearStart", "yearEnd"]),
    penaltyYear: z.enum(["atLeastOne", "ceil", "annualize"]),
    zhangyeMajorRule: z.enum(["both", "bachelorOnly"]),
    flexibleBoundInclusive: booleanText,
    kuitunEffectiveFrom: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    kuitunRefundHousingSubsidy: booleanText,
    agreementYears: z.pipe(
      z.pipe(
        z.union([z.number(), z.string()]),
        z.transform((v: number | string) => Number(v)),
      ),
      z.int().check(z.nonnegative()),
    ),
    horizonYears: positiveInt,
    wayBlank: z.enum(["state", "ask"]),
    flexibleAsSpecial: booleanText,
    zhangyeHousingChoice: z.enum(["apartment", "subsidy"]),
    turpanTier3: z.enum(["group", "literal"]),
    serviceYearMoney: z.enum(["completed", "started"]),
    zhangyeNationalLevel: z.enum(["titles", "programmes"]),
    paymentsAfterLapse: z.enum(["stop", "continue"]),
    highTitle: z.enum(["associate", "unsplit"]),
  }),
);

/**
 * Workbooks saved before agreementYears replaced turpanAllowanceMonths (the allowance ran for the agreement
 * term, in months) keep their choice: a whole number of years carries over, anything else is refused.
 */
function withoutRetiredKeys(raw: Record<string, unknown>): Record<string, unknown> {
  if (!("turpanAllowanceMonths" in raw)) return raw;
  const { turpanAllowanceMonths: months, ...rest } = raw;
  const n = Number(months);
  if (!Number.isInteger(n) || n <= 0 || n % 12 !== 0) {
    throw invalid(
      `选项 turpanAllowanceMonths 已改为 agreementYears（服务协议期限，年）：${String(months)} 个月不是整年，请改设 agreementYears`,
      "turpanAllowanceMonths is now agreementYears (years)",
    );
  }
  return "agreementYears" in rest ? rest : { ...rest, agreementYears: n / 12 };
}

/** Validates options given as text (command line, stored settings) and fills in the defaults. */
export function parseOptions(raw: Record<string, unknown>): Options {
  const parsed = z.safeParse(optionSchema, withoutRetiredKeys(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.join(".") || "?";
    const known = OPTION_INFO.find((o) => o.key === key);
    throw invalid(
      known ? `选项 ${key}（${known.zh}）的值无效，可用：${known.values}` : `未知选项：${key}`,
      known ? `Invalid value for option ${key}` : `Unknown option: ${key}`,
    );
  }
  return { ...DEFAULT_OPTIONS, ...(parsed.data as Partial<Options>) };
}
