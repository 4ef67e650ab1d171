import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Every test of the built-in documents (test/policies: each document's cases.json and the rest) run once
 * more, on the documents as they come back from the workbook: each policy.json is written to sheets and
 * read back (and through the format's checks) before the engine loads it, so an answer that changed
 * would fail here.
 */
jest.mock("../../src/engine/policies/registry", () => {
  const actual = jest.requireActual("../../src/engine/policies/registry");
  const { gridsToPolicy, policyToGrids, formatProblem } = jest.requireActual("../../src/policy-workbook");
  const { readPolicyFile, documentOf, errorsOf, formatProblems } = jest.requireActual("../../src/engine/files/policy-file");
  const { builtInFile } = jest.requireActual("./builtins");
  const through = new Set<string>();
  const viaWorkbook = (id: string) => {
    const { file, problems } = gridsToPolicy(policyToGrids(builtInFile(id)));
    if (problems.length > 0) throw new Error(problems.map(formatProblem).join("\n"));
    const read = readPolicyFile(file);
    if (errorsOf(read.problems).length > 0) throw new Error(formatProblems(read.problems));
    through.add(id);
    return documentOf(read.file);
  };
  const entries = actual.REGISTRY.map((e: any) => ({ ...e, load: async () => viaWorkbook(e.meta.id).doc, text: async () => viaWorkbook(e.meta.id).text }));
  // Files loaded by a test (origin set) stay as they are: only the built-ins go through the workbook.
  const policyEntries = () => [...entries, ...actual.policyEntries().filter((e: any) => e.origin)];
  return { ...actual, REGISTRY: entries, policyEntries, throughWorkbook: through };
});

// test/setup.ts has already loaded the engine with the real registry: start again from fresh modules, which
// see the mock, and load their documents.
jest.resetModules();
beforeAll(() => jest.requireActual<typeof import("../../src/engine")>("../../src/engine").loadAllPolicies());

test("the engine computed with the documents read back from their sheets", () => {
  const { REGISTRY, throughWorkbook } = jest.requireMock("../../src/engine/policies/registry");
  expect([...throughWorkbook].sort()).toEqual(REGISTRY.map((e: any) => e.meta.id).sort());
});

const dir = join(__dirname, "../policies");
for (const name of readdirSync(dir).filter((n) => n.endsWith(".test.ts")).sort()) {
  describe(`workbook round trip: ${name}`, () => {
    require(join(dir, name));
  });
}
