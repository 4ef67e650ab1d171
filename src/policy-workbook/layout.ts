import { BOOL, DATE, DECIMAL, LIST, NUMBER, NUMBERS, orWord, TEXT, WHOLE, wordOf, wordsOf, zh, zhList, type Codec } from "./codecs";
import { INDEX, KEY, type Field, type Section } from "./kv";
import type { Column, Path } from "./sheet";
import { ALL, BENEFIT_KIND, DOC_KIND, HONOR_WORDS, ITEM_WORDS, OPTION_KEYS, REASON, REFUND_KIND, ROLE, SCALES, TRIGGER, UNLIMITED } from "./vocab";

/**
 * The sheets of a policy workbook and their columns. Every value of the file has one place here; the
 * instructions sheet and the dropdowns are made from the same lists.
 */

export const SHEETS = {
  guide: "说明",
  meta: "文件信息",
  articles: "条文",
  ways: "引进方式",
  categories: "人才类别",
  conditions: "类别条件",
  benefits: "待遇",
  refunds: "退还",
  limits: "年龄与排除条件",
  other: "其他规则",
  decisions: "口径",
  cases: "测试案例",
  lists: "词表",
} as const;

/** Categories a rule is for: “全部” (every category, the file's "*") or codes with 、 between them. */
export const CATEGORIES: Codec<string[] | "*"> = {
  expects: `类别代码或“${ALL}”`,
  write: (v) => (v === "*" ? ALL : LIST.write(v)),
  read: (c) => (typeof c === "string" && c.trim() === ALL ? "*" : LIST.read(c)),
};

const art = (zhName: string, path: Path, extra: Partial<Field> = {}): Field => ({ zh: zhName, path, article: true, blank: "required", ...extra });
const f = (zhName: string, path: Path, codec: Codec<any>, blank: Field["blank"], extra: Partial<Field> = {}): Field => ({ zh: zhName, path, codec, blank, ...extra });

export const META_SECTION: Section = {
  name: "文件信息",
  base: [],
  optional: false,
  fields: [
    f("编号", ["meta", "id"], TEXT, "required", { hint: "小写字母、数字和连字符，如 zhangye-2022；不得与内置文件相同" }),
    f("版本", ["meta", "version"], TEXT, "omit", { hint: "本单位录入的版本，如 2026-11-30 或 第2版；引用时注明" }),
    f("文件类型", ["meta", "kind"], zh(DOC_KIND), "required", { dropdown: "文件类型" }),
    f("标题", ["meta", "title"], TEXT, "required"),
    f("英文标题", ["meta", "titleEn"], TEXT, "text", { hint: "可不填" }),
    f("城市", ["meta", "city"], TEXT, "null", { hint: "台账中写的城市名，如 张掖" }),
    f("城市别名", ["meta", "cityAliases"], LIST, "empty"),
    f("发文机关", ["meta", "issuer"], TEXT, "required"),
    f("文号", ["meta", "docNumber"], TEXT, "null"),
    f("印发日期", ["meta", "issued"], DATE, "null"),
    f("施行日期", ["meta", "validFrom"], DATE, "null"),
    f("施行日期所据选项", ["meta", "validFromOption"], wordOf(OPTION_KEYS, "选项"), "omit", { dropdown: "选项", hint: "原文未印施行日期时，保存该日期的选项" }),
    f("失效日期", ["meta", "validTo"], DATE, "null", { hint: "未规定有效期的留空" }),
    art("有效期条款", ["meta", "validity", "article"]),
    f("有效期说明", ["meta", "validity", "zh"], TEXT, "required"),
    f("有效期说明（英文）", ["meta", "validity", "en"], TEXT, "text", { hint: "可不填" }),
    f("试行", ["meta", "trial"], BOOL, "required", { dropdown: "是否" }),
    f("废止文件文号", ["meta", "repeals", INDEX, "docNumber"], TEXT, "null", { hint: "项目列填序号 1、2…" }),
    f("废止文件标题", ["meta", "repeals", INDEX, "title"], TEXT, "required"),
    f("前序文件文号", ["meta", "predecessors", INDEX, "docNumber"], TEXT, "null", { hint: "仍适用于此前引进人员的文件；项目列填序号" }),
    f("前序文件标题", ["meta", "predecessors", INDEX, "title"], TEXT, "required"),
    f("前序文件适用至", ["meta", "predecessors", INDEX, "until"], DATE, "required"),
    f("前序文件说明", ["meta", "predecessors", INDEX, "note"], TEXT, "required"),
    art("前序文件条款", ["meta", "predecessors", INDEX, "article"]),
    f("来源文件", ["meta", "source", "file"], TEXT, "required"),
    f("来源部分", ["meta", "source", "part"], TEXT, "omit"),
    f("文件别名", ["meta", "aliases"], LIST, "empty", { hint: "文号、简称等，台账中可用来指代本文件" }),
    art("引进方式条款", ["ways", "article"], { within: "ways" }),
    f("引进方式分类", ["ways", "classes"], LIST, "required", { within: "ways", hint: "本文件自己的引进方式，如 全职、柔性；对照关系见“引进方式”表" }),
    f("类别说明", ["classificationNote"], TEXT, "omit", { hint: "无法按学历职称判定类别时的说明" }),
    f("待遇说明", ["benefitsNote"], TEXT, "omit"),
    f("退还说明", ["refundNote"], TEXT, "omit", { hint: "没有退还规定时，写明原因及最接近的条款" }),
  ],
};

