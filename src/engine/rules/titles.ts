import type Decimal from "decimal.js";
import { notApplicable } from "../core/errors";
import { formatPlain } from "../core/money";
import { cite, result, type Result } from "../core/result";
import type { Degree } from "../core/vocabulary";
import type { PolicyDocument } from "../model/policy";

export const NOT_YET = "未满足";

/**
 * 张掖 第十四条第（四）项: a doctor may be recognised 副高级 after 2 years of work, a master 中级 after 3.
 * Years are completed years, as for SERVICEYEARS.
 */
export function titleRecognition(doc: PolicyDocument, degree: Degree, yearsWorked: Decimal): Result<string> {
  const rule = doc.titleRecognition;
  if (!rule) throw notApplicable(`《${doc.meta.title}》没有按学历和工作年限考核认定职称的规定`, `${doc.meta.id} has no title recognition`);
  const r = rule.rules.find((x) => x.degree === degree);
  if (!r) {
    const who = rule.rules.map((x) => `${x.degree}研究生`).join("、");
    throw notApplicable(`${rule.article.label}只对${who}规定考核认定职称，${degree}不适用`, `${degree} is not covered by ${rule.article.label}`);
  }
  const years = yearsWorked.floor();
  const met = years.gte(r.years);
  return result(met ? r.title : NOT_YET, cite(doc, rule.article), () => [
    `${r.degree}研究生工作满${r.years}年可考核认定为全省有效${r.title}职称（${rule.exception}）`,
    met ? `已工作${formatPlain(years)}年，满足` : `已工作${formatPlain(years)}年，尚不满${r.years}年`,
  ]);
}
