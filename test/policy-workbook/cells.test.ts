import fc from "fast-check";
import { evaluate, type Criterion, type Judged } from "../../src/engine/model/criteria";
import { cellsFromOffice, conditionGroups, gridsToPolicy } from "../../src/policy-workbook";
import { fixtureGrids } from "../../scripts/shiyi-policy";

describe("cellOf: a JSON path of the file back to the cell it was read from (示例市)", () => {
  const { cellOf, problems } = gridsToPolicy(fixtureGrids());
  const cell = (sheet: string, row: number, column: string, header: string) => ({ sheet, row, column, header });
  test.each([
    [["benefits", 0, "amounts", "第一类", "instalments"], cell("待遇", 2, "T", "分期金额")],
    [["benefits", 0, "amounts", "第一类", "instalments", 1], cell("待遇", 2, "T", "分期金额")],
    [["benefits", 1, "amounts", "第二类", "months"], cell("待遇", 5, "X", "月数")],
    [["benefits", 1, "amounts", "第二类"], cell("待遇", 5, "R", "金额类别")],
    [["benefits", 1, "categories"], cell("待遇", 4, "I", "适用类别")],
    [["categories", 0, "when", "any", 1], cell("类别条件", 3, "M", "条文字样")],
    [["categories", 1, "when", "all", 2], cell("类别条件", 6, "M", "条文字样")],
    [["categories", 1, "summary"], cell("人才类别", 3, "E", "摘要")],
    [["meta", "validity", "article", "label"], cell("文件信息", 14, "E", "条款写法")],
    [["agreementYears", "years"], cell("其他规则", 2, "D", "值")],
    [["articles", "12"], cell("条文", 2, "B", "原文")],
    [["refunds", 0, "fullYears"], cell("退还", 2, "I", "服务满几年不再退还")],
    [["decisions", 0, "option", "key"], cell("口径", 2, "F", "选项")],
    [["cases", 5], cell("测试案例", 7, "A", "案例编号")],
  ] as [(string | number)[], object][])("%j", (path, expected) => {
    expect(problems).toEqual([]);
    expect(cellOf(path)).toEqual(expected);
  });

  test("a path the file does not have has no cell", () => {
    expect(cellOf(["ageLimits", "maxAge", "第一类"])).toBeUndefined();
  });
});

describe("conditions as groups (类别条件: rows of a group all hold, one group is enough)", () => {
  // honours are always known; a degree may be blank, which leaves a condition on it unknown
  const leaf = (n: number): Criterion => (n === 4 ? { degreeIn: ["博士"], label: "博士" } : { honorIn: [(["院士", "博导", "留学人才", "一技之长"] as const)[n]!], label: `条件${n}` });
  const tree: fc.Arbitrary<Criterion> = fc.letrec<{ c: Criterion }>((t) => ({
    c: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.nat(4).map(leaf),
      fc.array(t("c"), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
      fc.array(t("c"), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    ),
  })).c;

  test("a nested tree multiplied out keeps its truth for every person, and every label", () => {
    fc.assert(
      fc.property(tree, fc.subarray(["院士", "博导", "留学人才", "一技之长"] as const), fc.option(fc.constantFrom("博士" as const, "硕士" as const), { nil: undefined }), (c, honors, degree) => {
        const groups = conditionGroups(c);
        const flat: Criterion = { any: groups.map((g) => ({ all: g })) };
        const p: Judged = { honors: new Set(honors), ...(degree ? { degree } : {}) };
        expect(evaluate(flat, p).truth).toBe(evaluate(c, p).truth);
        const labels = (x: Criterion): string[] => ("all" in x ? x.all.flatMap(labels) : "any" in x ? x.any.flatMap(labels) : [x.label]);
        expect(new Set(groups.flat().map((l) => l.label))).toEqual(new Set(labels(c)));
      }),
    );
  });

  test("all(any(a, b), c) is two groups: a and c, b and c", () => {
    const a = leaf(0), b = leaf(1), c = leaf(2);
    expect(conditionGroups({ all: [{ any: [a, b] }, c] })).toEqual([[a, c], [b, c]]);
  });
});

describe("cells from Office.js ranges", () => {
  test("blank is null, a formula is kept as a formula, values as they are", () => {
    expect(cellsFromOffice([["a", "", 3, true, 60000]], [["a", "", 3, true, "=20000*3"]])).toEqual([["a", null, 3, true, { formula: "20000*3" }]]);
  });
});
