import { isBlank, TEXT, type Codec } from "./codecs";
import { getPath, setPath, SheetReader, type Blank, type Path } from "./sheet";
import type { Cell } from "./types";

/**
 * Sheets of named fields, one value a row (文件信息, 年龄与排除条件, 其他规则): the rules a document has at
 * most once, each field in its own row with its Chinese name. A field that repeats (one maximum age per
 * category, one ground of exclusion per row) names the category, ground or number in 项目.
 */

/** Stands in a path for the 项目 of the row: a key of a table ("{}") or a number of a list ("[]"). */
export const KEY = "{}";
export const INDEX = "[]";

export interface Field {
  zh: string;
  /** Below the section's base; an article field's path ends at the ArticleRef. */
  path: Path;
  codec?: Codec<any>;
  /** The field is an article: its key and label go in 条文键 and 条款写法, not in 值. */
  article?: true;
  blank: Blank;
  /** The optional object (dotted path below the base) the field belongs to. */
  within?: string;
  dropdown?: string;
  /** The list 项目 is taken from, where it is a closed one (category codes, scales of sanctions). */
  keyDropdown?: string;
  hint?: string;
}

export interface Section {
  /** The rule's name in column 规则 (and the section's title in the instructions). */
  name: string;
  base: Path;
  /** The document may lack the rule altogether. */
  optional: boolean;
  fields: Field[];
}

export const KV_HEADERS = { rule: "规则", field: "字段", key: "项目", value: "值", articleKey: "条文键", articleLabel: "条款写法" } as const;

export function kvHeaders(withRule: boolean): string[] {
  const h = KV_HEADERS;
  return [...(withRule ? [h.rule] : []), h.field, h.key, h.value, h.articleKey, h.articleLabel];
}

function placeholderAt(path: Path): number {
  return path.findIndex((p) => p === KEY || p === INDEX);
}

/** Rows of every field of the sections; a rule the document lacks is listed with blank values to fill. */
export function writeKv(sections: readonly Section[], file: unknown, withRule: boolean): Cell[][] {
  const rows: Cell[][] = [kvHeaders(withRule)];
  const row = (s: Section, f: Field, key: string | null, v: unknown): Cell[] => {
    const art = f.article && v ? (v as { key: string; label: string }) : undefined;
    const value = f.article || v === undefined || v === null ? null : Array.isArray(v) && v.length === 0 ? null : f.codec!.write(v);
    return [...(withRule ? [s.name] : []), f.zh, key, value, art?.key ?? null, art?.label ?? null];
  };
  for (const s of sections) {
    const obj = getPath(file, s.base);
    const done = new Set<string>();
    for (const f of s.fields) {
      const at = placeholderAt(f.path);
      if (at < 0) {
        rows.push(row(s, f, null, getPath(obj, f.path)));
        continue;
      }
      const prefix = JSON.stringify(f.path.slice(0, at + 1));
      if (done.has(prefix)) continue;
      done.add(prefix);
      const group = s.fields.filter((g) => JSON.stringify(g.path.slice(0, at + 1)) === prefix);
      const container = getPath(obj, f.path.slice(0, at));
      const keys = container === undefined || container === null ? [] : Array.isArray(container) ? container.map((_, i) => i) : Object.keys(container);
      if (keys.length === 0) for (const g of group) rows.push(row(s, g, null, undefined));
      for (const k of keys) {
        for (const g of group) {
          const v = getPath(obj, [...g.path.slice(0, at), k, ...g.path.slice(at + 1)]);
          if (v === undefined && g.blank === "omit") continue;
          rows.push(row(s, g, typeof k === "number" ? String(k + 1) : k, v));
        }
      }
    }
  }
  return rows;
}

