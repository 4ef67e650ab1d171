import * as z from "zod/mini";
import type { PolicyDocument, PolicyFile } from "../model/policy";
import { PolicyFileSchema } from "../model/policy-format";
import { checkPolicy } from "./check";
export { documentOf } from "./document-of";
import { duplicateKeys } from "./duplicate-keys";

/**
 * Reading a policy file (the built-in documents and an office's own alike): the schema first, then the
 * checks the schema cannot express (instalments that do not add up, a benefit for a category the document
 * does not have …). Every problem names where it is, as a path into the file, so that the policy workbook
 * can point at the cell it came from.
 */

export type PathPart = string | number;

export interface Problem {
  path: PathPart[];
  message: string;
  /** An error stops the file being used; a warning is printed and the file is used. */
  severity: "error" | "warning";
}

/** `benefits[3].amounts.第一类.instalments`: where a problem is, for a reader of the JSON. */
export function formatPath(path: readonly PathPart[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("") || "（整个文件）";
}

const TYPE_ZH: Record<string, string> = {
  string: "文字",
  number: "数字",
  int: "整数",
  boolean: "true/false",
  object: "一组字段",
  array: "列表",
  null: "null",
  record: "一组“键：值”",
  map: "一组“键：值”",
  undefined: "不填",
};

function received(input: unknown): string {
  if (input === undefined) return "未填写";
  if (input === null) return "null";
  if (Array.isArray(input)) return "列表";
  return TYPE_ZH[typeof input] ?? typeof input;
}

function shown(v: unknown): string {
  return typeof v === "string" ? `“${v}”` : JSON.stringify(v);
}

/** One zod issue in Chinese; unions are explained by the alternative that came closest. */
function messagesOf(issue: z.core.$ZodIssue, at: PathPart[]): Problem[] {
  const path = [...at, ...(issue.path as PathPart[])];
  const error = (message: string): Problem[] => [{ path, message, severity: "error" }];
  switch (issue.code) {
    case "invalid_type":
      return error(issue.input === undefined ? `缺少必填项（应为${TYPE_ZH[issue.expected] ?? issue.expected}）` : `应为${TYPE_ZH[issue.expected] ?? issue.expected}，而不是${received(issue.input)}`);
    case "invalid_value":
      return error(
        issue.values.length === 1 ? `应为 ${shown(issue.values[0])}` : `只能是：${issue.values.map((v) => String(v)).join("、")}（而不是 ${shown(issue.input)}）`,
      );
    case "unrecognized_keys":
      return error(`不认识的字段：${issue.keys.join("、")}（格式中没有，可能是拼写错误）`);
    case "too_small":
      return error(issue.origin === "number" ? `不能小于 ${String(issue.minimum)}` : issue.origin === "string" ? "不能为空" : `至少 ${String(issue.minimum)} 项`);
    case "too_big":
      return error(`不能大于 ${String(issue.maximum)}`);
    case "invalid_format":
      return error(`写法不对：${shown(issue.input)}（${formatHint(issue.pattern)}）`);
    case "not_multiple_of":
      return error("应为整数");
    case "invalid_key":
      return issue.issues.flatMap((i) => messagesOf(i, path)).map((p) => ({ ...p, message: `键 ${p.message}` }));
    case "invalid_element":
      return issue.issues.flatMap((i) => messagesOf(i, [...path, issue.key as PathPart]));
    case "invalid_union": {
      if (issue.errors.length === 0) return error("note" in issue && issue.note === "No matching discriminator" ? "种类（kind）不认识" : "不符合任何一种写法");
      // The alternative with the fewest complaints is the one the author meant.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
      return best.flatMap((i) => messagesOf(i, path));
    }
    default:
      return error(issue.message);
  }
}

function formatHint(pattern: RegExp | string | undefined): string {
  const p = typeof pattern === "string" ? pattern : (pattern?.source ?? "");
  if (p.includes("\\d{4}-\\d{2}-\\d{2}")) return "日期写作 YYYY-MM-DD";
  if (p.includes("a-z0-9")) return "只用小写字母、数字和连字符";
  if (p.includes("A-Za-z")) return "只用字母和数字，字母开头";
  if (p.includes("\\d+(\\.\\d+)?")) return "写成小数，如 0.5";
  if (p.includes("^\\s.")) return "条文键写作 条 或 条.项，如 14.3，不含空格";
  if (p.includes("A-Z")) return "函数名用大写字母，不带 TALENT.";
  return `应符合 ${p}`;
}

export interface ReadFile {
  /** The file, where the schema accepts it (checked further: see problems). */
  file?: PolicyFile;
  problems: Problem[];
}

/**
 * Validates a parsed JSON value as a policy file. `others` are the documents already loaded, for the
 * checks that compare (an id or validity that clashes). `reachability` also tries every kind of person
 * against the categories (about a second for a large document: for `policy check` and a user's file,
 * not for each load of a built-in, whose tests run it). `text`, the JSON the value was parsed from, where
 * there is one, is checked for fields written twice (duplicateKeys). Never throws on bad input: problems
 * say why.
 */
export function readPolicyFile(raw: unknown, others: readonly PolicyDocument["meta"][] = [], reachability = false, text?: string): ReadFile {
  const twice = text === undefined ? [] : duplicateKeys(text);
  const parsed = PolicyFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { problems: [...twice, ...parsed.error.issues.flatMap((i) => messagesOf(i, []))] };
  return { file: parsed.data, problems: [...twice, ...checkPolicy(parsed.data, others, reachability)] };
}


export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === "error");
}

/** Problems as lines a person reads. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.severity === "error" ? "错误" : "提醒"}：${formatPath(p.path)}：${p.message}`).join("\n");
}
