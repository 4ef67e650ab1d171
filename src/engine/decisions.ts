import { article } from "./model/policy";
import type { Decision } from "./model/policy";
import { REGISTRY } from "./policies/registry";
import { TITLE_DECISIONS } from "./rules/title-words";

/** The section of the title words; the statistics add their readings of the annual report to it. */
export const TITLE_SCOPE = "职称字样与职称统计（年度报告，policies/002 第一部分）";

/**
 * Readings that every document shares (how years of service and ages are counted, how money is rounded),
 * recorded once here; each document's own readings are in its folder, beside the rules they concern.
 */
export const GENERAL_DECISIONS: readonly Decision[] = [
  {
    id: "bounds-inclusive",
    article: article("", "各文件"),
    question: "“以上/以下/不超过/不少于”是否包含本数？",
    decision: "包含本数（法律文本通例）；“超过”“不足”“不满”不含本数。",
  },
  {
    id: "service-end-date",
    article: article("", "各文件的服务年限"),
    question: "离职日期当天是否计入服务期？",
    decision:
      "计入：离职日期是最后工作日。2015-07-01 引进、2025-06-30 离职为满10年。满一年之日见 period-end。",
    option: { key: "endDateCounts", values: "true（默认）/ false" },
  },
  {
    id: "period-end",
    article: article("", "《民法典》第二百零一条、第二百零二条（服务年限、离岗创业期限、按年按月的期间）"),
    question: "按年、按月计算的期间在哪一天届满？到期月没有对应日（2月29日、31日）时怎么办？",
    decision:
      "第二百零二条：到期月的对应日为期间的最后一日，没有对应日的，月末日为期间的最后一日。第二百零一条不计开始当日、自下一日起算；本产品把引进日期（离岗日期）当作已计入的第一日，即起算日，故期间在到期月与起算日相当之日的前一日届满（2024-03-01 起一年至 2025-02-28，2023-03-01 起一年至 2024-02-29）；到期月没有与起算日相当之日的，以该月末日届满（2024-02-29 起一年至 2025-02-28、三年至 2027-02-28，不是 02-27；2024-01-31 起一个月至 2024-02-29）。服务到 2025-02-27 离职的不满一年，到 2025-02-28 离职的满一年。下一期间自届满次日开始。第二百零三条（最后一日为法定休假日的顺延）只适用于行为期限，服务期和离岗期不顺延。",
  },
  {
    id: "service-basis",
    article: article("", "各文件的服务年限"),
    question: "服务年限按整年还是按实际（含小数）计？",
    decision: "默认按已满整年；“实际”按已满整年加当年已服务天数 ÷ 该服务年度天数。REFUND 与 SERVICEYEARS 的“年限计法”参数可逐次改变。",
    option: { key: "basis", values: "whole（默认）/ exact" },
  },
  {
    id: "age-completed-years",
    article: article("", "各文件的年龄条件"),
    question: "年龄如何计算？",
    decision: "按周岁：当日已过生日的整岁数；给出小数年龄时取整岁。台账中按出生日期与引进日期计算。",
  },
  {
    id: "rounding",
    article: article("", "全部金额"),
    question: "金额如何舍入？",
    decision: "以 decimal.js 精确计算，只在输出结果时按分四舍五入（ROUND_HALF_UP）一次；中间步骤不舍入。",
  },
  {
    id: "blank-cells",
    article: article("", "全部函数"),
    question: "空白单元格如何处理？",
    decision:
      "空白表示“未填写”，不按 0 计算：必填参数空白返回 #VALUE!；类别判定中可能改变结果的空白字段会被指名要求填写。Windows 版 Excel 把区域中的空白单元格以 0 传给自定义函数，因此文字和日期参数中的 0 也按空白处理。按区域逐行计算时，一行中各区域参数都为空白（或 0）的，是表格中的空行：结果为空白单元格，不报错，列下方的 SUM 仍是数字；这样全为 0 的一行也得到空白而不是 0。汇总函数（TITLESTATS、TITLESHARE）不计区域末尾的空行，只统计到最后一个有内容的行（合计行给出人数）。同一行中有其他内容时，金额与年限参数的 0 按 0 计算（无法与空白区分），请在台账中用“填充台账”或命令行处理空白。",
  },
  {
    id: "payment-timing",
    article: article("", "分期与按年发放的待遇"),
    question: "分期支付的安家费、按年发放的补贴在何时支付？",
    decision:
      "默认在每个服务年度开始时支付（第 k 期于第 k 个服务年度的第一日，即第 k−1 年届满的次日）；选 yearEnd 时于第 k 个服务年度届满之日（period-end：2025-03-01 引进的，第1年于 2026-02-28 届满）。按月发放的补贴于每个服务月的第一日支付（上一个月届满的次日：2024-08-31 引进的，第13个月自 2025-08-31 起、至 2025-09-30 届满，第14个月自 2025-10-01 起），在职方发放。以服务为条件的款项见 service-conditions。",
    option: { key: "paymentTiming", values: "yearStart（默认）/ yearEnd" },
  },
  {
    id: "service-conditions",
    article: article("", "以服务为条件的待遇（阿拉山口第十四条、奎屯第二十二条等）"),
    question: "“工作一年考核合格后”“连续工作5年以上可赠予”“一年内累计服务满6个月的给予”“每服务一年给予”的款项排在何时？离职当天到期又要退还的怎么办？",
    decision:
      "不早于条件可以满足之日：排在所需服务期届满之日（period-end），与 SERVICEYEARS 一致——2020-03-01 引进、2025-02-28 离职为满5年，住房赠予排在 2025-02-28；满一年的安家费排在 2021-02-28；特聘补贴排在当年第6个月届满之日（2020-08-31），离职早于该日的不发。台账无法显示的条件（考核合格、项目效益显著、市直事业单位）写在项目说明和条件栏中，不视为当然满足。按服务期届满排期的款项若在离职当日到期而当日又须退还，不发也不退：发放计划不会在同一天对同一项目既发又退。",
  },
  {
    id: "way-of-introduction",
    article: article("", "各文件的引进方式（阿拉山口第十一条、奎屯第十三条、张掖第十条、吐鲁番第五条）"),
    question: "台账和公式中写的引进方式（全职、刚性、柔性、兼职、特聘、招聘、调动、借调、合作研究、援疆……）如何理解？",
    decision:
      "统一识别为一个规范词，再按各文件自己的引进方式理解：兼职、借调、合作研究、聘请在阿拉山口（第十一条）和奎屯（第十三条，另含创办企业）属特聘，在张掖（第十条）和吐鲁番（第五条）属柔性；全职、刚性、招聘、调动在张掖属全职、在吐鲁番属刚性，在阿拉山口、奎屯只表示“非特聘”（招聘或调动等，需要区分时要求写明）。文件没有的方式（如奎屯的援疆）返回 #VALUE!。引进方式可作为各函数最后一个参数、台账的“引进方式”列或称号/条件中的一个词给出。",
  },
  {
    id: "way-blank",
    article: article("", "引进方式空白时"),
    question: "引进方式未填写，而类别或某项待遇取决于它时怎么办？",
    decision:
      "类别取决于引进方式、且另一种方式会得到另一类别时（奎屯第二十二条第（一）（二）项、阿拉山口专家的第十四条第㈠款与第㈢款），返回 #VALUE! 要求填写引进方式，不挑待遇最高的一项；只有一种方式可能的（阿拉山口非专家的博士只能是招聘、调动），按该类别计算并在说明中写明“未填写引进方式……请核实”。某项待遇只给某种方式的（张掖第十四条第（二）（三）项全职、吐鲁番第八条刚性）：默认照算并在条件栏写明限哪种方式；选 ask 时要求填写。",
    option: { key: "wayBlank", values: "state（默认）/ ask" },
  },
  {
    id: "payments-after-lapse",
    article: article("", "有有效期的文件（临夏 末段：有效期五年）"),
    question: "文件失效后才到期的年度款项（临夏柔性引进人才补助）是否继续排期？",
    decision: "默认不排：失效之日后到期的款项已无有效文件可依，发放计划只排到失效之日（临夏 2026-06-22）并在说明中写明；有后续文件或地方决定继续执行的可选照排。",
    option: { key: "paymentsAfterLapse", values: "stop（默认）/ continue" },
  },
  {
    id: "open-ended-horizon",
    article: article("", "无期限的年度待遇"),
    question: "原文未规定期限的年度补贴（如智库专家补贴），发放计划排到何时？",
    decision: "给出离职日期时排到离职日；否则排 5 年，并在项目说明中注明“原文未规定期限”。",
    option: { key: "horizonYears", values: "正整数，默认 5" },
  },
];

export interface RegisterSection {
  scope: string;
  decisions: readonly Decision[];
}

/** The whole register: the general readings, then each document's. */
export async function interpretationRegister(): Promise<RegisterSection[]> {
  const sections: RegisterSection[] = [{ scope: "通用", decisions: GENERAL_DECISIONS }];
  for (const e of REGISTRY) {
    sections.push({ scope: `${e.meta.title}（${e.meta.id}）`, decisions: (await e.text()).DECISIONS });
  }
  sections.push({ scope: TITLE_SCOPE, decisions: TITLE_DECISIONS });
  return sections;
}
