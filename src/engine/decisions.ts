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
  {
    id: "governing-document",
    article: article("", "各文件的施行条款（张掖第二十五条、吐鲁番第二十二条、临夏末段、奎屯第三十四条、阿拉山口第三十条）"),
    question: "按政策计算时，引进日期不在该文件施行期内怎么办？",
    decision:
      "每个函数（SCHEDULE、BENEFITS 给出引进日期时）、台账填充和退款审计都用同一个判定（engine/rules/governing.ts）：按城市或政策和引进日期找当日施行的文件；不在施行期内的返回 #N/A（台账“无法计算”，审计“无法复核”并计入汇总），写明应适用的文件，如张掖 2022-05-07 前引进的适用市委发〔2016〕12号、吐鲁番 2025-05-05 前的适用原暂行规定（均未收录），不给出数字。明确写了政策编号但日期不符的同样处理。原文未印日期或未提前序文件的（奎屯早于施行日期、阿拉山口早于 2014-11-05），说明“此前适用的文件未收录”。未给引进日期时照用所写文件，并在说明中注明未核对施行期。",
    option: { key: "kuitunEffectiveFrom", values: "奎屯施行日期，默认 2025-01-01" },
  },
  {
    id: "refund-items",
    article: article("", "张掖第十四条第（三）项；吐鲁番第十三条；奎屯第二十四条、第二十七条"),
    question: "发放台账一人多行、每行一个补贴项目时，哪些项目要退？",
    decision:
      "退还条款只退它列出的项目：张掖只退购房补贴（“退还部分购房补贴”），租房补贴、生活补贴等不退；吐鲁番只退安家费（“须退回已享受的安家费”，特殊津贴不退）；奎屯退安家费、购车补贴，特聘住房补贴按选项，住房以实物退回、不折算现金，生活补贴不在列举之内不退。未列项目的行应退 0 元，并写明条款；无法识别的项目词“无法复核”，列出可用的词。台账没有补贴项目列时，按各文件退还条款所列项目计算，逐行说明和汇总表写明所假定的项目。REFUND 的“补贴项目”参数同此。",
    option: { key: "kuitunRefundHousingSubsidy", values: "奎屯特聘住房补贴是否退还，true（默认）/ false" },
  },
  {
    id: "date-forms",
    article: article("", "台账中的日期"),
    question: "台账中写法不一的日期如何读？",
    decision:
      "一个读取器（engine/core/date-reader.ts）供函数、任务窗格和命令行共用。接受：Excel 日期（1920—2100 年）、2022-07-01、2022/7/1、2022.7.1、2022年7月1日、2022年07月01号、二〇二二年七月一日、全角数字、带时间的文字（2022-07-01 00:00:00、2022/7/1 0:00）、数字或文字 20220701。年份在后的 7/1/2022 按“月/日/年”读（英文系统导出的格式）；第一个数大于 12 时按“日/月/年”。拒绝并说明：单独的年份（2023）、两位年份（22.7.1）、不像台账年代的小序列号、数字 1988.1（Excel 把 1988.10 存成 1988.1，一月还是十月无法分辨，请写 1988-01 或 1988-10）。",
  },
  {
    id: "date-month-forms",
    article: article("", "出生年月；引进日期、离职日期"),
    question: "只有年月的日期（1988.03、1988年3月、1975-03）怎么用？",
    decision:
      "只需月份的地方（出生年月用于计算年龄）按该月1日读，即当月起算周岁（较严：同月出生的按已满计）；服务期按日计算，引进日期、离职日期只写年月的是错误，提示写明日。",
  },
  {
    id: "still-employed",
    article: article("", "各文件的退还条款"),
    question: "离职日期为空或写“无、在职、—、/、-”的人员如何处理？",
    decision: "按未离职：应退 0 元；审计中记录为 0 的为“一致”，记录大于 0 的为“不一致”，记录为空的仍“无法复核”（空白不按 0 处理）。",
  },
  {
    id: "ledger-rows-and-units",
    article: article("", "台账的表头与行"),
    question: "表头带单位、合计行、没有姓名的行如何处理？",
    decision:
      "表头写明“万元”的金额列（如“已发金额（万元）”）按 ×10000 折算为元；单元格自带单位的文字（“40万”“400000元”）不再折算。“合计、小计、总计”等行和姓名为空的行不计算，在说明或汇总表中逐行列出。",
  },
  {
    id: "ledger-columns",
    article: article("", "台账的列"),
    question: "表头相近的列，哪一列是哪个角色？",
    decision:
      "表头与角色词完全相同的优先；否则表头以角色词结尾（中文表头的中心词在后：“现任专业技术职务”是职称，“职称系列”“职称取得时间”不是）且不带改变含义的限定词才算。限定词：约定、原单位、首期、首次、本次、本期、当期、计划、应发、拟、预计、第一、已退、剩余、未发、待发、配偶、应服务、最低（“约定服务年限”是协议期限，“首期/本次发放金额”不是已发金额，“原单位离职日期”“第一学历”“已退还金额”不用）。“累计发放金额”“实发金额”“拨付金额”和发放台账里的“补贴金额”是已发金额（“补贴金额”与“已发金额”同在时两列同等匹配，报错请用户指定）；“应追回金额”“应追缴金额”是应退金额。“类别”“政策”“项目”等短词只按整词认（“人员类别”“学历类别”不是人才类别，“政策依据”不是适用政策）。同一角色有两列同等匹配时报错并指名两列（任务窗格中询问），可用 --map 角色=列名或列字母 指定。两行表头（分组在上、列名在下）合并读取。",
    option: { key: "--map 角色=列名|列字母（命令行）；任务窗格的列对应", values: "默认按上述规则" },
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
