import Decimal from "decimal.js";
import { article, money, type Decision } from "../engine";
import type { Value } from "../jobs/table";
import { BUCKETS, LEVELS, UNIT_KINDS, UNSPLIT, type Bucket, type Person } from "./roster";

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

const REPORT = article("", "年度报告（policies/002 第一部分）");

/** Beside the shares: what the report's denominators and rounding are taken to be. */
const SHARE_DECISIONS: readonly Decision[] = [
  {
    id: "stats-denominators",
    article: REPORT,
    question: "报告写“占专业技术人员总数的2.82”“占副高级总数的69.07”，其实分别以取得资格的3396人、正副高97人为分母；表格和文字稿用哪个分母？",
    decision:
      "表头和文字稿的每句话都写明分母：级别占比同时给出“占全部人员”和“占取得资格人员”两列；各系统、各单位性质按全市同级人数（正高、副高、正副高、中级、初级、未评聘）各给一列。核对报告数字时按文中所说的分母计算，不符的再试其他分母，并指出哪个分母才得出文中的数。",
  },
  {
    id: "stats-rounding",
    article: REPORT,
    question: "报告的百分比是截断的（1/3455 印作 0.02），还是四舍五入？",
    decision: "默认四舍五入（ROUND_HALF_UP）保留 2 位小数；命令行 --truncate、任务窗格“截断”、TITLESHARE 的“舍入方式”可改为截断以复现报告，--decimals 改位数。核对报告数字时按文中所印的位数分别试四舍五入和截断：截断相符的列为“提示”。",
  },
  {
    id: "stats-city-enterprise",
    article: REPORT,
    question: "“市属企业共有专业技术人员139人”指哪些人？",
    decision:
      "139 = 企业127人 + 非国有企业12人，报告把两者都算作“市属企业”，即企业系统。示例报告数据（examples/report-2025-claims.xlsx）按“系统=企业”核对；名册中系统与单位性质不一致时，可把条件改为“单位性质=企业,非国有企业”。",
  },
];

/**
 * “35岁以下”“35——45岁”“46——55岁”“56——60岁”: the bands share their bounds (以下 includes 35, and so does
 * 35——45). Register: stats-age-bands.
 */
const AGE_DECISION: Decision = {
  id: "stats-age-bands",
  article: REPORT,
  question: "“35岁以下”与“35——45岁”都含35岁，年龄段如何划分？年龄按哪一天计算？",
  decision:
    "按报告年度12月31日的周岁计。35岁归“35—45岁”，“35岁以下”为未满35周岁；56—60岁含60岁，61岁起为“60岁以上”（报告没有这一段，返聘的退休人员在此）；没有出生日期或年龄的列为“年龄不详”。",
};

export const AGE_BANDS = [
  { label: "35岁以下", min: 0, max: 34 },
  { label: "35—45岁", min: 35, max: 45 },
  { label: "46—55岁", min: 46, max: 55 },
  { label: "56—60岁", min: 56, max: 60 },
  { label: "60岁以上", min: 61, max: 200 },
] as const;

export const AGE_UNKNOWN = "年龄不详";

export function ageBand(age: number | null): string {
  return AGE_BAND_LABELS[ageBandIndex(age)]!;
}

/** The bands' labels, 年龄不详 last, and a person's place among them. */
const AGE_BAND_LABELS: readonly string[] = [...AGE_BANDS.map((b) => b.label), AGE_UNKNOWN];

function ageBandIndex(age: number | null): number {
  const i = age === null ? -1 : AGE_BANDS.findIndex((b) => age >= b.min && age <= b.max);
  return i < 0 ? AGE_BANDS.length : i;
}

/** “正副高”: the report's group of the senior titles (and “高级” not split, when counted apart). */
export const SENIOR: readonly Bucket[] = ["正高", "副高", UNSPLIT];
/** “取得专业技术资格”: people holding a title of any level; a skill grade is not one. */
export const TITLED: readonly Bucket[] = ["正高", "副高", UNSPLIT, "中级", "初级"];

/**
 * What the tables, the draft and the checks need of a roster, kept as people are read one at a time (a
 * province's roster is a million people; none of them is kept): the counts, how many people share each
 * combination of what the tables and the report's conditions look at, and the first rows each check lists.
 * What grows with the roster is only what a check prints in full: the title words no table knows.
 */
