import { fromISO, toISO, type DayNumber } from "../core/dates";
import type { Options } from "../core/options";
import { cite, result, type Result } from "../core/result";
import type { PolicyMeta } from "../model/policy";
import { governingDocument } from "./governing";

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

/**
 * Which document governs a person introduced in a city on a date: the encoded one in force then, or #N/A
 * naming the document that governs instead when it is one the texts only mention (see governing.ts, the
 * one resolution every function and job uses).
 */
export function policyFor(cityRaw: string, introduced: DayNumber, options: Options): Result<string> {
  return governingDocument({ city: cityRaw, introduced }, options);
}
