import { gridsToPolicy, policyToGrids, formatProblem } from "../../src/policy-workbook";
import { REGISTRY } from "../../src/engine/policies/registry";
import { builtInFiles } from "./builtins";

/** Every built-in document, written as sheets and read back, is the same document. */
describe("policy workbook round trip of the built-in documents", () => {
  test.each(REGISTRY.map((e, i) => [e.meta.id, i] as const))("%s", async (_id, i) => {
    const file = (await builtInFiles())[i]!;
    const { file: back, problems } = gridsToPolicy(policyToGrids(file));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(back).toEqual(file);
  });
});