export interface Stats {
  total: number;
  count: Record<Bucket, number>;
  titled: number;
  senior: number;
  unknownWords: Map<string, number>;
  /** People counted by level, unit kind, system, age band (and the caller's group), in order of first appearance. */
  profiles: readonly Profile[];
  /** Skill grades (技师 …) and how many hold each, in order of first appearance. */
  skillGrades: ReadonlyMap<string, number>;
  /** For each roster check, how many people it concerns and the first of them (their rows, or their places in the list). */
  listed: Record<Listed, { count: number; first: number[] }>;
  /** Row-level problems: how many, and the first ones with their rows. */
  notes: { count: number; first: { at: number; note: string }[] };
}

/** One combination of what the tables and the report's conditions distinguish, and how many people have it. */
export interface Profile {
  bucket: Bucket;
  unitKind: string | null;
  system: string | null;
  ageBand: string;
  group?: string;
  n: number;
}

export type Listed = "blank" | "outsideAge" | "noAge" | "skilled" | "unsplit";

/** How many rows a check names before “等”, and how many row-level problems it quotes. */
export const LISTED_ROWS = 12;
export const QUOTED_NOTES = 20;

const WORKING_AGE = { min: 18, max: 60 };

/** “年龄不在 18—60 岁之间”, for the check's title. */
export const WORKING_AGE_ZH = `${WORKING_AGE.min}—${WORKING_AGE.max}`;

const BUCKET_INDEX = new Map(BUCKETS.map((b, i) => [b, i]));

function getOrMake<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

/** The statistics, fed one person at a time. */
export class Tally {
  private readonly count = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>;
  private readonly unknownWords = new Map<string, number>();
  /** Profiles in order of first appearance, and found by unit kind, system and group, then by level and age band. */
  private readonly profiles: Profile[] = [];
  private readonly byGroups = new Map<string | null, Map<string | null, Map<string | undefined, (Profile | undefined)[]>>>();
  private readonly skillGrades = new Map<string, number>();
  private readonly listed = Object.fromEntries((["blank", "outsideAge", "noAge", "skilled", "unsplit"] as const).map((k) => [k, { count: 0, first: [] as number[] }])) as Stats["listed"];
  private readonly notes: Stats["notes"] = { count: 0, first: [] };
  private total = 0;

  /** One person; `at` is what the checks name them by (their sheet row). */
  add(p: Person, at: number): void {
    this.total++;
    this.count[p.bucket]++;
    if (p.bucket === "未识别") this.unknownWords.set(p.titleWord, (this.unknownWords.get(p.titleWord) ?? 0) + 1);
    // found without building a key string per person: a million of them cost more than the rest of the count
    const bandIndex = ageBandIndex(p.age);
    const slot = BUCKET_INDEX.get(p.bucket)! * (AGE_BANDS.length + 1) + bandIndex;
    const slots = getOrMake(getOrMake(this.byGroups, p.unitKind, () => new Map()), p.system, () => new Map());
    const row = getOrMake(slots, p.group, (): (Profile | undefined)[] => []);
    const profile = row[slot];
    if (profile) profile.n++;
    else {
      const made: Profile = { bucket: p.bucket, unitKind: p.unitKind, system: p.system, ageBand: AGE_BAND_LABELS[bandIndex]!, ...(p.group === undefined ? {} : { group: p.group }), n: 1 };
      row[slot] = made;
      this.profiles.push(made);
    }
    if (p.skillGrade) this.skillGrades.set(p.skillGrade, (this.skillGrades.get(p.skillGrade) ?? 0) + 1);
    const list = (k: Listed) => {
      const l = this.listed[k];
      if (l.count++ < LISTED_ROWS) l.first.push(at);
    };
    if (p.bucket === "未填写") list("blank");
    if (p.age !== null && (p.age < WORKING_AGE.min || p.age > WORKING_AGE.max)) list("outsideAge");
    if (p.age === null) list("noAge");
    if (p.skillGrade !== undefined) list("skilled");
    if (p.unsplit === true) list("unsplit");
    for (const note of p.notes) if (this.notes.count++ < QUOTED_NOTES) this.notes.first.push({ at, note });
  }

