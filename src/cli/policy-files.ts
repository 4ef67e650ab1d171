import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import * as E from "../engine";
import { errorsOf, formatPath, readPolicyFile, type Problem } from "../engine/files/policy-file";
import type { PolicyFile } from "../engine";
import { UsageError } from "./args";
import type { Io } from "./outputs";

/**
 * Policy files an office wrote (a .json of the policy format, or a policy workbook), read for `policy
 * check` and for `--policy-file` on calc, ledger and audit. A file is data only: nothing in it is run.
 */

/** Larger than any real document (the largest built-in is 52 KB as JSON); a bigger file is a mistake. */
export const MAX_POLICY_FILE_BYTES = 5 * 1024 * 1024;

export interface LoadedPolicyFile {
  path: string;
  /** First 12 hex digits of the SHA-256 of the file's bytes. */
  hash: string;
  file?: PolicyFile;
  problems: Problem[];
  /** Where a problem's path is in the file, for a workbook (工作表“待遇”第 5 行 D 列); for JSON its path. */
  where: (p: Problem) => string;
}

export function readPolicyFileAt(path: string, others: readonly E.PolicyMeta[]): LoadedPolicyFile {
  const size = statSync(path).size;
  if (size > MAX_POLICY_FILE_BYTES) {
    throw new UsageError(`政策文件 ${path} 有 ${(size / 1024 / 1024).toFixed(1)} MB，超过 ${MAX_POLICY_FILE_BYTES / 1024 / 1024} MB 的上限：这不像一个政策文件`);
  }
  const bytes = readFileSync(path);
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 12);
  const ext = extname(path).toLowerCase();
  if (ext !== ".json") throw new UsageError(`政策文件应为 .json（政策文件格式）或政策工作簿 .xlsx，而“${basename(path)}”的扩展名是 ${ext || "（无）"}`);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new UsageError(`政策文件 ${path} 不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`);
  }
  const read = readPolicyFile(raw, others, true);
  return { path, hash, ...read, where: (p) => formatPath(p.path) };
}

/** Problems as lines, errors first. */
export function problemLines(loaded: LoadedPolicyFile): string[] {
  const sorted = [...loaded.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return sorted.map((p) => `${p.severity === "error" ? "错误" : "提醒"}：${loaded.where(p)}：${p.message}`);
}

/**
 * `--policy-file FILE` (repeatable): each file is checked and added to the documents the command knows;
 * a file with errors stops the command before anything is computed, warnings are printed.
 */
export function usePolicyFiles(paths: readonly string[], io: Pick<Io, "err">): void {
  for (const path of paths) {
    const others = E.policyEntries().map((e) => e.meta);
    const loaded = readPolicyFileAt(path, others);
    const lines = problemLines(loaded);
    if (!loaded.file || errorsOf(loaded.problems).length > 0) {
      throw new UsageError(`政策文件 ${path} 有错误，未使用：\n${lines.join("\n")}\n（talent-policy policy check ${path} 可逐项检查）`);
    }
    for (const l of lines) io.err(`${basename(path)}：${l}`);
    E.registerPolicyFile(loaded.file, { kind: "user", file: basename(path), version: loaded.file.meta.version, hash: loaded.hash });
  }
}
