import * as z from "zod/mini";
import { DEFAULT_OPTIONS, type Options } from "../core/options";
import type { Degree, School, TitleLevel } from "../core/vocabulary";
import { ITEMS, type ItemKey } from "./items";
import { HONORS, WAY_WORDS, type Honor, type Way } from "./profile";
import { POLICY_FORMAT } from "./policy";
import type { ScaleId } from "./sanctions";

/**
 * The policy file format (issue 12): one document (a city's talent-introduction policy, or an agreement) as data —
 * its metadata, article texts, categories with the conditions of the article that defines them, benefits,
 * refund and other rules, each value with the article it comes from, and the readings taken where the text
 * is ambiguous. The built-in documents are files of this format (policies/<id>/policy.json); an office
 * writes its own through the policy workbook. This schema is the format's definition: the types the
 * engine computes with are inferred from it, and docs/policy-format.md is generated from its descriptions.
 * A file is data only: nothing in it is evaluated.
 */


const d = <T extends z.ZodMiniType>(schema: T, text: string): T => schema.check(z.describe(text)) as T;
const list = <T extends z.ZodMiniType>(schema: T) => z.array(schema);
const isoDate = d(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), "日期，YYYY-MM-DD");
const text = z.string().check(z.minLength(1));
/** Quantities (㎡, years), never negative. */
const amount = z.number().check(z.nonnegative());
/** Money in 元, never negative, to the fen at most: a file cannot hold an amount no payment can be made of. */
const money = z.number().check(
  z.nonnegative(),
  z.refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, "金额最多精确到分（两位小数）"),
);
const years = z.int().check(z.nonnegative());
const decimalText = d(z.string().check(z.regex(/^\d+(\.\d+)?$/)), "小数，写成文字（“0.5”），以免二进制舍入");

const OPTION_KEYS = Object.keys(DEFAULT_OPTIONS) as [keyof Options, ...(keyof Options)[]];
const optionKey = d(z.enum(OPTION_KEYS), "口径选项（见 docs/interpretations.md）");
const degree = z.enum(["博士", "硕士", "学士", "专科", "无"] as const satisfies readonly Degree[]);
const titleLevel = z.enum(["正高", "副高", "中级", "初级", "无"] as const satisfies readonly TitleLevel[]);
const school = z.enum(["双一流", "其他"] as const satisfies readonly School[]);
const honor = z.enum(HONORS.keys() as [Honor, ...Honor[]]);
const way = z.enum(Object.keys(WAY_WORDS) as [Way, ...Way[]]);
const item = z.enum(Object.keys(ITEMS) as [ItemKey, ...ItemKey[]]);
const scale = z.enum(["党纪处分", "政务处分", "事业单位处分", "企业职工处分"] as const satisfies readonly ScaleId[]);

function byOption<T extends z.ZodMiniType>(value: T) {
  return d(
    z.strictObject({ byOption: optionKey, values: z.record(z.string(), value), otherwise: value }),
    "随口径选项而定的值：选项取 values 中的某值时用该值，否则用 otherwise",
  );
}

export const ArticleRefSchema = d(
  z.strictObject({
    key: d(z.string(), "条文键：条或条.项（“14.3” = 第十四条第（三）项），对应 articles；通用口径为空"),
    label: d(text, "按文件自己的编号引用（第十四条第（三）项）"),
  }),
  "条款依据",
);
export type ArticleRef = z.output<typeof ArticleRefSchema>;

/** Category conditions in the article's words (`label`); see model/criteria.ts for how they are judged. */
export type Criterion =
  | { degreeIn: Degree[]; label: string }
  | { titleAtLeast: TitleLevel; label: string }
  | { school: School; label: string }
  | { urgentMajor: true; label: string }
  | { honorIn: Honor[]; label: string }
  | { noHonor: Honor[]; label: string }
  | { wayIn: string[]; label: string }
  | { all: Criterion[] }
  | { any: Criterion[] };

