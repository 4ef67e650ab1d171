import { parseArgs as nodeParseArgs } from "node:util";
import { OPTION_INFO } from "../engine";

/**
 * The command line's arguments, read by Node's util.parseArgs in strict mode: an unknown flag, a missing
 * value or a second input file is an error with the nearest known flag named, never silently ignored.
 */
export class UsageError extends Error {}

const OPTIONS = {
  out: { type: "string", short: "o" },
  sheet: { type: "string" },
  policy: { type: "string" },
  option: { type: "string", multiple: true },
  map: { type: "string", multiple: true },
  year: { type: "string" },
  decimals: { type: "string" },
  round: { type: "boolean" },
  truncate: { type: "boolean" },
  claims: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  html: { type: "string" },
  md: { type: "string" },
  register: { type: "string" },
  format: { type: "string" },
  "policy-file": { type: "string", multiple: true },
} as const;

type Name = keyof typeof OPTIONS;

/** Which flags each command takes; --help and --option go everywhere. */
const COMMAND_FLAGS: Record<string, Name[]> = {
  calc: [],
  docs: ["html", "md", "register", "format"],
  ledger: ["out", "sheet", "policy", "map", "force", "policy-file"],
  audit: ["out", "sheet", "policy", "map", "force", "policy-file"],
  policy: ["out", "force", "policy-file"],
  stats: ["out", "sheet", "map", "year", "decimals", "round", "truncate", "claims", "force"],
};
export const COMMANDS = Object.keys(COMMAND_FLAGS);

export interface ParsedArgs {
  positional: string[];
  values: Partial<Record<Name, string | string[] | boolean>>;
}

/** Edit distance, for “did you mean”. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = distance(word, c);
    if (!best || d < best.d) best = { c, d };
  }
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.c : undefined;
}

function allowed(command: string | undefined): Name[] {
  return [...(command && COMMAND_FLAGS[command] ? COMMAND_FLAGS[command]! : (Object.keys(OPTIONS) as Name[])), "help", "option"];
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const command = argv.find((a) => !a.startsWith("-"));
  if (command === "calc") return parseCalc(argv);
  const names = allowed(command);
  const options = Object.fromEntries(names.map((n) => [n, OPTIONS[n]]));
  try {
    const r = nodeParseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
    return { positional: r.positionals, values: r.values as ParsedArgs["values"] };
  } catch (e) {
    throw usageOf(e, names, command);
  }
}

/** calc's arguments are the function's: -400000 is a number, not a flag. Only --option, --policy-file and --help are read. */
function parseCalc(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const values: ParsedArgs["values"] = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--help" || a === "-h") values.help = true;
    else if (a === "--option" || a.startsWith("--option=")) {
      const v = a === "--option" ? argv[++i] : a.slice("--option=".length);
      if (v === undefined) throw new UsageError("--option 需要一个值，如 --option basis=exact");
      values.option = [...((values.option as string[]) ?? []), v];
    } else if (a === "--policy-file" || a.startsWith("--policy-file=")) {
      const v = a === "--policy-file" ? argv[++i] : a.slice("--policy-file=".length);
      if (v === undefined) throw new UsageError("--policy-file 需要一个政策文件，如 --policy-file 本市政策.xlsx");
      values["policy-file"] = [...((values["policy-file"] as string[]) ?? []), v];
    } else if (/^--[a-z]/i.test(a)) {
      const known = nearest(a.slice(2).split("=")[0]!, ["option", "policy-file", "help"]);
      throw new UsageError(`calc 不认识选项 ${a}${known ? `，是否想写 --${known}？` : ""}（calc 之后的参数按函数参数读，如 calc TALENT.REFUND zhangye-2022 400000 3）`);
    } else positional.push(a);
  }
  return { positional, values };
}

function usageOf(e: unknown, names: Name[], command: string | undefined): Error {
  const err = e as { code?: string; message?: string };
  const m = err.message ?? String(e);
  const where = command ? `${command} ` : "";
  if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const raw = /'([^']+)'/.exec(m)?.[1] ?? m;
    const bare = raw.replace(/^-+/, "").split("=")[0]!;
    const flagsAll = Object.keys(OPTIONS);
    const near = nearest(bare, names) ?? nearest(bare, flagsAll);
    const elsewhere = near && !names.includes(near as Name) ? `（--${near} 不用于 ${command ?? "该命令"}）` : "";
    const hint = near && names.includes(near as Name) ? `，是否想写 --${near}？` : elsewhere;
    return new UsageError(`${where}不认识选项 ${raw}${hint}；可用：${names.map((n) => `--${n}`).join(" ")}`);
  }
  if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const raw = /'(-[^' ]+)/.exec(m)?.[1] ?? "";
    return new UsageError(raw ? `选项 ${raw} 需要一个值` : `选项的值有误：${m}`);
  }
  return e instanceof Error ? e : new Error(String(e));
}

export function flag(args: ParsedArgs, name: Name): string | undefined {
  const v = args.values[name];
  if (Array.isArray(v)) return v[v.length - 1];
  return typeof v === "string" ? v : undefined;
}

export function flags(args: ParsedArgs, name: Name): string[] {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}

export function has(args: ParsedArgs, name: Name): boolean {
  return args.values[name] !== undefined && args.values[name] !== false;
}

/** `--option basis=exact --option endDateCounts=false` as a record for parseOptions. */
export function optionRecord(args: ParsedArgs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of flags(args, "option")) {
    const i = kv.indexOf("=");
    if (i < 1) throw new UsageError(`--option 应写作 键=值，而不是 “${kv}”`);
    const key = kv.slice(0, i);
    const keys: string[] = OPTION_INFO.map((o) => o.key);
    if (!keys.includes(key)) {
      const near = nearest(key, keys);
      throw new UsageError(`--option 不认识键“${key}”${near ? `，是否想写 ${near}？` : ""}（可用：${OPTION_INFO.map((o) => `${o.key}（${o.zh}）`).join("、")}）`);
    }
    out[key] = kv.slice(i + 1);
  }
  return out;
}

/** The one input file of ledger, audit and stats: none or two is an error. */
export function oneInput(args: ParsedArgs, example: string): string {
  const [command, ...files] = args.positional;
  if (files.length === 0) throw new UsageError(`请给出输入文件，如 ${example}`);
  if (files.length > 1) throw new UsageError(`${command} 只处理一个输入文件，却给了 ${files.length} 个：${files.join("、")}（输出文件用 -o 给出）`);
  return files[0]!;
}