/** Reads the sections of one key-value sheet into `file`. */
export function readKv(sheet: SheetReader, sections: readonly Section[], file: any, withRule: boolean): void {
  const h = KV_HEADERS;
  // section name → field zh → the row that names it (where a missing value is reported)
  const seen = new Map<string, Map<string, number>>();
  const got = new Map<Section, any>();
  const setAt = new Set<string>();
  for (const r of sheet.dataRows()) {
    const ruleName = withRule ? sheet.value(r, h.rule, TEXT) : sections[0]!.name;
    if (withRule && ruleName === undefined) {
      sheet.problem(r, h.rule, `请在“${h.rule}”列选择规则（可用：${sections.map((s) => s.name).join("、")}）`);
      continue;
    }
    const s = sections.find((x) => x.name === ruleName);
    if (!s) {
      sheet.problem(r, h.rule, `无法识别的规则：“${ruleName}”（可用：${sections.map((x) => x.name).join("、")}）`);
      continue;
    }
    const zh = sheet.value(r, h.field, TEXT);
    const f = s.fields.find((x) => x.zh === zh);
    if (!f) {
      sheet.problem(r, h.field, zh === undefined ? "请填写字段名" : `“${s.name}”没有字段“${zh}”（可用：${s.fields.map((x) => x.zh).join("、")}）`);
      continue;
    }
    if (!seen.has(s.name)) seen.set(s.name, new Map());
    if (!seen.get(s.name)!.has(f.zh)) seen.get(s.name)!.set(f.zh, r);
    const at = placeholderAt(f.path);
    const rawKey = sheet.value(r, h.key, TEXT);
    const filled = [h.value, h.articleKey, h.articleLabel].some((x) => !sheet.blank(r, x));
    // a field's own row, filled or not, is where a problem about it is shown
    if (at < 0) {
      const cell = sheet.ref(r, f.article ? h.articleKey : h.value);
      for (let n = f.path.length; n >= 1; n--) sheet.sources.note([...s.base, ...f.path.slice(0, n)], cell);
    }
    if (!filled && (at < 0 || rawKey === undefined)) continue;
    let path = f.path;
    if (at >= 0) {
      if (rawKey === undefined) {
        sheet.problem(r, h.key, `“${f.zh}”须在“${h.key}”列写明${f.path[at] === INDEX ? "序号（1、2、3…）" : "所属的类别或情形"}`);
        continue;
      }
      let k: string | number = rawKey;
      if (f.path[at] === INDEX) {
        if (!/^[1-9]\d*$/.test(rawKey)) {
          sheet.problem(r, h.key, `“${h.key}”应填序号 1、2、3…，而不是“${rawKey}”`);
          continue;
        }
        k = Number(rawKey) - 1;
      }
      path = [...f.path.slice(0, at), k, ...f.path.slice(at + 1)];
    } else if (rawKey !== undefined) {
      sheet.problem(r, h.key, `“${f.zh}”不分项目，“${h.key}”列请留空`);
    }
    const full = [...s.base, ...path];
    const id = JSON.stringify(full);
    if (setAt.has(id)) {
      sheet.problem(r, h.field, `“${f.zh}”${rawKey !== undefined ? `（${rawKey}）` : ""}重复填写`);
      continue;
    }
    if (!got.has(s)) got.set(s, {});
    const obj = got.get(s);
    if (f.article) {
      const key = sheet.value(r, h.articleKey, TEXT);
      const label = sheet.value(r, h.articleLabel, TEXT);
      if (!sheet.blank(r, h.value)) sheet.problem(r, h.value, `“${f.zh}”是条款：请填在“${h.articleKey}”和“${h.articleLabel}”列，“${h.value}”列留空`);
      if (key === undefined) sheet.problem(r, h.articleKey, `“${f.zh}”须填写条文键（条文表中的键，如 14.3）`);
      if (label === undefined) sheet.problem(r, h.articleLabel, `“${f.zh}”须填写条款写法（如 第十四条第（三）项）`);
      setAt.add(id);
      if (key === undefined || label === undefined) continue;
      setPath(obj, path, { key, label });
      sheet.sources.note(full, sheet.ref(r, h.articleKey));
      sheet.sources.note([...full, "key"], sheet.ref(r, h.articleKey));
      sheet.sources.note([...full, "label"], sheet.ref(r, h.articleLabel));
      continue;
    }
    for (const x of [h.articleKey, h.articleLabel]) if (!sheet.blank(r, x)) sheet.problem(r, x, `“${f.zh}”不是条款，此列请留空`);
    const v = sheet.value(r, h.value, f.codec!);
    setAt.add(id);
    if (v === undefined) {
      if (!sheet.blank(r, h.value)) continue;
      // a repeated field named in 项目 with no value (a ground with no further words)
      if (f.blank === "empty") setPath(obj, path, []);
      else if (f.blank === "null") setPath(obj, path, null);
      else if (f.blank === "text") setPath(obj, path, "");
      else if (f.blank === "required") sheet.problem(r, h.value, `“${f.zh}”必须填写`);
      continue;
    }
    setPath(obj, path, v);
    sheet.sources.note(full, sheet.ref(r, h.value));
    if (at >= 0) sheet.sources.note([...s.base, ...path.slice(0, at + 1)], sheet.ref(r, h.key));
  }
  for (const s of sections) {
    const obj = got.get(s);
    if (!obj && s.optional) continue;
    const target = obj ?? {};
    fillBlanks(sheet, s, target, seen.get(s.name) ?? new Map(), (p) => setAt.has(JSON.stringify([...s.base, ...p])));
    for (const [k, v] of Object.entries(target)) setPath(file, [...s.base, k], v);
    if (s.base.length > 0 && obj) {
      const first = seen.get(s.name)?.values().next().value;
      if (first !== undefined) sheet.sources.note(s.base, sheet.ref(first, withRule ? h.rule : h.field));
    }
  }
  // lists given by number (项目 1、2、3): no gaps
  for (const s of sections) {
    for (const f of s.fields) {
      const at = f.path.indexOf(INDEX);
      if (at < 0) continue;
      const list = getPath(file, [...s.base, ...f.path.slice(0, at)]);
      if (Array.isArray(list) && list.some((x, i) => x === undefined && i < list.length)) {
        sheet.problem(undefined, undefined, `“${s.name}”的“${f.zh}”序号不连续：应从 1 起依次编号`);
        setPath(file, [...s.base, ...f.path.slice(0, at)], list.filter((x) => x !== undefined));
      }
    }
  }
}

