import { article as a, serviceBenefit as service } from "../../model/policy";
import { LINXIA_2021_META } from "./meta";
import type { PolicyDocument } from "../../model/policy";

/**
 * 关于加强人才引进和培育支持营商环境建设的实施方案, 临州办发〔2021〕48号. Source: policies/004_8d0dc2af64ecdbc6.txt.
 * Numbered measures (1.–17.) are cited as 第1条 …; the closing sentence sets a five-year validity, which ran
 * out on 2026-06-22.
 */

export const LINXIA_2021: PolicyDocument = {
  meta: LINXIA_2021_META,


  categories: [
    {
      code: "柔性引进人才",
      aliases: ["柔性引进", "柔性", "柔性引进高层次人才"],
      article: a("2", "第2条"),
      summary: "柔性引进的高层次人才（顾问指导、候鸟服务、兼职引才、特聘专家等）",
      summaryEn: "High-level talent introduced flexibly",
    },
    {
      code: "离岗创业人员",
      aliases: ["离岗创业", "创新创业人员"],
      article: a("1", "第1条"),
      summary: "经批准到乡村振兴一线、推进富民产业培育发展的离岗创新创业人员",
      summaryEn: "Staff on leave to found enterprises",
    },
  ],
  classificationNote: "本方案不按学历、职称划分人才类别；可直接使用类别“柔性引进人才”“离岗创业人员”",

  benefits: [
    {
      kind: "yearly",
      role: "yearlySubsidy",
      id: "flexibleSubsidy",
      item: "柔性引进人才补助",
      itemEn: "Subsidy for flexibly introduced talent",
      article: a("2", "第2条"),
      condition: "根据作用发挥和贡献大小，州县市财政每人每年给予不少于2万元",
      categories: ["柔性引进人才"],
      amounts: { 柔性引进人才: { perYear: 20000, years: null, atLeast: true } },
    },
    service("equalRights", "1", "第1条", "离岗期间同等权利", "Equal rights while on leave", "与原单位在岗人员同等享有职称评审、岗位晋升和社会保险等权利"),
    service("serviceCard", "14", "第14条", "“陇原人才服务卡”", "Longyuan talent service card", "符合条件的高层次人才在社保办理、子女入学、配偶安置、创业补贴等方面落实优惠政策"),
    service("salary", "13", "第13条", "协议工资与绩效单列", "Negotiated pay", "引进的急需紧缺人才可参考市场价格确定薪酬，绩效工资总量单列"),
  ],

  refunds: [],
  refundNote: "本方案没有补贴退还的规定",

  leave: {
    article: a("1", "第1条"),
    years: 3,
    maxExtensionYears: 3,
    maxTotalYears: 6,
    text: "人事关系在3年期满后可适当延长保留年限，但延长不超过3年，在同一事业单位申请离岗创办企业的期限累计不超过6年，期满后根据本人意愿选择辞职创业或回原单位工作",
  },

  incomeShare: {
    article: a("1", "第1条"),
    min: "0.5",
    max: "0.9",
    of: "职务成果转化和出售收益（个人及其团队）",
  },

  loans: {
    article: a("14", "第14条"),
    caps: {
      高校毕业生: { amount: 200000, label: "符合条件的高校毕业生", words: ["毕业生", "个人", "大学生"] },
      小微企业: { amount: 3000000, label: "高校毕业生、引进人才创办的小微企业", words: ["企业", "小微", "引进人才", "引进人才创办的小微企业"] },
    },
  },
};
