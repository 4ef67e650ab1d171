import { article as a, serviceBenefit as service } from "../../model/policy";
import { KUITUN_2025_META } from "./meta";
import type { Criterion } from "../../model/criteria";
import type { ArticleRef, CategoryDef, HousingBenefit, PolicyDocument, WayScheme } from "../../model/policy";
import type { ItemKey } from "../../model/items";
import type { Honor } from "../../model/profile";

/**
 * 奎屯市引进高层次紧缺人才办法. Source: policies/002_0f6787b06d8398ab.txt, part 4. No 文号 or date is
 * printed; it cites 伊州党发〔2025〕18号 and 新人社〔2025〕141号, so it is no older than 2025 (see option
 * kuitunEffectiveFrom). The document calls the items of 第十一条 款; 第二十二条's items are cited as 项.
 */

const A22_1 = a("22.1", "第二十二条第（一）项");
const A22_2 = a("22.2", "第二十二条第（二）项");
const A22_3 = a("22.3", "第二十二条第（三）项");
const A22_4 = a("22.4", "第二十二条第（四）项");
const A22_5 = a("22.5", "第二十二条第（五）项");

const HIGH_LEVEL: Honor[] = ["院士", "国家级专家", "国家级带头人", "百千万人才", "省部级专家", "省部级带头人"];
const highLevel: Criterion = { honorIn: HIGH_LEVEL, label: "第十一条第一、二、三款所列引进对象（院士，国家级、省（区）部级有突出贡献的专家及学科、学术带头人）" };

function cat(code: string, article: ArticleRef, summary: string, summaryEn: string, when: Criterion, aliases: string[] = [], ways?: string[]): CategoryDef {
  // HR sheets also name a class by the item that lists its benefits (第二十二条第（三）项)
  return { code, aliases: [...aliases, article.label], article, summary, summaryEn, when, ...(ways ? { ways } : {}) };
}

/**
 * 第十三条: 招录、招聘、调动、直接聘用、特聘, “特聘主要指来奎屯市创办企业、借调、兼职、合作研究项目等”. 全职/刚性 say only
 * “not 特聘”. 柔性: decision alashankou-kuitun-flexible (in 阿拉山口's register) / kuitun-way.
 */
const NOT_SPECIAL = ["招录", "招聘", "调动", "直接聘用"];
const WAYS: WayScheme = {
  article: a("13", "第十三条"),
  classes: [...NOT_SPECIAL, "特聘"],
  means: {
    招聘: ["招聘"],
    招录: ["招录"],
    直接聘用: ["直接聘用"],
    调动: ["调动"],
    全职: NOT_SPECIAL,
    刚性: NOT_SPECIAL,
    特聘: ["特聘"],
    借调: ["特聘"],
    兼职: ["特聘"],
    合作研究: ["特聘"],
    创办企业: ["特聘"],
    柔性: { byOption: "flexibleAsSpecial", values: { true: ["特聘"] }, otherwise: [...NOT_SPECIAL, "特聘"] },
  },
};

function housing(id: string, article: ArticleRef, code: string, area: number): HousingBenefit {
  return {
    kind: "housing",
    id,
    item: `${area}平方米左右住房`,
    itemEn: `About ${area} m² of housing`,
    article,
    condition: "提供住房一套，在我市连续工作5年以上的可直接赠予",
    categories: [code],
    amounts: { [code]: { area, approx: true, freeYears: null, giftAfterYears: 5 } },
  };
}

const RETURN_TEXT = "退还已享受的住房、安家费、购车补贴等待遇";
/** Cash items of 第二十四条、第二十七条 “住房、安家费、购车补贴”; housing in kind is handed back, not paid back. */
const REFUNDED = ["highLevelSettlement", "doctorSettlement", "masterSettlement", "bachelorSettlement", "carSubsidy"];
/** “住房、安家费、购车补贴等待遇” as ledger items; 住房补贴 (特聘, cash) follows kuitunRefundHousingSubsidy, 生活补贴 is not listed. */
const REFUNDED_ITEMS: ItemKey[] = ["安家费", "购车补贴"];
/** 特聘 housing subsidies are cash “住房” benefits; whether they are refunded is decision kuitun-refund-scope. */
const HOUSING_SUBSIDY_REFUND = { ids: ["expertHousingSubsidy"], option: "kuitunRefundHousingSubsidy" as const };