const groundList = (name: string, base: string): Section => ({
  name,
  base: [base],
  optional: true,
  fields: [
    art("依据条款", ["article"]),
    f("后果", ["consequence"], TEXT, "required"),
    f("情形", ["grounds", KEY], LIST, "empty", { hint: "项目列写情形，值列写台账中的其他说法（、分隔）" }),
    f("处分界限情形", ["sanctions", "ground"], TEXT, "required", { within: "sanctions", hint: "“……以上处分”对应的情形名" }),
    art("处分界限条款", ["sanctions", "article"], { within: "sanctions" }),
    f("处分界限", ["sanctions", "atLeast", KEY], TEXT, "required", { within: "sanctions", keyDropdown: "处分序列", hint: `项目列写处分序列（${SCALES.join("、")}），值列写达到的最轻处分` }),
    f("不构成情形", ["shortOf", INDEX, "label"], TEXT, "required", { within: "shortOf", hint: "项目列填序号" }),
    f("不构成情形理由", ["shortOf", INDEX, "why"], TEXT, "required", { within: "shortOf" }),
    f("不构成情形说法", ["shortOf", INDEX, "words"], LIST, "empty", { within: "shortOf" }),
    f("录入说明", ["note"], TEXT, "omit", { hint: "为何这样录入（读条文时的取舍），不参与计算" }),
  ],
});

export const LIMIT_SECTIONS: Section[] = [
  {
    name: "年龄上限",
    base: ["ageLimits"],
    optional: true,
    fields: [
      art("依据条款", ["article"]),
      f("最高年龄", ["maxAge", KEY], NUMBER, "required", { keyDropdown: "类别代码", hint: "项目列写类别代码，值列写周岁（含）" }),
      f("不受年龄限制的称号", ["exemptHonors"], wordsOf(HONOR_WORDS, "称号或条件"), "empty", { dropdown: "称号或条件" }),
      f("豁免条文字样", ["exemptLabel"], TEXT, "required"),
      f("另外豁免所据选项", ["exemptWhen", "option"], wordOf(OPTION_KEYS, "选项"), "required", { within: "exemptWhen", dropdown: "选项" }),
      f("另外豁免的选项取值", ["exemptWhen", "value"], TEXT, "required", { within: "exemptWhen" }),
      f("另外豁免的称号", ["exemptWhen", "honors"], wordsOf(HONOR_WORDS, "称号或条件"), "empty", { within: "exemptWhen", dropdown: "称号或条件" }),
      f("录入说明", ["note"], TEXT, "omit", { hint: "为何这样录入（读条文时的取舍），不参与计算" }),
    ],
  },
  groundList("引进排除情形", "exclusions"),
  groundList("取消资格情形", "disqualification"),
];

