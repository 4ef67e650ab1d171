/**
 * The policy engine: everything the add-in, the command line and the batch jobs compute goes through
 * here. It knows nothing of Office; inputs are plain values, outputs are `Result`s with citations.
 */
export * from "./core/errors";
export * from "./core/dates";
export * from "./core/date-reader";
export * from "./core/money";
export * from "./core/options";
export * from "./core/result";
export * from "./core/vocabulary";
export { memoised } from "./core/memo";
export * from "./model/policy";
export * from "./model/profile";
export { allPolicies, allMetas, metaOf, entryOfPolicy, policyOf, categoryOf, loadPolicies, loadAllPolicies } from "./rules/lookup";
export { classify } from "./rules/category";
export { eligible, disqualified } from "./rules/eligibility";
export {
  housingSubsidy,
  rentSubsidy,
  settlement,
  carSubsidy,
  allowance,
  yearlySubsidy,
  housingArea,
  giftYears,
  startupFund,
  projectFund,
} from "./rules/amounts";
export { amountFor, appliesTo, articleFor } from "./rules/benefit-specs";
export { refund, REASON_ZH, type RefundInput } from "./rules/refund";
export { serviceYears, yearsOnBasis, BASIS_ZH, type Basis } from "./rules/service";
export { policyStatus, policyFor, effectiveFrom, STATE_EN, type PolicyState } from "./rules/status";
export { governingDocument, inForce, type GoverningInput } from "./rules/governing";
export { ITEMS, itemOf, parseItem, itemCoverage, itemOfBenefit, refundedItems, benefitsOfItem, type ItemKey, type ItemCoverage } from "./rules/items";
export { titleRecognition, NOT_YET } from "./rules/titles";
export { readTitle, parseTitle, titleLevelOf, TITLE_WORDS, TITLE_SERIES, SKILL_GRADES, TITLE_DECISIONS, type TitleReading, type SkillGrade } from "./rules/title-words";
export { benefitLines, type BenefitLine } from "./rules/benefits";
export { schedule, type ScheduleLine } from "./rules/schedule";
export { checkBenefitWay, statedWay, wayClasses, wayScope } from "./rules/ways";
export {
  flexible,
  leaveYears,
  leaveEnd,
  incomeShare,
  loanCap,
  costShare,
  minimumService,
  penalty,
  commission,
  type PenaltyKind,
} from "./rules/terms";
export { REGISTRY, policyEntries, registerPolicyFile, removePolicyFile, clearPolicyFiles, originText, type PolicyEntry, type PolicyOrigin } from "./policies/registry";