export const CriterionSchema: z.ZodMiniType<Criterion> = d(
  z.union([
    z.strictObject({ degreeIn: list(degree), label: text }),
    z.strictObject({ titleAtLeast: titleLevel, label: text }),
    z.strictObject({ school, label: text }),
    z.strictObject({ urgentMajor: z.literal(true), label: text }),
    z.strictObject({ honorIn: list(honor), label: text }),
    z.strictObject({ noHonor: list(honor), label: text }),
    z.strictObject({ wayIn: list(text), label: text }),
    z.strictObject({
      get all() {
        return list(CriterionSchema);
      },
    }),
    z.strictObject({
      get any() {
        return list(CriterionSchema);
      },
    }),
  ]),
  "类别条件：学位属于、职称不低于、院校、急需紧缺专业、具有称号、不具有称号、引进方式，或其全部（all）、任一（any）",
);

const DocumentRefSchema = z.strictObject({ docNumber: z.nullable(text), title: text });
export type DocumentRef = z.output<typeof DocumentRefSchema>;

const PredecessorSchema = d(
  z.strictObject({
    docNumber: z.nullable(text),
    title: text,
    until: d(isoDate, "它管辖的最后一个引进日期（含）"),
    note: text,
    article: ArticleRefSchema,
  }),
  "此前引进的人员仍适用、但未录入的旧文件",
);
export type Predecessor = z.output<typeof PredecessorSchema>;

export const PolicyMetaSchema = d(
  z.strictObject({
    id: d(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,63}$/)), "文件标识：小写字母、数字和连字符（zhangye-2022）"),
    kind: z.enum(["policy", "agreement"]),
    title: text,
    titleEn: z.string(),
    city: d(z.nullable(text), "适用的城市（人事表格里的写法），协议模板为 null"),
    cityAliases: list(text),
    issuer: text,
    docNumber: z.nullable(text),
    issued: d(z.nullable(isoDate), "印发日期；文件未印的为 null"),
    validFrom: d(z.nullable(isoDate), "施行的第一日（含）；文件未印日期的为 null，见 validFromOption"),
    validFromOption: z.optional(z.literal("kuitunEffectiveFrom")),
    validTo: d(z.nullable(isoDate), "有效的最后一日（含）；未规定有效期的为 null"),
    validity: z.strictObject({ article: ArticleRefSchema, zh: text, en: z.string() }),
    trial: d(z.boolean(), "试行"),
    repeals: d(list(DocumentRefSchema), "本文件废止的文件"),
    predecessors: list(PredecessorSchema),
    source: d(z.strictObject({ file: text, part: z.optional(text) }), "原文出处"),
    aliases: d(list(text), "表格里指称本文件的其他写法（城市名、文号、简称）"),
    version: z.optional(d(text, "本单位录入的版本（如 2026-11-30 或 第2版），引用时注明")),
  }),
  "文件信息",
);
export type PolicyMeta = z.output<typeof PolicyMetaSchema>;

export const CategoryDefSchema = d(
  z.strictObject({
    code: d(text, "人才类别代码（第一类、A类、院士……），CATEGORY 返回它"),
    aliases: d(list(z.string()), "表格里类别的其他写法（1、一类、第4条(一)……）"),
    article: ArticleRefSchema,
    summary: text,
    summaryEn: z.string(),
    note: z.optional(d(text, "说明（为何这样录入）")),
    when: z.optional(d(z.union([CriterionSchema, byOption(CriterionSchema)]), "条文规定的条件；没有的类别只能给出不能推断")),
    ways: z.optional(d(list(text), "本类别限定的引进方式（文件自己的说法）；缺省为任何方式")),
    wayImplied: z.optional(d(z.boolean(), "条件本身已说明引进方式，引进方式空白时不要求填写")),
    via: z.optional(
      d(z.strictObject({ when: CriterionSchema, article: ArticleRefSchema, text }), "条件成立时，本类别另依据的条款"),
    ),
  }),
  "人才类别（按文件排列的先后判定，第一个符合的为准）",
);
export type CategoryDef = z.output<typeof CategoryDefSchema>;

export const WaySchemeSchema = d(
  z.strictObject({
    article: ArticleRefSchema,
    classes: d(list(text), "文件自己规定的引进方式"),
    means: d(
      z.partialRecord(way, z.union([list(text), byOption(list(text))])),
      "表格里的引进方式用语（标准化后）各对应文件的哪些方式；未列出的用语不是本文件的方式",
    ),
  }),
  "引进方式",
);
export type WayScheme = z.output<typeof WaySchemeSchema>;

