import { invalid, notApplicable } from "../core/errors";
import type { Options } from "../core/options";
import type { Truth } from "../model/criteria";
import { chosen, type Benefit, type CategoryDef, type PolicyDocument } from "../model/policy";
import { WAYS, type Profile, type Way } from "../model/profile";

/**
 * The way of introduction (引进方式) as the rules use it: one normalised word from the person, read in the
 * document's own terms (its `ways` scheme), narrowed by what the category already implies (特聘专家 are
 * 特聘), and then tested against each benefit that is only for some ways (张掖 第十四条第（三）项: 全职引进).
 */

const WAY_SET = new Set<string>(WAYS.keys());

function isWay(h: string): h is Way {
  return WAY_SET.has(h);
}

/**
 * The way a profile states: its own field, else the way word among its honours (older calls and sheets
 * write “院士、特聘” in one column). 援疆 beside another way is the person's status, not the way: “援疆、调动”
 * is an aid-Xinjiang professional who transfers (阿拉山口 第十四条第㈥款).
 */
export function statedWay(p: Profile): Way | undefined {
  if (p.way !== undefined) return p.way;
  const found = [...p.honors].filter(isWay);
  const ways = found.length > 1 ? found.filter((w) => w !== "援疆") : found;
  if (ways.length > 1) {
    throw invalid(`引进方式只能填一种，而不是“${ways.join("、")}”`, `Give one way of introduction, not ${ways.join(", ")}`);
  }
  return ways[0];
}

/** The document's ways a stated way can be (全职 in 阿拉山口: 招聘 or 调动); undefined when none is stated. */
export function wayClasses(doc: PolicyDocument, way: Way | undefined, o: Options): ReadonlySet<string> | undefined {
  const scheme = doc.ways;
  if (way === undefined || !scheme) return undefined;
  const m = scheme.means[way];
  const list = m === undefined ? undefined : chosen(m, o);
  if (!list) {
    throw invalid(
      `《${doc.meta.title}》${scheme.article.label}规定的引进方式是${scheme.classes.join("、")}，无法对应“${way}”`,
      `${doc.meta.id} knows no way "${way}"`,
    );
  }
  return new Set(list);
}

/** The condition a way-bound item carries, in words: “限全职引进人才”. */
export function wayCondition(doc: PolicyDocument, ways: readonly string[]): string {
  const article = doc.ways ? `（${doc.ways.article.label}）` : "";
  return `限${ways.join("、")}方式引进的人才${article}`;
}

/**
 * The document's ways a person of this category can have come by: the stated way's readings, narrowed by
 * the ways the category is for. A stated way the category excludes is #N/A, saying why.
 */
export function wayScope(doc: PolicyDocument, category: CategoryDef, way: Way | undefined, o: Options): ReadonlySet<string> | undefined {
  const classes = wayClasses(doc, way, o);
  if (!category.ways) return classes;
  if (classes === undefined) return new Set(category.ways);
  const both = [...classes].filter((c) => category.ways!.includes(c));
  if (both.length === 0) {
    throw notApplicable(
      `${category.code}（${category.article.label}）${wayCondition(doc, category.ways)}；“${way}”属于${[...classes].join("或")}`,
      `${category.code} is only for ${category.ways.join("/")}; "${way}" is not`,
    );
  }
  return new Set(both);
}

/** Whether a benefit bound to some ways is due to a person whose way is within `scope`. */
export function benefitWayTruth(b: Benefit, scope: ReadonlySet<string> | undefined): Truth {
  if (!b.ways) return "yes";
  if (scope === undefined) return "unknown";
  const inside = [...scope].filter((x) => b.ways!.includes(x)).length;
  return inside === scope.size ? "yes" : inside === 0 ? "no" : "unknown";
}

/**
 * A way-bound benefit for a person: "yes" (due), "no" (#N/A with the reason), or a note to state when the
 * way is blank or can be either (option wayBlank=ask makes that a #VALUE! asking for the way instead).
 */
export function checkBenefitWay(
  doc: PolicyDocument,
  b: Benefit,
  scope: ReadonlySet<string> | undefined,
  way: Way | undefined,
  o: Options,
): { due: true; note: string | null } {
  const truth = benefitWayTruth(b, scope);
  if (truth === "yes") return { due: true, note: null };
  const condition = wayCondition(doc, b.ways!);
  if (truth === "no") {
    throw notApplicable(
      `${b.item}（${b.article.label}）${condition}，“${way ?? [...scope!].join("、")}”不享受`,
      `${b.item} (${b.article.key}) is only for ${b.ways!.join("/")}`,
    );
  }
  const open = way === undefined ? "未填写引进方式" : `“${way}”可能是${[...scope!].join("或")}`;
  if (o.wayBlank === "ask") {
    throw invalid(`请填写引进方式：${b.item}（${b.article.label}）${condition}（${open}）`, `The way of introduction is needed for ${b.item}`);
  }
  return { due: true, note: `${condition}（${open}，按符合计算，请核实）` };
}
