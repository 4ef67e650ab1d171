import { invalid, isTalentError, notApplicable, TalentError } from "../core/errors";
import type { Options } from "../core/options";
import { cite, result, type Result } from "../core/result";
import { evaluate } from "../model/criteria";
import type { Criterion } from "../model/criteria";
import type { CategoryDef, PolicyDocument } from "../model/policy";
import type { Profile } from "../model/profile";

function criterionOf(c: CategoryDef, options: Options): Criterion | undefined {
  return typeof c.when === "function" ? c.when(options) : c.when;
}

function describe(p: Profile): string {
  const parts = [
    `学历学位：${p.degree ?? "未填"}`,
    `职称：${p.title ?? "未填"}`,
    `院校：${p.school ?? "未填"}`,
    `急需紧缺专业：${p.urgentMajor === undefined ? "未填" : p.urgentMajor ? "是" : "否"}`,
  ];
  if (p.honors.size > 0) parts.push(`称号/条件：${[...p.honors].join("、")}`);
  return parts.join("，");
}

/**
 * The category a person falls in: the document's categories are tried in the order the document ranks
 * them, and the first whose condition holds wins. A blank field that could change the outcome is an
 * error naming that field, never a silent guess.
 *
 * Answers are remembered per document, options and profile: a ledger has thousands of rows but only a
 * few dozen distinct combinations of degree, title, school and honours.
 */
export function classify(doc: PolicyDocument, profile: Profile, options: Options): Result<string> {
  let byOptions = memo.get(doc);
  if (!byOptions) memo.set(doc, (byOptions = new WeakMap()));
  let answers = byOptions.get(options);
  if (!answers) byOptions.set(options, (answers = new Map()));
  // One map level per field rather than a joined string key: no string is built per row.
  let node = answers;
  for (const part of [profile.degree, profile.title, profile.school, profile.urgentMajor]) {
    let next = node.get(part) as Answers | undefined;
    if (!next) node.set(part, (next = new Map()));
    node = next;
  }
  const honors = profile.honors.size === 0 ? "" : [...profile.honors].sort().join(",");
  let answer = node.get(honors) as Answer | undefined;
  if (answer === undefined) {
    try {
      answer = decide(doc, profile, options);
    } catch (e) {
      if (!isTalentError(e)) throw e;
      answer = e;
    }
    node.set(honors, answer);
  }
  if (answer instanceof TalentError) throw answer;
  return answer;
}

type Answer = Result<string> | TalentError;
type Answers = Map<unknown, Answers | Answer>;
const memo = new WeakMap<PolicyDocument, WeakMap<Options, Answers>>();

function decide(doc: PolicyDocument, profile: Profile, options: Options): Result<string> {
  const derivable = doc.categories.filter((c) => c.when !== undefined);
  if (derivable.length === 0) {
    throw notApplicable(doc.classificationNote ?? `《${doc.meta.title}》不按学历职称划分人才类别`, `${doc.meta.id} has no derivable categories`);
  }
  for (const c of derivable) {
    const ev = evaluate(criterionOf(c, options)!, profile);
    if (ev.truth === "yes") {
      return result(c.code, cite(doc, c.article), () => [
        `${describe(profile)}`,
        `符合${c.article.label}“${ev.because.join("；")}”，属于${c.code}`,
      ]);
    }
    if (ev.truth === "unknown") {
      const missing = [...new Set(ev.missing)].join("、");
      throw invalid(`无法判定是否属于${c.code}（${c.article.label}）：请填写${missing}`, `Cannot decide ${c.code}: ${missing} is blank`);
    }
  }
  const labels = derivable.map((c) => c.article.label).join("、");
  throw notApplicable(
    `不属于《${doc.meta.title}》所列人才类别（${labels}）：${describe(profile)}`,
    `Not in any category of ${doc.meta.id}`,
  );
}
