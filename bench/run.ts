import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
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
  const compute = computeChunks(readFileSync(join(dist, "functions.js"), "utf8"), chunks);
  const computeBytes = compute.reduce((s, c) => s + size(join("chunks", c)), 0);
  out(`  engine, requested by functions.js at start: ${compute.length} chunks, ${(computeBytes / 1024).toFixed(1)} KiB; with functions.js ${((computeBytes + size("functions.js")) / 1024).toFixed(1)} KiB before the first answer`);
  const policy = chunks.filter((c) => /-policy-json\.[0-9a-f]+\.js$/.test(c));
  const policyBytes = policy.reduce((s, c) => s + size(join("chunks", c)), 0);
  out(`  built-in documents, each loaded on first use: ${policy.length} chunks, ${(policyBytes / 1024).toFixed(1)} KiB in all`);
  // the rest: the format's schema and checks, loaded with the first document, and what only the pane loads
  const rest = chunks.filter((c) => c.endsWith(".js") && !compute.includes(c) && !policy.includes(c) && !c.startsWith("pane.") && !c.startsWith("policy-workbook."));
  const restBytes = rest.reduce((s, c) => s + size(join("chunks", c)), 0);
  out(`  the policy file reader (schema and checks), loaded with the first document: ${rest.length} chunks, ${(restBytes / 1024).toFixed(1)} KiB`);
}

/**
 * The chunks functions.js requests at start, read off its own loader: the Promise.all of chunk loads that
 * includes the chunk webpack names "compute" (the engine, with the chunks it shares with the pane: decimal.js,
 * zod). Numbered chunks are files <id>.<hash>.js, named ones <name>.<hash>.js. A chunk only a policy file
 * needs (the schema) is not among them.
 */
function computeChunks(functionsJs: string, chunks: readonly string[]): string[] {
  // the loader maps ids to names, then ids to content hashes: the names are the words that are not hashes
  const names = new Map([...functionsJs.matchAll(/(\d+):"([\w-]+)"/g)].filter((m) => !/^[0-9a-f]{8}$/.test(m[2]!)).map((m) => [m[1]!, m[2]!]));
  const computeId = [...names].find(([, n]) => n === "compute")?.[0];
  const group = [...functionsJs.matchAll(/Promise\.all\(\[([^\]]*)\]\)/g)].map((m) => [...m[1]!.matchAll(/\.e\((\d+)\)/g)].map((x) => x[1]!)).find((ids) => computeId !== undefined && ids.includes(computeId));
  if (!group) throw new Error("functions.js: no request of the compute chunk found (webpack's loader changed?)");
  return group.map((id) => {
    const prefix = `${names.get(id) ?? id}.`;
    const file = chunks.find((c) => c.startsWith(prefix) && c.endsWith(".js"));
    if (!file) throw new Error(`functions.js requests chunk ${id}, which is not in dist/chunks`);
    return file;
  });
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
