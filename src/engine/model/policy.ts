import type { Options } from "../core/options";
import type { Criterion } from "./criteria";
import type { ItemKey } from "./items";
import type { Honor, Way } from "./profile";
import type { ScaleId } from "./sanctions";

/**
 * The shape every policy document is encoded in. A document is data: its metadata, its categories with
 * the conditions of the article that defines them, and its benefits and rules, each with the article it
 * comes from. The generic rules in ../rules read these; no amount lives anywhere but here.
 */

/** An article or item of a document, as the document numbers it (第十四条第（三）项). */
export interface ArticleRef {
  /** Stable key into the document's article texts: "14", "14.3", "8.5". */
  key: string;
  /** How it is cited, in the document's own numbering. */
  label: string;
}

export function article(key: string, label: string): ArticleRef {
  return { key, label };
}

/**
 * A value that depends on how an office reads the text (an option of the interpretation register): the
 * value for the option's setting, written as text ("true"/"false" for switches), else `otherwise`. Data,
 * not code, so that a document can live in a file.
 */
export interface ByOption<T> {
  byOption: keyof Options;
  values: Record<string, T>;
  otherwise: T;
}

export function isByOption<T>(v: T | ByOption<T>): v is ByOption<T> {
  return typeof v === "object" && v !== null && "byOption" in v;
}

/** The value an option's setting picks. */
export function chosen<T>(v: T | ByOption<T>, options: Options): T {
  if (!isByOption(v)) return v;
  const setting = String(options[v.byOption]);
  return Object.prototype.hasOwnProperty.call(v.values, setting) ? v.values[setting]! : v.otherwise;
}

export interface DocumentRef {
  docNumber: string | null;
  title: string;
}

/** A document that governed before this one and is only mentioned, not encoded. */
export interface Predecessor extends DocumentRef {
  /** The last introduction date (ISO, inclusive) it governs. */
  until: string;
  note: string;
  article: ArticleRef;
}

export interface PolicyMeta {
  id: string;
  kind: "policy" | "agreement";
  title: string;
  titleEn: string;
  /** The city the document governs (the word HR staff use for it), or null for a template. */
  city: string | null;
  cityAliases: string[];
  issuer: string;
  docNumber: string | null;
  /** ISO date printed on the document, or null where none is printed. */
  issued: string | null;
  /** First day in force (ISO, inclusive); null where the document prints no date (see `validFromOption`). */
  validFrom: string | null;
  /** Where no date is printed, the option that holds the date the product takes it from. */
  validFromOption?: "kuitunEffectiveFrom";
  /** Last day in force (ISO, inclusive); null while it has no end. */
  validTo: string | null;
  validity: { article: ArticleRef; zh: string; en: string };
  trial: boolean;
  repeals: DocumentRef[];
  /** Documents that still govern people introduced before this one (e.g. 吐鲁番 第二十二条). */
  predecessors: Predecessor[];
  source: { file: string; part?: string };
  aliases: string[];
}

export interface CategoryDef {
  code: string;
  /** Other ways sheets write the code (1, 一类, 第4条(一)...). */
  aliases: string[];
  article: ArticleRef;
  summary: string;
  summaryEn: string;
  /**
   * The condition of the article; categories without one can be given but not derived. A function where
   * an option changes the reading (张掖 第六条第（三）项).
   */
  when?: Criterion | ByOption<Criterion>;
  /** The document's ways of introduction this category is for (特聘专家: 特聘); absent where any way. */
  ways?: string[];
  /** The condition itself says the way (张掖 第十二条第（二）项: 智库入库专家 are engaged 柔性): a blank way is not asked for. */
  wayImplied?: boolean;
  /** Another article the category rests on when its condition holds (阿拉山口 第十四条第㈥款 for 援疆 staff who transfer). */
  via?: { when: Criterion; article: ArticleRef; text: string };
}

/**
 * How a document names its ways of introduction (阿拉山口 第十一条: 招聘、调动、特聘) and which of them each
 * normalised way word means there. A word missing from `means` is not a way this document knows.
 */
export interface WayScheme {
  article: ArticleRef;
  /** The document's ways, in its own words. */
  classes: readonly string[];
  means: Partial<Record<Way, readonly string[] | ByOption<readonly string[]>>>;
}

export type Unit = "元" | "元/月" | "元/年" | "㎡";

interface BenefitBase {
  id: string;
  item: string;
  itemEn: string;
  article: ArticleRef;
  /** When the benefit is due, in the article's words. */
  condition: string;
  /** Category codes the benefit applies to; "*" for every category of the document. */
  categories: string[] | "*";
  /** The document's ways of introduction the benefit is for (张掖 第十四条第（三）项: 全职); absent where any way. */
  ways?: readonly string[];
  /** One of alternatives offered by the article (人才公寓 or 租房补贴): SCHEDULE keeps the one the option picks. */
  choice?: { option: "zhangyeHousingChoice"; value: string; text: string };
}

