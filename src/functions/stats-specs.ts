import * as E from "../engine";
import { readPerson, type Person } from "../stats/roster";
import { crossTable, levelTable, percent, ROUNDING_ZH, SENIOR, summarise, TITLED, validDecimals, type ShareRule } from "../stats/tables";
import * as A from "./args";
import type { OutCell } from "./cells";
import type { FunctionSpec } from "./specs";

/**
 * TITLESTATS and TITLESHARE: the annual statistics of professional titles as functions over a whole
 * roster column (one call), with the same normalisation and rounding as the report the pane writes.
 */

/** “截断”, “四舍五入 1”, “截断;3”: the rounding and the number of decimals. */
function shareRule(c: unknown, decimalsCell?: unknown): ShareRule {
  const text = A.optText(c, "舍入方式") ?? "";
  const rounding = /截断|truncate|截尾|舍去/i.test(text) ? "truncate" : "round";
  const inline = /(\d+)/.exec(text.replace(/四舍五入|截断/g, ""))?.[1];
  const decimals = A.optQuantity(decimalsCell, "小数位数") ?? (inline === undefined ? 2 : Number(inline));
  if (!validDecimals(decimals)) throw E.invalid("小数位数应为 0 到 6 的整数", "Decimals must be 0–6");
  if (text && !/截断|truncate|截尾|舍去|四舍五入|round|舍入|\d/i.test(text)) {
    throw E.invalid(`舍入方式无法识别：“${text}”（可用：四舍五入、截断，可加位数如“截断 3”）`, "Unknown rounding");
  }
  return { rounding: rounding as ShareRule["rounding"], decimals };
}

function people(options: E.Options, titles: readonly unknown[], groups?: readonly unknown[]): Person[] {
  const reference = E.today();
  return titles.map((t, i) => {
    const p = readPerson({ title: t }, reference, options.highTitle);
    if (groups) p.group = A.optText(groups[i], "分组") ?? "未填写";
    return p;
  });
}

const LEVEL_WORDS: Record<string, readonly string[]> = {
  正高: ["正高"],
  正高级: ["正高"],
  副高: ["副高"],
  副高级: ["副高"],
  中级: ["中级"],
  初级: ["初级"],
  未评聘: ["未评聘"],
  在岗未评聘: ["未评聘"],
  正副高: SENIOR,
  正副高级: SENIOR,
  高级: SENIOR,
  有职称: TITLED,
  取得资格: TITLED,
};

/** For the function reference. */
export const LEVEL_WORDS_SHOWN = Object.keys(LEVEL_WORDS).join("、");
export const ROUNDING_WORDS_SHOWN = "四舍五入（默认）、截断；可加小数位数，如“截断 3”";

function levelSet(raw: string, label: string): readonly string[] {
  const set = LEVEL_WORDS[E.normalizeWord(raw)];
  if (!set) throw E.invalid(`${label}应为 正高、副高、中级、初级、未评聘、正副高 或 有职称，而不是“${raw}”`, `Unknown level "${raw}"`);
  return set;
}

export const STATS_SPECS: readonly FunctionSpec[] = [
  {
    id: "TITLESTATS",
    params: [
      { name: "titles", zh: "职称列", whole: true },
      { name: "groups", zh: "分组列", optional: true, whole: true },
      { name: "options", zh: "舍入方式", optional: true },
    ],
    shape: "aggregate",
    resultZh: "职称统计表",
    evaluate(args, options) {
      const titles = args[0] as unknown[];
      const groups = (args[1] as unknown[] | undefined)?.some((g) => !A.isMissing(g)) ? (args[1] as unknown[]) : undefined;
      if (groups && groups.length !== titles.length) throw E.invalid("分组列与职称列的行数不同", "Groups and titles differ in length");
      const rule = shareRule(args[2]);
      const s = summarise(people(options, titles, groups));
      const rows = (groups ? crossTable(s, "group") : levelTable(s, rule)) as OutCell[][];
      const cells = rows.map((r) => r.map((v) => (v === null ? "" : v)));
      const result = E.result(s.total, [], () => [`共${s.total}人，百分比${ROUNDING_ZH[rule.rounding]}保留${rule.decimals}位小数`]);
      return { result, cells, say: () => `${s.total}人` };
    },
  },
  {
    id: "TITLESHARE",
    params: [
      { name: "titles", zh: "职称列", whole: true },
      { name: "level", zh: "级别" },
      { name: "denominator", zh: "分母", optional: true },
      { name: "rounding", zh: "舍入方式", optional: true },
      { name: "decimals", zh: "小数位数", optional: true },
    ],
    shape: "aggregate",
    resultZh: "职称占比",
    evaluate(args, options) {
      const s = summarise(people(options, args[0] as unknown[]));
      const count = (set: readonly string[]) => set.reduce((n, l) => n + (s.count as Record<string, number>)[l]!, 0);
      const level = levelSet(A.text(args[1], "级别"), "级别");
      const denominatorWord = A.optText(args[2], "分母") ?? "全部";
      const denominator = /^(全部|all|专业技术人员总数|总数)$/i.test(denominatorWord) ? s.total : count(levelSet(denominatorWord, "分母"));
      const rule = shareRule(args[3], args[4]);
      const value = percent(count(level), denominator, rule);
      if (value === null) throw E.invalid(`分母“${denominatorWord}”为 0 人`, "The denominator is 0");
      const result = E.result(value, [], () => [`${count(level)} ÷ ${denominator}（${denominatorWord}）× 100，${ROUNDING_ZH[rule.rounding]}保留${rule.decimals}位小数`]);
      return { result, cells: value.toNumber(), say: () => `${value.toFixed(rule.decimals)}%` };
    },
  },
];
