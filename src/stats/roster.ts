import * as E from "../engine";
import * as A from "../functions/args";

/**
 * A roster of professional staff, as the annual report counts them: each person's title level, unit kind,
 * system and age. Title words are normalised (正高级、教授级高级工程师 → 正高); a word no table knows is kept
 * and reported, never dropped; a blank title is its own bucket, so that the counts always add up.
 */

export const LEVELS = ["正高", "副高", "中级", "初级", "未评聘"] as const;
export type Level = (typeof LEVELS)[number];
/** “高级”“高级职称” counted apart when the option says so (register: title-high). */
export const UNSPLIT = "高级（未分正副）";
/** 技师、高级技师 …: skill grades, not 职称 (register: title-skill-grades). */
export const SKILL = "职业技能等级";
/** Buckets outside the five levels: counted and reported, never silently dropped. */
export type Bucket = Level | typeof UNSPLIT | typeof SKILL | "未识别" | "未填写";
export const BUCKETS: readonly Bucket[] = ["正高", "副高", UNSPLIT, "中级", "初级", "未评聘", SKILL, "未识别", "未填写"];

export const UNIT_KINDS = new E.WordList("单位性质", {
  事业单位: ["事业", "全额事业单位", "差额事业单位", "公益一类", "公益二类", "财政拨款事业单位"],
  自收自支事业单位: ["自收自支", "自收自支事业"],
  企业: ["国有企业", "国企", "市属企业", "国有"],
  非国有企业: ["民营企业", "私营企业", "非公企业", "非公有制企业", "民企", "私企"],
});

export interface Person {
  bucket: Bucket;
  /** A grouping of the caller's own (TITLESTATS' groups argument). */
  group?: string;
  /** The title word as written, for the list of words no table knows. */
  titleWord: string;
  /** The skill grade a 职业技能等级 word names (技师 for 电工技师). */
  skillGrade?: E.SkillGrade;
  /** The word was “高级”: 正高 or 副高 could not be told. */
  unsplit?: boolean;
  unitKind: string | null;
  system: string | null;
  age: number | null;
  /** Row-level problems (unreadable date, age outside working life …), for the checks. */
  notes: string[];
}

export type HighTitle = E.Options["highTitle"];

export function levelOf(word: string, highTitle: HighTitle = "associate"): Bucket {
  return classify(word, highTitle).bucket;
}

type Classified = { bucket: Bucket; skillGrade?: E.SkillGrade; unsplit?: boolean };

/** A roster repeats a few dozen title words a million times: each is read once per reading of 高级. */
const CLASSIFIERS: Record<HighTitle, (word: string) => Classified> = {
  associate: E.memoised((w) => classifyWord(w, "associate")),
  unsplit: E.memoised((w) => classifyWord(w, "unsplit")),
};

function classify(word: string, highTitle: HighTitle): Classified {
  return CLASSIFIERS[highTitle](word);
}

function classifyWord(word: string, highTitle: HighTitle): Classified {
  if (word.trim() === "") return { bucket: "未填写" };
  const r = E.readTitle(word);
  if (r.kind === "unknown") return { bucket: "未识别" };
  if (r.kind === "skill") return { bucket: SKILL, skillGrade: r.grade };
  if (r.unsplit) return { bucket: highTitle === "unsplit" ? UNSPLIT : "副高", unsplit: true };
  return { bucket: r.level === "无" ? "未评聘" : r.level };
}

/** Systems are the report's own words; only the common suffix is dropped (教育系统 → 教育). */
export const systemOf: (word: string) => string = E.memoised((word) => E.normalizeWord(word).replace(/(系统|行业|口)$/, "") || word.trim());

const unitKindOf = E.memoised((word) => UNIT_KINDS.find(word));

export interface RawPerson {
  title: unknown;
  unitKind?: unknown;
  system?: unknown;
  birth?: unknown;
  age?: unknown;
}

/** Reads one roster row; the reference date (the report's year end) gives ages from birth dates. */
export function readPerson(raw: RawPerson, reference: E.DayNumber, highTitle: HighTitle = "associate"): Person {
  const notes: string[] = [];
  // A 0 is how Excel for Windows passes a blank cell in a range: no title is 0.
  const title = typeof raw.title === "string" || (typeof raw.title === "number" && raw.title !== 0) ? String(raw.title) : "";
  let unitKind: string | null = null;
  const unitWord = A.optText(raw.unitKind, "单位性质");
  if (unitWord !== undefined) {
    // not parse(): a roster may write 机关 on every fourth row, and a thrown error costs more than the rest of the row
    const kind = unitKindOf(unitWord);
    if (kind === undefined) notes.push(`单位性质“${unitWord}”不在事业单位、自收自支事业单位、企业、非国有企业之列`);
    unitKind = kind ?? unitWord;
  }
  const systemWord = A.optText(raw.system, "系统");
  let age: number | null = null;
  try {
    const birth = A.optDate(raw.birth, "出生日期", "month");
    if (birth !== undefined) age = E.ageOn(birth, reference);
    else {
      const given = A.optQuantity(raw.age, "年龄");
      if (given !== undefined) age = Math.floor(given);
    }
  } catch (e) {
    notes.push(e instanceof Error ? e.message : String(e));
  }
  const c = classify(title, highTitle);
  const person: Person = { bucket: c.bucket, titleWord: title.trim(), unitKind, system: systemWord === undefined ? null : systemOf(systemWord), age, notes };
  if (c.skillGrade !== undefined) person.skillGrade = c.skillGrade;
  if (c.unsplit) person.unsplit = c.unsplit;
  return person;
}