export interface LumpSumAmount {
  total: number;
  /** Amounts of the instalments where the article splits it (分三年支付); they add up to `total`. */
  instalments?: number[];
  /** Paid once this many years of service are complete (工作一年考核合格后一次性发放). */
  dueAfterYears?: number;
  /** What must be checked when it falls due and the ledger cannot show (考核合格, 项目效益显著). */
  check?: string;
}

export interface LumpSumBenefit extends BenefitBase {
  kind: "lumpSum";
  role: "purchaseSubsidy" | "settlement" | "carSubsidy";
  amounts: Record<string, LumpSumAmount>;
  /** 吐鲁番 第八条第（五）项: when both spouses are introduced talent, one receives half. */
  spouseHalf?: { article: ArticleRef; text: string };
}

export interface MonthlyBenefit extends BenefitBase {
  kind: "monthly";
  role: "allowance";
  amounts: Record<string, { perMonth: number; months: number }>;
  /**
   * Where the text ties the period to the service agreement (吐鲁番 第十一条: 协议期内兑现津贴), the option
   * that holds the agreement's term in years; `months` is then the document's own term.
   */
  monthsOption?: "agreementYears";
}

export interface YearlyAmount {
  perYear: number;
  /** How many years it is paid; null where the article sets no limit. */
  years: number | null;
  /** Cap on the sum of all years (累计不超过). */
  cap?: number;
  /** Months of service within a year needed for that year's payment (一年内累计服务满6个月). */
  minMonthsInYear?: number;
  /** The amount is a floor (不少于), not a fixed sum. */
  atLeast?: boolean;
  /**
   * A reading, not a term of the text (option serviceYearMoney): the year's money is due once this many months
   * of that service year are served (奎屯 “每服务一年”: 12; 张掖 智库: 1, the least its agreement may fix).
   */
  afterMonthsServed?: number;
}

export interface YearlyBenefit extends BenefitBase {
  kind: "yearly";
  role: "rentSubsidy" | "yearlySubsidy";
  amounts: Record<string, YearlyAmount>;
}

export interface HousingAmount {
  /** Floor area in m²; null where the article gives none (人才公寓). */
  area: number | null;
  /** The article says “左右” (about). */
  approx: boolean;
  /** Years of free use where limited (五年内免费提供). */
  freeYears: number | null;
  /** Given outright after this many years of continuous work; null if never. */
  giftAfterYears: number | null;
  /** What the gift waits for where it is not continuous work (项目连续实施5年以上且效益显著). */
  giftWhen?: string;
}

export interface HousingBenefit extends BenefitBase {
  kind: "housing";
  amounts: Record<string, HousingAmount>;
}

export interface RangeAmount {
  min: number | null;
  max: number | null;
  /** Where the article names no figure (视项目大小给予一定额度). */
  unspecified?: string;
}

export interface RangeBenefit extends BenefitBase {
  kind: "range";
  role: "startupFund" | "award" | "transferGrant";
  amounts: Record<string, RangeAmount>;
}

/** A benefit with no amount in this document (落户, 子女入学, or one whose standard is in another file). */
export interface ServiceBenefit extends BenefitBase {
  kind: "service";
}

export type Benefit = LumpSumBenefit | MonthlyBenefit | YearlyBenefit | HousingBenefit | RangeBenefit | ServiceBenefit;

/** A non-monetary benefit every category of the document gets (落户, 子女入学 …), cited by its item. */
export function serviceBenefit(id: string, key: string, label: string, item: string, itemEn: string, condition: string): ServiceBenefit {
  return { kind: "service", id, item, itemEn, article: article(key, label), condition, categories: "*" };
}

export interface AgeLimits {
  article: ArticleRef;
  /** Highest age in 周岁 per category (不超过 includes the bound). */
  maxAge: Record<string, number>;
  exemptHonors: Honor[];
  /** Further honours that lift the limit under one reading (张掖 “国家级相当层次”: option zhangyeNationalLevel). */
  exemptWhen?: { option: "zhangyeNationalLevel"; value: string; honors: Honor[] };
  exemptLabel: string;
}

export interface GroundList {
  article: ArticleRef;
  /** Canonical ground → its words; the key is written as the article does. */
  grounds: Record<string, string[]>;
  consequence: string;
  /** The ground that names sanctions “以上” a step, read on the national scales (model/sanctions.ts). */
  sanctions?: SanctionBound;
  /** Words sheets write that fall short of every ground (一年基本合格, 考核合格): FALSE with why, not refused. */
  shortOf?: { label: string; why: string; words: string[] }[];
}

/** 张掖 第二十三条第（四）项 “受党内严重警告或行政记大过以上处分”: the lowest step that qualifies on each scale. */
export interface SanctionBound {
  /** The key in `grounds` this bound decides. */
  ground: string;
  article: ArticleRef;
  /** Per scale, the lightest step that qualifies (以上 includes it); a scale not listed is not reached. */
  atLeast: Partial<Record<ScaleId, string>>;
}

export type RefundReason = "personal" | "probation" | "employer";

