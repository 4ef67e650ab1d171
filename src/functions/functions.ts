/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The TALENT custom functions. Each is declared here with JSDoc, from which the build generates
 * functions.json (English); functions.zh-CN.json gives every one its Chinese name and descriptions.
 * Row-varying arguments are matrices: a range gives one result per row, so a whole column is one call.
 * The functions only hand their arguments to the engine through ./invoke; nothing is computed here. They are
 * asynchronous because a policy's rules are fetched the first time a workbook uses that policy.
 */

/**
 * The engine is a chunk of its own (./compute), requested at once when this script runs rather than on the
 * first call: functions.js stays the registrations, and the two arrive together.
 */
let computing: Promise<typeof import("./compute")> | undefined;
function compute(): Promise<typeof import("./compute")> {
  return (computing ??= import(/* webpackChunkName: "compute" */ "./compute"));
}
void compute();

/**
 * Registers the workbook's own policy files (once, when it opens), loads the rules of the policies the call
 * names (once per policy), then computes the whole call.
 */
async function run(id: string, ...inputs: unknown[]): Promise<any[][]> {
  const c = await compute();
  await c.workbookPolicies();
  const spec = c.specOf(id);
  await c.prepare(spec, inputs);
  return c.invoke(spec, inputs);
}

/**
 * Lists the encoded policy documents: id, title, document number, city, dates, status today and source (built in, or the file an office loaded).
 * @customfunction POLICIES
 * @volatile
 * @helpurl https://localhost:3000/help/POLICIES.html
 * @returns A table with a header row.
 */
