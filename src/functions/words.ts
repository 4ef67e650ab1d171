/**
 * The words HR sheets use for the choice arguments, each choice with its words (the first is the one the
 * reference shows first). Shared by the functions, the ledger jobs that read the same columns, and the
 * function reference that lists them.
 */

export const BASIS_WORDS = {
  whole: ["整年", "whole", "满年", "完整年度", "整数年"],
  exact: ["实际", "exact", "按实际", "精确", "实际年限"],
} as const;

export const REASON_WORDS = {
  personal: ["个人原因", "主动离职", "辞职", "主动解除", "提前离职", "个人", "personal"],
  probation: ["试用期不合格", "试用期考核不合格", "试用期", "probation"],
  employer: ["单位原因", "非个人原因", "解聘", "单位解除", "employer"],
} as const;

export const SPOUSE_WORDS = {
  half: ["半额", "配偶半额", "半", "另一方", "half"],
  full: ["全额", "本人全额", "full"],
} as const;

export const PENALTY_WORDS = {
  leak: ["泄密", "泄露商业秘密", "泄露秘密", "保密", "leak"],
  leave: ["单方解除", "提前离职", "辞职", "违约", "解除协议", "leave"],
} as const;
