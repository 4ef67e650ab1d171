import { normalizeWord } from "../engine";
import type { Value } from "../jobs/table";
import { BUCKETS, LEVELS, SKILL, UNIT_KINDS, UNSPLIT, systemOf, type Bucket } from "./roster";
import { LISTED_ROWS, percent, QUOTED_NOTES, ROUNDING_ZH, SENIOR, TITLED, WORKING_AGE_ZH, type Listed, type Profile, type Rounding, type Stats } from "./tables";

/**
 * What the statistics check: the roster (people with no title word, words no table knows, ages outside
 * working life) and a report's own figures against the roster and against each other (totals that do not
 * add up, shares that match neither their counts nor any stated denominator).
 */

export type CheckResult = "通过" | "有问题" | "提示";

export interface Check {
  id: string;
  what: string;
  result: CheckResult;
  detail: string;
}

/** Checks of the roster itself. `rowOf` gives the sheet row of the people the tally listed, for the messages. */
export function rosterChecks(s: Stats, rowOf: (at: number) => number = (at) => at): Check[] {
  const rows = (k: Listed) => s.listed[k];
  const list = ({ count, first }: Stats["listed"][Listed]) => `${first.map(rowOf).join("、")}${count > LISTED_ROWS ? " 等" : ""}`;
  const out: Check[] = [];

  const blank = rows("blank");
  out.push({ id: "R1", what: "没有职称字样的人员", result: blank.count ? "有问题" : "通过", detail: blank.count ? `${blank.count} 人未填职称（第 ${list(blank)} 行），已单列为“未填写”，未计入任何级别` : "每人都有职称字样" });

  const words = [...s.unknownWords].map(([w, n]) => `“${w}”${n}人`).join("、");
  out.push({ id: "R2", what: "无法识别的职称", result: s.unknownWords.size ? "有问题" : "通过", detail: s.unknownWords.size ? `${words}：已单列为“未识别”，请改为标准职称或级别` : "全部职称均可归入级别" });

  const outside = rows("outsideAge");
  out.push({
    id: "R3",
    what: `年龄不在 ${WORKING_AGE_ZH} 岁之间`,
    result: outside.count ? "提示" : "通过",
    detail: outside.count ? `${outside.count} 人（第 ${list(outside)} 行），如为返聘退休人员请在报告中说明` : "全部在工作年龄内",
  });

  const noAge = rows("noAge");
  out.push({ id: "R4", what: "缺少出生日期或年龄", result: noAge.count ? "提示" : "通过", detail: noAge.count ? `${noAge.count} 人（第 ${list(noAge)} 行），年龄段表中列为“年龄不详”` : "每人都有年龄" });

  if (s.skillGrades.size) {
    out.push({
      id: "R6",
      what: "职业技能等级（不是职称）",
      result: "提示",
      detail: `${[...s.skillGrades].map(([g, n]) => `${g}${n}人`).join("、")}（第 ${list(rows("skilled"))} 行）：职业技能等级，不是专业技术职称，已单列为“${SKILL}”，计入人员总数，不计入取得专业技术资格人数；卫生系列的技师请写“检验技师”“放射技师”等`,
    });
  }

  const high = rows("unsplit");
  if (high.count) {
    out.push({
      id: "R7",
      what: "只写“高级”的职称",
      result: "提示",
      detail:
        s.count[UNSPLIT] > 0
          ? `${high.count} 人（第 ${list(high)} 行）分不清正高或副高，已单列为“${UNSPLIT}”，计入正副高和取得资格人数，不计入正高或副高；请改写为正高级或副高级`
          : `${high.count} 人（第 ${list(high)} 行）分不清正高或副高，已按副高计（选项 highTitle=unsplit 可单列）；请核实并改写为正高级或副高级`,
    });
  }

  const notes = s.notes;
  if (notes.count) out.push({ id: "R5", what: "其他数据问题", result: "有问题", detail: notes.first.map(({ at, note }) => `第 ${rowOf(at)} 行：${note}`).join("；") + (notes.count > QUOTED_NOTES ? `；另有 ${notes.count - QUOTED_NOTES} 条` : "") });
  return out;
}

/** A condition on people: 级别=正高,副高；系统=教育 (blank: everyone). */
export type Condition = (p: Profile) => boolean;

