import { fromISO, toISO, type DayNumber } from "../core/dates";
import { invalid, notApplicable } from "../core/errors";
import type { Options } from "../core/options";
import { cite, result, type Result } from "../core/result";
import { normalizeWord } from "../core/vocabulary";
import type { PolicyMeta } from "../model/policy";
import { allMetas } from "./lookup";

export type PolicyState = "有效" | "未生效" | "已失效";

export const STATE_EN: Record<PolicyState, string> = { 有效: "in force", 未生效: "not yet in force", 已失效: "expired" };

/** First day in force: the printed date, or, where none is printed, the date the option holds. */
export function effectiveFrom(meta: PolicyMeta, options: Options): DayNumber | null {
  if (meta.validFrom) return fromISO(meta.validFrom);
  if (meta.validFromOption) return fromISO(options[meta.validFromOption]);
  return null;
}

export function policyStatus(meta: PolicyMeta, on: DayNumber, options: Options): Result<{ state: PolicyState; reason: string }> {
  const from = effectiveFrom(meta, options);
  const to = meta.validTo ? fromISO(meta.validTo) : null;
  const basis = `${meta.validity.article.label}：${meta.validity.zh}`;
  let state: PolicyState = "有效";
  let reason = basis;
  if (from !== null && on < from) {
    state = "未生效";
    reason = `${toISO(on)} 早于施行日期 ${toISO(from)}（${basis}）`;
  } else if (to !== null && on > to) {
    state = "已失效";
    reason = `有效期至 ${toISO(to)}，${toISO(on)} 已过期（${basis}）`;
  } else if (from === null) {
    reason = `${basis}；文件未印施行日期`;
  }
  const value = { state, reason };
  return result(value, cite(meta, meta.validity.article), () => [`${toISO(on)}：${state}，${reason}`]);
}

function docsOfCity(cityRaw: string): PolicyMeta[] {
  const w = normalizeWord(cityRaw);
  const docs = allMetas().filter((m) => m.city !== null && [m.city, ...m.cityAliases].some((c) => normalizeWord(c) === w));
  if (docs.length === 0) {
    const cities = [...new Set(allMetas().flatMap((m) => (m.city ? [m.city] : [])))].join("、");
    throw invalid(`未收录“${cityRaw}”的人才政策（已收录：${cities}）`, `No policy of "${cityRaw}" is encoded`);
  }
  return docs;
}

/**
 * Which document governs a person introduced in a city on a date: the encoded one in force then, or #N/A
 * naming the document that governs instead when it is one the texts only mention.
 */
export function policyFor(cityRaw: string, introduced: DayNumber, options: Options): Result<string> {
  const docs = docsOfCity(cityRaw);
  for (const meta of docs) {
    const from = effectiveFrom(meta, options);
    const to = meta.validTo ? fromISO(meta.validTo) : null;
    if ((from === null || introduced >= from) && (to === null || introduced <= to)) {
      return result(meta.id, cite(meta, meta.validity.article), () => [`${toISO(introduced)} 在《${meta.title}》施行期内（${meta.validity.zh}）`]);
    }
  }
  for (const meta of docs) {
    const earlier = meta.predecessors.find((p) => introduced <= fromISO(p.until));
    if (earlier) {
      const name = earlier.docNumber ? `《${earlier.title}》（${earlier.docNumber}）` : `《${earlier.title}》`;
      throw notApplicable(`${toISO(introduced)} 引进的人员适用${name}：${earlier.note}`, `Governed by ${earlier.title}, which is not encoded`);
    }
  }
  const meta = docs[0]!;
  const to = meta.validTo;
  if (to && introduced > fromISO(to)) {
    throw notApplicable(`《${meta.title}》有效期至 ${to}，已失效；其后的文件未收录`, `${meta.id} expired on ${to}`);
  }
  throw notApplicable(`${toISO(introduced)} 早于《${meta.title}》施行日期，之前的文件未收录`, "No encoded document governs that date");
}