export type RefundRule =
  | {
      kind: "proportional";
      article: ArticleRef;
      benefitIds: string[];
      /** The items the article claws back, in ledgers' words (a row of another item refunds nothing). */
      items: ItemKey[];
      /** Years after which nothing is refunded (服务不满十年的). */
      fullYears: number;
      formula: string;
    }
  | {
      kind: "allReceived";
      article: ArticleRef;
      benefitIds: string[];
      /** The items the article claws back, in ledgers' words (a row of another item refunds nothing). */
      items: ItemKey[];
      /** Items the article takes back in kind (奎屯 “退回已享受的住房”): handed back, not paid back. */
      itemsInKind?: ItemKey[];
      /** What triggers it: leaving within the agreement, or failing probation. */
      trigger: "leaveWithinAgreement" | "probationFailure";
      /** Benefits refunded only when an option says so (奎屯 特聘 housing subsidies). */
      optionalBenefits?: { ids: string[]; option: "kuitunRefundHousingSubsidy" };
      reasons: RefundReason[];
      /** For probation rules: the probation length in months (试用期为6个月). */
      probationMonths?: number;
      /**
       * For probation rules: the longest service, in months, with which a leaving can still be the
       * probation's failed assessment (probation, then the assessment and its 认定). Longer is refused.
       */
      probationLeavingWithinMonths?: number;
      text: string;
    };

export interface ProjectSupport {
  article: ArticleRef;
  /** Projects of at least this amount qualify (50 万元以上, bound included). */
  threshold: number;
  rate: string;
  cap: number;
}

export interface FlexibleRule {
  article: ArticleRef;
  /** Months a year the person must serve. */
  months: number;
  /** 不少于 (true) or 超过 (false, strict unless the option says otherwise). */
  inclusive: boolean;
  /** Categories the test applies to; "*" for all. */
  categories: string[] | "*";
  consequence: string;
}

export interface LeaveRule {
  article: ArticleRef;
  years: number;
  maxExtensionYears: number;
  maxTotalYears: number;
  text: string;
}

export interface ShareRule {
  article: ArticleRef;
  /** Shares as decimal strings (“0.5”); max null where the text sets only a floor. */
  min: string;
  max: string | null;
  of: string;
}

export interface LoanCap {
  article: ArticleRef;
  caps: Record<string, { amount: number; label: string; words: string[] }>;
}

export interface CostShareRule {
  article: ArticleRef;
  byFunding: Record<string, { finance: string | null; unit: string | null; label: string; words: string[]; note?: string }>;
}

export interface TitleRecognition {
  article: ArticleRef;
  rules: { degree: "博士" | "硕士"; years: number; title: string }[];
  exception: string;
}

export interface MinimumService {
  article: ArticleRef;
  rules: { way: string; years?: number; monthsPerYear?: number; text: string }[];
}

export interface PenaltyRules {
  commission: { article: ArticleRef; rate: string; condition: string };
  leak: { article: ArticleRef; text: string };
  leave: { article: ArticleRef; text: string };
}

/** An ambiguity of the text and how the product resolves it. */
export interface Decision {
  id: string;
  article: ArticleRef;
  question: string;
  decision: string;
  /** The option that switches it, if offices plausibly differ. */
  option?: { key: string; values: string };
}

export interface PolicyDocument {
  meta: PolicyMeta;
  /** The document's ways of introduction, where its benefits depend on them. */
  ways?: WayScheme;
  categories: CategoryDef[];
  /** Why CATEGORY cannot derive a category from degree and title in this document, if it cannot. */
  classificationNote?: string;
  benefits: Benefit[];
  /** Where the document names benefits whose amounts are set elsewhere (平顶山: 平发〔2018〕12号). */
  benefitsNote?: string;
  ageLimits?: AgeLimits;
  exclusions?: GroundList;
  disqualification?: GroundList;
  refunds: RefundRule[];
  /** Why there is no refund rule, with the article that comes closest. */
  refundNote?: string;
  projectSupport?: ProjectSupport;
  flexible?: FlexibleRule;
  leave?: LeaveRule;
  incomeShare?: ShareRule;
  loans?: LoanCap;
  costShare?: CostShareRule;
  titleRecognition?: TitleRecognition;
  minimumService?: MinimumService;
  penalties?: PenaltyRules;
  /** Default length of the service agreement in years, where the document requires one. */
  agreementYears?: {
    years: number;
    article: ArticleRef;
    /** The shortest agreement the document's money is given for (吐鲁番 第八条第（五）项 不低于五年), bound included. */
    minimum?: { years: number; article: ArticleRef; text: string };
  };
}

/**
 * The text side of a document, kept apart from the data the functions compute with so that the
 * functions bundle stays small: the articles as printed, and the readings taken where the text is
 * ambiguous (each names the data or option it concerns).
 */
export interface PolicyText {
  /** Keys are 条 or 条.项 (“14.3” = 第十四条第（三）项). */
  ARTICLES: Readonly<Record<string, string>>;
  DECISIONS: readonly Decision[];
}
