import { formatCitations, invalid } from "../engine";
import * as A from "./args";
import { evaluateRow } from "./invoke";
import { SPECS, type FunctionSpec } from "./specs";
import { ZH_NAMES } from "./zh-names";

/**
 * EXPLAIN: any TALENT function's answer as one Chinese sentence — the result, the steps, the articles.
 * The function may be named as in the English metadata (REFUND, TALENT.REFUND) or the Chinese (应退补贴).
 */
function targetOf(raw: string): FunctionSpec {
  const name = raw.trim().replace(/^(TALENT|人才)\./i, "").toUpperCase();
  const spec = SPECS.find((s) => s.id === name || ZH_NAMES[s.id] === raw.trim().replace(/^(TALENT|人才)\./i, ""));
  if (!spec || spec.id === "EXPLAIN") {
    throw invalid(`未知的函数：“${raw}”（可写 REFUND 或 应退补贴 等）`, `Unknown function: "${raw}"`);
  }
  if (spec.shape === "aggregate") {
    throw invalid(`${spec.id} 汇总整列数据，其结果表已注明分母与舍入方式，无需逐行说明`, `${spec.id} aggregates whole columns`);
  }
  return spec;
}

export const EXPLAIN: FunctionSpec = {
  id: "EXPLAIN",
  params: [
    { name: "policy", zh: "政策" },
    { name: "functionName", zh: "函数名" },
    { name: "args", zh: "该函数的其余参数", repeating: true },
  ],
  shape: "cell",
  resultZh: "计算说明",
  evaluate(args, options) {
    const target = targetOf(A.text(args[1], "函数名"));
    const rest = args.slice(2);
    const targetArgs = target.params[0]?.name === "policy" ? [args[0], ...rest] : rest;
    const e = evaluateRow(target, targetArgs, options);
    if ("error" in e) {
      const err = e.error as { code: string; message?: string };
      const sentence = `无法计算${target.resultZh}（${err.code}）：${err.message ?? ""}`;
      return { result: { value: sentence, citations: [], trace: () => [] }, cells: sentence, say: () => sentence };
    }
    const steps = e.result.trace().join("；");
    const basis = e.result.citations.length > 0 ? `依据${formatCitations(e.result.citations)}。` : "";
    const sentence = `${target.resultZh}为${e.say()}：${steps}。${basis}`;
    return { result: { value: sentence, citations: e.result.citations, trace: e.result.trace }, cells: sentence, say: () => sentence };
  },
};
