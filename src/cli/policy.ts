import { basename, extname } from "node:path";
import * as E from "../engine";
import { POLICY_FORMAT, type PolicyCase, type PolicyFile } from "../engine";
import { runCase } from "../functions/cases";
import { checkOutputPath, type Io } from "./outputs";
import { flag, flags, has, UsageError, type ParsedArgs } from "./args";
import { writeFileAtomic } from "./files";
import { policyWorkbookBuffer } from "../policy-workbook/xlsx";
import { LOADED_FILES, readPolicyFileAt, usePolicyFiles } from "./policy-files";

/**
 * `talent-policy policy check|export|template`: an office's own document, from the text in hand to a
 * checked file. check prints every problem (where it is and what to change) and runs the file's own
 * test cases; export writes a document in the file format; template a blank one to fill in.
 */
export const POLICY_USAGE = `talent-policy policy check 政策文件.json|.xlsx [--policy-file 其他文件]
                                              检查政策文件：逐项列出问题（工作表、行、列），再运行文件中的测试案例
  talent-policy policy export 政策 -o 文件.json|.xlsx [--force]
                                              把一个文件（内置或 --policy-file 加载的）写成政策文件或政策工作簿
  talent-policy policy template -o 模板.xlsx [--force]
                                              写出空白的政策工作簿，供录入本地政策`;

export async function policyCommand(args: ParsedArgs, io: Io): Promise<number> {
  const [, sub, ...rest] = args.positional;
  await usePolicyFiles(flags(args, "policy-file"), io);
  switch (sub) {
    case "check":
      if (rest.length !== 1) throw new UsageError(`policy check 需要一个政策文件，如 talent-policy policy check 本市政策.xlsx`);
      return await check(rest[0]!, io);
    case "export":
      if (rest.length !== 1) throw new UsageError(`policy export 需要一个政策，如 talent-policy policy export zhangye-2022 -o 张掖.xlsx`);
      await exportPolicy(rest[0]!, args, io);
      return 0;
    case "template":
      if (rest.length !== 0) throw new UsageError(`policy template 不需要输入文件，如 talent-policy policy template -o 模板.xlsx`);
      await template(args, io);
      return 0;
    default:
      throw new UsageError(`policy 之后应为 check、export 或 template${sub ? `，而不是“${sub}”` : ""}：\n  ${POLICY_USAGE}`);
  }
}

async function check(path: string, io: Io): Promise<number> {
  const loaded = await readPolicyFileAt(path, E.policyEntries().map((e) => e.meta));
  io.out(`政策文件：${path}（SHA-256 ${loaded.hash}）`);
  if (loaded.file) io.out(`文件：《${loaded.file.meta.title}》${loaded.file.meta.docNumber ? `（${loaded.file.meta.docNumber}）` : ""}，标识 ${loaded.file.meta.id}`);
  for (const l of loaded.lines) io.out(l);
  io.out(`检查：${loaded.errors} 个错误，${loaded.warnings} 个提醒`);
  if (!loaded.file) {
    io.out("有错误，未运行测试案例：请先改正上面的错误");
    return 1;
  }
  E.registerPolicyFile(loaded.file, { kind: "user", file: basename(path), version: loaded.file.meta.version, hash: loaded.hash });
  // Every document must be resolvable: a case that names another one fails, saying which (runCase).
  await E.loadAllPolicies();
  const cases = loaded.file.cases ?? [];
  if (cases.length === 0) {
    io.out("文件中没有测试案例：请在“测试案例”中按条文写几个（每个类别、每项待遇、每条退还规则至少一个），检查才有意义");
    return 1;
  }
  return runCases(cases, loaded.file.meta.id, io, loaded.caseAt);
}

/** Each case with what the cell showed; a failed one says what was expected. */
function runCases(cases: readonly PolicyCase[], ownId: string, io: Io, where: (i: number) => string): number {
  let failed = 0;
  cases.forEach((c, i) => {
    const o = runCase(c, ownId);
    if (!o.pass) failed++;
    io.out(`${o.pass ? "通过" : "未通过"}：${where(i)}：${c.why}：TALENT.${c.call}(${c.args.map((a) => (a === null ? "" : JSON.stringify(a))).join(", ")})${o.pass ? ` = ${o.got}` : `：${o.why}`}`);
  });
  io.out(`测试案例：${cases.length - failed} 个通过，${failed} 个未通过`);
  return failed === 0 ? 0 : 1;
}

/** A document as one file: its rules, its text and its cases (a built-in's cases are kept beside it). */
export async function policyFileOf(word: string): Promise<PolicyFile> {
  const entry = E.entryOfPolicy(word);
  const loaded = LOADED_FILES.get(entry.meta.id);
  if (entry.origin && loaded) return loaded.file;
  const [doc, text] = await Promise.all([entry.load(), entry.text()]);
  const { meta, ...rules } = doc;
  return { format: POLICY_FORMAT, meta, articles: { ...text.ARTICLES }, decisions: [...text.DECISIONS], ...rules, cases: entry.origin ? undefined : await builtInCases(meta.id) };
}

/** The command line carries the built-in cases (bundled), so an export is whole wherever it runs. */
async function builtInCases(id: string): Promise<PolicyCase[]> {
  const m = (await import(`../../policies/${id}/cases.json`)) as { default: PolicyCase[] };
  return m.default;
}

async function exportPolicy(word: string, args: ParsedArgs, io: Io): Promise<void> {
  const output = outputOf(args, [".json", ".xlsx"], "talent-policy policy export zhangye-2022 -o 张掖.xlsx");
  const file = await policyFileOf(word);
  writeFileAtomic(output, extname(output).toLowerCase() === ".json" ? JSON.stringify(file, null, 2) + "\n" : await policyWorkbookBuffer(file));
  io.out(`已写出《${file.meta.title}》（${file.meta.id}）→ ${output}`);
}

async function template(args: ParsedArgs, io: Io): Promise<void> {
  const output = outputOf(args, [".xlsx"], "talent-policy policy template -o 模板.xlsx");
  writeFileAtomic(output, await policyWorkbookBuffer(null));
  io.out(`已写出空白政策工作簿 → ${output}（先读“说明”工作表；录好后用 talent-policy policy check ${basename(output)} 检查）`);
}

function outputOf(args: ParsedArgs, extensions: readonly string[], example: string): string {
  const output = flag(args, "out");
  if (!output) throw new UsageError(`请用 -o 给出输出文件，如 ${example}`);
  checkOutputPath(output, flags(args, "policy-file"), extensions, has(args, "force"));
  return output;
}
