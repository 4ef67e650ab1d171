import { invalid } from "./errors";
import { memoised } from "./memo";

/**
 * The words HR sheets use, mapped onto the few values the policies distinguish. Every table here is data:
 * adding a synonym is adding a word to a list. Lookups go through `normalizeWord` so that full-width
 * digits, stray spaces and Latin case do not matter (“９８５ ”, “PhD”).
 */

export type Degree = "博士" | "硕士" | "学士" | "专科" | "无";
export type TitleLevel = "正高" | "副高" | "中级" | "初级" | "无";
export type School = "双一流" | "其他";

export const DEGREE_RANK: Record<Degree, number> = { 博士: 4, 硕士: 3, 学士: 2, 专科: 1, 无: 0 };
export const TITLE_RANK: Record<TitleLevel, number> = { 正高: 4, 副高: 3, 中级: 2, 初级: 1, 无: 0 };

export const normalizeWord: (raw: string) => string = memoised((raw) => raw.normalize("NFKC").replace(/\s+/g, "").toLowerCase());

function table<T extends string>(entries: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [canonical, words] of Object.entries(entries) as [T, readonly string[]][]) {
    map.set(normalizeWord(canonical), canonical);
    for (const w of words) map.set(normalizeWord(w), canonical);
  }
  return map;
}

export const DEGREE_WORDS: Record<Degree, readonly string[]> = {
  博士: ["博士研究生", "博士学位", "博士后", "博士研究生学历", "phd", "ph.d.", "doctor", "doctorate", "dr"],
  // “研究生” alone is how many sheets write a master's graduate; doctors are nearly always written 博士.
  硕士: ["硕士研究生", "硕士学位", "研究生", "硕士研究生学历", "研究生学历", "master", "masters", "msc", "ma", "mba", "meng"],
  学士: ["学士学位", "本科", "大学本科", "本科学历", "大学", "全日制本科", "bachelor", "bsc", "ba", "beng"],
  专科: ["大专", "专科学历", "高职", "大学专科", "associate"],
  无: ["其他", "其它", "高中", "中专", "中技", "初中", "无学位", "none", "-"],
};

export const SCHOOL_WORDS: Record<School, readonly string[]> = {
  // Every 985 and 211 university is on the 双一流 construction list (教研函〔2017〕2号 and the 2022 list).
  双一流: ["双一流建设高校", "双一流高校", "双一流院校", "一流大学", "一流学科", "985", "211", "985高校", "211高校", "985/211", "985、211", "c9"],
  其他: ["其它", "其他院校", "普通", "普通院校", "普通高校", "非双一流", "地方院校", "一般院校", "other"],
};

const BOOLEAN_WORDS: Record<"是" | "否", readonly string[]> = {
  是: ["true", "yes", "y", "1", "√", "✓", "对", "有", "急需", "紧缺", "急需紧缺", "是急需紧缺专业"],
  否: ["false", "no", "n", "0", "×", "✗", "错", "无", "不是", "非急需", "非紧缺"],
};

const degreeTable = table(DEGREE_WORDS);
const schoolTable = table(SCHOOL_WORDS);
const booleanTable = table(BOOLEAN_WORDS);

/**
 * Looks a word up, also without a trailing 职称/资格/学历/学位 that sheets often append. The word as typed
 * is tried first: ledgers repeat the same few words, and most need no normalising.
 */
function lookup<T>(map: Map<string, T>, raw: string): T | undefined {
  const direct = map.get(raw);
  if (direct !== undefined) return direct;
  const w = normalizeWord(raw);
  return map.get(w) ?? map.get(w.replace(/(专业技术职称|专业技术资格|职称|资格|学历|学位)$/, ""));
}

export function parseDegree(raw: string): Degree {
  const v = lookup(degreeTable, raw);
  if (v === undefined) {
    throw invalid(`无法识别的学历学位：“${raw}”（可用：博士、硕士、学士/本科、大专、无）`, `Unknown degree: "${raw}"`);
  }
  return v;
}

export function parseSchool(raw: string): School {
  const v = lookup(schoolTable, raw);
  if (v === undefined) {
    throw invalid(`无法识别的院校类型：“${raw}”（可用：双一流、985、211、其他）`, `Unknown school type: "${raw}"`);
  }
  return v;
}

export function parseYesNo(raw: string | boolean | number, what: string): boolean {
  if (typeof raw === "boolean") return raw;
  const v = lookup(booleanTable, String(raw));
  if (v === undefined) {
    throw invalid(`“${what}”应填 是/否 或 TRUE/FALSE，而不是“${raw}”`, `"${what}" must be yes/no, not "${raw}"`);
  }
  return v === "是";
}

/** Lists such as “院士、特聘” or “刑事处罚;失信” split on the separators sheets use. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[、，,；;／/|\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "" && s !== "无" && s !== "-");
}

/**
 * A closed word list of one kind (honours, exclusion grounds, reasons): canonical keys with synonyms, and
 * a Chinese name for the kind used in error messages.
 */
export class WordList<K extends string> {
  private readonly map: Map<string, K>;

  constructor(
    readonly kindZh: string,
    readonly entries: Record<K, readonly string[]>,
  ) {
    this.map = table(entries);
  }

  keys(): K[] {
    return Object.keys(this.entries) as K[];
  }

  /** The key a word names, or undefined (for callers to whom an unknown word is not an error). */
  find(raw: string): K | undefined {
    return lookup(this.map, raw);
  }

  parse(raw: string): K {
    const v = lookup(this.map, raw);
    if (v === undefined) {
      throw invalid(`无法识别的${this.kindZh}：“${raw}”（可用：${this.keys().join("、")}）`, `Unknown ${this.kindZh}: "${raw}"`);
    }
    return v;
  }

  /** Each cell may itself hold several words (“刑事处罚、失信”). */
  parseListFrom(raws: readonly string[]): K[] {
    if (raws.length === 0) return [];
    return [...new Set(raws.flatMap(splitList).map((w) => this.parse(w)))];
  }
}