  stats(): Stats {
    const count = { ...this.count };
    const sum = (levels: readonly Bucket[]) => levels.reduce((s, l) => s + count[l], 0);
    return {
      total: this.total,
      count,
      titled: sum(TITLED),
      senior: sum(SENIOR),
      unknownWords: new Map(this.unknownWords),
      profiles: this.profiles.map((p) => ({ ...p })),
      skillGrades: new Map(this.skillGrades),
      listed: Object.fromEntries(Object.entries(this.listed).map(([k, l]) => [k, { count: l.count, first: [...l.first] }])) as Stats["listed"],
      notes: { count: this.notes.count, first: [...this.notes.first] },
    };
  }
}

/** The statistics of a list of people; the checks name each by its place in the list (0-based). */
export function summarise(people: readonly Person[]): Stats {
  const t = new Tally();
  people.forEach((p, i) => t.add(p, i));
  return t.stats();
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

function groupOf(p: Profile, d: Dimension): string {
  if (d === "ageBand") return p.ageBand;
  return (d === "unitKind" ? p.unitKind : d === "system" ? p.system : p.group) ?? "未填写";
}

/** Groups in the order the report uses (age bands, unit kinds), else by size. */
export function groups(s: Stats, d: Dimension): string[] {
  const sizes = new Map<string, number>();
  for (const p of s.profiles) sizes.set(groupOf(p, d), (sizes.get(groupOf(p, d)) ?? 0) + p.n);
  const fixed = d === "ageBand" ? [...AGE_BANDS.map((b) => b.label), AGE_UNKNOWN] : d === "unitKind" ? UNIT_KINDS.keys() : [];
  const first = fixed.filter((g) => sizes.has(g));
  const rest = [...sizes.entries()].filter(([g]) => !first.includes(g)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh"));
  return [...first, ...rest.map(([g]) => g)];
}

export function countBy(s: Stats, d: Dimension): Map<string, Record<Bucket, number>> {
  const out = new Map<string, Record<Bucket, number>>();
  for (const g of groups(s, d)) out.set(g, Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>);
  for (const p of s.profiles) out.get(groupOf(p, d))![p.bucket] += p.n;
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

/** The levels a group's staff are compared with the city's: each level shown, and 正副高 after the senior ones. */
export type Column = Bucket | "正副高";

export function shareColumns(s: Stats): Column[] {
  const shown: Bucket[] = shownBuckets(s).filter((b) => b !== "未识别" && b !== "未填写");
  const lastSenior = Math.max(...SENIOR.map((b) => shown.indexOf(b)));
  return [...shown.slice(0, lastSenior + 1), "正副高", ...shown.slice(lastSenior + 1)];
}

export function columnCount(c: Record<Bucket, number>, col: Column): number {
  return col === "正副高" ? SENIOR.reduce((n, l) => n + c[l], 0) : c[col];
}

/**
 * For each group: its staff and their share of all staff (“市属企业共有专业技术人员139人，只占专业技术人员总数的
 * 4.02”), then for each level its count and its share of the city's total of that level (“初级职称109人，占全市
 * 初级职称总数的5.55”; “教育系统占了67人，占副高级总数的69.07” is the 正副高 column). The last row is the city.
 */
export function groupLevelTable(s: Stats, d: Dimension, rule: ShareRule): Value[][] {
  const by = countBy(s, d);
  const cols = shareColumns(s);
  const totals = s.count;
  const header: Value[] = [DIMENSION_ZH[d], "人数", `占全部人员（%，分母${s.total}）`];
  for (const col of cols) header.push(col, `占全市${col}（%，分母${columnCount(totals, col)}）`);
  const row = (name: string, c: Record<Bucket, number>): Value[] => {
    const n = BUCKETS.reduce((m, b) => m + c[b], 0);
    const out: Value[] = [name, n, pct(percent(n, s.total, rule))];
    for (const col of cols) {
      const k = columnCount(c, col);
      out.push(k, pct(percent(k, columnCount(totals, col), rule)));
    }
    return out;
  };
  return [header, ...[...by].map(([g, c]) => row(g, c)), row("合计", totals)];
}

/** The percentage columns of `groupLevelTable`: the share after each count. */
export function groupLevelPercentColumns(s: Stats): number[] {
  return [2, ...shareColumns(s).map((_, i) => 4 + 2 * i)];
}

/** The statistics' readings, for the interpretation register. */
export const STATS_DECISIONS: readonly Decision[] = [...SHARE_DECISIONS, AGE_DECISION];