export const OTHER_SECTIONS: Section[] = [
  {
    name: "服务协议",
    base: ["agreementYears"],
    optional: true,
    fields: [
      f("协议年限", ["years"], NUMBER, "required"),
      art("依据条款", ["article"]),
      f("最短协议年限", ["minimum", "years"], NUMBER, "required", { within: "minimum" }),
      art("最短协议条款", ["minimum", "article"], { within: "minimum" }),
      f("最短协议说明", ["minimum", "text"], TEXT, "required", { within: "minimum" }),
      f("录入说明", ["note"], TEXT, "omit", { hint: "为何这样录入（读条文时的取舍），不参与计算" }),
    ],
  },
  {
    name: "项目资助",
    base: ["projectSupport"],
    optional: true,
    fields: [art("依据条款", ["article"]), f("项目金额下限", ["threshold"], NUMBER, "required"), f("资助比例", ["rate"], DECIMAL, "required"), f("资助上限", ["cap"], NUMBER, "required")],
  },
  {
    name: "柔性服务",
    base: ["flexible"],
    optional: true,
    fields: [
      art("依据条款", ["article"]),
      f("每年服务月数", ["months"], NUMBER, "required"),
      f("含本数", ["inclusive"], BOOL, "required", { dropdown: "是否", hint: "“不少于”填是，“超过”填否" }),
      f("适用类别", ["categories"], CATEGORIES, "required"),
      f("后果", ["consequence"], TEXT, "required"),
    ],
  },
  {
    name: "离岗创业",
    base: ["leave"],
    optional: true,
    fields: [
      art("依据条款", ["article"]),
      f("期限年数", ["years"], NUMBER, "required"),
      f("最多延长年数", ["maxExtensionYears"], NUMBER, "required"),
      f("累计最多年数", ["maxTotalYears"], NUMBER, "required"),
      f("说明", ["text"], TEXT, "required"),
    ],
  },
  {
    name: "收益分配",
    base: ["incomeShare"],
    optional: true,
    fields: [art("依据条款", ["article"]), f("最低比例", ["min"], DECIMAL, "required"), f("最高比例", ["max"], DECIMAL, "null"), f("分配对象", ["of"], TEXT, "required")],
  },
  {
    name: "贷款上限",
    base: ["loans"],
    optional: true,
    fields: [
      art("依据条款", ["article"]),
      f("贷款上限", ["caps", KEY, "amount"], NUMBER, "required", { hint: "项目列写对象名" }),
      f("对象说明", ["caps", KEY, "label"], TEXT, "required"),
      f("对象说法", ["caps", KEY, "words"], LIST, "empty"),
    ],
  },
  {
    name: "经费分担",
    base: ["costShare"],
    optional: true,
    fields: [
      art("依据条款", ["article"]),
      f("财政承担比例", ["byFunding", KEY, "finance"], DECIMAL, "null", { hint: "项目列写单位类型，如 全额拨款" }),
      f("单位承担比例", ["byFunding", KEY, "unit"], DECIMAL, "null"),
      f("单位类型说明", ["byFunding", KEY, "label"], TEXT, "required"),
      f("单位类型说法", ["byFunding", KEY, "words"], LIST, "empty"),
      f("备注", ["byFunding", KEY, "note"], TEXT, "omit"),
    ],
  },
  {
    name: "职称认定",
    base: ["titleRecognition"],
    optional: true,
    fields: [
      art("依据条款", ["article"]),
      f("认定学历", ["rules", INDEX, "degree"], wordOf(["博士", "硕士"], "学历"), "required", { hint: "项目列填序号" }),
      f("工作年限", ["rules", INDEX, "years"], NUMBER, "required"),
      f("可认定职称", ["rules", INDEX, "title"], TEXT, "required"),
      f("除外情形", ["exception"], TEXT, "required"),
    ],
  },
  {
    name: "最低服务",
    base: ["minimumService"],
    optional: true,
    fields: [
      art("依据条款", ["article"]),
      f("引进方式说明", ["rules", INDEX, "way"], TEXT, "required", { hint: "项目列填序号" }),
      f("服务年限", ["rules", INDEX, "years"], NUMBER, "omit"),
      f("每年服务月数", ["rules", INDEX, "monthsPerYear"], NUMBER, "omit"),
      f("说明", ["rules", INDEX, "text"], TEXT, "required"),
      f("录入说明", ["note"], TEXT, "omit", { hint: "为何这样录入（读条文时的取舍），不参与计算" }),
    ],
  },
  {
    name: "违约责任",
    base: ["penalties"],
    optional: true,
    fields: [
      art("提成条款", ["commission", "article"]),
      f("提成比例", ["commission", "rate"], DECIMAL, "required"),
      f("提成条件", ["commission", "condition"], TEXT, "required"),
      art("泄密违约条款", ["leak", "article"]),
      f("泄密违约说明", ["leak", "text"], TEXT, "required"),
      art("解除协议违约条款", ["leave", "article"]),
      f("解除协议违约说明", ["leave", "text"], TEXT, "required"),
    ],
  },
];

