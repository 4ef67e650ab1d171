import { readPolicyFile } from "../../src/engine/files/policy-file";
import { runCase } from "../../src/functions/cases";
import { formatProblem, gridsToPolicy, policyToGrids } from "../../src/policy-workbook";
import { blanksAsSheetsHaveThem, BUILT_IN_IDS, builtInCases, builtInFile } from "./builtins";

/** Every built-in document, written as sheets and read back, is the same document, its test cases too. */
describe("policy workbook round trip of the built-in documents", () => {
  test.each(BUILT_IN_IDS)("%s", (id) => {
    const file = { ...builtInFile(id), cases: builtInCases(id) };
    const { file: back, problems } = gridsToPolicy(policyToGrids(file));
    expect(problems.map(formatProblem)).toEqual([]);
    const expected = { ...file, cases: blanksAsSheetsHaveThem(file.cases) };
    expect(back).toEqual(expected);
    expect(JSON.parse(JSON.stringify(back))).toStrictEqual(expected);
    // the format's own reading accepts it
    expect(readPolicyFile(back).problems.filter((p) => p.severity === "error")).toEqual([]);
    // and the cases as read back from 测试案例 still pass, blanks and all
    const failed = back.cases!.map((c) => ({ c, o: runCase(c) })).filter((x) => !x.o.pass);
    expect(failed.map((x) => `${x.c.call}(${JSON.stringify(x.c.args)}): ${x.o.why}`)).toEqual([]);
  });
});
