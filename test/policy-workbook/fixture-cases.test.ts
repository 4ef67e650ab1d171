import { allMetas, clearPolicyFiles, loadPolicies, registerPolicyFile } from "../../src/engine";
import { errorsOf, readPolicyFile } from "../../src/engine/files/policy-file";
import { gridsToPolicy } from "../../src/policy-workbook";
import { runGolden } from "../golden";
import { fixtureGrids } from "../../scripts/shiyi-policy";

/**
 * The 示例市 document, read from its sheets and checked as any policy file is, is loaded beside the
 * built-in documents as an office's own file, and its own test cases (测试案例, worked by hand from its
 * articles) run through the TALENT functions as Excel calls them.
 */
const { file } = gridsToPolicy(fixtureGrids());
const read = readPolicyFile(file, allMetas(), true);

beforeAll(async () => {
  registerPolicyFile(read.file!, { kind: "user", file: "示例市.xlsx", hash: "000000000000" });
  await loadPolicies(["shiyi-2025"]);
});
afterAll(() => clearPolicyFiles());

describe("示例市 test cases from its 测试案例 sheet", () => {
  test("the format accepts the file, with no error", () => expect(errorsOf(read.problems)).toEqual([]));
  test("the sheet has its eight cases", () => expect(file.cases).toHaveLength(8));
  runGolden(file.cases!);
});
