import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

/**
 * The `talent-policy` command: stdout for results, stderr for messages, the exit code for scripts. A
 * closed stdout (`| head`) ends the output quietly instead of with a stack trace.
 */
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

/**
 * The file jobs make a great deal of short-lived garbage (a string or two for each of a ledger's cells), and
 * V8's young generation is sized for programs that wait on people, not for a batch job: with semi-spaces of
 * 32 MB instead of the default 16 MB, the 1,000,000-row ledger took 23.7 s where it took 28.2 s (three
 * alternating runs each, 2026-11-30), for about 45 MB more memory. V8 reads the size only when it starts,
 * so these commands start node once more with it: stdio passed through, SIGINT, SIGTERM and SIGHUP passed
 * on (the child removes its temporary file and says so), the child's exit code returned. If the child is
 * killed outright (SIGKILL: the system out of memory), this node removes the temporary file the child had
 * named to it, says so and ends by the same signal; if this node is killed outright, the child sees its
 * channel close and stops as at SIGTERM. A node given a semi-space size by the user (on its command line
 * or in NODE_OPTIONS), or started for a debugger, runs the job itself.
 */
const YOUNG_GENERATION = "--max-semi-space-size=32";
const FILE_JOBS = new Set(["ledger", "audit", "stats"]);
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

const args = process.argv.slice(2);

async function runHere(): Promise<void> {
  // loaded only here: the node that starts the child has no use for the rest of the program
  const { main } = await import(/* webpackMode: "eager" */ "./main");
  process.exitCode = await main(args, (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`));
}

function ownHeapSettings(): boolean {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  return given.some((a) => /^--(max[-_]semi[-_]space[-_]size|inspect)/.test(a));
}

if (FILE_JOBS.has(args[0] ?? "") && !ownHeapSettings()) {
  // the channel carries the names of the child's temporary files, and closes when either side dies
  const child = spawn(process.execPath, [...process.execArgv, YOUNG_GENERATION, process.argv[1]!, ...args], { stdio: ["inherit", "inherit", "inherit", "ipc"] });
  const temporaries = new Set<string>();
  child.on("message", (m: { temporary?: string }) => {
    if (typeof m?.temporary === "string") temporaries.add(m.temporary);
  });
  for (const signal of SIGNALS) process.on(signal, () => child.kill(signal));
  child.on("error", () => {
    // no second node (a process limit, say): the job runs here, with the default heap
    for (const signal of SIGNALS) process.removeAllListeners(signal);
    void runHere();
  });
  child.on("exit", (code, signal) => {
    if (code !== null) process.exit(code);
    for (const t of temporaries) rmSync(t, { force: true });
    process.stderr.write(`\n已中止（处理进程被 ${signal} 终止${signal === "SIGKILL" ? "，可能是内存不足" : ""}），没有写出文件。\n`);
    for (const s of SIGNALS) process.removeAllListeners(s);
    process.kill(process.pid, signal ?? "SIGTERM");
  });
} else {
  if (process.channel) {
    process.channel.unref();
    process.once("disconnect", () => process.kill(process.pid, "SIGTERM"));
  }
  void runHere();
}
