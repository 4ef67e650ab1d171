import { readDate } from "../engine/core/date-reader";
import { toISO } from "../engine/core/dates";
import { isTalentError } from "../engine/core/errors";
import type { Cell } from "./types";
import { NO, YES, type ZhTable } from "./vocab";

/**
 * How one value of the file is written in one cell and read back. `read` gets a non-blank cell and
 * throws a CellError with the Chinese message when the cell does not hold such a value.
 */
export interface Codec<T> {
  /** What the cell should hold, in the message when it does not (“数字”, “是或否”). */
  expects: string;
  write(v: T): Cell;
  read(c: Cell): T;
}

export class CellError extends Error {}

function fail(message: string): never {
  throw new CellError(message);
}

export function isBlank(c: Cell | undefined): boolean {
  return c === null || c === undefined || (typeof c === "string" && c.trim() === "");
}

/** A cell shown in a message: text in quotes, numbers as they are. */
export function shown(c: Cell): string {
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  if (typeof c === "object" && c !== null) return `=${c.formula}`;
  return `“${String(c)}”`;
}

function asText(c: Cell): string {
  if (typeof c === "string") return c.trim();
  // A code typed as 1 or 2014 is stored by Excel as a number; as a word it is the same.
  if (typeof c === "number") return String(c);
  // Excel turns a typed true/false into TRUE/FALSE: as a word (an option's value) it is the same
  if (typeof c === "boolean") return c ? "true" : "false";
  // Excel makes a typed 2026-11-30 a date even where text is meant (a 版本): the day it shows
  if (c instanceof Date && !Number.isNaN(c.getTime())) return c.toISOString().slice(0, 10);
  return fail(`应填文字，而不是${shown(c)}`);
}

export const TEXT: Codec<string> = { expects: "文字", write: (v) => v, read: asText };

/**
 * Lists are written with 、 between the words, as offices write them; a word that itself holds 、 makes
 * the whole cell one word a line.
 */
export function splitCell(text: string): string[] {
  const parts = text.includes("\n") ? text.split(/\r?\n/) : text.split("、");
  return parts.map((s) => s.trim()).filter((s) => s !== "");
}

export function joinCell(words: readonly string[]): string {
  return words.join(words.some((w) => w.includes("、")) ? "\n" : "、");
}

export const LIST: Codec<string[]> = { expects: "以“、”分隔的文字", write: (v) => joinCell(v), read: (c) => splitCell(asText(c)) };

/** Words from a closed list (honours, items, ways of the document). */
export function wordsOf(list: readonly string[], kind: string): Codec<string[]> {
  return {
    expects: `以“、”分隔的${kind}`,
    write: (v) => joinCell(v),
    read: (c) => {
      const words = splitCell(asText(c));
      const unknown = words.filter((w) => !list.includes(w));
      if (unknown.length > 0) fail(`无法识别的${kind}：${unknown.map((w) => `“${w}”`).join("、")}（可用：${list.join("、")}）`);
      return words;
    },
  };
}

export function wordOf(list: readonly string[], kind: string): Codec<string> {
  return {
    expects: kind,
    write: (v) => v,
    read: (c) => {
      const w = asText(c);
      if (!list.includes(w)) fail(`无法识别的${kind}：“${w}”（可用：${list.join("、")}）`);
      return w;
    },
  };
}

export function zh<C extends string>(table: ZhTable<C>): Codec<C> {
  return {
    expects: table.what,
    write: (v) => table.toZh(v),
    read: (c) => table.codeOf(asText(c)) ?? fail(`无法识别的${table.what}：“${asText(c)}”（可用：${table.words().join("、")}）`),
  };
}

export function zhList<C extends string>(table: ZhTable<C>): Codec<C[]> {
  const one = zh(table);
  return { expects: `以“、”分隔的${table.what}`, write: (v) => joinCell(v.map((x) => table.toZh(x))), read: (c) => splitCell(asText(c)).map((w) => one.read(w)) };
}

function asNumber(c: Cell, what: string): number {
  const n = typeof c === "number" ? c : typeof c === "string" && /^\s*\d+(\.\d+)?\s*$/.test(c) ? Number(c) : NaN;
  if (!Number.isFinite(n)) fail(`应填${what}，而不是${shown(c)}`);
  if (n < 0) fail(`不能为负数：${n}`);
  return n;
}

/** A non-negative number (money, area, years). */
export const NUMBER: Codec<number> = { expects: "数字", write: (v) => v, read: (c) => asNumber(c, "数字") };

/** A whole number (months, years of a period). */
export const WHOLE: Codec<number> = {
  expects: "整数",
  write: (v) => v,
  read: (c) => {
    const n = asNumber(c, "整数");
    if (!Number.isInteger(n)) fail(`应填整数，而不是 ${n}`);
    return n;
  },
};

/** Amounts of instalments: “50000、50000、50000”. */
export const NUMBERS: Codec<number[]> = {
  expects: "以“、”分隔的金额",
  write: (v) => joinCell(v.map(String)),
  read: (c) => (typeof c === "number" ? [asNumber(c, "金额")] : splitCell(asText(c)).map((w) => asNumber(w, "以“、”分隔的金额"))),
};

/** A rate or share kept as decimal text (“0.05”), so that it reaches decimal.js unrounded. */
export const DECIMAL: Codec<string> = {
  expects: "小数（如 0.05）",
  write: (v) => v,
  read: (c) => {
    const t = typeof c === "number" ? String(c) : asText(c);
    if (!/^\d+(\.\d+)?$/.test(t)) fail(`应填小数（如 0.05），而不是${shown(c)}`);
    return t;
  },
};

export const BOOL: Codec<boolean> = {
  expects: "是或否",
  write: (v) => (v ? YES : NO),
  read: (c) => {
    if (typeof c === "boolean") return c;
    const t = asText(c);
    if (t === YES) return true;
    if (t === NO) return false;
    return fail(`应填“是”或“否”，而不是${shown(c)}`);
  },
};

/** A day, kept as ISO text; a date cell, a date serial and 2022年5月7日 are read alike. */
export const DATE: Codec<string> = {
  expects: "日期",
  write: (v) => v,
  read: (c) => {
    if (c instanceof Date) {
      if (Number.isNaN(c.getTime())) fail("不是有效的日期");
      return c.toISOString().slice(0, 10);
    }
    if (typeof c !== "number" && typeof c !== "string") fail(`应填日期，而不是${shown(c)}`);
    try {
      return toISO(readDate(c, "日期"));
    } catch (e) {
      // the reader names the field first (“日期：”); the problem names the column already
      if (isTalentError(e)) fail(e.message.replace(/^日期：/, ""));
      throw e;
    }
  },
};

/** A codec with one word standing for another value (年数 “不限” for no limit). */
export function orWord<T, W>(codec: Codec<T>, word: string, value: W): Codec<T | W> {
  return {
    expects: `${codec.expects}或“${word}”`,
    write: (v) => (v === value ? word : codec.write(v as T)),
    read: (c) => (typeof c === "string" && c.trim() === word ? value : codec.read(c)),
  };
}
