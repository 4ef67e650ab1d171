import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadAllPolicies } from "../src/engine";
import { benchCliStream, makeAudit, makeLedger, makeRoster, rezip } from "./cli-stream";
import { benchPaneFill } from "./ledger-fill";
import { benchStats } from "./stats";
import { benchZhangye } from "./zhangye-ledger";

/**
 * `npm run bench`: every speed and size target of the issues, measured in one run on this machine and
 * printed as ratios (times alone depend on the machine; ratios measured side by side much less).
 * `npm run bench -- cli stats` runs only the sections named.
 */
const SECTIONS: { key: string; title: string; run: (out: (s: string) => void) => void | Promise<void> }[] = [
  { key: "size", title: "Functions bundle (minified, without office.js)", run: bundleSize },
  { key: "engine", title: "Zhangye ledger, 100,000 rows: engine vs plain-number baseline", run: (out) => benchZhangye(100_000, out) },
  { key: "pane", title: "Fill ledger in Excel (task pane), 50,000 rows: context.sync calls", run: (out) => benchPaneFill(50_000, out) },
  {
    key: "cli",
    title: "Command line on 100,000- and 1,000,000-row ledgers and a 1,000,000-row roster vs a plain unzip + rezip (child processes)",
    run: (out) => benchCliStream(out, join(__dirname, "cli.js"), __filename),
  },
  { key: "stats", title: "Title statistics, 200,000-row roster vs one pass reading the same columns", run: (out) => benchStats(200_000, out) },
];

function bundleSize(out: (s: string) => void): void {
  const dist = __dirname;
  const size = (f: string) => statSync(join(dist, f)).size;
  const chunks = existsSync(join(dist, "chunks")) ? readdirSync(join(dist, "chunks")) : [];
  out(`  functions.js: ${(size("functions.js") / 1024).toFixed(1)} KiB (target < 150 KiB)`);
  // functions.js requests the engine (the compute chunk and the chunks it shares with the pane) as soon as
  // it runs: what the runtime holds before the first answer, whatever the file it arrives in.
  const compute = computeChunks(chunks);
  const computeBytes = compute.reduce((s, c) => s + size(join("chunks", c)), 0);
  out(`  engine, requested by functions.js at start: ${compute.length} chunks, ${(computeBytes / 1024).toFixed(1)} KiB; with functions.js ${((computeBytes + size("functions.js")) / 1024).toFixed(1)} KiB before the first answer`);
  const policy = chunks.filter((c) => c.startsWith("policy-"));
  const policyBytes = policy.reduce((s, c) => s + size(join("chunks", c)), 0);
  out(`  policy rules, loaded per policy on first use: ${policy.length} chunks, ${(policyBytes / 1024).toFixed(1)} KiB in all`);
}

/**
 * The chunks functions.js requests at start: the compute chunk and the unnamed chunks it shares with the
 * pane (the engine, decimal.js, zod). Every other chunk is named: a policy, the policy reader, the pane.
 */
function computeChunks(chunks: readonly string[]): string[] {
  return chunks.filter((c) => c.endsWith(".js") && !c.startsWith("policy-") && !c.startsWith("pane."));
}

async function main(): Promise<void> {
  if (process.argv[2] === "--rezip") return rezip(process.argv[3]!, process.argv[4]!);
  if (process.argv[2] === "--make-ledger") return makeLedger(process.argv[3]!, Number(process.argv[4]));
  if (process.argv[2] === "--make-roster") return makeRoster(process.argv[3]!, Number(process.argv[4]));
  if (process.argv[2] === "--make-audit") return makeAudit(process.argv[3]!, Number(process.argv[4]));
  const out = (s: string) => process.stdout.write(`${s}\n`);
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.key === w));
  if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(", ")}; sections: ${SECTIONS.map((s) => s.key).join(", ")}`);
  await loadAllPolicies();
  let first = true;
  for (const section of SECTIONS) {
    if (wanted.length > 0 && !wanted.includes(section.key)) continue;
    if (!first) out("");
    first = false;
    out(`== ${section.title} ==`);
    await section.run(out);
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
