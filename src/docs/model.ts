import * as E from "../engine";
import type { OutCell } from "../functions/cells";
import { formatOutCell, isExcelError } from "../functions/excel-errors";
import zh from "../functions/functions.zh-CN.json";
import { ZH_NAMES } from "../functions/zh-names";
import { evaluateRow, invoke, valuesToInputs } from "../functions/invoke";
import { ALL_SPECS } from "../functions/registry";
import type { FunctionSpec } from "../functions/specs";
import { LEVEL_WORDS_SHOWN, ROUNDING_WORDS_SHOWN } from "../functions/stats-specs";
import { BASIS_WORDS, PENALTY_WORDS, REASON_WORDS, SPOUSE_WORDS } from "../functions/words";
import { EXAMPLES } from "./examples";

/**
 * Everything the function reference and the help pages say, gathered once: names and descriptions in
 * both languages, the words each argument accepts, and worked examples computed by the functions
 * themselves.
 */

export interface EnglishMetadata {
  functions: { id: string; description: string; parameters: { name: string; description?: string }[] }[];
}

interface ZhEntry {
  description: string;
  result: string;
  parameters: Record<string, { name: string; description: string }>;
}

const ZH = zh as Record<string, ZhEntry>;

export interface ParamDoc {
  name: string;
  zhName: string;
  zhDescription: string;
  enDescription: string;
  optional: boolean;
  repeating: boolean;
  words: string | null;
}

export interface ExampleDoc {
  formula: string;
  policyId: string | null;
  result: string;
  ok: boolean;
  citations: string;
  articleKeys: { policyId: string; key: string; label: string }[];
  sentence: string;
}

export interface FunctionDoc {
  id: string;
  zhName: string;
  zhDescription: string;
  zhResult: string;
  enDescription: string;
  params: ParamDoc[];
  examples: ExampleDoc[];
  /** Policies with at least one example that computes; null for functions that take no policy. */
  supports: string[] | null;
}

function wordsOf(table: Record<string, readonly string[]>): string {
  return Object.entries(table)
    .map(([k, ws]) => `${k}（${ws.slice(0, 6).join("、")}${ws.length > 6 ? "…" : ""}）`)
    .join("；");
}

function categoryWords(): string {
  return E.allPolicies()
    .filter((d) => d.categories.length > 0)
    .map((d) => `${d.meta.id}：${d.categories.map((c) => c.code).join("、")}`)
    .join("；");
}

function groundWords(pick: (d: E.PolicyDocument) => E.GroundList | undefined): string {
  return E.allPolicies()
    .flatMap((d) => {
      const g = pick(d);
      return g ? [`${d.meta.id}：${Object.keys(g.grounds).join("、")}`] : [];
    })
    .join("；");
}

/** The words each argument accepts, by parameter name. */
function acceptedWords(name: string): string | null {
  switch (name) {
    case "policy":
      return E.allPolicies()
        .map((d) => `${d.meta.id}（${[d.meta.docNumber, d.meta.city].filter(Boolean).join("、")}）`)
        .join("；");
    case "degree":
      return wordsOf(E.DEGREE_WORDS);
    case "title":
      return wordsOf(E.TITLE_WORDS);
    case "school":
      return wordsOf(E.SCHOOL_WORDS);
    case "urgentMajor":
    case "endDateCounts":
      return "是/否、TRUE/FALSE、Y/N、1/0";
    case "honors": {
      // Way words are still read here (older sheets write 院士、特聘 in one column) but listed under 引进方式.
      const ways = new Set<string>(E.WAYS.keys());
      return `${wordsOf(Object.fromEntries(Object.entries(E.HONORS.entries).filter(([k]) => !ways.has(k))))}；也可写一个引进方式（见“引进方式”）`;
    }
    case "way":
      return wordsOf(E.WAYS.entries);
    case "basis":
      return wordsOf(BASIS_WORDS);
    case "reason":
      return wordsOf(REASON_WORDS);
    case "spouse":
      return wordsOf(SPOUSE_WORDS);
    case "kind":
      return wordsOf(PENALTY_WORDS);
    case "level":
      return LEVEL_WORDS_SHOWN;
    case "denominator":
      return `全部（默认，专业技术人员总数）；${LEVEL_WORDS_SHOWN}`;
    case "rounding":
    case "options":
      return ROUNDING_WORDS_SHOWN;
    case "category":
      return categoryWords();
    case "exclusions":
      return groundWords((d) => d.exclusions);
    case "situations":
      return groundWords((d) => d.disqualification);
    case "startDate":
    case "endDate":
      return "Excel 日期，或 2022-05-07、2022/5/7、2022年5月7日、20220507";
    default:
      return null;
  }
}

