import { article as a, serviceBenefit as service } from "../../model/policy";
import { TURPAN_2025_META } from "./meta";
import type { Benefit, CategoryDef, PolicyDocument, WayScheme } from "../../model/policy";

/**
 * 吐鲁番地区引进高层次紧缺人才暂行办法, dated 2025年5月5日 at its end, no 文号 printed.
 * Source: policies/002_0f6787b06d8398ab.txt, part 3. The nine groups of 第四条 are the categories; 第八条第
 * （五）项 gives 安家费 and 每月特殊津贴 to groups (一)–(六) under a five-year agreement; 第十三条 takes the
 * 安家费 back from people who leave within the agreement for personal reasons.
 */

const A8_5 = a("8.5", "第八条第（五）项");

function tier(n: number, code: string, summary: string, summaryEn: string, when: CategoryDef["when"], extra: string[] = []): CategoryDef {
  const cn = "一二三四五六七八九"[n - 1];
  return {
    code,
    aliases: [`第四条第（${cn}）项`, `(${cn})`, `（${cn}）`, `第${cn}项`, `第${cn}档`, `第${n}档`, String(n), ...extra],
    article: a(`4.${n}`, `第四条第（${cn}）项`),
    summary,
    summaryEn,
    when,
  };
}

const ALLOWANCE_TIERS: [string, number, number][] = [
  ["院士", 800000, 20000],
  ["国家级专家", 600000, 15000],
  ["省部级专家", 300000, 8000],
  ["国务院津贴专家", 200000, 5000],
  ["博士或正高", 150000, 3000],
  ["硕士且副高", 100000, 2000],
];
const WITH_8_5 = ALLOWANCE_TIERS.map(([c]) => c);

/**
 * 第五条: 柔性引进 (借调、短期聘用、兼职、定期服务、项目合作、讲学、咨询、科研、技术顾问、技术合作、创办企业 …, no transfer of
 * 人事关系) and 刚性引进 (人事关系转移: 调入, 聘用). 第七条 lists what 柔性 people get, 第八条 what 刚性 people get.
 */
const RIGID = ["刚性"];
const FLEX = ["柔性"];
const WAYS: WayScheme = {
  article: a("5", "第五条"),
  classes: ["柔性", "刚性"],
  means: {
    刚性: RIGID,
    全职: RIGID,
    招聘: RIGID,
    招录: RIGID,
    直接聘用: RIGID,
    调动: RIGID,
    柔性: FLEX,
    借调: FLEX,
    兼职: FLEX,
    合作研究: FLEX,
    特聘: FLEX,
    创办企业: FLEX,
  },
};

const rigid = <B extends Benefit>(b: B): B => ({ ...b, ways: RIGID });
const flexible = <B extends Benefit>(b: B): B => ({ ...b, ways: FLEX });

