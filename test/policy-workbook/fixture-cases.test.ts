import type { Golden } from "../golden";

/**
 * The 示例市 document, read from its sheets, joins the built-in documents, and its own test cases (测试案例,
 * worked by hand from its articles) run through the TALENT functions as Excel calls them.
 */
jest.mock("../../src/engine/policies/registry", () => {
  const actual = jest.requireActual("../../src/engine/policies/registry");
  const { gridsToPolicy } = jest.requireActual("../../src/policy-workbook");
  const { toDocument } = jest.requireActual("./builtins");
  const { fixtureGrids } = jest.requireActual("./fixture");
  const { file } = gridsToPolicy(fixtureGrids());
  const entry = { meta: file.meta, load: async () => toDocument(file), text: async () => ({ ARTICLES: file.articles, DECISIONS: file.decisions }) };
  return { ...actual, REGISTRY: [...actual.REGISTRY, entry], fixtureFile: file };
});

// test/setup.ts loaded the engine with the real registry: fresh modules see the mock
jest.resetModules();
beforeAll(() => jest.requireActual<typeof import("../../src/engine")>("../../src/engine").loadAllPolicies());

const { runGolden } = jest.requireActual<typeof import("../golden")>("../golden");
const { fixtureFile } = jest.requireMock("../../src/engine/policies/registry");

describe("示例市 test cases from its 测试案例 sheet", () => {
  test("the sheet has its eight cases", () => expect(fixtureFile.cases).toHaveLength(8));
  runGolden(fixtureFile.cases as Golden[]);
});
