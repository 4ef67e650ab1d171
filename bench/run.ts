import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadAllPolicies } from "../src/engine";
import { benchZhangye } from "./zhangye-ledger";

/**
 * `npm run bench`: every speed and size target of the issues, measured in one run on this machine and
 * printed as ratios (times alone depend on the machine; ratios measured side by side much less).
 */
async function main(): Promise<void> {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  await loadAllPolicies();
  const dist = __dirname;

  out("== Functions bundle (minified, without office.js) ==");
  const size = (f: string) => statSync(join(dist, f)).size;
  const chunks = existsSync(join(dist, "chunks")) ? readdirSync(join(dist, "chunks")) : [];
  out(`  functions.js: ${(size("functions.js") / 1024).toFixed(1)} KiB (target < 150 KiB)`);
  const policy = chunks.filter((c) => c.startsWith("policy-"));
  const policyBytes = policy.reduce((s, c) => s + size(join("chunks", c)), 0);
  out(`  policy rules, loaded per policy on first use: ${policy.length} chunks, ${(policyBytes / 1024).toFixed(1)} KiB in all`);

  out("");
  out("== Zhangye ledger, 100,000 rows: engine vs plain-number baseline ==");
  benchZhangye(100_000, out);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