function literal(v: unknown): string {
  if (Array.isArray(v)) return `{${(v as unknown[][]).map((r) => r.map(literal).join(",")).join(";")}}`;
  if (typeof v === "string") return `"${v}"`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function formulaOf(spec: FunctionSpec, values: readonly unknown[]): string {
  return `=TALENT.${spec.id}(${values.map(literal).join(", ")})`;
}

function exampleOf(spec: FunctionSpec, values: readonly unknown[]): ExampleDoc {
  const takesPolicy = spec.params[0]?.name === "policy";
  const policyId = takesPolicy ? E.policyOf(String(values[0])).meta.id : null;
  const aggregate = spec.shape === "aggregate";
  let cells: OutCell[][];
  try {
    cells = invoke(spec, valuesToInputs(spec, values), E.DEFAULT_OPTIONS);
  } catch (e) {
    cells = [[e as OutCell]];
  }
  const ok = !cells.some((r) => r.some(isExcelError));
  const result = cells.map((r) => r.map(formatOutCell).join(" | ")).join("\n");
  const row = aggregate ? { error: null } : evaluateRow(spec, values, E.DEFAULT_OPTIONS);
  const citations = "error" in row ? [] : row.result.citations;
  const explainRow =
    spec.id === "EXPLAIN" || aggregate
      ? null
      : evaluateRow(ALL_SPECS.find((s) => s.id === "EXPLAIN")!, [values[0] ?? "", spec.id, ...(takesPolicy ? values.slice(1) : values)], E.DEFAULT_OPTIONS);
  const sentence = explainRow && !("error" in explainRow) ? String(explainRow.cells) : "";
  return {
    formula: formulaOf(spec, values),
    policyId,
    result,
    ok,
    citations: E.formatCitations(citations),
    articleKeys: citations.map((c) => ({ policyId: c.policyId, key: c.article.key, label: c.article.label })),
    sentence,
  };
}

export function functionDocs(english: EnglishMetadata): FunctionDoc[] {
  return ALL_SPECS.map((spec) => {
    const zhEntry = ZH[spec.id];
    const zhName = ZH_NAMES[spec.id];
    const en = english.functions.find((f) => f.id === spec.id);
    if (!zhEntry || !zhName || !en) throw new Error(`${spec.id} lacks ${en ? "Chinese" : "English"} metadata`);
    const params = spec.params.map((p) => ({
      name: p.name,
      zhName: zhEntry.parameters[p.name]?.name ?? p.zh,
      zhDescription: zhEntry.parameters[p.name]?.description ?? "",
      enDescription: en.parameters.find((x) => x.name === p.name)?.description ?? "",
      optional: Boolean(p.optional),
      repeating: Boolean(p.repeating),
      words: acceptedWords(p.name),
    }));
    const examples = (EXAMPLES[spec.id] ?? []).map((v) => exampleOf(spec, v));
    const takesPolicy = spec.params[0]?.name === "policy" && spec.id !== "EXPLAIN";
    const supports = takesPolicy ? [...new Set(examples.filter((x) => x.ok && x.policyId).map((x) => x.policyId!))] : null;
    return {
      id: spec.id,
      zhName,
      zhDescription: zhEntry.description,
      zhResult: zhEntry.result,
      enDescription: en.description,
      params,
      examples,
      supports,
    };
  });
}