/** Missing fields of a rule that is there: required ones are problems, others become null or []. */
function fillBlanks(sheet: SheetReader, s: Section, obj: any, rowOf: Map<string, number>, written: (p: Path) => boolean): void {
  const within = (f: Field) => (f.within ? getPath(obj, f.within.split(".")) !== undefined : true);
  const absentObjects = new Set(s.fields.filter((f) => f.within && getPath(obj, f.within.split(".")) === undefined).map((f) => f.within!));
  for (const f of s.fields) {
    if (f.within && absentObjects.has(f.within)) continue;
    if (!within(f)) continue;
    const at = placeholderAt(f.path);
    const items: Path[] = [];
    if (at < 0) items.push(f.path);
    else {
      const container = getPath(obj, f.path.slice(0, at)) as object | null | undefined;
      if (container === undefined || container === null) {
        // a table or list the rule always has, with no rows yet (a document that repeals nothing)
        if (!f.within) setPath(obj, f.path.slice(0, at), f.path[at] === INDEX ? [] : {});
        continue;
      }
      for (const k of Array.isArray(container) ? container.map((_, i) => i) : Object.keys(container)) items.push([...f.path.slice(0, at), k, ...f.path.slice(at + 1)]);
    }
    for (const p of items) {
      // a value that was there but wrong has its own problem already
      if (getPath(obj, p) !== undefined || written(p)) continue;
      if (f.blank === "null") setPath(obj, p, null);
      else if (f.blank === "empty") setPath(obj, p, []);
      else if (f.blank === "text") setPath(obj, p, "");
      else if (f.blank === "required") {
        const r = rowOf.get(f.zh);
        const what = at >= 0 ? `（${String(p[at] === undefined ? "" : typeof p[at] === "number" ? (p[at] as number) + 1 : p[at])}）` : "";
        const where = f.article ? KV_HEADERS.articleKey : KV_HEADERS.value;
        sheet.problem(r, r === undefined ? undefined : where, `“${s.name}”缺少“${f.zh}”${what}${r === undefined ? `：请加一行，字段填“${f.zh}”` : ""}`);
      }
    }
  }
}

export function isKvBlankRow(cells: Cell[]): boolean {
  return cells.every(isBlank);
}
