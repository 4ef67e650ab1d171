import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { REGISTRY } from "../../src/engine";
import { formatProblems, readPolicyFile } from "../../src/engine/files/policy-file";

/**
 * The built-in documents are policy files like any office's: each reads through the schema and every
 * check (reachability included) without a problem, and the index the build writes lists them all.
 */
const root = join(__dirname, "..", "..", "policies");
const ids = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

test("policies/index.json lists every file's metadata, in the listed order", () => {
  const index = JSON.parse(readFileSync(join(root, "index.json"), "utf8")) as { id: string }[];
  expect(index.map((m) => m.id).sort()).toEqual([...ids].sort());
  for (const m of index) expect(m).toEqual(JSON.parse(readFileSync(join(root, m.id, "policy.json"), "utf8")).meta);
  expect(REGISTRY.map((e) => e.meta.id)).toEqual(index.map((m) => m.id));
});

test.each(ids.map((id) => [id] as const))("%s reads with no problem", (id) => {
  const raw = JSON.parse(readFileSync(join(root, id, "policy.json"), "utf8")) as unknown;
  const others = REGISTRY.map((e) => e.meta).filter((m) => m.id !== id);
  const read = readPolicyFile(raw, others, true);
  expect(formatProblems(read.problems)).toBe("");
  expect(read.file?.meta.id).toBe(id);
});
