import type Decimal from "decimal.js";
import * as E from "../engine";
import { REASON_WORDS } from "../functions/words";
import * as A from "../functions/args";
import type { Layout, Mapping, Role } from "./columns";
import { isBlankValue, type Value } from "./table";

/**
 * One ledger row read into what the rules need. Each field is parsed with the same argument parsers as
 * the custom functions (so a word a function accepts is accepted here too); a field that fails is
 * recorded as that row's error and left out, so that one bad cell never stops the job.
 */
export interface Person {
  name: string | undefined;
  policyWord: string | undefined;
  city: string | undefined;
  categoryWord: string | undefined;
  profile: E.Profile;
  birth: E.DayNumber | undefined;
  age: number | undefined;
  exclusions: string[];
  start: E.DayNumber | undefined;
  end: E.DayNumber | undefined;
  /** 离职日期 blank or a placeholder (无, 在职, —): the person has not left. */
  stillEmployed: boolean;
  years: number | undefined;
  paid: Decimal | undefined;
  recordedRefund: Decimal | undefined;
  reason: E.RefundReason | undefined;
  agreementYears: number | undefined;
  /** The benefit item of the row (补贴项目), where the ledger has one. */
  item: E.ItemKey | undefined;
  errors: string[];
  /** The roles whose cell could not be read (an unknown word, a date that does not exist): left unset, not blank. */
  unreadable: ReadonlySet<Role>;
}

/**
 * What offices write in 离职日期 for someone who has not left: nothing, or one of these. A dash of any
 * width, a slash, 无, 在职, 未离职, 至今. Anything else must be a date.
 */
const STILL_EMPLOYED = new Set(["无", "在职", "未离职", "至今", "不适用", "否", "—", "——", "-", "--", "/", "\\", "－", "–", "n/a", "na", "/"].map(E.normalizeWord));

export function stillEmployedWord(v: Value): boolean {
  return isBlankValue(v) || (typeof v === "string" && STILL_EMPLOYED.has(E.normalizeWord(v)));
}

/** Words in a row that say it is a total, not a person (合计, 小计, 总计, 合 计). */
const TOTAL = /^(合计|小计|总计|累计|共计|总额|合计金额)[:：]?$/;

/**
 * Whether a row is a person at all: a 合计/小计/总计 row, or a row with a name column left blank, is
 * not computed. The reason, in Chinese, or undefined for a person.
 */
export function notAPerson(values: readonly Value[], mapping: Mapping): string | undefined {
  const total = totalRowWord(values, mapping);
  if (total !== undefined) return `“${total}”行`;
  if (mapping.name !== undefined && isBlankValue(values[mapping.name])) {
    const filled = values.filter((v) => !isBlankValue(v)).length;
    if (filled > 0) return "没有姓名的行";
  }
  return undefined;
}

/** The 合计/小计/总计 word that makes a row a total, in its first cells (up to the name column), if any. */
export function totalRowWord(values: readonly Value[], mapping: Mapping): string | undefined {
  const cells = values.slice(0, Math.max(3, (mapping.name ?? 0) + 1));
  // every word ends in 计 or 额, and no character normalises to either: a cell without them (a name) is not read further
  const total = cells.find((v) => typeof v === "string" && (v.includes("计") || v.includes("额")) && TOTAL.test(E.normalizeWord(v)));
  return total === undefined ? undefined : String(total).trim();
}

/** An amount in yuan from a column whose header may name 万元: numbers and bare digits are scaled. */
function scaled(v: Value, label: string, factor: number | undefined): Decimal | undefined {
  const d = A.optAmount(v, label);
  if (d === undefined || !factor || factor === 1) return d;
  // text that names its own unit (“40万”, “400000元”) is already in yuan
  if (typeof v === "string" && /[万元]/.test(v)) return d;
  return d.times(factor);
}

export function readPerson(values: readonly Value[], mapping: Mapping, layout?: Pick<Layout, "factors">): Person {
  const errors: string[] = [];
  const unreadable = new Set<Role>();
  const cell = (role: Role): Value => (mapping[role] === undefined ? null : (values[mapping[role]!] ?? null));
  /** Parses one field; a failure becomes a row error and the field is left unset. */
  function field<T>(role: Role, parse: (v: Value) => T | undefined): T | undefined {
    try {
      return parse(cell(role));
    } catch (e) {
      errors.push(e instanceof Error ? e.message : String(e));
      unreadable.add(role);
      return undefined;
    }
  }

  const degreeWord = field("degree", (v) => A.optText(v, "学位")) ?? field("education", (v) => A.optText(v, "学历"));
  const honors = new Set<E.Honor>([
    ...(field("honors", (v) => E.HONORS.parseListFrom(A.wordsOf(v, "人才称号"))) ?? []),
    ...(field("way", (v) => E.WAYS.parseListFrom(A.wordsOf(v, "引进方式"))) ?? []),
  ]);
  const title = field("title", (v) => A.optText(v, "职称"));
  const school = field("school", (v) => A.optText(v, "毕业院校"));
  const profile: E.Profile = {
    degree: field("degree", () => (degreeWord === undefined ? undefined : E.parseDegree(degreeWord))),
    title: field("title", () => (title === undefined ? undefined : E.parseTitle(title))),
    school: field("school", () => (school === undefined ? undefined : E.parseSchool(school))),
    urgentMajor: field("urgentMajor", (v) => A.optYesNo(v, "是否急需紧缺专业")),
    honors,
  };
  const endCell = cell("end");
  const stillEmployed = mapping.end !== undefined && stillEmployedWord(endCell);

  return {
    name: field("name", (v) => A.optText(v, "姓名")),
    policyWord: field("policy", (v) => A.optText(v, "适用政策")),
    city: field("city", (v) => A.optText(v, "城市")),
    categoryWord: field("category", (v) => A.optText(v, "人才类别")),
    profile,
    birth: field("birth", (v) => A.optDate(v, "出生日期", "month")),
    age: field("age", (v) => A.optQuantity(v, "年龄")),
    exclusions: field("exclusions", (v) => A.wordsOf(v, "不予引进情形")) ?? [],
    start: field("start", (v) => A.optDate(v, "引进日期")),
    end: stillEmployed ? undefined : field("end", (v) => A.optDate(v, "离职日期")),
    stillEmployed,
    years: field("years", (v) => A.optQuantity(v, "服务年限")),
    paid: field("paid", (v) => scaled(v, "已发金额", layout?.factors.paid)),
    recordedRefund: field("recordedRefund", (v) => scaled(v, "应退金额", layout?.factors.recordedRefund)),
    reason: field("reason", (v) => A.optChoice(v, "离开原因", REASON_WORDS)),
    agreementYears: field("agreementYears", (v) => A.optQuantity(v, "协议期限")),
    item: field("item", (v) => {
      const w = A.optText(v, "补贴项目");
      return w === undefined ? undefined : E.parseItem(w);
    }),
    errors,
    unreadable,
  };
}
