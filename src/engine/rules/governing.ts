import { fromISO, toISO, type DayNumber } from "../core/dates";
import { invalid, notApplicable } from "../core/errors";
import type { Options } from "../core/options";
import { cite, result, type Result } from "../core/result";
import { normalizeWord } from "../core/vocabulary";
import type { PolicyMeta } from "../model/policy";
import { onRegistryChange } from "../policies/registry";
import { allMetas, metaOf } from "./lookup";
import { effectiveFrom } from "./status";

/**
 * Which document governs a person: ONE answer for every function, job and front end. From a policy word
 * (id, 文号, title or city) or a city, and the introduction date: the encoded document in force that day;
 * otherwise #N/A naming the document that governs instead ("此前引进的人员适用…，该文件未收录") or saying
 * that none is encoded — never a number computed under a document that did not govern the person.
 *
 * A document named explicitly (zhangye-2022, 市委发〔2022〕13号) but dated outside its validity is refused
 * the same way: an office that writes the 2022 document beside a 2021 introduction has made a mistake the
 * audit must show, not paper over.
 */
export interface GoverningInput {
  /** The ledger's or the function's policy word; a city word here is read as the city. */
  policy?: string;
  city?: string;
  /** Introduction date; without it the validity cannot be checked (the result's trace says so). */
  introduced?: DayNumber;
}

function isCityWord(meta: PolicyMeta, word: string): boolean {
  const w = normalizeWord(word);
  return meta.city !== null && [meta.city, ...meta.cityAliases].some((c) => normalizeWord(c) === w);
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
 * Whether one document names another as its predecessor (“此前引进的人员适用……”): the same 文号, or with none
 * printed, the same title.
 */
export function namesAsPredecessor(p: { docNumber: string | null; title: string }, meta: PolicyMeta): boolean {
  return p.docNumber !== null && meta.docNumber !== null ? p.docNumber === meta.docNumber : normalizeWord(p.title) === normalizeWord(meta.title);
}

/**
 * The last introduction date a document governs: its own end, or earlier where a loaded document of the same
 * city names it as a predecessor (a revised document an office loads: the old one governs until the day
 * before the new one, as the new one says), whichever comes first. Null while it has no end.
 */
export function lastDayGoverned(meta: PolicyMeta): DayNumber | null {
  // Asked for every ledger row: worked out once per document, again only when the documents loaded change.
  let to = lastDays.get(meta);
  if (to === undefined) lastDays.set(meta, (to = lastDayOf(meta)));
  return to;
}

const lastDays = new Map<PolicyMeta, DayNumber | null>();
onRegistryChange(() => lastDays.clear());

function lastDayOf(meta: PolicyMeta): DayNumber | null {
  let to = meta.validTo ? fromISO(meta.validTo) : null;
  if (meta.city === null) return to;
  for (const other of allMetas()) {
    if (other === meta || other.city !== meta.city) continue;
    for (const p of other.predecessors) {
      if (!namesAsPredecessor(p, meta)) continue;
      const until = fromISO(p.until);
      if (to === null || until < to) to = until;
    }
  }
  return to;
}

/** The loaded document that succeeds `meta` (names it as a predecessor), if any. */
function successorOf(meta: PolicyMeta): PolicyMeta | undefined {
  return meta.city === null ? undefined : allMetas().find((o) => o !== meta && o.city === meta.city && o.predecessors.some((p) => namesAsPredecessor(p, meta)));
}

/** Whether a document was in force on a date (a template is in force whenever it is signed). */
export function inForce(meta: PolicyMeta, on: DayNumber, options: Options): boolean {
  if (meta.kind === "agreement") return true;
  const from = effectiveFrom(meta, options);
  const to = lastDayGoverned(meta);
  return (from === null || on >= from) && (to === null || on <= to);
}

function fromText(meta: PolicyMeta, options: Options): string {
  const from = effectiveFrom(meta, options);
  if (from === null) return "";
  return meta.validFromOption ? `${toISO(from)}（原文未印日期，按选项 ${meta.validFromOption}）` : toISO(from);
}

/** Why no encoded document governs `introduced` among a city's documents: the predecessor, or the gap. */
function outOfForce(docs: readonly PolicyMeta[], introduced: DayNumber, options: Options, named?: PolicyMeta): never {
  const head = named ? `《${named.title}》${named.docNumber ? `（${named.docNumber}）` : ""}不适用 ${toISO(introduced)} 引进的人员：` : "";
  for (const meta of docs) {
    const earlier = meta.predecessors.find((p) => introduced <= fromISO(p.until));
    if (earlier) {
      const name = earlier.docNumber ? `《${earlier.title}》（${earlier.docNumber}）` : `《${earlier.title}》`;
      throw notApplicable(`${head}${toISO(introduced)} 引进的人员适用${name}：${earlier.note}`, `Governed by ${earlier.title}, which is not encoded`);
    }
  }
  const meta = named ?? docs[0]!;
  const successor = successorOf(meta);
  const last = lastDayGoverned(meta);
  if (successor && last !== null && introduced > last) {
    throw notApplicable(
      `${head}《${meta.title}》适用于 ${toISO(last)} 及以前引进的人员，其后引进的适用《${successor.title}》${successor.docNumber ? `（${successor.docNumber}）` : ""}（${successor.id}）`,
      `${meta.id} governs until ${toISO(last)}; ${successor.id} after`,
    );
  }
  if (meta.validTo && introduced > fromISO(meta.validTo)) {
    throw notApplicable(
      `${head}《${meta.title}》有效期至 ${meta.validTo}（${meta.validity.article.label}），${toISO(introduced)} 已失效；其后适用的文件未收录，无法计算`,
      `${meta.id} expired on ${meta.validTo}`,
    );
  }
  throw notApplicable(
    `${head}${toISO(introduced)} 早于《${meta.title}》施行日期 ${fromText(meta, options)}（${meta.validity.article.label}）；此前引进的人员适用的文件未收录，无法计算`,
    "No encoded document governs that date",
  );
}

export function governingDocument(input: GoverningInput, options: Options): Result<string> {
  const { introduced } = input;
  const word = input.policy?.trim() || undefined;
  const city = input.city?.trim() || undefined;
  if (word === undefined && city === undefined) {
    throw invalid("缺少适用政策：请增加“适用政策”列、选择一项政策，或提供“城市”和“引进日期”", "No policy for the row");
  }
  const named = word === undefined ? undefined : metaOf(word);
  if (named && introduced === undefined) {
    return result(named.id, cite(named, named.validity.article), () => [`未给出引进日期，未核对《${named.title}》的施行期`]);
  }
  if (named && inForce(named, introduced!, options)) {
    return result(named.id, cite(named, named.validity.article), () => [`${toISO(introduced!)} 在《${named.title}》施行期内（${named.validity.zh}）`]);
  }
  // A city (as the policy word or the city column): the city's encoded document in force that day.
  const cityWord = named ? (isCityWord(named, word!) ? word! : undefined) : city;
  if (cityWord === undefined) return outOfForce([named!], introduced!, options, named);
  if (introduced === undefined) {
    throw invalid(`只给出城市“${cityWord}”时需要引进日期，才能确定适用哪份文件`, "The introduction date is needed to find the document");
  }
  const docs = docsOfCity(cityWord);
  for (const meta of docs) {
    if (inForce(meta, introduced, options)) {
      return result(meta.id, cite(meta, meta.validity.article), () => [`${toISO(introduced)} 在《${meta.title}》施行期内（${meta.validity.zh}）`]);
    }
  }
  return outOfForce(docs, introduced, options);
}
