import { invalid, isTalentError, notApplicable, TalentError } from "../core/errors";
import type { Options } from "../core/options";
import { cite, result, type Result } from "../core/result";
import { evaluate } from "../model/criteria";
import type { Criterion, Evaluation, Judged } from "../model/criteria";
import { chosen, type CategoryDef, type PolicyDocument } from "../model/policy";
import type { Profile } from "../model/profile";
import { statedWay, wayClasses, wayCondition } from "./ways";

function criterionOf(c: CategoryDef, options: Options): Criterion | undefined {
  return c.when === undefined ? undefined : chosen(c.when, options);
}

function describe(p: Judged): string {
  const parts = [
    `学历学位：${p.degree ?? "未填"}`,
    `职称：${p.title ?? "未填"}`,
    `院校：${p.school ?? "未填"}`,
    `急需紧缺专业：${p.urgentMajor === undefined ? "未填" : p.urgentMajor ? "是" : "否"}`,
  ];
  if (p.way !== undefined) parts.push(`引进方式：${p.way}`);
  const honors = [...p.honors].filter((x) => x !== p.way);
  if (honors.length > 0) parts.push(`称号/条件：${honors.join("、")}`);
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
  for (const part of [profile.degree, profile.title, profile.school, profile.urgentMajor, profile.way]) {
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

/** The category's condition together with the ways it is for (特聘专家: 特聘), each evaluated. */
function judge(doc: PolicyDocument, c: CategoryDef, p: Judged, options: Options): { rest: Evaluation; way: Evaluation } {
  const rest = evaluate(criterionOf(c, options)!, p);
  // A condition that itself says how the person came (张掖 智库入库专家 are 柔性聘用) needs no way stated.
  const way =
    c.ways && !(c.wayImplied && p.wayClasses === undefined)
      ? evaluate({ wayIn: c.ways, label: wayCondition(doc, c.ways) }, p)
      : { truth: "yes" as const, because: [], missing: [] };
  return { rest, way };
}

function both(a: Evaluation, b: Evaluation): Evaluation {
  return a.truth === "yes" && b.truth === "yes"
    ? { truth: "yes", because: [...a.because, ...b.because], missing: [] }
    : a.truth === "no" || b.truth === "no"
      ? { truth: "no", because: [...a.because, ...b.because], missing: [] }
      : { truth: "unknown", because: [], missing: [...a.missing, ...b.missing] };
}

function decide(doc: PolicyDocument, profile: Profile, options: Options): Result<string> {
  const derivable = doc.categories.filter((c) => c.when !== undefined);
  if (derivable.length === 0) {
    throw notApplicable(doc.classificationNote ?? `《${doc.meta.title}》不按学历职称划分人才类别`, `${doc.meta.id} has no derivable categories`);
  }
  const way = statedWay(profile);
  // A way stated in its own field still counts as what the person is (援疆 staff) for the conditions.
  const honors = way !== undefined && !profile.honors.has(way) ? new Set([...profile.honors, way]) : profile.honors;
  const p: Judged = { ...profile, honors, way, wayClasses: wayClasses(doc, way, options) };
  const judged = derivable.map((c) => ({ c, ...judge(doc, c, p, options) }));
  for (const { c, rest, way: w } of judged) {
    const ev = both(rest, w);
    if (ev.truth === "yes") return found(doc, c, p, ev, null);
    if (ev.truth === "unknown") {
      // Only the blank way is open: pick this category only where no category for another way could fit
      // (阿拉山口: a doctor who is no expert can only be 招聘、调动), and say so; otherwise ask (奎屯 第二十二条
      // 第（一）（二）项 differ only by the way). Decision way-blank.
      if (rest.truth === "yes" && p.wayClasses === undefined) {
        const open = judged.filter((x) => x.c !== c && x.rest.truth !== "no" && !sameWays(x.c.ways, c.ways));
        // Of the categories for the same ways only the first could be reached (the others rank below it).
        const rivals = open.filter((x, i) => open.findIndex((y) => sameWays(y.c.ways, x.c.ways) || (!y.c.ways && !x.c.ways)) === i);
        if (rivals.length === 0 && options.wayBlank === "state") {
          return found(doc, c, p, rest, `未填写引进方式：${wayCondition(doc, c.ways!)}，按符合计算，请核实`);
        }
        const alternatives = [c, ...rivals.map((x) => x.c)].map((x) => `${x.code}（${x.article.label}${x.ways ? `，${x.ways.join("、")}` : ""}）`);
        throw invalid(
          `无法判定人才类别：请填写引进方式，${[...new Set(alternatives)].join("与")}取决于引进方式（${doc.ways?.article.label ?? ""}）`,
          `Cannot decide between ${c.code} and others: the way of introduction is blank`,
        );
      }
      const missing = [...new Set(ev.missing)].join("、");
      throw invalid(`无法判定是否属于${c.code}（${c.article.label}）：请填写${missing}`, `Cannot decide ${c.code}: ${missing} is blank`);
    }
  }
  const labels = [...new Set(derivable.map((c) => c.article.label))].join("、");
  throw notApplicable(
    `不属于《${doc.meta.title}》所列人才类别（${labels}）：${describe(p)}`,
    `Not in any category of ${doc.meta.id}`,
  );
}

function sameWays(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((x) => b.includes(x));
}

function found(doc: PolicyDocument, c: CategoryDef, p: Judged, ev: Evaluation, note: string | null): Result<string> {
  const via = c.via && evaluate(c.via.when, p).truth === "yes" ? c.via : null;
  const articles = via ? [via.article, c.article] : [c.article];
  return result(c.code, cite(doc, ...articles), () => [
    `${describe(p)}`,
    ...(via ? [`${via.article.label}：${via.text}`] : []),
    `符合${c.article.label}“${ev.because.join("；")}”，属于${c.code}`,
    ...(note ? [note] : []),
  ]);
}