export function policies(): Promise<any[][]> {
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
 * @param [way] Way of introduction: 全职/刚性, 柔性, 招聘, 调动, 特聘, 兼职, 借调, 合作研究, 援疆 … (blank: not stated).
 * @returns The category code.
 */
export function category(policy: any[][], degree: any[][], title: any[][], school?: any[][], urgentMajor?: any[][], honors?: any[][], way?: any[][]): Promise<any[][]> {
  return run("CATEGORY", policy, degree, title, school, urgentMajor, honors, way);
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
export function eligible(policy: any[][], category: any[][], age: any[][], exclusions?: any[][], honors?: any[][]): Promise<any[][]> {
  return run("ELIGIBLE", policy, category, age, exclusions, honors);
}

/**
 * The one-time home purchase subsidy of a category.
 * @customfunction HOUSINGSUBSIDY
 * @helpurl https://localhost:3000/help/HOUSINGSUBSIDY.html
 * @param policy Policy id, document number or city name.
 * @param category Category code as CATEGORY returns it.
 * @param [way] Way of introduction: 全职/刚性, 柔性, 招聘, 调动, 特聘, 兼职, 借调, 合作研究, 援疆 … (blank: not stated).
 * @returns Yuan.
 */
export function housingSubsidy(policy: any[][], category: any[][], way?: any[][]): Promise<any[][]> {
  return run("HOUSINGSUBSIDY", policy, category, way);
}

/**
 * The yearly rent or living subsidy of a category; with a year (1, 2 …) the amount due that year, 0 after the period.
 * @customfunction RENTSUBSIDY
 * @helpurl https://localhost:3000/help/RENTSUBSIDY.html
 * @param policy Policy id, document number or city name.
 * @param category Category code as CATEGORY returns it.
 * @param [year] Year of service, from 1.
 * @param [way] Way of introduction: 全职/刚性, 柔性, 招聘, 调动, 特聘, 兼职, 借调, 合作研究, 援疆 … (blank: not stated).
 * @returns Yuan per year.
 */
export function rentSubsidy(policy: any[][], category: any[][], year?: any[][], way?: any[][]): Promise<any[][]> {
  return run("RENTSUBSIDY", policy, category, year, way);
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
 * @param [item] The benefit item the amount was paid as (购房补贴, 租房补贴, 安家费, 特殊津贴, 购车补贴 …); an item the article does not claw back refunds 0.
 * @returns Yuan to refund.
 */
export function refund(policy: any[][], subsidy: any[][], yearsServed: any[][], basis?: any[][], reason?: any[][], agreementYears?: any[][], item?: any[][]): Promise<any[][]> {
  return run("REFUND", policy, subsidy, yearsServed, basis, reason, agreementYears, item);
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
export function serviceYears(startDate: any[][], endDate: any[][], basis?: any[][], endDateCounts?: any[][]): Promise<any[][]> {
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
export function projectFund(policy: any[][], projectAmount: any[][]): Promise<any[][]> {
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
export function titleRecognition(policy: any[][], degree: any[][], yearsWorked: any[][]): Promise<any[][]> {
  return run("TITLERECOGNITION", policy, degree, yearsWorked);
}

/**
 * The monthly allowance of a category; with a month (1, 2 …) the amount due for that month of service, 0 once its period has run out.
 * @customfunction ALLOWANCE
 * @helpurl https://localhost:3000/help/ALLOWANCE.html
 * @param policy Policy id, document number or city name.
 * @param category Category code as CATEGORY returns it.
 * @param [month] Month of service, from 1.
 * @param [way] Way of introduction: 全职/刚性, 柔性, 招聘, 调动, 特聘, 兼职, 借调, 合作研究, 援疆 … (blank: not stated).
 * @returns Yuan per month.
 */
export function allowance(policy: any[][], category: any[][], month?: any[][], way?: any[][]): Promise<any[][]> {
  return run("ALLOWANCE", policy, category, month, way);
}

/**
 * The settlement allowance (安家费) of a category in all, or instalment k where it is paid in instalments.
 * @customfunction SETTLEMENT
 * @helpurl https://localhost:3000/help/SETTLEMENT.html
 * @param policy Policy id, document number or city name.
 * @param category Category code as CATEGORY returns it.
 * @param [instalment] Instalment number, from 1.
 * @param [spouse] 半额 for the second of a couple both introduced (Turpan article 8(5)); blank or 全额 otherwise.
 * @param [way] Way of introduction: 全职/刚性, 柔性, 招聘, 调动, 特聘, 兼职, 借调, 合作研究, 援疆 … (blank: not stated).
 * @returns Yuan.
 */
export function settlement(policy: any[][], category: any[][], instalment?: any[][], spouse?: any[][], way?: any[][]): Promise<any[][]> {
  return run("SETTLEMENT", policy, category, instalment, spouse, way);
}

/**
 * The one-time car subsidy of a category (Kuitun article 22(2)).
 * @customfunction CARSUBSIDY
 * @helpurl https://localhost:3000/help/CARSUBSIDY.html
 * @param policy Policy id, document number or city name.
 * @param category Category code as CATEGORY returns it.
 * @returns Yuan.
 */
export function carSubsidy(policy: any[][], category: any[][]): Promise<any[][]> {
  return run("CARSUBSIDY", policy, category);
}

/**
 * A yearly subsidy other than rent (think-tank, special appointment, aid-Xinjiang, flexible talent): the year's amount, within caps.
 * @customfunction YEARLYSUBSIDY
 * @helpurl https://localhost:3000/help/YEARLYSUBSIDY.html
 * @param policy Policy id, document number or city name.
 * @param category Category code as CATEGORY returns it.
 * @param [year] Year of service, from 1.
 * @param [monthsServed] Months served in that year, where the subsidy requires a minimum.
 * @returns Yuan.
 */
export function yearlySubsidy(policy: any[][], category: any[][], year?: any[][], monthsServed?: any[][]): Promise<any[][]> {
  return run("YEARLYSUBSIDY", policy, category, year, monthsServed);
}

/**
 * The floor area of the housing a category is given, in square metres.
 * @customfunction HOUSINGAREA
 * @helpurl https://localhost:3000/help/HOUSINGAREA.html
 * @param policy Policy id, document number or city name.
 * @param category Category code as CATEGORY returns it.
 * @returns Square metres.
 */
export function housingArea(policy: any[][], category: any[][]): Promise<any[][]> {
  return run("HOUSINGAREA", policy, category);
}

/**
 * Years of continuous work after which the housing is given outright.
 * @customfunction GIFTYEARS
 * @helpurl https://localhost:3000/help/GIFTYEARS.html
 * @param policy Policy id, document number or city name.
 * @param category Category code as CATEGORY returns it.
 * @returns Years.
 */
export function giftYears(policy: any[][], category: any[][]): Promise<any[][]> {
  return run("GIFTYEARS", policy, category);
}

/**
 * The range of project start-up funds of a category: lowest and highest, in two cells.
 * @customfunction STARTUPFUND
 * @helpurl https://localhost:3000/help/STARTUPFUND.html
 * @param policy Policy id, document number or city name.
 * @param category Category code as CATEGORY returns it.
 * @returns Lowest and highest amount in yuan.
 */
export function startupFund(policy: any[][], category: any[][]): Promise<any[][]> {
  return run("STARTUPFUND", policy, category);
}

/**
 * Every benefit a category carries: item, amount, unit, period, condition, article and total.
 * @customfunction BENEFITS
 * @helpurl https://localhost:3000/help/BENEFITS.html
 * @param policy Policy id, document number or city name.
 * @param category Category code as CATEGORY returns it.
 * @param [way] Way of introduction: 全职/刚性, 柔性, 招聘, 调动, 特聘, 兼职, 借调, 合作研究, 援疆 … (blank: not stated).
 * @param [introductionDate] Date of introduction: the policy must have governed people introduced then.
 * @returns A table with a header row.
 */
export function benefits(policy: any[][], category: any[][], way?: any[][], introductionDate?: any[][]): Promise<any[][]> {
  return run("BENEFITS", policy, category, way, introductionDate);
}

/**
 * The dated payment schedule of a category from its start date; with an end date, only what is due by then plus the refunds leaving then triggers.
 * @customfunction SCHEDULE
 * @helpurl https://localhost:3000/help/SCHEDULE.html
 * @param policy Policy id, document number or city name.
 * @param category Category code as CATEGORY returns it.
 * @param startDate Date of introduction.
 * @param [endDate] Date of leaving (last day of service).
 * @param [way] Way of introduction: 全职/刚性, 柔性, 招聘, 调动, 特聘, 兼职, 借调, 合作研究, 援疆 … (blank: not stated).
 * @returns A table: date, item, amount, article, note.
 */
export function schedule(policy: any[][], category: any[][], startDate: any[][], endDate?: any[][], way?: any[][]): Promise<any[][]> {
  return run("SCHEDULE", policy, category, startDate, endDate, way);
}

/**
 * The penalty of the enterprise agreement: 泄密 (a year's average pay) or 单方解除 (half a year's pay).
 * @customfunction PENALTY
 * @helpurl https://localhost:3000/help/PENALTY.html
 * @param policy enterprise-agreement.
 * @param kind 泄密 or 单方解除.
 * @param totalPay Total pay received under the agreement, in yuan.
 * @param monthsWorked Months worked under the agreement.
 * @returns Yuan.
 */
export function penalty(policy: any[][], kind: any[][], totalPay: any[][], monthsWorked: any[][]): Promise<any[][]> {
  return run("PENALTY", policy, kind, totalPay, monthsWorked);
}

/**
 * The performance commission of the enterprise agreement: 5% of the project's profit when the year's targets are met.
 * @customfunction COMMISSION
 * @helpurl https://localhost:3000/help/COMMISSION.html
 * @param policy enterprise-agreement.
 * @param profit Profit the project brought, in yuan.
 * @param [targetMet] Whether the year's targets were met (default TRUE).
 * @returns Yuan.
 */
export function commission(policy: any[][], profit: any[][], targetMet?: any[][]): Promise<any[][]> {
  return run("COMMISSION", policy, profit, targetMet);
}

/**
 * Whether a policy is in force on a date (有效, 未生效, 已失效), with the reason, in two cells.
 * @customfunction POLICYSTATUS
 * @volatile
 * @helpurl https://localhost:3000/help/POLICYSTATUS.html
 * @param policy Policy id, document number or city name.
 * @param [date] The date (default today).
 * @returns Status and reason.
 */
export function policyStatus(policy: any[][], date?: any[][]): Promise<any[][]> {
  return run("POLICYSTATUS", policy, date);
}

/**
 * Which document governs a person introduced in a city on a date; #N/A naming the document where it is one the texts only mention.
 * @customfunction POLICYFOR
 * @helpurl https://localhost:3000/help/POLICYFOR.html
 * @param city City (张掖, 阿拉山口, 吐鲁番, 奎屯, 平顶山, 临夏).
 * @param introductionDate Date the introduction was completed.
 * @returns Policy id.
 */
export function policyFor(city: any[][], introductionDate: any[][]): Promise<any[][]> {
  return run("POLICYFOR", city, introductionDate);
}

/**
 * Whether a flexibly introduced person serves enough months a year to count (Zhangye 1 month, Alashankou 6, Pingdingshan more than 3).
 * @customfunction FLEXIBLE
 * @helpurl https://localhost:3000/help/FLEXIBLE.html
 * @param policy Policy id, document number or city name.
 * @param monthsPerYear Months served in the city per year.
 * @param [category] Category, where the test applies only to some (Pingdingshan A类, B类).
 * @returns TRUE or FALSE.
 */
export function flexible(policy: any[][], monthsPerYear: any[][], category?: any[][]): Promise<any[][]> {
  return run("FLEXIBLE", policy, monthsPerYear, category);
}

/**
 * Years of leave allowed for founding an enterprise (离岗创业), with an extension where the policy allows one.
 * @customfunction LEAVEYEARS
 * @helpurl https://localhost:3000/help/LEAVEYEARS.html
 * @param policy Policy id, document number or city name.
 * @param [extensionYears] Years of extension asked for.
 * @returns Years.
 */
export function leaveYears(policy: any[][], extensionYears?: any[][]): Promise<any[][]> {
  return run("LEAVEYEARS", policy, extensionYears);
}

/**
 * The last day of a 离岗创业 period that starts on a date.
 * @customfunction LEAVEEND
 * @helpurl https://localhost:3000/help/LEAVEEND.html
 * @param policy Policy id, document number or city name.
 * @param startDate First day of the leave.
 * @param [extensionYears] Years of extension.
 * @returns An Excel date.
 */
export function leaveEnd(policy: any[][], startDate: any[][], extensionYears?: any[][]): Promise<any[][]> {
  return run("LEAVEEND", policy, startDate, extensionYears);
}

/**
 * The share of an income due to the talent or their team: lowest and highest amount (Linxia 50%–90%, Turpan 5%–10%).
 * @customfunction INCOMESHARE
 * @helpurl https://localhost:3000/help/INCOMESHARE.html
 * @param policy Policy id, document number or city name.
 * @param income Income from transferring the results (or after-tax profit), in yuan.
 * @returns Lowest and highest amount in yuan.
 */
export function incomeShare(policy: any[][], income: any[][]): Promise<any[][]> {
  return run("INCOMESHARE", policy, income);
}

/**
 * The cap of a start-up guarantee loan for a kind of applicant (Linxia measure 14).
 * @customfunction LOANCAP
 * @helpurl https://localhost:3000/help/LOANCAP.html
 * @param policy Policy id, document number or city name.
 * @param applicant 高校毕业生 or 小微企业.
 * @returns Yuan.
 */
export function loanCap(policy: any[][], applicant: any[][]): Promise<any[][]> {
  return run("LOANCAP", policy, applicant);
}

/**
 * How an amount is shared between the public finance and the employer, by the employer's funding type (Turpan article 8(6)).
 * @customfunction COSTSHARE
 * @helpurl https://localhost:3000/help/COSTSHARE.html
 * @param policy Policy id, document number or city name.
 * @param fundingType 全额拨款, 差额拨款 or 自收自支.
 * @param amount The amount, in yuan.
 * @returns Finance share and employer share in yuan.
 */
export function costShare(policy: any[][], fundingType: any[][], amount: any[][]): Promise<any[][]> {
  return run("COSTSHARE", policy, fundingType, amount);
}

/**
 * The minimum service a policy requires, by way of introduction.
 * @customfunction MINSERVICE
 * @helpurl https://localhost:3000/help/MINSERVICE.html
 * @param policy Policy id, document number or city name.
 * @returns A table: way, years, months a year, requirement.
 */
export function minService(policy: any[][]): Promise<any[][]> {
  return run("MINSERVICE", policy);
}

/**
 * Counts of professional title levels (正高 副高 中级 初级 未评聘) and their shares of all staff and of those with a title, from a whole roster column; every series' grade names (pre-2015 teacher titles too) are read onto the levels, skill grades (技师) counted apart; with a groups column, counts per group.
 * @customfunction TITLESTATS
 * @helpurl https://localhost:3000/help/TITLESTATS.html
 * @param titles The roster's title column (words such as 正高级, 教授, 一级教师, 未评聘).
 * @param [groups] A column to group by (unit kind, system …), as long as the titles.
 * @param [options] Rounding of the shares: 四舍五入 (default) or 截断, with the decimals, e.g. 截断 2.
 * @returns A table with a header row.
 */
export function titleStats(titles: any[][], groups?: any[][], options?: any[][]): Promise<any[][]> {
  return run("TITLESTATS", titles, groups, options);
}

/**
 * The share (percent) of a title level in a roster column.
 * @customfunction TITLESHARE
 * @helpurl https://localhost:3000/help/TITLESHARE.html
 * @param titles The roster's title column.
 * @param level 正高, 副高, 中级, 初级, 未评聘, 正副高 or 有职称.
 * @param [denominator] 全部 (all staff, default), 有职称 (those with a title), 正副高 or a level.
 * @param [rounding] 四舍五入 (default) or 截断.
 * @param [decimals] Decimals (default 2).
 * @returns A percentage, e.g. 2.82.
 */
export function titleShare(titles: any[][], level: any[][], denominator?: any[][], rounding?: any[][], decimals?: any[][]): Promise<any[][]> {
  return run("TITLESHARE", titles, level, denominator, rounding, decimals);
}

/**
 * Whether any ground of the policy's disqualification article applies (e.g. Zhangye article 23).
 * @customfunction DISQUALIFIED
 * @helpurl https://localhost:3000/help/DISQUALIFIED.html
 * @param policy Policy id, document number or city name.
 * @param situations Situations, separated by 、 (考核不合格、弄虚作假); blank for none.
 * @returns TRUE or FALSE.
 */
export function disqualified(policy: any[][], situations: any[][]): Promise<any[][]> {
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
export function explain(policy: any[][], functionName: any[][], args: any[][][]): Promise<any[][]> {
  return run("EXPLAIN", policy, functionName, args);
}
