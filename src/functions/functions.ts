/* eslint-disable @typescript-eslint/no-explicit-any */
import { invoke } from "./invoke";
import { specOf } from "./registry";

/**
 * The TALENT custom functions. Each is declared here with JSDoc, from which the build generates
 * functions.json (English); functions.zh-CN.json gives every one its Chinese name and descriptions.
 * Row-varying arguments are matrices: a range gives one result per row, so a whole column is one call.
 * The functions only hand their arguments to the engine through ./invoke; nothing is computed here.
 */

function run(id: string, ...inputs: unknown[]): any[][] {
  return invoke(specOf(id), inputs);
}

/**
 * Lists the encoded policy documents: id, title, document number, city, dates and status today.
 * @customfunction POLICIES
 * @helpurl https://localhost:3000/help/POLICIES.html
 * @returns A table with a header row.
 */
export function policies(): any[][] {
  return run("POLICIES");
}

/**
 * The talent category a person falls in under a policy (e.g. 第一类), from degree, title and other conditions.
 * @customfunction CATEGORY
 * @helpurl https://localhost:3000/help/CATEGORY.html
 * @param policy Policy id (zhangye-2022), document number or city name.
 * @param degree Degree: 博士, 硕士, 学士/本科, 大专, 无.
 * @param title Professional title: 正高级, 副高级, 中级, 初级, 无 (or the title itself, e.g. 教授).
 * @param [school] University type: 双一流, 985, 211, 其他.
 * @param [urgentMajor] Whether the major is on the urgently-needed list: TRUE/FALSE or 是/否.
 * @param [honors] Honours, ways of introduction and other conditions, separated by 、 (院士、特聘).
 * @returns The category code.
 */
export function category(policy: any[][], degree: any[][], title: any[][], school?: any[][], urgentMajor?: any[][], honors?: any[][]): any[][] {
  return run("CATEGORY", policy, degree, title, school, urgentMajor, honors);
}

/**
 * Whether a person of a category and age may be introduced: age limit and exclusion grounds of the policy.
 * @customfunction ELIGIBLE
 * @helpurl https://localhost:3000/help/ELIGIBLE.html
 * @param policy Policy id, document number or city name.
 * @param category Category code as CATEGORY returns it.
 * @param age Age in completed years (周岁).
 * @param [exclusions] Grounds that exclude a person (刑事处罚、失信 …); blank for none.
 * @param [honors] Honours that lift the age limit (国家级, 院士 …).
 * @returns TRUE or FALSE.
 */
export function eligible(policy: any[][], category: any[][], age: any[][], exclusions?: any[][], honors?: any[][]): any[][] {
  return run("ELIGIBLE", policy, category, age, exclusions, honors);
}

/**
 * The one-time home purchase subsidy of a category.
 * @customfunction HOUSINGSUBSIDY
 * @helpurl https://localhost:3000/help/HOUSINGSUBSIDY.html
 * @param policy Policy id, document number or city name.
 * @param category Category code as CATEGORY returns it.
 * @returns Yuan.
 */
export function housingSubsidy(policy: any[][], category: any[][]): any[][] {
  return run("HOUSINGSUBSIDY", policy, category);
}

/**
 * The yearly rent or living subsidy of a category; with a year (1, 2 …) the amount due that year, 0 after the period.
 * @customfunction RENTSUBSIDY
 * @helpurl https://localhost:3000/help/RENTSUBSIDY.html
 * @param policy Policy id, document number or city name.
 * @param category Category code as CATEGORY returns it.
 * @param [year] Year of service, from 1.
 * @returns Yuan per year.
 */
export function rentSubsidy(policy: any[][], category: any[][], year?: any[][]): any[][] {
  return run("RENTSUBSIDY", policy, category, year);
}

/**
 * What must be paid back of a subsidy when a person leaves early, by the policy's refund article.
 * @customfunction REFUND
 * @helpurl https://localhost:3000/help/REFUND.html
 * @param policy Policy id, document number or city name.
 * @param subsidy The refundable amount received, in yuan.
 * @param yearsServed Years of service (SERVICEYEARS gives them from dates).
 * @param [basis] 整年/whole (completed years, default) or 实际/exact (fractional years as given).
 * @param [reason] Why the person left: 个人原因 (default), 试用期不合格, 单位原因.
 * @param [agreementYears] Term of the service agreement in years, where the rule depends on it (default: the policy's).
 * @returns Yuan to refund.
 */
export function refund(policy: any[][], subsidy: any[][], yearsServed: any[][], basis?: any[][], reason?: any[][], agreementYears?: any[][]): any[][] {
  return run("REFUND", policy, subsidy, yearsServed, basis, reason, agreementYears);
}

/**
 * Years of service between two dates (Excel dates or text such as 2022-05-07).
 * @customfunction SERVICEYEARS
 * @helpurl https://localhost:3000/help/SERVICEYEARS.html
 * @param startDate Date of introduction (first day of service).
 * @param endDate Date of leaving (last day of service).
 * @param [basis] 整年/whole (completed years, default) or 实际/exact (with the fraction of the current year).
 * @param [endDateCounts] Whether the end date is itself a day of service (default TRUE).
 * @returns Years.
 */
export function serviceYears(startDate: any[][], endDate: any[][], basis?: any[][], endDateCounts?: any[][]): any[][] {
  return run("SERVICEYEARS", startDate, endDate, basis, endDateCounts);
}

/**
 * Project support by the share of a project's approved funds (Zhangye article 14(5): 10% of projects of 500,000 yuan or more, at most 1,000,000).
 * @customfunction PROJECTFUND
 * @helpurl https://localhost:3000/help/PROJECTFUND.html
 * @param policy Policy id, document number or city name.
 * @param projectAmount Approved project funds, in yuan.
 * @returns Yuan.
 */
export function projectFund(policy: any[][], projectAmount: any[][]): any[][] {
  return run("PROJECTFUND", policy, projectAmount);
}

/**
 * The professional title a doctor or master may be recognised after years of work (Zhangye article 14(4)).
 * @customfunction TITLERECOGNITION
 * @helpurl https://localhost:3000/help/TITLERECOGNITION.html
 * @param policy Policy id, document number or city name.
 * @param degree 博士 or 硕士.
 * @param yearsWorked Years worked since introduction.
 * @returns 副高级, 中级, or 未满足.
 */
export function titleRecognition(policy: any[][], degree: any[][], yearsWorked: any[][]): any[][] {
  return run("TITLERECOGNITION", policy, degree, yearsWorked);
}

/**
 * Whether any ground of the policy's disqualification article applies (e.g. Zhangye article 23).
 * @customfunction DISQUALIFIED
 * @helpurl https://localhost:3000/help/DISQUALIFIED.html
 * @param policy Policy id, document number or city name.
 * @param situations Situations, separated by 、 (考核不合格、弄虚作假); blank for none.
 * @returns TRUE or FALSE.
 */
export function disqualified(policy: any[][], situations: any[][]): any[][] {
  return run("DISQUALIFIED", policy, situations);
}

/**
 * Explains any TALENT function's result in one Chinese sentence: the result, the arithmetic and the article.
 * @customfunction EXPLAIN
 * @helpurl https://localhost:3000/help/EXPLAIN.html
 * @param policy Policy id (ignored by functions without one, such as SERVICEYEARS).
 * @param functionName The function: REFUND, TALENT.REFUND or its Chinese name.
 * @param args The function's other arguments, in order.
 * @returns A sentence.
 */
export function explain(policy: any[][], functionName: any[][], args: any[][][]): any[][] {
  return run("EXPLAIN", policy, functionName, args);
}
