import { createHash } from "node:crypto";
import { readFileSync, realpathSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import * as E from "../engine";
import { jsonErrorText } from "../engine/files/json-error";
import { errorsOf, formatPath, readPolicyFile } from "../engine/files/policy-file";
import type { PolicyFile } from "../engine";
import { checkPolicyWorkbook, formatProblem, layoutRemarks } from "../policy-workbook";
import { PolicyWorkbookError, readPolicyWorkbookAndLayout } from "../policy-workbook/xlsx";
import { runCase } from "../functions/cases";
import { UsageError } from "./args";
import type { Io } from "./outputs";

/**
 * Policy files an office wrote — a policy workbook (.xlsx, from `policy template`) or a .json of the
 * policy format — read for `policy check` and for `--policy-file` on calc, ledger and audit. A file is
 * data only: nothing in it is run, and no formula in a workbook is evaluated.
 */

/** Larger than any real document (the largest built-in is 52 KB as JSON); a bigger file is a mistake. */
export const MAX_POLICY_FILE_BYTES = 5 * 1024 * 1024;

export interface LoadedPolicyFile {
  path: string;
  /** First 12 hex digits of the SHA-256 of the file's bytes. */
  hash: string;
  /** The file, when it has no error (warnings may remain). */
  file?: PolicyFile;
  /** Every problem as a line naming where it is (工作表“待遇”第5行 D列…, or the JSON path); errors first. */
  lines: string[];
  errors: number;
  warnings: number;
  /** Where the file's i-th test case is. */
  caseAt: (i: number) => string;
}

export async function readPolicyFileAt(path: string, others: readonly E.PolicyMeta[]): Promise<LoadedPolicyFile> {
  const size = statSync(path).size;
  if (size > MAX_POLICY_FILE_BYTES) {
    throw new UsageError(`政策文件 ${path} 有 ${(size / 1024 / 1024).toFixed(1)} MB，超过 ${MAX_POLICY_FILE_BYTES / 1024 / 1024} MB 的上限：这不像一个政策文件`);
  }
  const bytes = readFileSync(path);
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 12);
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx") return readWorkbook(path, hash, others);
  if (ext !== ".json") throw new UsageError(`政策文件应为政策工作簿 .xlsx（talent-policy policy template 写出的）或政策文件 .json，而“${basename(path)}”的扩展名是 ${ext || "（无）"}`);
  let raw: unknown;
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`政策文件 ${path} 不是有效的 JSON：${jsonErrorText(text, e)}`);
  }
  const read = readPolicyFile(raw, others, true, text);
  const sorted = [...read.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  const errors = errorsOf(read.problems).length;
  return {
    path,
    hash,
    ...(read.file && errors === 0 ? { file: read.file } : {}),
    lines: sorted.map((p) => `${p.severity === "error" ? "错误" : "提醒"}：${formatPath(p.path)}：${p.message}`),
    errors,
    warnings: read.problems.length - errors,
    caseAt: (i) => `cases[${i}]`,
  };
}

async function readWorkbook(path: string, hash: string, others: readonly E.PolicyMeta[]): Promise<LoadedPolicyFile> {
  let read;
  try {
    read = await readPolicyWorkbookAndLayout(path);
  } catch (e) {
    if (e instanceof PolicyWorkbookError) throw new UsageError(`政策工作簿 ${path}：${e.message}`);
    throw e;
  }
  const checked = checkPolicyWorkbook(read.grids, others, true);
  const problems = layoutRemarks(checked.problems, read.layout, read.grids);
  const warnings = problems.filter((p) => p.severity === "warning");
  const errors = problems.filter((p) => p.severity !== "warning");
  return {
    path,
    hash,
    ...(checked.file ? { file: checked.file } : {}),
    lines: [...errors.map((p) => `错误：${formatProblem(p)}`), ...warnings.map(formatProblem)],
    errors: errors.length,
    warnings: warnings.length,
    caseAt: (i) => {
      const at = checked.cellOf(["cases", i]);
      return at?.row ? `测试案例 第${at.row}行` : `测试案例 第${i + 1}个`;
    },
  };
}

/** The files this run loaded, by document id, with their path: `policy export` writes one back whole, its test cases too. */
export const LOADED_FILES = new Map<string, { path: string; file: PolicyFile }>();

/**
 * `--policy-file FILE` (repeatable): each file is checked and added to the documents the command knows;
 * a file with errors stops the command before anything is computed, warnings are printed.
 */
export async function usePolicyFiles(paths: readonly string[], io: Pick<Io, "err">): Promise<void> {
  LOADED_FILES.clear();
  // The same file named twice (two spellings of one path) is loaded once, not reported as clashing with itself.
  const seen = new Set<string>();
  for (const path of paths) {
    const real = realpathSync(path);
    if (seen.has(real)) continue;
    seen.add(real);
    const loaded = await readPolicyFileAt(path, E.policyEntries().map((e) => e.meta));
    if (!loaded.file) {
      throw new UsageError(`政策文件 ${path} 有错误，未使用：\n${loaded.lines.join("\n")}\n（talent-policy policy check ${path} 可逐项检查）`);
    }
    for (const l of loaded.lines) io.err(`${basename(path)}：${l}`);
    E.registerPolicyFile(loaded.file, { kind: "user", file: basename(path), version: loaded.file.meta.version, hash: loaded.hash });
    LOADED_FILES.set(loaded.file.meta.id, { path, file: loaded.file });
  }
  if (paths.length === 0) return;
  // A file is used only when its own cases pass: they are the office's check that the sheets say what the
  // articles say (a row sorted out of order, a wrong amount), and what `policy check` reports.
  await E.loadAllPolicies();
  for (const [id, { path, file }] of LOADED_FILES) {
    const cases = file.cases ?? [];
    if (cases.length === 0) {
      io.err(`${basename(path)}：提醒：文件中没有测试案例，未经核对（talent-policy policy check ${path}）`);
      continue;
    }
    const failed = cases.map((c) => ({ c, o: runCase(c, id) })).filter((x) => !x.o.pass);
    if (failed.length > 0) {
      throw new UsageError(
        `政策文件 ${path} 的测试案例有 ${failed.length} 个未通过，未使用：\n${failed.map((x) => `${x.c.why}：${x.o.why}`).join("\n")}\n（talent-policy policy check ${path} 逐个列出）`,
      );
    }
  }
}
