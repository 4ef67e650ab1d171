import { invalid, notApplicable } from "../core/errors";
import { DEFAULT_OPTIONS, type Options } from "../core/options";
import { cite, result, type Citation, type Result } from "../core/result";
import { splitList, WordList } from "../core/vocabulary";
import type { GroundList, PolicyDocument } from "../model/policy";
import type { Honor } from "../model/profile";
import { categoryOf } from "./lookup";
import { readGroundWord } from "./sanctions";

const groundWords = new WeakMap<GroundList, WordList<string>>();

/** The words of a document's list of grounds (第九条, 第二十三条), so that sheets can write them their way. */
function groundsOf(list: GroundList, kindZh: string): WordList<string> {
  let w = groundWords.get(list);
  if (!w) {
    w = new WordList(kindZh, list.grounds);
    groundWords.set(list, w);
  }
  return w;
}

/** 周岁: completed years. A fractional age (from a date difference) is cut to the year already reached. */
function completedYears(age: number): number {
  if (!Number.isFinite(age) || age < 0) throw invalid("年龄不能为负数", "Age cannot be negative");
  if (age > 120) throw invalid(`年龄 ${age} 不合理`, `Implausible age ${age}`);
  return Math.floor(age);
}

/**
 * Whether a person of this category and age may be introduced: the age limit of the document (不超过 includes
 * the bound) and its list of grounds that exclude a person outright.
 */
export function eligible(
  doc: PolicyDocument,
  categoryRaw: string,
  age: number,
  exclusionWords: readonly string[],
  honors: ReadonlySet<Honor>,
  options: Options = DEFAULT_OPTIONS,
): Result<boolean> {
  const category = categoryOf(doc, categoryRaw);
  const years = completedYears(age);
  const citations: Citation[] = [];
  const steps: string[] = [];
  let ok = true;

  const limits = doc.ageLimits;
  if (limits) {
    citations.push(...cite(doc, limits.article));
    const max = limits.maxAge[category.code];
    const when = limits.exemptWhen;
    const exemptBy = when && options[when.option] === when.value ? [...limits.exemptHonors, ...when.honors] : limits.exemptHonors;
    const exempt = exemptBy.find((h) => honors.has(h));
    if (max === undefined) {
      steps.push(`${limits.article.label}未对${category.code}设年龄上限`);
    } else if (exempt) {
      steps.push(`${exempt}：${limits.exemptLabel}`);
    } else if (years > max) {
      ok = false;
      steps.push(`${category.code}年龄一般不超过${max}周岁，实际${years}周岁，超过上限`);
    } else {
      steps.push(`${category.code}年龄一般不超过${max}周岁，实际${years}周岁，符合`);
    }
  } else {
    steps.push("本文件未规定年龄上限");
  }

  if (exclusionWords.length > 0) {
    if (!doc.exclusions) {
      throw notApplicable(`《${doc.meta.title}》未列不予引进的情形`, `${doc.meta.id} lists no exclusion grounds`);
    }
    const grounds = groundsOf(doc.exclusions, "不予引进情形").parseListFrom(exclusionWords);
    citations.push(...cite(doc, doc.exclusions.article));
    if (grounds.length > 0) {
      ok = false;
      steps.push(`存在${doc.exclusions.article.label}所列情形：${grounds.join("、")}，${doc.exclusions.consequence}`);
    }
  } else if (doc.exclusions) {
    citations.push(...cite(doc, doc.exclusions.article));
    steps.push(`未填写${doc.exclusions.article.label}所列情形，视为无`);
  }

  return result(ok, citations, () => [...steps, ok ? "符合引进条件" : "不符合引进条件"]);
}

/** Whether any of the grounds of the document's disqualification article (张掖 第二十三条) applies. */
export function disqualified(doc: PolicyDocument, words: readonly string[]): Result<boolean> {
  const list = doc.disqualification;
  if (!list) {
    throw notApplicable(`《${doc.meta.title}》未列取消资格的情形`, `${doc.meta.id} lists no disqualification grounds`);
  }
  // Sanctions are read on their scales and words short of every ground answer FALSE (rules/sanctions.ts).
  const readings = words.flatMap(splitList).map((w) => readGroundWord(list, w) ?? { ground: groundsOf(list, "取消资格情形").parse(w), note: "" });
  const grounds = [...new Set(readings.flatMap((r) => (r.ground === undefined ? [] : [r.ground])))];
  const notes = readings.map((r) => r.note).filter(Boolean);
  const hit = grounds.length > 0;
  const bound = list.sanctions;
  const cites = bound && readings.some((r) => r.note.includes(bound.article.label)) ? cite(doc, list.article, bound.article) : cite(doc, list.article);
  return result(hit, cites, () => [
    ...notes,
    ...(hit ? [`存在${list.article.label}所列情形：${grounds.join("、")}`, list.consequence] : [`不存在${list.article.label}所列情形`]),
  ]);
}