export type Unit = "元" | "元/月" | "元/年" | "㎡";

const AMOUNTS = "按人才类别代码的金额；键 \"*\" 为本待遇适用的每个类别";

const benefitBase = {
  id: d(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]*$/)), "待遇标识（文件内唯一，字母数字）"),
  item: d(text, "待遇名称，按条文"),
  itemEn: z.string(),
  article: ArticleRefSchema,
  condition: d(text, "何时给予，按条文"),
  categories: d(z.union([list(text), z.literal("*")]), "适用的人才类别代码；\"*\" 为本文件全部类别"),
  ways: z.optional(d(list(text), "限定的引进方式（文件自己的说法）；缺省为任何方式")),
  choice: z.optional(
    d(z.strictObject({ option: z.literal("zhangyeHousingChoice"), value: text, text }), "条文给出的二选一中的一项：按口径选项取舍"),
  ),
  note: z.optional(d(text, "说明（为何这样录入）")),
};

const LumpSumAmountSchema = z.strictObject({
  article: z.optional(d(ArticleRefSchema, "这一类别的金额所依据的条款，与待遇的条款不同时填写（第一类在第八条第（一）项、第二类在第（二）项）")),
  total: d(money, "总额（元）"),
  instalments: z.optional(d(list(money), "分期金额（元），合计须等于总额")),
  dueAfterYears: z.optional(d(years, "服务满此年数后一次发放")),
  check: z.optional(d(text, "到期时须核实、台账看不出的条件（考核合格）")),
});
export type LumpSumAmount = z.output<typeof LumpSumAmountSchema>;

const LumpSumBenefitSchema = z.strictObject({
  ...benefitBase,
  kind: z.literal("lumpSum"),
  role: z.enum(["purchaseSubsidy", "settlement", "carSubsidy"]),
  amounts: d(z.record(text, LumpSumAmountSchema), AMOUNTS),
  spouseHalf: z.optional(d(z.strictObject({ article: ArticleRefSchema, text }), "夫妻双方均为引进人才时一方减半")),
});
export type LumpSumBenefit = z.output<typeof LumpSumBenefitSchema>;

const MonthlyAmountSchema = z.strictObject({
  article: z.optional(d(ArticleRefSchema, "这一类别的金额所依据的条款，与待遇的条款不同时填写（第一类在第八条第（一）项、第二类在第（二）项）")),
  perMonth: d(money, "每月（元）"),
  months: d(years, "月数"),
});

const MonthlyBenefitSchema = z.strictObject({
  ...benefitBase,
  kind: z.literal("monthly"),
  role: z.literal("allowance"),
  amounts: d(z.record(text, MonthlyAmountSchema), AMOUNTS),
  monthsOption: z.optional(d(z.literal("agreementYears"), "月数随服务协议期限（口径选项 agreementYears）")),
});
export type MonthlyBenefit = z.output<typeof MonthlyBenefitSchema>;

const YearlyAmountSchema = z.strictObject({
  article: z.optional(d(ArticleRefSchema, "这一类别的金额所依据的条款，与待遇的条款不同时填写（第一类在第八条第（一）项、第二类在第（二）项）")),
  perYear: d(money, "每年（元）"),
  years: d(z.nullable(years), "发放年数；条文不限的为 null"),
  cap: z.optional(d(money, "累计上限（元）")),
  minMonthsInYear: z.optional(d(years, "当年须服务满的月数")),
  atLeast: z.optional(d(z.boolean(), "金额是下限（不少于）")),
  afterMonthsServed: z.optional(d(years, "服务年度满此月数后该年的款到期（口径 serviceYearMoney）")),
});
export type YearlyAmount = z.output<typeof YearlyAmountSchema>;

const YearlyBenefitSchema = z.strictObject({
  ...benefitBase,
  kind: z.literal("yearly"),
  role: z.enum(["rentSubsidy", "yearlySubsidy"]),
  amounts: d(z.record(text, YearlyAmountSchema), AMOUNTS),
});
export type YearlyBenefit = z.output<typeof YearlyBenefitSchema>;

