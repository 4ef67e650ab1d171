import { article as a, serviceBenefit as service } from "../../model/policy";
import { ZHANGYE_2022_META } from "./meta";
import type { Criterion } from "../../model/criteria";
import type { PolicyDocument, WayScheme } from "../../model/policy";

/**
 * 张掖市引进高层次急需人才办法（试行）, 市委发〔2022〕13号. Source: policies/000_a03c9efde1043532.txt.
 * Everything below is read off the articles cited beside it; the article texts and the readings taken
 * where the text is ambiguous (decision ids in the comments) are in ./text.ts.
 */

const A6_1 = a("6.1", "第六条第（一）项");
const A6_2 = a("6.2", "第六条第（二）项");
const A6_3 = a("6.3", "第六条第（三）项");
const A14_1 = a("14.1", "第十四条第（一）项");
const A14_2 = a("14.2", "第十四条第（二）项");
const A14_3 = a("14.3", "第十四条第（三）项");
const A14_5 = a("14.5", "第十四条第（五）项");

const FULL_TIME = ["第一类", "第二类", "第三类"];

/** 第十条: 全职引进（集中引进、自主引进）and 柔性聘用（顾问指导、短期兼职、定期服务、技术承包、项目合作、人才租赁等）. */
const FULL = ["全职"];
const FLEXIBLE = ["柔性"];
const WAYS: WayScheme = {
  article: a("10", "第十条"),
  classes: ["全职", "柔性"],
  means: {
    全职: FULL,
    刚性: FULL,
    招聘: FULL,
    招录: FULL,
    直接聘用: FULL,
    调动: FULL,
    柔性: FLEXIBLE,
    兼职: FLEXIBLE,
    借调: FLEXIBLE,
    合作研究: FLEXIBLE,
    特聘: FLEXIBLE,
  },
};

/** 第十四条 is for people introduced by 市直事业单位; the ledger cannot show the employer's kind. */
const CITY_UNITS = "（第十四条：市直事业单位引进的人才）";

// 第六条第（三）项: “取得其他院校研究生学历、硕士学位，或“双一流”建设重点院校学士学位的全日制本科生，且所学专业为我市
// 急需紧缺专业”. The closing clause follows both branches; read by default as binding both (option zhangyeMajorRule).
const urgent: Criterion = { urgentMajor: true, label: "所学专业为我市急需紧缺专业" };
const masterOtherSchool: Criterion = { degreeIn: ["硕士"], label: "其他院校研究生学历、硕士学位" };
const firstClassBachelor: Criterion = {
  all: [
    { degreeIn: ["学士"], label: "“双一流”建设重点院校学士学位" },
    { school: "双一流", label: "“双一流”建设重点院校" },
    { noHonor: ["非全日制"], label: "全日制本科生" },
    urgent,
  ],
};