// ---- tabular sheets --------------------------------------------------------------------------------

const col = (header: string, path: Path, codec: Codec<any>, blank: Column["blank"], extra: Partial<Column> = {}): Column => ({ header, path, codec, blank, ...extra });
const articleCols = (prefix: string, path: Path, extra: Partial<Column> = {}): Column[] => [
  col(`${prefix}条文键`, [...path, "key"], TEXT, "required", { width: 10, hint: "条文表中的键，如 14.3", ...extra }),
  col(`${prefix}条款写法`, [...path, "label"], TEXT, "required", { width: 22, hint: "引用时的写法，如 第十四条第（三）项", ...extra }),
];

export const ARTICLE_COLUMNS = { key: "条文键", text: "原文" } as const;

export const CATEGORY_COLUMNS: Column[] = [
  col("类别代码", ["code"], TEXT, "required", { width: 14, hint: "TALENT.人才类别 返回的代码，如 第一类" }),
  col("别名", ["aliases"], LIST, "empty", { width: 24, hint: "台账中的其他写法，、分隔" }),
  ...articleCols("", ["article"]),
  col("摘要", ["summary"], TEXT, "required", { width: 40 }),
  col("英文摘要", ["summaryEn"], TEXT, "text", { width: 30, hint: "可不填" }),
  col("适用引进方式", ["ways"], LIST, "omit", { width: 14, hint: "本文件的引进方式（见文件信息“引进方式分类”），任何方式都可的留空" }),
  col("条件已含引进方式", ["wayImplied"], BOOL, "omit", { width: 10, dropdown: "是否" }),
  col("另据条文键", ["via", "article", "key"], TEXT, "required", { within: "via", width: 10 }),
  col("另据条款写法", ["via", "article", "label"], TEXT, "required", { within: "via", width: 20 }),
  col("另据说明", ["via", "text"], TEXT, "required", { within: "via", width: 30, hint: "满足“类别条件”表中用于“另据条款”的条件时，类别另据此条款" }),
  col("录入说明", ["note"], TEXT, "omit", { optionalHeader: true, width: 30, hint: "为何这样录入（读条文时的取舍），不参与计算" }),
];

/** One condition (a leaf of the category's criterion) a row; rows of one group hold together. */
export const CONDITION_HEADERS = {
  code: "类别代码",
  group: "条件组",
  use: "用于",
  option: "选项",
  optionValue: "选项取值",
  degree: "学历学位",
  title: "职称不低于",
  school: "院校类型",
  urgent: "急需紧缺专业",
  honor: "具有称号或条件",
  noHonor: "不具有称号或条件",
  way: "引进方式",
  label: "条文字样",
} as const;

