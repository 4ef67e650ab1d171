import { DEGREE_RANK, TITLE_RANK } from "../core/vocabulary";
import type { Degree } from "../core/vocabulary";
import type { Criterion } from "./policy";
import type { Profile } from "./profile";

/**
 * Category conditions are data (their shape is in the policy format, model/policy.ts), in the words of
 * the article (`label`). A condition on a field the sheet left blank is “unknown”; all/any follow
 * three-valued logic so that a blank that cannot change the outcome does not block it (a 正高 needs no school).
 */
export type { Criterion };

export type Truth = "yes" | "no" | "unknown";

export interface Evaluation {
  truth: Truth;
  /** Labels of the conditions that made it true (for yes) or that are not met (for no). */
  because: string[];
  /** Fields whose blank left the outcome open. */
  missing: string[];
}

const FIELD_ZH = {
  degree: "学历学位（无学位填“无”）",
  title: "职称（无职称填“无”）",
  school: "毕业院校类型（双一流/其他）",
  urgentMajor: "是否急需紧缺专业（是/否）",
  way: "引进方式",
} as const;

/**
 * The person as a criterion sees them: the profile, and the document's ways the stated way of
 * introduction can be (招聘 and 调动 for “全职” in 阿拉山口); undefined when no way is stated.
 */
export interface Judged extends Profile {
  wayClasses?: ReadonlySet<string>;
}

function leaf(truth: Truth, label: string, missingField?: string): Evaluation {
  return { truth, because: [label], missing: truth === "unknown" && missingField ? [missingField] : [] };
}

export function evaluate(c: Criterion, p: Judged): Evaluation {
  if ("degreeIn" in c) {
    if (p.degree === undefined) return leaf("unknown", c.label, FIELD_ZH.degree);
    return leaf(c.degreeIn.includes(p.degree) ? "yes" : "no", c.label);
  }
  if ("titleAtLeast" in c) {
    if (p.title === undefined) return leaf("unknown", c.label, FIELD_ZH.title);
    return leaf(TITLE_RANK[p.title] >= TITLE_RANK[c.titleAtLeast] ? "yes" : "no", c.label);
  }
  if ("school" in c) {
    if (p.school === undefined) return leaf("unknown", c.label, FIELD_ZH.school);
    return leaf(p.school === c.school ? "yes" : "no", c.label);
  }
  if ("urgentMajor" in c) {
    if (p.urgentMajor === undefined) return leaf("unknown", c.label, FIELD_ZH.urgentMajor);
    return leaf(p.urgentMajor ? "yes" : "no", c.label);
  }
  if ("honorIn" in c) {
    return leaf(c.honorIn.some((h) => p.honors.has(h)) ? "yes" : "no", c.label);
  }
  if ("noHonor" in c) {
    return leaf(c.noHonor.some((h) => p.honors.has(h)) ? "no" : "yes", c.label);
  }
  if ("wayIn" in c) {
    const classes = p.wayClasses;
    if (classes === undefined) return leaf("unknown", c.label, `${FIELD_ZH.way}（${c.label}）`);
    const inside = [...classes].filter((x) => c.wayIn.includes(x)).length;
    // A word that can be either (全职: 招聘 or 调动) decides only when all its readings agree.
    return leaf(inside === classes.size ? "yes" : inside === 0 ? "no" : "unknown", c.label, `${FIELD_ZH.way}（${c.label}）`);
  }
  if ("all" in c) {
    const parts = c.all.map((x) => evaluate(x, p));
    const failed = parts.filter((x) => x.truth === "no");
    if (failed.length > 0) return { truth: "no", because: failed.flatMap((x) => x.because), missing: [] };
    const open = parts.filter((x) => x.truth === "unknown");
    if (open.length > 0) return { truth: "unknown", because: [], missing: open.flatMap((x) => x.missing) };
    return { truth: "yes", because: parts.flatMap((x) => x.because), missing: [] };
  }
  const parts = c.any.map((x) => evaluate(x, p));
  const met = parts.find((x) => x.truth === "yes");
  if (met) return { truth: "yes", because: met.because, missing: [] };
  const open = parts.filter((x) => x.truth === "unknown");
  if (open.length > 0) return { truth: "unknown", because: [], missing: open.flatMap((x) => x.missing) };
  return { truth: "no", because: parts.flatMap((x) => x.because), missing: [] };
}

/** Degree ranks are used by the rules that say “以上” of a degree (硕士以上 = 硕士 or 博士). */
export function degreesAtLeast(d: Degree): Degree[] {
  return (Object.keys(DEGREE_RANK) as Degree[]).filter((x) => DEGREE_RANK[x] >= DEGREE_RANK[d]);
}
