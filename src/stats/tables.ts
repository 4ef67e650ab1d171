import Decimal from "decimal.js";
import { money } from "../engine";
import type { Value } from "../jobs/table";
import { BUCKETS, LEVELS, UNIT_KINDS, type Bucket, type Level, type Person } from "./roster";

/**
 * The tables of the annual report: counts of title levels overall and within groups, and shares with
 * their denominator stated and their rounding chosen. A share is a percentage, computed exactly and then
 * rounded (四舍五入) or truncated (截断) to the chosen number of decimals.
 */

export type Rounding = "round" | "truncate";

export const ROUNDING_ZH: Record<Rounding, string> = { round: "四舍五入", truncate: "截断" };

export interface ShareRule {
  rounding: Rounding;
  decimals: number;
}

export const DEFAULT_SHARE: ShareRule = { rounding: "round", decimals: 2 };

/** Decimals a share may keep: 0 to 6 (more says nothing about a roster of people). */
export function validDecimals(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 6;
}

/** count / denominator × 100, to `decimals` places; null when the denominator is 0. */
export function percent(count: number, denominator: number, rule: ShareRule): Decimal | null {
  if (denominator === 0) return null;
  const exact = money(count).times(100).dividedBy(denominator);
  return exact.toDecimalPlaces(rule.decimals, rule.rounding === "round" ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN);
}

export const AGE_BANDS = [
  { label: "35岁以下", min: 0, max: 34 },
  { label: "35—45岁", min: 35, max: 45 },
  { label: "46—55岁", min: 46, max: 55 },
  { label: "56—60岁", min: 56, max: 60 },
  { label: "60岁以上", min: 61, max: 200 },
] as const;

export const AGE_UNKNOWN = "年龄不详";

export function ageBand(age: number | null): string {
  if (age === null) return AGE_UNKNOWN;
  return AGE_BANDS.find((b) => age >= b.min && age <= b.max)?.label ?? AGE_UNKNOWN;
}

/** “正副高”: the report's group of the senior titles. */
export const SENIOR: readonly Level[] = ["正高", "副高"];
/** “取得专业技术资格”: people holding a title of any level. */
export const TITLED: readonly Level[] = ["正高", "副高", "中级", "初级"];

export interface Stats {
  total: number;
  count: Record<Bucket, number>;
  titled: number;
  senior: number;
  unknownWords: Map<string, number>;
  people: readonly Person[];
}

export function summarise(people: readonly Person[]): Stats {
  const count = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>;
  const unknownWords = new Map<string, number>();
  for (const p of people) {
    count[p.bucket]++;
    if (p.bucket === "未识别") unknownWords.set(p.titleWord, (unknownWords.get(p.titleWord) ?? 0) + 1);
  }
  const sum = (levels: readonly Level[]) => levels.reduce((s, l) => s + count[l], 0);
  return { total: people.length, count, titled: sum(TITLED), senior: sum(SENIOR), unknownWords, people };
}

/** Buckets that appear: the five levels always, 未识别 and 未填写 only when someone is in them. */
export function shownBuckets(s: Stats): Bucket[] {
  return BUCKETS.filter((b) => (LEVELS as readonly string[]).includes(b) || s.count[b] > 0);
}

const pct = (d: Decimal | null): Value => (d === null ? null : d.toNumber());

/** 职称级别 | 人数 | 占全部人员（%） | 占取得资格人员（%）, the denominators written in the headers. */
export function levelTable(s: Stats, rule: ShareRule): Value[][] {
  const rows: Value[][] = [["职称级别", "人数", `占全部人员（%，分母${s.total}）`, `占取得资格人员（%，分母${s.titled}）`]];
  for (const b of shownBuckets(s)) {
    const titled = (TITLED as readonly string[]).includes(b);
    rows.push([b, s.count[b], pct(percent(s.count[b], s.total, rule)), titled ? pct(percent(s.count[b], s.titled, rule)) : null]);
  }
  rows.push(["其中：正副高", s.senior, pct(percent(s.senior, s.total, rule)), pct(percent(s.senior, s.titled, rule))]);
  rows.push(["合计", s.total, pct(percent(s.total, s.total, rule)), null]);
  return rows;
}

export type Dimension = "unitKind" | "system" | "ageBand" | "group";

export const DIMENSION_ZH: Record<Dimension, string> = { unitKind: "单位性质", system: "系统", ageBand: "年龄段", group: "分组" };

function groupOf(p: Person, d: Dimension): string {
  if (d === "ageBand") return ageBand(p.age);
  return (d === "unitKind" ? p.unitKind : d === "system" ? p.system : p.group) ?? "未填写";
}

/** Groups in the order the report uses (age bands, unit kinds), else by size. */
export function groups(s: Stats, d: Dimension): string[] {
  const sizes = new Map<string, number>();
  for (const p of s.people) sizes.set(groupOf(p, d), (sizes.get(groupOf(p, d)) ?? 0) + 1);
  const fixed = d === "ageBand" ? [...AGE_BANDS.map((b) => b.label), AGE_UNKNOWN] : d === "unitKind" ? UNIT_KINDS.keys() : [];
  const first = fixed.filter((g) => sizes.has(g));
  const rest = [...sizes.entries()].filter(([g]) => !first.includes(g)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh"));
  return [...first, ...rest.map(([g]) => g)];
}

export function countBy(s: Stats, d: Dimension): Map<string, Record<Bucket, number>> {
  const out = new Map<string, Record<Bucket, number>>();
  for (const g of groups(s, d)) out.set(g, Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>);
  for (const p of s.people) out.get(groupOf(p, d))![p.bucket]++;
  return out;
}

/** Level × group counts, with the total of each row and column. */
export function crossTable(s: Stats, d: Dimension): Value[][] {
  const by = countBy(s, d);
  const gs = [...by.keys()];
  const rows: Value[][] = [["职称级别", ...gs, "合计"]];
  for (const b of shownBuckets(s)) rows.push([b, ...gs.map((g) => by.get(g)![b]), s.count[b]]);
  rows.push(["其中：正副高", ...gs.map((g) => SENIOR.reduce((n, l) => n + by.get(g)![l], 0)), s.senior]);
  rows.push(["合计", ...gs.map((g) => BUCKETS.reduce((n, b) => n + by.get(g)![b], 0)), s.total]);
  return rows;
}

/** For each group: 正副高 and 中级, with the group's share of each (the report's “占副高级总数” tables). */
export function groupShareTable(s: Stats, d: Dimension, rule: ShareRule): Value[][] {
  const by = countBy(s, d);
  const rows: Value[][] = [[DIMENSION_ZH[d], "正副高人数", `占正副高（%，分母${s.senior}）`, "中级人数", `占中级（%，分母${s.count["中级"]}）`]];
  for (const [g, c] of by) {
    const senior = SENIOR.reduce((n, l) => n + c[l], 0);
    rows.push([g, senior, pct(percent(senior, s.senior, rule)), c["中级"], pct(percent(c["中级"], s.count["中级"], rule))]);
  }
  return rows;
}
