import type Decimal from "decimal.js";
import * as E from "../engine";
import { REASON_WORDS } from "../functions/words";
import * as A from "../functions/args";
import type { Mapping, Role } from "./columns";
import type { Value } from "./table";

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
  years: number | undefined;
  paid: Decimal | undefined;
  recordedRefund: Decimal | undefined;
  reason: E.RefundReason | undefined;
  agreementYears: number | undefined;
  errors: string[];
}

export function readPerson(values: readonly Value[], mapping: Mapping): Person {
  const errors: string[] = [];
  const cell = (role: Role): Value => (mapping[role] === undefined ? null : (values[mapping[role]!] ?? null));
  /** Parses one field; a failure becomes a row error and the field is left unset. */
  function field<T>(role: Role, parse: (v: Value) => T | undefined): T | undefined {
    try {
      return parse(cell(role));
    } catch (e) {
      errors.push(e instanceof Error ? e.message : String(e));
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

  return {
    name: field("name", (v) => A.optText(v, "姓名")),
    policyWord: field("policy", (v) => A.optText(v, "适用政策")),
    city: field("city", (v) => A.optText(v, "城市")),
    categoryWord: field("category", (v) => A.optText(v, "人才类别")),
    profile,
    birth: field("birth", (v) => A.optDate(v, "出生日期")),
    age: field("age", (v) => A.optQuantity(v, "年龄")),
    exclusions: field("exclusions", (v) => A.wordsOf(v, "不予引进情形")) ?? [],
    start: field("start", (v) => A.optDate(v, "引进日期")),
    end: field("end", (v) => A.optDate(v, "离职日期")),
    years: field("years", (v) => A.optQuantity(v, "服务年限")),
    paid: field("paid", (v) => A.optAmount(v, "已发金额")),
    recordedRefund: field("recordedRefund", (v) => A.optAmount(v, "应退金额")),
    reason: field("reason", (v) => A.optChoice(v, "离开原因", REASON_WORDS)),
    agreementYears: field("agreementYears", (v) => A.optQuantity(v, "协议期限")),
    errors,
  };
}