/** How many people on the roster meet a condition. */
export function countWhere(s: Stats, test: Condition): number {
  return s.profiles.reduce((n, p) => (test(p) ? n + p.n : n), 0);
}

const LEVEL_ALIASES: Record<string, readonly Bucket[]> = {
  正副高: SENIOR,
  高级: SENIOR,
  有职称: TITLED,
  取得资格: TITLED,
};

export function parseCondition(text: string): { test: Condition; error?: string } {
  const parts = text.split(/[;；\s]+/).filter(Boolean);
  const tests: Condition[] = [];
  for (const part of parts) {
    const [key, values] = part.split(/[=＝]/);
    const vs = (values ?? "").split(/[,，、]/).filter(Boolean);
    if (!key || vs.length === 0) return { test: () => false, error: `条件“${part}”应写作 键=值` };
    switch (key) {
      case "级别": {
        const levels = vs.flatMap((v) => LEVEL_ALIASES[v] ?? ((BUCKETS as readonly string[]).includes(v) ? [v as Bucket] : []));
        if (levels.length === 0) return { test: () => false, error: `未知级别：${vs.join("、")}` };
        tests.push((p) => levels.includes(p.bucket));
        break;
      }
      case "单位性质": {
        const kinds = vs.map(unitKindOf);
        tests.push((p) => p.unitKind !== null && kinds.includes(p.unitKind));
        break;
      }
      case "系统": {
        const systems = vs.map(systemOf);
        tests.push((p) => p.system !== null && systems.includes(p.system));
        break;
      }
      case "年龄段":
        tests.push((p) => vs.some((v) => normalizeWord(v) === normalizeWord(p.ageBand)));
        break;
      default:
        return { test: () => false, error: `未知的条件键：${key}（可用：级别、单位性质、系统、年龄段）` };
    }
  }
  return { test: (p) => tests.every((t) => t(p)) };
}

/** The 系统 and 单位性质 values a condition names that no one on the roster has. */
function namesAbsent(s: Stats, text: string): string[] {
  const systems = new Set(s.profiles.map((p) => p.system));
  const kinds = new Set(s.profiles.map((p) => p.unitKind));
  return text
    .split(/[;；\s]+/)
    .filter(Boolean)
    .flatMap((part) => {
      const [key, values] = part.split(/[=＝]/);
      const vs = (values ?? "").split(/[,，、]/).filter(Boolean);
      if (key === "系统") return vs.filter((v) => !systems.has(systemOf(v))).map((v) => `系统“${v}”`);
      if (key === "单位性质") return vs.filter((v) => !kinds.has(unitKindOf(v))).map((v) => `单位性质“${v}”`);
      return [];
    });
}

function unitKindOf(v: string): string {
  return UNIT_KINDS.find(v) ?? v;
}

/** One figure a report states. */
export interface Claim {
  id: string;
  quote: string;
  condition: string;
  count: number | null;
  /** The share as printed (“2.82”), so that its number of decimals is known. */
  share: string | null;
  base: string;
  /** The claim whose count these parts should add up to. */
  partOf: string | null;
}

function decimalsOf(printed: string): number {
  return printed.includes(".") ? printed.split(".")[1]!.length : 0;
}

