import { article as a, serviceBenefit as service } from "../../model/policy";
import { ALASHANKOU_2014_META } from "./meta";
import type { Criterion } from "../../model/criteria";
import type { ArticleRef, CategoryDef, HousingBenefit, LumpSumBenefit, PolicyDocument, WayScheme } from "../../model/policy";
import type { Honor } from "../../model/profile";

/**
 * 阿拉山口市高层次和急需紧缺人才引进暂行办法, 阿市党办发〔2014〕90号. Source: policies/001_2f3eb76c6e7e4dd3.txt.
 * The document calls the items of its articles 款 (第十条第一、二款), and is cited that way.
 *
 * Benefits come from two places: 第十四条 by item (㈠ 特聘 experts … ㈤ bachelors in short supply) and the
 * living allowance of 第十三条第㈡款, which goes by degree (实用性人才及学士 500, 硕士 1000, 博士 2000 a month).
 * A category is therefore an item of 第十四条 together with the allowance tier of the person's degree:
 * “正高（硕士）” is a 正高 (第十四条第㈢款) holding a master's degree (1000 元/月). See decision alashankou-categories.
 */

const A13_2 = a("13.2", "第十三条第（二）款");
const A14_1 = a("14.1", "第十四条第（一）款");
const A14_2 = a("14.2", "第十四条第（二）款");
const A14_3 = a("14.3", "第十四条第（三）款");
const A14_4 = a("14.4", "第十四条第（四）款");
const A14_5 = a("14.5", "第十四条第（五）款");
const A14_6 = a("14.6", "第十四条第（六）款");
const A14_7 = a("14.7", "第十四条第（七）款");

const EXPERTS: Honor[] = ["院士", "国家级专家", "国家级带头人", "省部级专家", "省部级带头人"];

/** 第十三条第㈡㈢款, 第十四条第㈢至㈤款, 第十六条: people introduced by 招聘 or 调动, not 特聘. */
const RECRUITED_WAYS = ["招聘", "调动"];

/**
 * 第十一条: 招聘、调动、特聘, and “特聘主要指聘请、借调、兼职、合作研究项目等方式”. 援疆 staff still serving under the
 * programme (第十四条第㈥款 继续延长服务期) and people who come to found a business (第十条第㈢款 来阿创业) came by
 * none of the three. 全职/刚性 say only “not 特聘”. 柔性: decision alashankou-kuitun-flexible.
 */
const WAYS: WayScheme = {
  article: a("11", "第十一条"),
  classes: ["招聘", "调动", "特聘", "援疆", "创业"],
  means: {
    招聘: ["招聘"],
    招录: ["招聘"],
    直接聘用: ["招聘"],
    调动: ["调动"],
    全职: RECRUITED_WAYS,
    刚性: RECRUITED_WAYS,
    特聘: ["特聘"],
    借调: ["特聘"],
    兼职: ["特聘"],
    合作研究: ["特聘"],
    柔性: { byOption: "flexibleAsSpecial", values: { true: ["特聘"] }, otherwise: ["招聘", "调动", "特聘"] },
    援疆: ["援疆"],
    创办企业: ["创业"],
  },
};

const DOCTOR_OR_FULL = ["博士", "正高（硕士）", "正高"];
const MASTER_OR_DEPUTY = ["硕士", "副高"];
const SHORTAGE = ["学士紧缺", "中级紧缺"];
const RECRUITED = [...DOCTOR_OR_FULL, ...MASTER_OR_DEPUTY, ...SHORTAGE, "实用人才"];

function cat(code: string, article: ArticleRef, summary: string, summaryEn: string, when: Criterion, aliases: string[] = [], ways?: string[]): CategoryDef {
  return { code, aliases, article, summary, summaryEn, when, ...(ways ? { ways } : {}) };
}

/**
 * 第十四条第㈢至㈤款 (招聘、调动). 第㈥款: a 援疆 professional of 副高级以上 who transfers after the aid service is
 * treated as ㈢㈣; the category then rests on ㈥ as well.
 */
function recruitedCat(code: string, article: ArticleRef, summary: string, summaryEn: string, when: Criterion, aliases: string[] = []): CategoryDef {
  const aid = article === A14_3 || article === A14_4;
  return {
    ...cat(code, article, summary, summaryEn, when, aliases, RECRUITED_WAYS),
    ...(aid
      ? {
          via: {
            when: { all: [{ honorIn: ["援疆"], label: "援疆专业技术人才" }, { titleAtLeast: "副高", label: "副高级以上" }, { wayIn: ["调动"], label: "服务期结束后调入" }] },
            article: A14_6,
            text: "具有副高级以上专业技术职称（资格）的援疆专业技术人才服务期结束后自愿调入阿拉山口市工作的，享受待遇比照第十四条第三、四款执行",
          },
        }
      : {}),
  };
}

