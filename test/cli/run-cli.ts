import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** The built command line, run in a child process as users run it. */
export const CLI = join(__dirname, "../../dist/cli.js");

export function runCli(...args: string[]): { out: string; err: string; code: number | null } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  return { out: r.stdout, err: r.stderr, code: r.status };
}