export const BENEFIT_COLUMNS: Column[] = [
  col("待遇编号", ["id"], TEXT, "required", { width: 16, hint: "英文字母编号，同一待遇的各行相同，如 purchaseSubsidy" }),
  col("待遇名称", ["item"], TEXT, "required", { width: 16 }),
  col("英文名称", ["itemEn"], TEXT, "text", { width: 20, hint: "可不填" }),
  col("形式", ["kind"], zh(BENEFIT_KIND), "required", { width: 14, dropdown: "待遇形式" }),
  col("用途", ["role"], zh(ROLE), "required", { width: 12, dropdown: "待遇用途", kinds: ["lumpSum", "monthly", "yearly", "range"] }),
  ...articleCols("", ["article"]),
  col("发放条件", ["condition"], TEXT, "required", { width: 36 }),
  col("适用类别", ["categories"], CATEGORIES, "required", { width: 18, hint: `类别代码，、分隔；所有类别填“${ALL}”` }),
  col("适用引进方式", ["ways"], LIST, "omit", { width: 12 }),
  col("二选一所据选项", ["choice", "option"], wordOf(OPTION_KEYS, "选项"), "required", { within: "choice", width: 14, dropdown: "选项" }),
  col("二选一取值", ["choice", "value"], TEXT, "required", { within: "choice", width: 10 }),
  col("二选一说明", ["choice", "text"], TEXT, "required", { within: "choice", width: 24 }),
  col("期限取自选项", ["monthsOption"], wordOf(OPTION_KEYS, "选项"), "omit", { width: 12, dropdown: "选项", kinds: ["monthly"] }),
  col("配偶减半条文键", ["spouseHalf", "article", "key"], TEXT, "required", { within: "spouseHalf", width: 10, kinds: ["lumpSum"] }),
  col("配偶减半条款写法", ["spouseHalf", "article", "label"], TEXT, "required", { within: "spouseHalf", width: 18, kinds: ["lumpSum"] }),
  col("配偶减半说明", ["spouseHalf", "text"], TEXT, "required", { within: "spouseHalf", width: 24, kinds: ["lumpSum"] }),
  col("录入说明", ["note"], TEXT, "omit", { optionalHeader: true, width: 30, hint: "为何这样录入（读条文时的取舍），不参与计算" }),
];

/** The category an amount row is for; “全部” where the amount is the same for all. */
export const AMOUNT_KEY = "金额类别";

export const AMOUNT_COLUMNS: Column[] = [
  // A class's amount in an item of its own (第一类 in 第八条第（一）项, 第二类 in 第（二）项): its own article.
  col("金额条文键", ["article", "key"], TEXT, "required", { within: "article", optionalHeader: true, width: 10, hint: "这一类别的金额另有条款时填写，如 8.2；与待遇的条款相同的留空" }),
  col("金额条款写法", ["article", "label"], TEXT, "required", { within: "article", optionalHeader: true, width: 18, hint: "如 第八条第（二）项" }),
  col("总额", ["total"], NUMBER, "required", { kinds: ["lumpSum"], width: 10, hint: "元" }),
  col("分期金额", ["instalments"], NUMBERS, "omit", { kinds: ["lumpSum"], width: 18, hint: "分期支付时各期金额，、分隔，合计须等于总额" }),
  col("满几年后发放", ["dueAfterYears"], NUMBER, "omit", { kinds: ["lumpSum"], width: 8 }),
  col("到期时须核实", ["check"], TEXT, "omit", { kinds: ["lumpSum"], width: 20 }),
  col("每月金额", ["perMonth"], NUMBER, "required", { kinds: ["monthly"], width: 10 }),
  col("月数", ["months"], WHOLE, "required", { kinds: ["monthly"], width: 6 }),
  col("每年金额", ["perYear"], NUMBER, "required", { kinds: ["yearly"], width: 10 }),
  col("年数", ["years"], orWord(NUMBER, UNLIMITED, null), "required", { kinds: ["yearly"], width: 6, hint: `未规定年限的填“${UNLIMITED}”` }),
  col("累计上限", ["cap"], NUMBER, "omit", { kinds: ["yearly"], width: 10 }),
  col("年内服务满月数", ["minMonthsInYear"], NUMBER, "omit", { kinds: ["yearly"], width: 8 }),
  col("金额为下限", ["atLeast"], BOOL, "omit", { kinds: ["yearly"], width: 8, dropdown: "是否", hint: "原文“不少于”填是" }),
  col("服务满几个月到期", ["afterMonthsServed"], NUMBER, "omit", { kinds: ["yearly"], width: 8 }),
  col("面积", ["area"], NUMBER, "null", { kinds: ["housing"], width: 8, hint: "平方米；原文未给面积的留空" }),
  col("面积为约数", ["approx"], BOOL, "required", { kinds: ["housing"], width: 8, dropdown: "是否", hint: "原文“左右”填是" }),
  col("免费使用年限", ["freeYears"], NUMBER, "null", { kinds: ["housing"], width: 8 }),
  col("满几年赠予", ["giftAfterYears"], NUMBER, "null", { kinds: ["housing"], width: 8, hint: "不赠予的留空" }),
  col("赠予条件", ["giftWhen"], TEXT, "omit", { kinds: ["housing"], width: 20 }),
  col("最低金额", ["min"], NUMBER, "null", { kinds: ["range"], width: 10 }),
  col("最高金额", ["max"], NUMBER, "null", { kinds: ["range"], width: 10 }),
  col("金额未定说明", ["unspecified"], TEXT, "omit", { kinds: ["range"], width: 20 }),
];

