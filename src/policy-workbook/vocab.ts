import { OPTION_INFO } from "../engine/core/options";
import { DEGREE_RANK, TITLE_RANK } from "../engine/core/vocabulary";
import { ITEMS } from "../engine/model/items";
import { HONORS, WAYS } from "../engine/model/profile";
import { SANCTION_SCALES } from "../engine/model/sanctions";
import { ALL_SPECS } from "../functions/registry";

/**
 * The closed word lists of the workbook: the Chinese an office picks from a dropdown, and the value the
 * file holds for it. Lists of the engine (degrees, titles, honours, items, options, functions) are taken
 * from the engine itself so that a word added there appears in the dropdowns.
 */

/** A two-way table between the Chinese shown in the workbook and the code the file holds. */
export class ZhTable<C extends string> {
  private readonly back = new Map<string, C>();

  constructor(
    readonly what: string,
    readonly zh: Record<C, string>,
  ) {
    for (const [code, word] of Object.entries(zh) as [C, string][]) {
      this.back.set(word, code);
      this.back.set(code, code);
    }
  }

  words(): string[] {
    return Object.values(this.zh);
  }

  toZh(code: C): string {
    return this.zh[code];
  }

  /** The code of a word (the Chinese, or the code itself), or undefined. */
  codeOf(word: string): C | undefined {
    return this.back.get(word.trim());
  }
}

export const DOC_KIND = new ZhTable("文件类型", { policy: "政策", agreement: "协议" });

export const BENEFIT_KIND = new ZhTable("待遇形式", {
  lumpSum: "一次性或分期发放",
  monthly: "按月发放",
  yearly: "按年发放",
  housing: "实物住房",
  range: "金额区间",
  service: "非现金待遇",
});

export const ROLE = new ZhTable("待遇用途", {
  purchaseSubsidy: "购房补贴",
  settlement: "安家费",
  carSubsidy: "购车补贴",
  allowance: "月度津贴",
  rentSubsidy: "租房补贴",
  yearlySubsidy: "年度补贴",
  startupFund: "项目启动资金",
  award: "奖励",
  transferGrant: "成果转化补助",
});

/** Which uses a form of benefit can have (model/policy.ts: the role of each kind). */
export const ROLES_OF_KIND: Record<string, readonly string[]> = {
  lumpSum: ["purchaseSubsidy", "settlement", "carSubsidy"],
  monthly: ["allowance"],
  yearly: ["rentSubsidy", "yearlySubsidy"],
  range: ["startupFund", "award", "transferGrant"],
  housing: [],
  service: [],
};

export const REFUND_KIND = new ZhTable("退还方式", {
  proportional: "按未服务年限比例退还",
  allReceived: "退还已享受的待遇",
});

export const TRIGGER = new ZhTable("退还情形", {
  leaveWithinAgreement: "协议期内解除协议",
  probationFailure: "试用期满考核不合格",
});

export const REASON = new ZhTable("解除原因", {
  personal: "个人原因",
  probation: "试用期考核不合格",
  employer: "单位原因",
});

/** Where a condition row belongs: the category's own condition, or the other article it rests on (`via`). */
export const CONDITION_USE = new ZhTable("条件用于", { when: "类别条件", via: "另据条款" });

export const YES = "是";
export const NO = "否";
/** The word for “every category” in category columns (the file's "*"). */
export const ALL = "全部";
/** The word for “no limit” in 年数 (the file's null). */
export const UNLIMITED = "不限";
/** The option value a group of rows takes when the option has none of the values listed (`otherwise`). */
export const OTHERWISE = "其他";

export const DEGREES = Object.keys(DEGREE_RANK);
export const TITLES = Object.keys(TITLE_RANK);
export const SCHOOLS = ["双一流", "其他"];
export const HONOR_WORDS: string[] = HONORS.keys();
export const WAY_WORDS: string[] = WAYS.keys();
export const ITEM_WORDS: string[] = Object.keys(ITEMS);
export const OPTION_KEYS: string[] = OPTION_INFO.map((o) => o.key);
export const SCALES: string[] = SANCTION_SCALES.map((s) => s.id);
export const FUNCTION_IDS: string[] = ALL_SPECS.map((s) => s.id);

/** The dropdown lists, each a column of the hidden sheet 词表 that data validations point at. */
export const DROPDOWNS = {
  是否: [YES, NO],
  文件类型: DOC_KIND.words(),
  待遇形式: BENEFIT_KIND.words(),
  待遇用途: ROLE.words(),
  退还方式: REFUND_KIND.words(),
  退还情形: TRIGGER.words(),
  解除原因: REASON.words(),
  条件用于: CONDITION_USE.words(),
  学历学位: DEGREES,
  职称: TITLES,
  院校类型: SCHOOLS,
  称号或条件: HONOR_WORDS,
  通用引进方式: WAY_WORDS,
  待遇项目: ITEM_WORDS,
  选项: OPTION_KEYS,
  处分序列: SCALES,
  函数: FUNCTION_IDS,
} as const;

export type DropdownName = keyof typeof DROPDOWNS;