const HousingAmountSchema = z.strictObject({
  article: z.optional(d(ArticleRefSchema, "这一类别的金额所依据的条款，与待遇的条款不同时填写（第一类在第八条第（一）项、第二类在第（二）项）")),
  area: d(z.nullable(amount), "面积（㎡）；条文未给的为 null"),
  approx: d(z.boolean(), "条文说“左右”"),
  freeYears: d(z.nullable(years), "免费使用年数；不限的为 null"),
  giftAfterYears: d(z.nullable(years), "连续工作满此年数后赠予；不赠予的为 null"),
  giftWhen: z.optional(d(text, "赠予所待的其他条件")),
});
export type HousingAmount = z.output<typeof HousingAmountSchema>;

const HousingBenefitSchema = z.strictObject({ ...benefitBase, kind: z.literal("housing"), amounts: d(z.record(text, HousingAmountSchema), AMOUNTS) });
export type HousingBenefit = z.output<typeof HousingBenefitSchema>;

const RangeAmountSchema = z.strictObject({
  article: z.optional(d(ArticleRefSchema, "这一类别的金额所依据的条款，与待遇的条款不同时填写（第一类在第八条第（一）项、第二类在第（二）项）")),
  min: d(z.nullable(money), "下限（元）"),
  max: d(z.nullable(money), "上限（元）"),
  unspecified: z.optional(d(text, "条文未给数额时的原话（视项目大小给予一定额度）")),
});
export type RangeAmount = z.output<typeof RangeAmountSchema>;

const RangeBenefitSchema = z.strictObject({
  ...benefitBase,
  kind: z.literal("range"),
  role: z.enum(["startupFund", "award", "transferGrant"]),
  amounts: d(z.record(text, RangeAmountSchema), AMOUNTS),
});
export type RangeBenefit = z.output<typeof RangeBenefitSchema>;

const ServiceBenefitSchema = z.strictObject({ ...benefitBase, kind: z.literal("service") });
/** A benefit with no amount in this document (落户, 子女入学, or one whose standard is in another file). */
export type ServiceBenefit = z.output<typeof ServiceBenefitSchema>;

export const BenefitSchema = d(
  z.discriminatedUnion("kind", [
    LumpSumBenefitSchema,
    MonthlyBenefitSchema,
    YearlyBenefitSchema,
    HousingBenefitSchema,
    RangeBenefitSchema,
    ServiceBenefitSchema,
  ]),
  "待遇：一次性（lumpSum，可分期或服务满 N 年后发）、按月（monthly）、按年（yearly）、实物住房（housing）、区间（range）、无金额的服务（service）",
);
export type Benefit = z.output<typeof BenefitSchema>;

const AgeLimitsSchema = z.strictObject({
  article: ArticleRefSchema,
  note: z.optional(text),
  maxAge: d(z.record(text, years), "各类别的最高年龄（周岁，含本数）"),
  exemptHonors: d(list(honor), "不受年龄限制的称号"),
  exemptWhen: z.optional(z.strictObject({ option: z.literal("zhangyeNationalLevel"), value: text, honors: list(honor) })),
  exemptLabel: text,
});
export type AgeLimits = z.output<typeof AgeLimitsSchema>;

const SanctionBoundSchema = z.strictObject({
  ground: d(text, "grounds 中由本项决定的情形"),
  article: ArticleRefSchema,
  atLeast: d(z.partialRecord(scale, text), "各处分序列中够得上的最轻一级（“以上”含本级）"),
});
export type SanctionBound = z.output<typeof SanctionBoundSchema>;

const GroundListSchema = z.strictObject({
  article: ArticleRefSchema,
  grounds: d(z.record(text, list(text)), "情形 → 表格里的写法"),
  consequence: text,
  sanctions: z.optional(SanctionBoundSchema),
  shortOf: z.optional(
    d(list(z.strictObject({ label: text, why: text, words: list(text) })), "够不上任何情形的写法：判为否并说明，不报错"),
  ),
  note: z.optional(text),
});
export type GroundList = z.output<typeof GroundListSchema>;

export type RefundReason = "personal" | "probation" | "employer";
const refundReason = z.enum(["personal", "probation", "employer"]);

