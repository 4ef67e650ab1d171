/**
 * The shapes the engine computes with. Their definition is the policy file format (./policy-format.ts,
 * a zod schema the types are inferred from); this module holds only the types and the few helpers every
 * rule uses, so that the functions bundle does not carry the schema: it is loaded with the first document.
 */
import type { Options } from "../core/options";
import type { ArticleRef, Decision } from "./policy-format";

export type {
  AgeLimits,
  ArticleRef,
  Benefit,
  CategoryDef,
  CostShareRule,
  Criterion,
  Decision,
  DocumentRef,
  FlexibleRule,
  GroundList,
  HousingAmount,
  HousingBenefit,
  LeaveRule,
  LoanCap,
  LumpSumAmount,
  LumpSumBenefit,
  MinimumService,
  MonthlyBenefit,
  PenaltyRules,
  PolicyCase,
  PolicyDocument,
  PolicyFile,
  PolicyMeta,
  Predecessor,
  ProjectSupport,
  RangeAmount,
  RangeBenefit,
  RefundReason,
  RefundRule,
  SanctionBound,
  ServiceBenefit,
  ShareRule,
  TitleRecognition,
  Unit,
  WayScheme,
  YearlyAmount,
  YearlyBenefit,
} from "./policy-format";

export const POLICY_FORMAT = "talent-policy/1";

/**
 * A value that depends on how an office reads the text (an option of the interpretation register): the
 * value for the option's setting, written as text ("true"/"false" for switches), else `otherwise`.
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

export function article(key: string, label: string): ArticleRef {
  return { key, label };
}

/**
 * The text side of a document, shown where the articles are quoted (help pages, the pane, the register):
 * the articles as printed and the readings taken where the text is ambiguous.
 */
export interface PolicyText {
  /** Keys are 条 or 条.项 (“14.3” = 第十四条第（三）项). */
  ARTICLES: Readonly<Record<string, string>>;
  DECISIONS: readonly Decision[];
}
