import { accessSync, constants, existsSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, resolve } from "node:path";
import { flag, has, oneInput, UsageError, type ParsedArgs } from "./args";
import type { Survey } from "./ooxml/survey";

/**
 * Outputs never touch inputs, and every reason an output cannot be written is said before anything is
 * computed: the same file reached by another path (symlink, hard link, a symlinked folder) is found by
 * device and inode; a folder, a wrong extension, a missing or read-only folder are named.
 */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether progress can be redrawn in place (stderr is a terminal). */
  tty: boolean;
}

/** dev:ino of an existing file (through symlinks), undefined when there is none. */
function identity(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // a file that does not exist yet: its folder resolved, its name kept
    try {
      return resolve(realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

export function checkOutput(args: ParsedArgs, extensions: readonly string[], example = "talent-policy ledger 台账.xlsx -o 结果.xlsx"): { input: string; output: string } {
  const input = oneInput(args, example);
  const output = flag(args, "out");
  if (!output) throw new UsageError(`请用 -o 给出输出文件（输入文件不会被修改），如 ${example}`);
  const inputs = [input, ...(flag(args, "claims") ? [flag(args, "claims")!] : [])];
  checkOutputPath(output, inputs, extensions, has(args, "force"));
  return { input, output };
}

export function checkOutputPath(output: string, inputs: readonly string[], extensions: readonly string[], force: boolean): void {
  const ext = extname(output).toLowerCase();
  if (existsSync(output) && statSync(output).isDirectory()) throw new UsageError(`-o ${output} 是一个文件夹：请给出输出文件名，如 ${output.replace(/\/+$/, "")}/结果${extensions[0]}`);
  if (!extensions.includes(ext)) throw new UsageError(`输出文件应为 ${extensions.join(" 或 ")} 工作簿，而“${output}”的扩展名是 ${ext || "（无）"}：本命令写出的是 Excel 工作簿，请改为 ${basename(output, extname(output))}${extensions[0]}`);
  const out = identity(output);
  const outPath = canonical(output);
  for (const i of inputs) {
    if ((out !== undefined && out === identity(i)) || outPath === canonical(i)) {
      throw new UsageError(`输出文件 ${output} 就是输入文件 ${i}${out !== undefined && resolve(output) !== resolve(i) ? "（经链接指向同一个文件）" : ""}：输入文件不会被修改，请另给一个输出文件名`);
    }
  }
  if (out !== undefined && !force) throw new UsageError(`输出文件已存在：${output}（确认覆盖请加 --force）`);
  const dir = dirname(resolve(output));
  if (!existsSync(dir)) throw new UsageError(`输出文件夹不存在：${dirname(output)}（请先创建它；本命令不会自行建文件夹）`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`输出路径 ${dirname(output)} 不是文件夹`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new UsageError(`没有权限在文件夹 ${dirname(output)} 中写文件：请换一个输出位置`);
  }
  if (out !== undefined) {
    try {
      accessSync(output, constants.W_OK);
    } catch {
      throw new UsageError(`输出文件 ${output} 是只读的，无法覆盖`);
    }
  }
}

/** A protected sheet is written into only when the user says so; the protection stays. */
export function checkProtected(s: Survey, args: ParsedArgs): boolean {
  if (!s.protected) return false;
  if (!has(args, "force")) {
    throw new UsageError(`工作表“${s.sheet.name}”设有工作表保护：结果列写进去后，不撤销保护就删不掉。请在 Excel/WPS 中撤销保护后再试，或用 --sheet 选择其他工作表；确要写入（保护保留）请加 --force`);
  }
  return true;
}

/** File-system errors in Chinese. */
export function fsMessage(e: unknown): string | undefined {
  const err = e as NodeJS.ErrnoException;
  const where = err.path ? `：${err.path}` : "";
  switch (err.code) {
    case "EACCES":
    case "EPERM":
      return `没有权限${where}`;
    case "ENOSPC":
      return `磁盘空间不足，输出文件没有写成${where}（已删除未写完的临时文件）`;
    case "EISDIR":
      return `这是一个文件夹，不是文件${where}`;
    case "ENOENT":
      return `找不到文件或文件夹${where}`;
    case "EROFS":
      return `文件系统是只读的${where}`;
    case "EMFILE":
      return `打开的文件太多${where}`;
    case "ENOTDIR":
      return `路径中有一段不是文件夹${where}`;
    default:
      return undefined;
  }
}
