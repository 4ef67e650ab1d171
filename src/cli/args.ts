/** A small argument reader: positional words, `-o FILE`, `--flag`, `--name value`, repeatable `--option k=v`. */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string[]>;
}

const VALUE_FLAGS = new Set(["-o", "--out", "--sheet", "--policy", "--option", "--year", "--decimals", "--html", "--md", "--register", "--claims"]);

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("-") && a.length > 1 && !/^-\d/.test(a)) {
      const [name, inline] = a.includes("=") && a.startsWith("--") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
      let value = inline;
      if (value === undefined && VALUE_FLAGS.has(name)) {
        value = argv[++i];
        if (value === undefined) throw new UsageError(`${name} 需要一个值`);
      }
      flags.set(name, [...(flags.get(name) ?? []), value ?? "true"]);
    } else {
      positional.push(a);
    }
  }
  return { positional, flags };
}

export function flag(args: ParsedArgs, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = args.flags.get(n);
    if (v) return v[v.length - 1];
  }
  return undefined;
}

export function has(args: ParsedArgs, ...names: string[]): boolean {
  return names.some((n) => args.flags.has(n));
}

/** `--option basis=exact --option endDateCounts=false` as a record for parseOptions. */
export function optionRecord(args: ParsedArgs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of args.flags.get("--option") ?? []) {
    const i = kv.indexOf("=");
    if (i < 1) throw new UsageError(`--option 应写作 键=值，而不是 “${kv}”`);
    out[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return out;
}