const refundBase = {
  article: ArticleRefSchema,
  benefitIds: d(list(text), "本条退还的待遇标识"),
  items: d(list(item), "本条追回的补贴项目（台账用语），其他项目的行不退"),
  note: z.optional(text),
};

export const RefundRuleSchema = d(
  z.discriminatedUnion("kind", [
    z.strictObject({
      ...refundBase,
      kind: z.literal("proportional"),
      fullYears: d(years, "服务满此年数后不再退还（服务不满十年的）"),
      formula: text,
    }),
    z.strictObject({
      ...refundBase,
      kind: z.literal("allReceived"),
      itemsInKind: z.optional(d(list(item), "以实物退回的项目（退回已享受的住房）")),
      trigger: z.enum(["leaveWithinAgreement", "probationFailure"]),
      optionalBenefits: z.optional(z.strictObject({ ids: list(text), option: z.literal("kuitunRefundHousingSubsidy") })),
      reasons: list(refundReason),
      probationMonths: z.optional(d(years, "试用期（月）")),
      probationLeavingWithinMonths: z.optional(d(years, "试用期考核不合格离开时最长的服务月数；更长的不予认定")),
      text,
    }),
  ]),
  "退还规则：按未服务年限比例（proportional），或全部退还已领取的（allReceived）",
);
export type RefundRule = z.output<typeof RefundRuleSchema>;

const ProjectSupportSchema = z.strictObject({ article: ArticleRefSchema, threshold: money, rate: decimalText, cap: money });
export type ProjectSupport = z.output<typeof ProjectSupportSchema>;

const FlexibleRuleSchema = z.strictObject({
  article: ArticleRefSchema,
  months: d(years, "每年须服务的月数"),
  inclusive: d(z.boolean(), "不少于（true）或超过（false）"),
  categories: z.union([list(text), z.literal("*")]),
  consequence: text,
});
export type FlexibleRule = z.output<typeof FlexibleRuleSchema>;

const LeaveRuleSchema = z.strictObject({ article: ArticleRefSchema, years, maxExtensionYears: years, maxTotalYears: years, text });
export type LeaveRule = z.output<typeof LeaveRuleSchema>;

const ShareRuleSchema = z.strictObject({ article: ArticleRefSchema, min: decimalText, max: z.nullable(decimalText), of: text });
export type ShareRule = z.output<typeof ShareRuleSchema>;

const LoanCapSchema = z.strictObject({
  article: ArticleRefSchema,
  caps: z.record(text, z.strictObject({ amount: money, label: text, words: list(text) })),
});
export type LoanCap = z.output<typeof LoanCapSchema>;

const CostShareRuleSchema = z.strictObject({
  article: ArticleRefSchema,
  byFunding: z.record(
    text,
    z.strictObject({ finance: z.nullable(decimalText), unit: z.nullable(decimalText), label: text, words: list(text), note: z.optional(text) }),
  ),
});
export type CostShareRule = z.output<typeof CostShareRuleSchema>;

const TitleRecognitionSchema = z.strictObject({
  article: ArticleRefSchema,
  rules: list(z.strictObject({ degree: z.enum(["博士", "硕士"]), years, title: text })),
  exception: text,
});
export type TitleRecognition = z.output<typeof TitleRecognitionSchema>;

const MinimumServiceSchema = z.strictObject({
  article: ArticleRefSchema,
  note: z.optional(text),
  rules: list(z.strictObject({ way: text, years: z.optional(d(amount, "年（可为小数：试用期半年为 0.5）")), monthsPerYear: z.optional(years), text })),
});
export type MinimumService = z.output<typeof MinimumServiceSchema>;

const PenaltyRulesSchema = z.strictObject({
  commission: z.strictObject({ article: ArticleRefSchema, rate: decimalText, condition: text }),
  leak: z.strictObject({ article: ArticleRefSchema, text }),
  leave: z.strictObject({ article: ArticleRefSchema, text }),
});
export type PenaltyRules = z.output<typeof PenaltyRulesSchema>;

export const DecisionSchema = d(
  z.strictObject({
    id: d(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)), "口径标识"),
    article: ArticleRefSchema,
    question: text,
    decision: text,
    option: z.optional(d(z.strictObject({ key: text, values: text }), "改变此口径的选项及其取值")),
  }),
  "口径：条文有歧义处的问题、本产品的取舍、依据条款，以及可改变它的选项",
);
/** An ambiguity of the text and how the product resolves it. */
export type Decision = z.output<typeof DecisionSchema>;

