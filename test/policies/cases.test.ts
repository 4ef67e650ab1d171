import { readFileSync } from "fs";
import { join } from "path";
import { REGISTRY } from "../../src/engine";
import { PolicyCaseSchema } from "../../src/engine/model/policy-format";
import { runCase } from "../../src/functions/cases";
import { runGolden } from "../golden";

/**
 * Every built-in document's own cases (policies/<id>/cases.json), each worked by hand from the article it
 * names: the format is proven by the real documents.
 */
const root = join(__dirname, "..", "..", "policies");

describe.each(REGISTRY.map((e) => [e.meta.id] as const))("%s", (id) => {
  const raw = JSON.parse(readFileSync(join(root, id, "cases.json"), "utf8")) as unknown[];
  const cases = raw.map((c) => PolicyCaseSchema.parse(c));
  test("has cases", () => expect(cases.length).toBeGreaterThanOrEqual(14));
  const groups = [...new Set(cases.map((c) => c.group ?? ""))];
  describe.each(groups.map((g) => [g] as const))("%s", (group) => runGolden(cases.filter((c) => (c.group ?? "") === group)));
});

describe("the case runner says why a case fails", () => {
  const base = { why: "6(1) 博士研究生", call: "CATEGORY", args: ["zhangye-2022", "博士", "无"] };
  test("a wrong value", () => {
    const o = runCase({ ...base, expect: "第二类" });
    expect(o).toEqual({ pass: false, got: "第一类", why: "应为 第二类，得到 第一类" });
  });
  test("a right value without the article it must cite", () => {
    const o = runCase({ ...base, expect: "第一类", cites: "第九条" });
    expect(o.pass).toBe(false);
    expect(o.why).toContain("第六条第（一）项");
  });
  test("an error where a value was expected, and a function that does not exist", () => {
    expect(runCase({ ...base, args: ["zhangye-2022", "硕博连读生", "无"], expect: "第一类" }).why).toMatch(/^应为 第一类，得到 #VALUE! 无法识别的学历学位/);
    expect(runCase({ ...base, call: "CATEGORI", expect: "第一类" })).toEqual({ pass: false, got: "", why: "没有函数 TALENT.CATEGORI" });
  });
  test("a date, and any text containing a piece", () => {
    // 平顶山 四（六）: three years of leave from 2023-03-01 end on 2026-02-28 (民法典第二百零二条).
    expect(runCase({ why: "四(六)", call: "LEAVEEND", args: ["pingdingshan-2018", "2023-03-01"], expect: { date: "2026-02-28" } }).pass).toBe(true);
    expect(runCase({ why: "四(六)", call: "LEAVEEND", args: ["pingdingshan-2018", "2023-03-01"], expect: { date: "2026-03-01" } }).pass).toBe(false);
    expect(runCase({ why: "25", call: "POLICYSTATUS", args: ["zhangye-2022", "2022-05-06"], expect: [["未生效", { contains: "2022-05-07" }]] }).pass).toBe(true);
    expect(runCase({ why: "25", call: "POLICYSTATUS", args: ["zhangye-2022", "2022-05-06"], expect: [["未生效", { contains: "2023" }]] }).pass).toBe(false);
  });
});

test("a one-cell expectation against a spilled answer says the shapes differ (the breaker's F13)", () => {
  const o = runCase({ why: "25", call: "POLICYSTATUS", args: ["zhangye-2022", "2022-05-07"], expect: "有效" });
  expect(o.pass).toBe(false);
  expect(o.why).toMatch(/^应为一个单元格：有效，得到1 行 2 列：有效 \| /);
});