function housing(id: string, article: ArticleRef, codes: string[], area: number, giftAfterYears: number | null, condition: string, giftWhen?: string): HousingBenefit {
  const amount = { area, approx: false, freeYears: null, giftAfterYears, ...(giftWhen ? { giftWhen } : {}) };
  return { kind: "housing", id, item: `${area}平方米住房`, itemEn: `${area} m² housing`, article, condition, categories: codes, amounts: Object.fromEntries(codes.map((c) => [c, amount])) };
}

function settlement(id: string, article: ArticleRef, codes: string[], total: number, dueAfterYears: number, condition: string, check: string): LumpSumBenefit {
  return {
    kind: "lumpSum",
    role: "settlement",
    id,
    item: "安家费",
    itemEn: "Settlement allowance",
    article,
    condition,
    categories: codes,
    amounts: Object.fromEntries(codes.map((c) => [c, { total, dueAfterYears, check }])),
  };
}

export const ALASHANKOU_2014: PolicyDocument = {
  meta: ALASHANKOU_2014_META,


  ways: WAYS,

  categories: [
    // Experts of 第十条第㈠㈡款 only appear in 第十四条第㈠款, which is for 特聘; recruited ones are classed by degree and title.
    cat("特聘专家", A14_1, "以特聘方式（聘请、借调、兼职、合作研究项目等，第十一条）引进的第十条第㈠㈡款人才（国家级、省部级有突出贡献的专家，重点学科等学术技术带头人）", "Expert of article 10(1)(2) engaged by special appointment",
      { honorIn: EXPERTS, label: "第十条第一、二款所列国家级、省部级专家或学术技术带头人" }, ["特聘"], ["特聘"]),
    // 第十条第㈢款: “来阿拉山口市创业” is part of the condition (decision alashankou-venture).
    cat("创业人才", A14_2, "第十条第㈢款：持领先水平的科技项目、发明专利、专有技术来阿拉山口市创业的人员", "Entrepreneur with leading technology (article 10(3))",
      { honorIn: ["科技成果"], label: "具有区内外领先水平或填补区内外空白的科技项目、发明专利、专有技术" }, [], ["创业"]),
    cat("援疆延期", A14_6, "第十四条第㈥款：副高级以上援疆专业技术人才继续延长三年服务期（调入本市的按职称归入第㈢㈣款）", "Aid-Xinjiang professional extending service by three years",
      { all: [{ honorIn: ["援疆"], label: "援疆专业技术人才继续延长三年服务期" }, { titleAtLeast: "副高", label: "具有副高级以上专业技术职称（资格）" }] }, ["援疆"], ["援疆"]),
    recruitedCat("博士", A14_3, "第十四条第㈢款：招聘、调动引进的博士（生活补贴博士档 2000 元/月）", "Doctor, recruited or transferred",
      { degreeIn: ["博士"], label: "获得博士学位" }),
    recruitedCat("正高（硕士）", A14_3, "第十四条第㈢款：招聘、调动引进的正高级职称人员，硕士学位（生活补贴硕士档 1000 元/月）", "Full senior title with a master's degree",
      { all: [{ titleAtLeast: "正高", label: "具有正高级专业技术职称（资格）" }, { degreeIn: ["硕士"], label: "硕士学位（第十三条第㈡款硕士档）" }] }, ["正高硕士"]),
    recruitedCat("正高", A14_3, "第十四条第㈢款：招聘、调动引进的正高级职称人员，学士学位或以下（生活补贴 500 元/月）", "Full senior title with a bachelor's degree or less",
      { titleAtLeast: "正高", label: "具有正高级专业技术职称（资格）" }),
    recruitedCat("硕士", A14_4, "第十四条第㈣款：招聘、调动引进的硕士（生活补贴硕士档 1000 元/月）", "Master, recruited or transferred",
      { degreeIn: ["硕士"], label: "获得硕士学位" }),
    recruitedCat("副高", A14_4, "第十四条第㈣款：招聘、调动引进的副高级职称人员，学士学位或以下（生活补贴 500 元/月）", "Deputy senior title with a bachelor's degree or less",
      { titleAtLeast: "副高", label: "具有副高级专业技术职称（资格）" }),
    recruitedCat("学士紧缺", A14_5, "第十四条第㈤款：紧缺专业全日制本科毕业生（学士学位）", "Full-time bachelor in a field in short supply",
      { all: [{ degreeIn: ["学士"], label: "获得学士学位" }, { urgentMajor: true, label: "阿拉山口市紧缺专业" }, { noHonor: ["非全日制"], label: "全日制本科毕业生" }] }, ["学士"]),
    recruitedCat("中级紧缺", A14_5, "第十四条第㈤款“其他急需紧缺人才”：急需的注册师或中级及以上职称人员（第十条第㈤款）", "Registered professional or intermediate title urgently needed",
      { all: [{ titleAtLeast: "中级", label: "具有注册师执业资格或中级及以上专业技术职称（资格）" }, { urgentMajor: true, label: "阿拉山口市经济社会发展所急需" }] }, ["中级"]),
    recruitedCat("实用人才", A14_7, "第十条第㈥款：未取得较高学历但确有真才实学的实用性人才（生活补贴 500 元/月）", "Practical talent without higher degree (article 10(6))",
      { honorIn: ["实用人才"], label: "未取得较高学历，但确有真才实学或较高专业技术水平的实用性人才" }),
  ],

  benefits: [
    {
      kind: "monthly",
      role: "allowance",
      id: "livingAllowance",
      item: "生活补贴",
      itemEn: "Living allowance",
      article: A13_2,
      condition: "通过调动、招聘形式引进的人才，按月发放，补贴期限最长为五年",
      categories: RECRUITED,
      ways: RECRUITED_WAYS,
      amounts: {
        博士: { perMonth: 2000, months: 60 },
        "正高（硕士）": { perMonth: 1000, months: 60 },
        正高: { perMonth: 500, months: 60 },
        硕士: { perMonth: 1000, months: 60 },
        副高: { perMonth: 500, months: 60 },
        学士紧缺: { perMonth: 500, months: 60 },
        中级紧缺: { perMonth: 500, months: 60 },
        实用人才: { perMonth: 500, months: 60 },
      },
    },
    {
      kind: "range",
      role: "startupFund",
      id: "projectStartup",
      item: "项目启动资金",
      itemEn: "Project start-up funds",
      article: A14_1,
      condition: "承担的科技成果转化项目在阿拉山口市落地并经有关部门论证后给予",
      categories: ["特聘专家"],
      amounts: { 特聘专家: { min: 500000, max: 3000000 } },
    },
    {
      kind: "range",
      role: "startupFund",
      id: "entrepreneurStartup",
      item: "项目启动资金",
      itemEn: "Project start-up funds",
      article: A14_2,
      condition: "承担的科技成果转化项目在阿拉山口市落地并经有关部门论证后给予",
      categories: ["创业人才"],
      amounts: { 创业人才: { min: 300000, max: 1000000 } },
    },
    {
      kind: "range",
      role: "startupFund",
      id: "otherStartup",
      item: "项目启动资金",
      itemEn: "Project start-up funds",
      article: A14_7,
      condition: "符合第十条第四、五、六款条件且承担科技成果转化项目，在阿拉山口市落地并经论证后，视项目大小给予",
      categories: RECRUITED,
      amounts: { "*": { min: null, max: null, unspecified: "视项目大小给予一定额度" } },
    },
    housing("expertHousing", A14_1, ["特聘专家"], 120, null, "特聘协议正式签订后提供一套免费居住"),
    housing("entrepreneurHousing", A14_2, ["创业人才"], 120, 5, "提供一套免费居住；项目在阿拉山口市连续实施5年以上且效益显著的，住房直接赠予", "项目在阿拉山口市连续实施5年以上且效益显著"),
    housing("doctorHousing", A14_3, DOCTOR_OR_FULL, 120, 5, "聘用合同正式签订后提供一套免费居住，连续工作5年以上的可直接赠予"),
    housing("masterHousing", A14_4, MASTER_OR_DEPUTY, 100, 5, "聘用合同正式签订后提供一套免费居住，连续工作5年以上的可直接赠予"),
    housing("shortageHousing", A14_5, SHORTAGE, 80, 8, "聘用合同正式签订后提供一套免费居住，连续工作8年以上的可直接赠予"),
    settlement("entrepreneurSettlement", A14_2, ["创业人才"], 150000, 5, "科技成果转化项目在阿拉山口市连续实施5年以上且项目效益显著的", "须项目连续实施满5年且效益显著（台账无法显示，请核实）"),
    settlement("doctorSettlement", A14_3, DOCTOR_OR_FULL, 100000, 1, "工作一年考核合格后一次性发放", "须工作满一年且考核合格（第十九条；台账无法显示，请核实）"),
    settlement("masterSettlement", A14_4, MASTER_OR_DEPUTY, 50000, 1, "工作一年考核合格后一次性发放", "须工作满一年且考核合格（第十九条；台账无法显示，请核实）"),
    settlement("shortageSettlement", A14_5, SHORTAGE, 30000, 1, "工作一年考核合格后一次性发放", "须工作满一年且考核合格（第十九条；台账无法显示，请核实）"),
    {
      kind: "yearly",
      role: "yearlySubsidy",
      id: "specialAppointmentSubsidy",
      item: "特聘补贴",
      itemEn: "Special-appointment subsidy",
      article: A14_1,
      condition: "一年内在阿拉山口市累计服务满6个月及以上的给予，累计补助不超过50万元",
      ways: ["特聘"],
      categories: ["特聘专家"],
      amounts: { 特聘专家: { perYear: 100000, years: null, cap: 500000, minMonthsInYear: 6 } },
    },
    {
      kind: "yearly",
      role: "yearlySubsidy",
      id: "aidXinjiangSubsidy",
      item: "援疆延期服务补助",
      itemEn: "Aid-Xinjiang extension subsidy",
      article: A14_6,
      condition: "副高级以上援疆专业技术人才继续延长三年服务期的，每年给予",
      categories: ["援疆延期"],
      amounts: { 援疆延期: { perYear: 30000, years: 3 } },
    },
    service("establishment", "13.1", "第十三条第（一）款", "身份编制", "Staffing", "视具体情况不受年龄、身份、地域及编制、工资总额限制"),
    service("salary", "13.2", "第十三条第（二）款", "工资待遇", "Salary", "特聘协商确定；调动、招聘按同等条件人员执行并再高套一级"),
    { ...service("titles", "13.3", "第十三条第（三）款", "职称评聘", "Professional titles", "通过招聘、调动方式引进的，优先申报专业技术资格，可不受岗位限制优先聘任"), ways: RECRUITED_WAYS },
    service("rank", "13.4", "第十三条第（四）款", "职级待遇", "Administrative rank", "原担任行政职务的可安排相应职务"),
    service("medical", "15", "第十五条", "医疗待遇", "Medical care", "特聘人员个人承担的医疗费用由市财政解决；每年体检一次"),
    { ...service("family", "16", "第十六条", "配偶随调与子女入学", "Spouse and children", "通过招聘、调动方式引进的，配偶可随调，无工作的协调就业，子女入学享受本地学生同等待遇"), ways: RECRUITED_WAYS },
    { ...service("leave", "17", "第十七条", "假期与社会保险", "Leave and insurance", "通过招聘方式引进的，依法享受各类假期，办理社会保险、住房公积金"), ways: ["招聘"] },
    service("household", "18", "第十八条", "落户", "Household registration", "本人及配偶、子女随迁落户及时协助办理"),
  ],

  disqualification: {
    article: a("27", "第二十七条"),
    consequence: "解除聘任（用）合同，取消其享受的相关待遇，并追究违约责任",
    grounds: {
      未履行合同义务: ["未履行合同", "违约", "未履行签订合同的义务"],
      学术不端: ["学术不端", "学术造假", "弄虚作假"],
      触犯刑律: ["刑事处罚", "犯罪", "触犯刑律"],
      违法违纪: ["违法", "违纪", "违法违纪"],
    },
  },

  refunds: [],
  refundNote:
    "《阿拉山口市高层次和急需紧缺人才引进暂行办法》未规定补贴的退还或计算方法：第二十七条只规定未履行合同义务等情形下解除合同、取消相关待遇并追究违约责任，第二十六条要求招聘、调动人员连续工作不少于5年",

  flexible: {
    article: a("26", "第二十六条"),
    months: 6,
    inclusive: true,
    categories: "*",
    consequence: "通过特聘方式引进的人才每年在阿拉山口市工作应不少于6个月",
  },

  minimumService: {
    article: a("26", "第二十六条"),
    rules: [
      { way: "招聘、调动", years: 5, text: "通过招聘、调动方式引进的人才在阿拉山口市连续工作应不少于5年" },
      { way: "特聘", monthsPerYear: 6, text: "通过特聘方式引进的人才每年在阿拉山口市工作应不少于6个月" },
    ],
  },
};