const AgreementYearsSchema = z.strictObject({
  years,
  note: z.optional(text),
  article: ArticleRefSchema,
  minimum: z.optional(d(z.strictObject({ years, article: ArticleRefSchema, text }), "待遇所要求的最短协议期限（含本数）")),
});

/** The rules of a document: everything the engine computes with. */
const rules = {
  ways: z.optional(WaySchemeSchema),
  categories: list(CategoryDefSchema),
  classificationNote: z.optional(d(text, "不能由学历职称推断类别时的说明")),
  benefits: list(BenefitSchema),
  benefitsNote: z.optional(d(text, "待遇标准在其他文件时的说明")),
  ageLimits: z.optional(AgeLimitsSchema),
  exclusions: z.optional(d(GroundListSchema, "不列入引进范围的情形")),
  disqualification: z.optional(d(GroundListSchema, "取消待遇的情形")),
  refunds: list(RefundRuleSchema),
  refundNote: z.optional(d(text, "没有退还条款时的说明及最接近的条款")),
  projectSupport: z.optional(ProjectSupportSchema),
  flexible: z.optional(FlexibleRuleSchema),
  leave: z.optional(LeaveRuleSchema),
  incomeShare: z.optional(ShareRuleSchema),
  loans: z.optional(LoanCapSchema),
  costShare: z.optional(CostShareRuleSchema),
  titleRecognition: z.optional(TitleRecognitionSchema),
  minimumService: z.optional(MinimumServiceSchema),
  penalties: z.optional(PenaltyRulesSchema),
  agreementYears: z.optional(d(AgreementYearsSchema, "文件要求签订的服务协议的默认年限")),
};

export const PolicyDocumentSchema = z.strictObject({ meta: PolicyMetaSchema, ...rules });
export type PolicyDocument = z.output<typeof PolicyDocumentSchema>;

const EXPECTED_CELL = d(
  z.union([
    z.number(),
    z.string(),
    z.boolean(),
    z.strictObject({ contains: d(z.string(), "含这一段的任意文字；空为任意文字") }),
    z.strictObject({ date: d(isoDate, "显示为这一天的日期（单元格中是日期序列号）") }),
  ]),
  "一个单元格应显示的值",
);

/** A test case of a document, as a formula would call the function and the value the cell must show. */
export const PolicyCaseSchema = d(
  z.strictObject({
    group: z.optional(d(text, "分组（按条款或待遇）")),
    why: d(text, "所检查的内容，按条文"),
    call: d(z.string().check(z.regex(/^[A-Z][A-Z0-9.]*$/)), "函数名（不带 TALENT.）"),
    args: d(list(z.union([z.string(), z.number(), z.boolean(), z.null()])), "参数，空白为 null"),
    expect: d(
      z.union([EXPECTED_CELL, list(list(EXPECTED_CELL))]),
      "单元格应显示的值（数字、文字、TRUE/FALSE）、溢出的各行，或错误（#VALUE!、#N/A）",
    ),
    cites: z.optional(d(z.string(), "结果须引用的条款，或错误信息中的一段")),
    options: z.optional(d(z.partialRecord(optionKey, z.unknown()), "本案例所用的口径选项")),
  }),
  "测试案例",
);
export type PolicyCase = z.output<typeof PolicyCaseSchema>;

export const PolicyFileSchema = z.strictObject({
  format: d(z.literal(POLICY_FORMAT), "格式版本"),
  meta: PolicyMetaSchema,
  articles: d(z.record(z.string().check(z.regex(/^[^\s.]+(\.[^\s.]+)*$/)), text), "条文原文，键为条或条.项（“14.3”；文件按“一、二、三”编号的写“三.1”）"),
  decisions: list(DecisionSchema),
  ...rules,
  cases: z.optional(list(PolicyCaseSchema)),
});
/** One document as a file holds it: its rules, its text, its readings and (for a user's file) its test cases. */
export type PolicyFile = z.output<typeof PolicyFileSchema>;

