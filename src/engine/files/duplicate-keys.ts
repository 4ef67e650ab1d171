import { visit } from "jsonc-parser";
import type { PathPart, Problem } from "./policy-file";

/**
 * Fields written twice in one object of a policy file's JSON text. JSON.parse keeps the last and drops
 * the first without a word, so an office that pasted a class's amount twice (two "第一类" under one
 * benefit) would get the second and never know the first was gone: each is an error naming both lines.
 * jsonc-parser walks the text with offsets; the value itself still comes from JSON.parse.
 */
export function duplicateKeys(text: string): Problem[] {
  const problems: Problem[] = [];
  const open: Map<string, { line: number; column: number }>[] = [];
  visit(text, {
    onObjectBegin: () => {
      open.push(new Map());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (name, _offset, _length, line, character, pathSupplier) => {
      const seen = open[open.length - 1];
      if (!seen) return;
      const at = { line: line + 1, column: character + 1 };
      const first = seen.get(name);
      if (first === undefined) {
        seen.set(name, at);
        return;
      }
      // a file written on one line (minified) needs the column to tell the two apart
      const where = first.line === at.line ? `第 ${at.line} 行第 ${first.column} 列和第 ${at.column} 列` : `第 ${first.line} 行和第 ${at.line} 行`;
      const path: PathPart[] = [...pathSupplier(), name];
      problems.push({ path, message: `字段“${name}”在同一组字段里写了两次（${where}），JSON 只取后一次的值、前一次会被丢掉：请删去或合并其中一处`, severity: "error" });
    },
  });
  return problems;
}