export const REFUND_COLUMNS: Column[] = [
  col("退还方式", ["kind"], zh(REFUND_KIND), "required", { width: 18, dropdown: "退还方式" }),
  ...articleCols("", ["article"]),
  col("涉及待遇编号", ["benefitIds"], LIST, "empty", { width: 24, hint: "待遇表中的待遇编号，、分隔" }),
  col("退还项目", ["items"], wordsOf(ITEM_WORDS, "待遇项目"), "empty", { width: 16, dropdown: "待遇项目", hint: "台账中的补贴项目，、分隔" }),
  col("实物退回项目", ["itemsInKind"], wordsOf(ITEM_WORDS, "待遇项目"), "omit", { width: 12, dropdown: "待遇项目", kinds: ["allReceived"] }),
  col("退还情形", ["trigger"], zh(TRIGGER), "required", { width: 16, dropdown: "退还情形", kinds: ["allReceived"] }),
  col("解除原因", ["reasons"], zhList(REASON), "empty", { width: 14, dropdown: "解除原因", kinds: ["allReceived"] }),
  col("服务满几年不再退还", ["fullYears"], NUMBER, "required", { width: 10, kinds: ["proportional"] }),
  col("计算公式", ["formula"], TEXT, "required", { width: 30, kinds: ["proportional"], hint: "原文的算式，如 应退补贴=购房补贴-（购房补贴/10×实际服务年限）" }),
  col("试用期月数", ["probationMonths"], NUMBER, "omit", { width: 8, kinds: ["allReceived"] }),
  col("离开时服务不超过月数", ["probationLeavingWithinMonths"], NUMBER, "omit", { width: 10, kinds: ["allReceived"] }),
  col("按选项退还的待遇编号", ["optionalBenefits", "ids"], LIST, "required", { within: "optionalBenefits", width: 18, kinds: ["allReceived"] }),
  col("按选项退还所据选项", ["optionalBenefits", "option"], wordOf(OPTION_KEYS, "选项"), "required", { within: "optionalBenefits", width: 16, dropdown: "选项", kinds: ["allReceived"] }),
  col("说明", ["text"], TEXT, "required", { width: 36, kinds: ["allReceived"] }),
  col("录入说明", ["note"], TEXT, "omit", { optionalHeader: true, width: 30, hint: "为何这样录入（读条文时的取舍），不参与计算" }),
];

export const DECISION_COLUMNS: Column[] = [
  col("编号", ["id"], TEXT, "required", { width: 20 }),
  ...articleCols("", ["article"]),
  col("问题", ["question"], TEXT, "required", { width: 40 }),
  col("采用的解读", ["decision"], TEXT, "required", { width: 40 }),
  // a decision may name an option together with the argument that takes it, so the key is free text
  col("选项", ["option", "key"], TEXT, "required", { within: "option", width: 16, dropdown: "选项" }),
  col("选项取值说明", ["option", "values"], TEXT, "required", { within: "option", width: 30 }),
];

export const CASE_ARGS = 10;
/** 预期1–8: TALENT.BENEFITS spills seven columns; the last two may be missing from a workbook made before. */
export const CASE_EXPECTS = 8;
export const CASE_OPTIONAL_EXPECTS = 2;
/** An expected cell that is any text containing what follows (the file's {"contains": "…"}). */
export const CONTAINS = "含：";

export const CASE_HEADERS = {
  id: "案例编号",
  group: "分组",
  why: "说明",
  call: "函数",
  args: Array.from({ length: CASE_ARGS }, (_, i) => `参数${i + 1}`),
  expects: Array.from({ length: CASE_EXPECTS }, (_, i) => `预期${i + 1}`),
  cites: "应引用",
  options: "选项设置",
};