/** Checks a report's figures against the roster and against each other. */
export function claimChecks(s: Stats, claims: readonly Claim[]): Check[] {
  const out: Check[] = [];
  const countOf = (cond: string): number | string => {
    const c = parseCondition(cond);
    return c.error ?? countWhere(s, c.test);
  };
  const denominators: [string, string][] = [
    ["全部人员", ""],
    ["取得资格人员", "级别=有职称"],
    ["正副高", "级别=正副高"],
    ...LEVELS.map((l): [string, string] => [l, `级别=${l}`]),
  ];
  for (const c of claims) {
    const actual = countOf(c.condition);
    if (typeof actual === "string") {
      out.push({ id: c.id, what: c.quote, result: "有问题", detail: actual });
      continue;
    }
    // A name no one on the roster has makes “没有…人员” true by default: say so.
    const absent = namesAbsent(s, c.condition);
    if (absent.length) out.push({ id: c.id, what: c.quote, result: "提示", detail: `名册中没有${absent.join("、")}的人员，请核对条件中的名称` });
    if (c.count !== null) {
      out.push(
        actual === c.count
          ? { id: c.id, what: c.quote, result: "通过", detail: `人数 ${c.count} 与名册一致` }
          : { id: c.id, what: c.quote, result: "有问题", detail: `文中 ${c.count} 人，名册为 ${actual} 人` },
      );
    }
    if (c.share !== null) {
      const base = countOf(c.base);
      if (typeof base === "string") {
        out.push({ id: c.id, what: c.quote, result: "有问题", detail: base });
        continue;
      }
      const decimals = decimalsOf(c.share);
      const claimed = Number(c.share);
      const at = (n: number, d: number, r: Rounding) => percent(n, d, { rounding: r, decimals })?.toNumber();
      const numerator = c.count ?? actual;
      const rounded = at(numerator, base, "round");
      const truncated = at(numerator, base, "truncate");
      const shown = (x: number | undefined) => (x === undefined ? "—" : x.toFixed(decimals));
      if (rounded === claimed) {
        out.push({ id: c.id, what: c.quote, result: "通过", detail: `${numerator}/${base} = ${c.share}%（${ROUNDING_ZH.round}）` });
      } else if (truncated === claimed) {
        out.push({ id: c.id, what: c.quote, result: "提示", detail: `${numerator}/${base} 截断为 ${c.share}%，四舍五入应为 ${shown(rounded)}%` });
      } else {
        const fits = denominators.filter(([, cond]) => {
          const d = countOf(cond);
          return typeof d === "number" && (at(numerator, d, "round") === claimed || at(numerator, d, "truncate") === claimed);
        });
        const hint = fits.length ? `；按“${fits.map(([n, cond]) => `${n}（${countOf(cond)}人）`).join("或")}”作分母才得 ${c.share}%，文中分母与之不符` : "";
        out.push({ id: c.id, what: c.quote, result: "有问题", detail: `${numerator}/${base} 应为 ${shown(rounded)}%（四舍五入）或 ${shown(truncated)}%（截断），文中为 ${c.share}%${hint}` });
      }
    }
  }
  // Parts that should add up to a total stated elsewhere in the report.
  const byTotal = new Map<string, Claim[]>();
  for (const c of claims) if (c.partOf) byTotal.set(c.partOf, [...(byTotal.get(c.partOf) ?? []), c]);
  for (const [totalId, parts] of byTotal) {
    const total = claims.find((c) => c.id === totalId);
    if (!total || total.count === null) continue;
    const sum = parts.reduce((n, p) => n + (p.count ?? 0), 0);
    out.push(
      sum === total.count
        ? { id: `${totalId}=Σ`, what: `${total.quote}：分项之和`, result: "通过", detail: `${parts.map((p) => p.count).join("+")} = ${sum}` }
        : { id: `${totalId}=Σ`, what: `${total.quote}：分项之和`, result: "有问题", detail: `分项 ${parts.map((p) => p.count).join("+")} = ${sum}，与合计 ${total.count} 相差 ${total.count - sum}` },
    );
  }
  return out;
}

/** Reads a claims table (as in examples/report-2025-claims.xlsx): 编号 原文 条件 人数 占比 分母条件 属于合计. */
export function claimsFrom(rows: readonly (readonly Value[])[]): Claim[] {
  const [head, ...body] = rows;
  const at = (name: string) => (head ?? []).findIndex((h) => String(h ?? "").trim() === name);
  const col = { id: at("编号"), quote: at("原文"), condition: at("条件"), count: at("人数"), share: at("占比"), base: at("分母条件"), partOf: at("属于合计") };
  if (col.id < 0 || col.condition < 0) throw new Error("报告数据表须有“编号”“条件”列（另可有 原文、人数、占比、分母条件、属于合计）");
  const text = (r: readonly Value[], i: number) => (i < 0 ? "" : String(r[i] ?? "").trim());
  return body
    .filter((r) => text(r, col.id) !== "")
    .map((r) => ({
      id: text(r, col.id),
      quote: text(r, col.quote),
      condition: text(r, col.condition),
      count: text(r, col.count) === "" ? null : Number(text(r, col.count)),
      share: text(r, col.share) === "" ? null : text(r, col.share),
      base: text(r, col.base),
      partOf: text(r, col.partOf) || null,
    }));
}

export function checksTable(checks: readonly Check[]): Value[][] {
  return [["编号", "检查", "结果", "说明"], ...checks.map((c) => [c.id, c.what, c.result, c.detail])];
}