export const ZHANGYE_2022: PolicyDocument = {
  meta: ZHANGYE_2022_META,


  ways: WAYS,

  categories: [
    {
      // Flexible hires are not 全职: 第十四条第（一）项 gives them a yearly subsidy and none of the housing items.
      code: "智库专家",
      ways: FLEXIBLE,
      wayImplied: true,
      aliases: ["专家智库", "智库", "重点产业专家智库入库专家"],
      article: A14_1,
      summary: "柔性聘用认定的重点产业专家智库入库专家（第十二条第（二）项、第十四条第（一）项）",
      summaryEn: "Flexibly engaged expert admitted to the key-industry think tank",
      when: { honorIn: ["智库专家"], label: "聘用认定的重点产业专家智库入库专家" },
    },
    {
      code: "第一类",
      aliases: ["1", "一类", "一", "第1类", "1类", "i类", "class1"],
      article: A6_1,
      summary: "博士研究生，或正高级职称；国家级重大工程、重点计划项目团队重要成员；国家级技能竞赛获奖工匠型高技能人才",
      summaryEn: "Doctorate, or full senior title; key member of a national major project; national skills-contest winner",
      when: {
        any: [
          { degreeIn: ["博士"], label: "博士研究生" },
          { titleAtLeast: "正高", label: "具有正高级职称资格" },
          { honorIn: ["国家级重大工程成员"], label: "国家级重大工程、重点计划项目实施团队的重要成员" },
          { honorIn: ["国家级技能竞赛"], label: "获得国家级各类技能竞赛奖励的工匠型高技能人才" },
        ],
      },
    },
    {
      code: "第二类",
      aliases: ["2", "二类", "二", "第2类", "2类", "ii类", "class2"],
      article: A6_2,
      summary: "“双一流”院校硕士且急需紧缺专业，或副高级职称；省级重大工程主要负责人；二级职业资格且省部级竞赛获奖；大中型企业高级经营管理人才；科技创新人才",
      summaryEn: "Master's from a Double First-Class university in an urgent field, or deputy senior title; and the other groups of 6(2)",
      when: {
        any: [
          {
            all: [
              { degreeIn: ["硕士"], label: "硕士学位" },
              { school: "双一流", label: "“双一流”建设重点院校研究生学历" },
              urgent,
            ],
          },
          { titleAtLeast: "副高", label: "具有副高级职称资格" },
          { honorIn: ["省级重大工程负责人"], label: "省级重大工程、重点计划项目实施团队的主要负责人" },
          { honorIn: ["职业资格竞赛"], label: "国家二级以上职业资格且获得省部级以上技能竞赛奖励的工匠型高技能人才" },
          { honorIn: ["企业高管"], label: "大中型企业高级经营管理人才" },
          { honorIn: ["科技成果"], label: "拥有自主知识产权、发明专利或重大科研项目成果的科技创新人才" },
        ],
      },
    },
    {
      code: "第三类",
      aliases: ["3", "三类", "三", "第3类", "3类", "iii类", "class3"],
      article: A6_3,
      summary: "其他院校硕士，或“双一流”院校全日制本科学士，且所学专业为急需紧缺专业",
      summaryEn: "Master's from another university, or full-time bachelor's from a Double First-Class university, in an urgent field",
      when: {
        byOption: "zhangyeMajorRule",
        values: { both: { any: [{ all: [masterOtherSchool, urgent] }, firstClassBachelor] } },
        otherwise: { any: [masterOtherSchool, firstClassBachelor] },
      },
    },
  ],

  benefits: [
    {
      kind: "yearly",
      role: "yearlySubsidy",
      id: "thinkTankSubsidy",
      item: "智库专家补贴",
      itemEn: "Think-tank expert subsidy",
      article: A14_1,
      condition: `聘用认定的重点产业专家智库入库专家，由市委、市政府每人每年给予；服务协议须明确每年在本市服务不少于一个月（第十二条第（二）项）${CITY_UNITS}`,
      categories: ["智库专家"],
      ways: FLEXIBLE,
      amounts: { 智库专家: { perYear: 50000, years: null, afterMonthsServed: 1 } },
    },
    {
      kind: "housing",
      id: "talentApartment",
      item: "人才公寓",
      itemEn: "Talent apartment",
      article: A14_2,
      condition: `全职引进人才五年内免费提供（与租房补贴或生活补贴二者取其一）${CITY_UNITS}`,
      categories: FULL_TIME,
      ways: FULL,
      choice: { option: "zhangyeHousingChoice", value: "apartment", text: "人才公寓与租房补贴或生活补贴二者取其一" },
      amounts: Object.fromEntries(FULL_TIME.map((c) => [c, { area: null, approx: false, freeYears: 5, giftAfterYears: null }])),
    },
    {
      kind: "yearly",
      role: "rentSubsidy",
      id: "rentSubsidy",
      item: "租房补贴或生活补贴",
      itemEn: "Rent or living subsidy",
      article: A14_2,
      condition: `全职引进人才因人才公寓房源不足、自主申请租赁住房或个人已有住房的，连续五年每年给予（代替人才公寓）${CITY_UNITS}`,
      categories: FULL_TIME,
      ways: FULL,
      choice: { option: "zhangyeHousingChoice", value: "subsidy", text: "人才公寓与租房补贴或生活补贴二者取其一" },
      amounts: {
        第一类: { perYear: 12000, years: 5 },
        第二类: { perYear: 10000, years: 5 },
        第三类: { perYear: 6000, years: 5 },
      },
    },
    {
      kind: "lumpSum",
      role: "purchaseSubsidy",
      id: "purchaseSubsidy",
      item: "一次性购房补贴",
      itemEn: "One-time home purchase subsidy",
      article: A14_3,
      condition: `全职引进人才个人在张新购商品住房，凭购房合同、购房发票（或首付款缴费凭证）一次性兑付；在张服务不满十年的退还部分补贴${CITY_UNITS}`,
      categories: FULL_TIME,
      ways: FULL,
      amounts: { 第一类: { total: 400000 }, 第二类: { total: 150000 }, 第三类: { total: 50000 } },
    },
    {
      kind: "range",
      role: "startupFund",
      id: "projectStartup",
      item: "项目启动经费",
      itemEn: "Project start-up funds",
      article: A14_5,
      condition: "带研发项目来张工作的，根据项目情况给予，并配套提供工作和科研场所",
      categories: "*",
      amounts: { "*": { min: 50000, max: 1000000 } },
    },
    {
      kind: "range",
      role: "award",
      id: "scienceAward",
      item: "科技奖补资金",
      itemEn: "Science award funds",
      article: A14_5,
      condition: "取得重大科技成果的",
      categories: "*",
      amounts: { "*": { min: 500000, max: 1000000 } },
    },
    {
      kind: "range",
      role: "transferGrant",
      id: "transferGrant",
      item: "一次性成果转化补助",
      itemEn: "One-time technology-transfer grant",
      article: A14_5,
      condition: "科技成果转化成果明显的，择优给予",
      categories: "*",
      amounts: { "*": { min: 2000000, max: 2000000 } },
    },
    service("titleGreenChannel", "14.4", "第十四条第（四）项", "职称评定绿色通道", "Fast track for professional titles", "博士研究生工作满2年可考核认定副高级、硕士研究生工作满3年可考核认定中级职称（考试类和考评结合类专业除外）"),
    service("household", "14.6", "第十四条第（六）项", "户籍办理", "Household registration", "有落户需求的，简化程序、优先办理"),
    service("spouse", "14.7", "第十四条第（七）项", "配偶安置", "Spouse placement", "配偶不在本市工作需安置的，按原身份协调落实工作"),
    service("children", "14.8", "第十四条第（八）项", "子女入学", "Children's schooling", "子女需就近就地入学的，根据本人意愿安排"),
    service("health", "14.9", "第十四条第（九）项", "免费体检与绿色就医", "Free health check", "每年一次免费体检，优先享受绿色就医服务"),
    service("socialSecurity", "14.10", "第十四条第（十）项", "社保服务", "Social insurance services", "开通“绿色通道”办理或接续各项社保手续"),
    service("archives", "14.11", "第十四条第（十一）项", "档案托管", "Personnel file custody", "人事关系和档案免费托管"),
    service("tourism", "14.12", "第十四条第（十二）项", "旅游优惠", "Free tourism", "市域内景区、度假区免费观光旅游"),
    service("promotion", "14.13", "第十四条第（十三）项", "职务晋升", "Promotion", "符合资格条件的，可按程序调任或聘用到领导岗位"),
    service("honours", "14.14", "第十四条第（十四）项", "荣誉激励", "Honours", "做出突出贡献的，优先推荐“两代表一委员”、参评人才荣誉称号"),
  ],

  ageLimits: {
    article: a("7.2", "第七条第（二）项"),
    maxAge: { 第一类: 50, 第二类: 45, 第三类: 35 },
    exemptHonors: ["国家级", "院士", "国家级专家", "国家级带头人"],
    // National programmes are not titles; decision zhangye-national-level.
    exemptWhen: { option: "zhangyeNationalLevel", value: "programmes", honors: ["百千万人才", "国务院津贴"] },
    exemptLabel: "具有国家级相当层次的人才年龄可不做限制",
  },

  exclusions: {
    article: a("9", "第九条"),
    consequence: "不列入引进范围",
    grounds: {
      曾受过刑事处罚: ["刑事处罚", "受过刑事处罚", "犯罪记录", "刑事犯罪"],
      曾被开除党籍或公职: ["开除党籍", "开除公职", "开除党籍、公职"],
      正在接受审查调查: ["审查调查", "正在审查", "立案审查", "违法违纪审查"],
      处分影响期内: ["处分影响期", "党纪处分影响期", "政务处分影响期", "处分期内"],
      失信联合惩戒对象: ["失信", "失信被执行人", "失信惩戒", "失信联合惩戒"],
      其他不符合引进聘用情形: ["其他情形", "法律法规规定的其他情形"],
    },
  },

  disqualification: {
    article: a("23", "第二十三条"),
    consequence: "取消引进人才资格，终止引进人才相应待遇，并视情节追回财政补贴资金",
    grounds: {
      用人单位因正当理由不再聘用: ["不再聘用", "不再继续聘任", "解聘", "不再聘任"],
      年度考核不合格或连续两年基本合格: [
        "考核不合格",
        "年度考核不合格",
        "不合格",
        "不称职",
        "年度考核不称职",
        "连续两年基本合格",
        "连续2年基本合格",
        "连续两年考核基本合格",
        "连续两年考核为基本合格",
        "连续两年基本称职",
      ],
      学术业绩弄虚作假: ["弄虚作假", "学术造假", "业绩造假", "学术不端"],
      受党内严重警告或行政记大过以上处分: ["严重警告", "党内严重警告", "记大过", "行政记大过"],
      受到刑事处罚: ["刑事处罚", "犯罪"],
      被列为失信联合惩戒对象: ["失信", "失信被执行人", "失信联合惩戒"],
      其它有关情形: ["其他情形", "其它情形"],
    },
    // （四）“受党内严重警告或行政记大过以上处分”: 以上 includes the bound, on the party scale from 严重警告 and on the
    // administrative (政务) scale from 记大过; heavier steps (撤职, 降级, 留党察看, 开除 …) qualify, lighter ones
    // (警告, 记过) answer FALSE. Register: zhangye-sanctions.
    sanctions: {
      ground: "受党内严重警告或行政记大过以上处分",
      article: a("23.4", "第二十三条第（四）项"),
      atLeast: {
        党纪处分: "严重警告",
        政务处分: "记大过",
        企业职工处分: "记大过",
        // No 记大过 on this scale: 降低岗位等级 is the step after 记过, with the 24-month effect of 降级 and 撤职.
        事业单位处分: "降低岗位等级",
      },
    },
    // （二）needs 连续两年 of 基本合格: one such year, or a passing grade, is no ground.
    shortOf: [
      {
        label: "一年考核基本合格",
        why: "第二十三条第（二）项只对“连续两年考核为基本合格”的取消资格",
        words: ["基本合格", "考核基本合格", "年度考核基本合格", "一年基本合格", "基本称职", "年度考核基本称职"],
      },
      { label: "考核合格或优秀", why: "不属第二十三条所列情形", words: ["合格", "考核合格", "年度考核合格", "称职", "优秀", "考核优秀", "良好"] },
    ],
  },

  refunds: [
    {
      kind: "proportional",
      article: A14_3,
      benefitIds: ["purchaseSubsidy"],
      // “退还部分购房补贴”: the purchase subsidy only; rent or living subsidies of 第（二）项 are not clawed back
      items: ["购房补贴"],
      fullYears: 10,
      formula: "应退补贴=购房补贴-（购房补贴/10×实际服务年限）",
    },
  ],

  projectSupport: { article: A14_5, threshold: 500000, rate: "0.1", cap: 1000000 },

  flexible: {
    article: a("12.2", "第十二条第（二）项"),
    months: 1,
    inclusive: true,
    categories: "*",
    consequence: "服务协议中明确每年在我市服务时间不少于一个月的，可申报认定为柔性聘用人才",
  },

  // 第十二条第（二）项 is the document's only service minimum; 第十四条第（三）项's ten years scale a refund and bind
  // no one to stay, so they are REFUND's, not listed here. Register: zhangye-minimum-service.
  minimumService: {
    article: a("12.2", "第十二条第（二）项"),
    rules: [{ way: "柔性聘用", monthsPerYear: 1, text: "服务协议中需明确每年在我市服务时间不得少于一个月" }],
  },

  titleRecognition: {
    article: a("14.4", "第十四条第（四）项"),
    rules: [
      { degree: "博士", years: 2, title: "副高级" },
      { degree: "硕士", years: 3, title: "中级" },
    ],
    exception: "考试类和考评结合类专业除外",
  },
};