export const KUITUN_2025: PolicyDocument = {
  meta: KUITUN_2025_META,


  ways: WAYS,

  categories: [
    // 第（一）（二）项 differ only by the way: a blank way is asked for, not guessed (decision kuitun-special-vs-recruited).
    cat("特聘专家", A22_1, "以特聘方式（创办企业、借调、兼职、合作研究项目等，第十三条）引进、进行“产、学、研”科技成果转化的第十一条第一至三款对象", "High-level expert engaged by special appointment",
      highLevel, [], ["特聘"]),
    cat("高层次专家", A22_2, "以招聘、调动方式引进、进行“产、学、研”科技成果转化的第十一条第一至三款对象", "High-level expert recruited or transferred", highLevel, [], ["招聘", "调动"]),
    cat("博士或正高", A22_3, "博士或具有正高级专业技术职称（资格）的人员", "Doctor or full senior title",
      { any: [{ degreeIn: ["博士"], label: "博士" }, { titleAtLeast: "正高", label: "具有正高级专业技术职称（资格）" }] }, ["博士", "正高"]),
    cat("硕士或副高", A22_4, "硕士学位或具有副高专业技术职称（资格）的人员", "Master or deputy senior title",
      { any: [{ degreeIn: ["硕士"], label: "硕士学位" }, { titleAtLeast: "副高", label: "具有副高专业技术职称（资格）" }] }, ["硕士", "副高"]),
    cat("紧缺本科", A22_5, "我市紧缺专业的全日制应届本科毕业生（第十二条第（二）项：“双一流”学士）", "Fresh full-time bachelor of a Double First-Class university in a field in short supply",
      {
        all: [
          { degreeIn: ["学士"], label: "获得学士学位" },
          { school: "双一流", label: "国家“双一流”（第十二条第（二）项）" },
          { urgentMajor: true, label: "我市紧缺专业" },
          { honorIn: ["应届"], label: "应届毕业生" },
          { noHonor: ["非全日制"], label: "全日制" },
        ],
      }, ["本科", "学士"]),
    cat("其他紧缺人才", a("12", "第十二条"), "第十二条第（一）（三）（四）项：自带科研成果的留学人才、一技之长的紧缺人才、持领先技术创业的人员（第二十二条未列待遇，按第二十条一事一议）", "Other talent in short supply (no listed benefits)",
      {
        any: [
          { honorIn: ["留学人才"], label: "自带科研成果的国内外留学人才" },
          { all: [{ honorIn: ["一技之长"], label: "具有一技之长或特殊才能" }, { urgentMajor: true, label: "为我市经济社会发展重点领域紧缺" }] },
          { honorIn: ["科技成果"], label: "具有国内外领先水平的科技项目、发明专利、专有技术来奎屯创办企业" },
        ],
      }),
  ],

  benefits: [
    ...(
      [
        ["expertStartup", A22_1, "特聘专家", 100000, 2000000],
        ["highLevelStartup", A22_2, "高层次专家", 100000, 2000000],
        ["doctorStartup", A22_3, "博士或正高", 100000, 500000],
      ] as const
    ).map(([id, article, code, min, max]) => ({
      kind: "range" as const,
      role: "startupFund" as const,
      id,
      item: "项目启动资金",
      itemEn: "Project start-up funds",
      article,
      condition: "承担的科技成果转化项目经有关部门论证后，市人民政府从应用技术研究开发经费中给予",
      categories: [code],
      amounts: { [code]: { min, max } },
    })),
    {
      kind: "yearly",
      role: "yearlySubsidy",
      id: "expertHousingSubsidy",
      item: "住房补贴",
      itemEn: "Housing subsidy",
      article: A22_1,
      condition: "特聘专家每服务一年给予，最高50万元",
      categories: ["特聘专家"],
      amounts: { 特聘专家: { perYear: 100000, years: null, cap: 500000, afterMonthsServed: 12 } },
    },
    {
      kind: "lumpSum",
      role: "settlement",
      id: "highLevelSettlement",
      item: "一次性安家费",
      itemEn: "One-time settlement allowance",
      article: A22_2,
      condition: "招聘、调动引进的高层次专家，一次性发放",
      categories: ["高层次专家"],
      amounts: { 高层次专家: { total: 200000 } },
    },
    {
      kind: "lumpSum",
      role: "settlement",
      id: "doctorSettlement",
      item: "安家费",
      itemEn: "Settlement allowance",
      article: A22_3,
      condition: "分三年支付，每年5万元",
      categories: ["博士或正高"],
      amounts: { 博士或正高: { total: 150000, instalments: [50000, 50000, 50000] } },
    },
    {
      kind: "lumpSum",
      role: "settlement",
      id: "masterSettlement",
      item: "安家费",
      itemEn: "Settlement allowance",
      article: A22_4,
      condition: "分三年支付，每年按4万元、4万元、2万元",
      categories: ["硕士或副高"],
      amounts: { 硕士或副高: { total: 100000, instalments: [40000, 40000, 20000] } },
    },
    {
      kind: "lumpSum",
      role: "settlement",
      id: "bachelorSettlement",
      item: "安家费",
      itemEn: "Settlement allowance",
      article: A22_5,
      condition: "分三年支付，按每年2万元、2万元、1万元",
      categories: ["紧缺本科"],
      amounts: { 紧缺本科: { total: 50000, instalments: [20000, 20000, 10000] } },
    },
    {
      kind: "lumpSum",
      role: "carSubsidy",
      id: "carSubsidy",
      item: "一次性购车补贴",
      itemEn: "One-time car subsidy",
      article: A22_2,
      condition: "招聘、调动引进的高层次专家，一次性给予",
      categories: ["高层次专家"],
      amounts: { 高层次专家: { total: 200000 } },
    },
    housing("highLevelHousing", A22_2, "高层次专家", 140),
    housing("doctorHousing", A22_3, "博士或正高", 120),
    housing("masterHousing", A22_4, "硕士或副高", 100),
    housing("bachelorHousing", A22_5, "紧缺本科", 80),
    ...(
      [
        ["highLevelLiving", A22_2, "高层次专家", 2025, 60],
        ["doctorLiving", A22_3, "博士或正高", 1500, 36],
        ["masterLiving", A22_4, "硕士或副高", 1000, 24],
        ["bachelorLiving", A22_5, "紧缺本科", 500, 12],
      ] as const
    ).map(([id, article, code, perMonth, months]) => ({
      kind: "monthly" as const,
      role: "allowance" as const,
      id,
      item: "生活补贴",
      itemEn: "Living allowance",
      article,
      condition: `除正常工资福利外每月发放，期限${months / 12}年`,
      categories: [code],
      amounts: { [code]: { perMonth, months } },
    })),
    service("salary", "21.1", "第二十一条第（一）项", "工资待遇", "Salary", "招聘、调动执行国家规定待遇；特聘不受本地工资水平限制"),
    service("rank", "21.2", "第二十一条第（二）项", "职级、职称待遇", "Rank and titles", "可安排相应职务；作出突出贡献的可破格申报、低职高聘"),
    service("medical", "21.3", "第二十一条第（三）项", "医疗待遇", "Medical care", "每年健康检查一次，享受同等医疗待遇"),
    service("homeLeave", "21.4", "第二十一条第（四）项", "探亲待遇", "Home leave", "5年内每年可集中探亲一次（30天），费用由市财政报销"),
    service("spouse", "21.5", "第二十一条第（五）项", "配偶安置", "Spouse placement", "在编在职的优先随调，非在职的协调就业岗位"),
    service("children", "21.6", "第二十一条第（六）项", "子女就学", "Children's schooling", "义务教育阶段可择校就读"),
  ],

  exclusions: {
    article: a("15", "第十五条"),
    consequence: "不符合第十五条“诚实守信，遵守法律法规，无不良职业道德记录”的要求",
    grounds: {
      不诚信: ["失信", "失信被执行人", "不诚信"],
      违反法律法规: ["违法", "刑事处罚", "犯罪记录", "违法违纪"],
      不良职业道德记录: ["不良职业道德", "职业道德问题", "不良记录"],
    },
  },

  disqualification: {
    article: a("26", "第二十六条"),
    consequence: "解除聘任（用）合同，取消其享受的相关待遇，并承担违约责任",
    grounds: {
      学术不端: ["学术不端", "学术造假", "弄虚作假"],
      违法违纪: ["违法", "违纪", "违法违纪", "刑事处罚"],
    },
  },

  refunds: [
    {
      kind: "allReceived",
      article: a("24", "第二十四条"),
      benefitIds: REFUNDED,
      optionalBenefits: HOUSING_SUBSIDY_REFUND,
      items: REFUNDED_ITEMS,
      itemsInKind: ["住房"],
      trigger: "probationFailure",
      reasons: ["probation"],
      probationMonths: 6,
      // the assessment is made 试用期满 and the contract ends after 专项办认定: two years are allowed for both
      // (register: kuitun-probation)
      probationLeavingWithinMonths: 24,
      text: `试用期（6个月）满考核不合格的，解除聘任（用）合同，${RETURN_TEXT}`,
    },
    {
      kind: "allReceived",
      article: a("27", "第二十七条"),
      benefitIds: REFUNDED,
      optionalBenefits: HOUSING_SUBSIDY_REFUND,
      items: REFUNDED_ITEMS,
      itemsInKind: ["住房"],
      trigger: "leaveWithinAgreement",
      reasons: ["personal"],
      text: `在协议执行期间提出终止协议的，办理解除协议手续并${RETURN_TEXT.replace("退还", "退回")}`,
    },
  ],

  agreementYears: { years: 5, article: a("22.2", "第二十二条（连续工作5年以上）") },

  minimumService: {
    article: a("24", "第二十四条"),
    rules: [
      { way: "全部", years: 0.5, text: "引进人才实行试用期制度，试用期为6个月，期满考核合格的正式聘用" },
      { way: "提前终止", text: "协议执行期间提出终止协议的，须提前一个月递交书面申请（第二十七条）" },
    ],
  },
};