export const TURPAN_2025: PolicyDocument = {
  meta: TURPAN_2025_META,


  ways: WAYS,

  // Ranked as 第八条第（五）项 ranks them: the first group that fits gives the largest benefit.
  categories: [
    tier(1, "院士", "中国科学院院士、中国工程院院士", "Academician", { honorIn: ["院士"], label: "中国科学院院士，中国工程院院士" }),
    tier(2, "国家级专家", "国家有突出贡献的中青年专家、国家级学术技术带头人", "National outstanding expert or academic leader",
      { honorIn: ["国家级专家", "国家级带头人"], label: "国家有突出贡献的中青年专家，国家级学术技术带头人" }),
    tier(3, "省部级专家", "“新世纪百千万人才工程”人选，省部级有突出贡献的中青年专家及学科、学术带头人", "Provincial expert or national talent-programme member",
      // 第八条第（五）项(3) names only 百千万人才 and 省部级有突出贡献的中青年专家 (decision turpan-tier3).
      {
        byOption: "turpanTier3",
        values: { group: { honorIn: ["百千万人才", "省部级专家", "省部级带头人"], label: "进入国家“新世纪百千万人才工程”人选，省部级有突出贡献的中青年专家及学科、学术带头人" } },
        otherwise: { honorIn: ["百千万人才", "省部级专家"], label: "进入国家“新世纪百千万人才工程”人选、省部级有突出贡献的中青年专家（第八条第（五）项(3)所列）" },
      }),
    tier(4, "国务院津贴专家", "享受国务院特殊津贴的专家、博士生导师", "State Council special-allowance expert or doctoral supervisor",
      { honorIn: ["国务院津贴", "博导"], label: "享受国务院特殊津贴的专家，博士生导师" }),
    tier(5, "博士或正高", "博士或具有正高级专业技术职称的人员", "Doctor or full senior title",
      { any: [{ degreeIn: ["博士"], label: "博士" }, { titleAtLeast: "正高", label: "具有正高级专业技术职称" }] }, ["博士", "正高"]),
    tier(6, "硕士且副高", "获得硕士学位并具有副高级以上专业技术职称的人员", "Master's degree and deputy senior title",
      { all: [{ degreeIn: ["硕士"], label: "获得硕士学位" }, { titleAtLeast: "副高", label: "具有副高级以上专业技术职称" }] }, ["硕士副高"]),
    tier(7, "留学人才", "自带科研成果的海外留学人才", "Returned scholar with research results",
      { honorIn: ["留学人才"], label: "自带科研成果的海外留学人才" }),
    tier(8, "特殊人才", "具有一技之长或特殊才能，且为重点领域紧缺、急需的专业技术、经济管理或高技能人才", "Special skills in short supply",
      { all: [{ honorIn: ["一技之长"], label: "具有一技之长或特殊才能" }, { urgentMajor: true, label: "为我地区经济社会发展重点领域紧缺、急需" }] }),
    tier(9, "创业人才", "持领先水平科技项目、发明专利、专有技术到地区创办企业的人员", "Entrepreneur with leading technology",
      { honorIn: ["科技成果"], label: "持有科技项目、发明专利、专有技术到地区创办、合办、承包、租赁企业" }),
  ],

  benefits: [
    {
      kind: "lumpSum",
      role: "settlement",
      id: "settlement",
      item: "一次性安家费",
      itemEn: "One-time settlement allowance",
      article: A8_5,
      condition: "刚性引进，聘期在五年以上且签订不低于五年服务期协议的",
      categories: WITH_8_5,
      ways: RIGID,
      amounts: Object.fromEntries(ALLOWANCE_TIERS.map(([c, total]) => [c, { total }])),
      spouseHalf: { article: A8_5, text: "夫妻双方同属引进人才且都属于安家费补贴享受对象的，按一方全额、另一方半额发放" },
    },
    {
      kind: "monthly",
      role: "allowance",
      id: "specialAllowance",
      item: "每月特殊津贴",
      itemEn: "Monthly special allowance",
      article: A8_5,
      condition: "刚性引进，聘期在五年以上且签订不低于五年服务期协议的，协议期内按考核结果兑现（第十一条）",
      categories: WITH_8_5,
      ways: RIGID,
      amounts: Object.fromEntries(ALLOWANCE_TIERS.map(([c, , perMonth]) => [c, { perMonth, months: 60 }])),
      monthsOption: "agreementYears",
    },
    {
      kind: "range",
      role: "award",
      id: "contributionAward",
      item: "特殊贡献奖励",
      itemEn: "Award for special contribution",
      article: a("8.8", "第八条第（八）项"),
      condition: "对做出特殊贡献的刚性引进人才，政府视贡献大小给予3万元以上的奖励",
      categories: "*",
      ways: RIGID,
      amounts: { "*": { min: 30000, max: null } },
    },
    rigid(service("establishment", "8.1", "第八条第（一）项", "编制", "Staffing", "可视具体情况不受年龄、身份、地域及编制、工资总额限制")),
    rigid(service("salary", "8.2", "第八条第（二）项", "工资待遇", "Salary", "低于同等条件人员的按同等条件执行，高于的予以保留并再高套一级")),
    rigid(service("titles", "8.3", "第八条第（三）项", "专业技术职务评聘", "Professional titles", "作出突出贡献的不受学历、资历限制申报，可高聘或破格晋升")),
    rigid(service("rank", "8.4", "第八条第（四）项", "职级待遇", "Administrative rank", "原担任行政职务的安排相应职务")),
    rigid(service("family", "8.7", "第八条第（七）项", "配偶随调与子女择校", "Spouse and children", "配偶可随调、对口安置，子女可择校就读")),
    service("research", "9", "第九条", "科研项目资助", "Research funding", "担任高新技术开发项目负责人的优先给予资助"),
    service("tax", "10", "第十条", "个人所得税补贴", "Income-tax subsidy", "应缴纳的个人所得税，财政可适当补贴"),
    service("apartment", "18", "第十八条", "人才公寓（承租）", "Talent apartment (rented)", "暂无住房的引进人才可承租人才公寓"),
    flexible(service("flexiblePay", "7.1", "第七条第（一）项", "柔性引进待遇", "Terms for flexible introduction", "柔性引进的，由用人单位与本人从优协商确定工资、福利等待遇")),
    flexible(service("flexibleTax", "7.2", "第七条第（二）项", "所得税“两免三减半”", "Tax relief for founded enterprises", "柔性引进人才所办企业产生经济效益的，实行所得税“两免三减半”")),
  ],

  refunds: [
    {
      kind: "allReceived",
      article: a("13", "第十三条"),
      benefitIds: ["settlement"],
      // “凡享受了安家费和特殊津贴的人员……须退回已享受的安家费”: the allowance names who, not what, is refunded
      items: ["安家费"],
      trigger: "leaveWithinAgreement",
      reasons: ["personal"],
      text: "凡享受了安家费和特殊津贴的人员，在协议执行期内因个人原因要求解除协议的，须退回已享受的安家费",
    },
  ],

  agreementYears: {
    years: 5,
    article: a("11", "第十一条"),
    // 第八条第（五）项 gives 安家费 and 每月特殊津贴 only to those who sign for at least five years (第十一条 says
    // the same of 机关、事业单位 agreements): a shorter agreement has nothing 第十三条 could claw back.
    minimum: { years: 5, article: A8_5, text: "引进的聘期在五年以上、且签订不低于五年服务期协议的人才，还可享受一次性安家费，并享受每月特殊津贴" },
  },

  incomeShare: {
    article: a("7.2", "第七条第（二）项"),
    min: "0.05",
    max: "0.10",
    of: "受益单位税后利润（奖励企业创办人及其团队）",
  },

  costShare: {
    article: a("8.6", "第八条第（六）项"),
    byFunding: {
      全额拨款: { finance: "1", unit: "0", label: "财政全额拨款单位", words: ["财政全额拨款", "全额", "全额拨款单位"] },
      差额拨款: { finance: "0.6", unit: "0.4", label: "财政差额拨款单位", words: ["财政差额拨款", "差额", "差额拨款单位"] },
      自收自支: {
        finance: null,
        unit: null,
        label: "自收自支单位",
        words: ["自收自支单位", "自筹"],
        note: "除引才单位按双方商定给付薪酬外，政府视贡献大小给予奖励或资助，未规定比例",
      },
    },
  },

  minimumService: {
    article: a("11", "第十一条"),
    rules: [
      { way: "刚性引进", years: 5, text: "进入机关、事业单位的，与用人单位签订聘用协议，协议期限不少于五年" },
      { way: "提前终止", text: "协议执行期间提出终止协议的，须提前一个月递交书面申请（第十二条）" },
    ],
  },
};
