import { clearPolicyFiles, loadAllPolicies, registerPolicyFile, type PolicyFile } from "../../src/engine";
import { readPolicyFile } from "../../src/engine/files/policy-file";
import { gridsToPolicy } from "../../src/policy-workbook";
import { fixtureGrids } from "../../scripts/shiyi-policy";
import { call } from "../golden";

/**
 * What the encoder of a real document (泸溪县 2025, an excerpt) ran into, kept as cases: a document with no
 * 施行日期 was taken as always in force, and a lump sum's 到期时须核实 was dropped from its schedule.
 * Made-up 示例市 (scripts/shiyi-policy.ts): 第八条第（一）项 第一类安家费 6 万元，分三年每年 2 万元.
 */
const shiyi = (): PolicyFile => JSON.parse(JSON.stringify(gridsToPolicy(fixtureGrids()).file)) as PolicyFile;

afterAll(() => clearPolicyFiles());

test("a policy without 施行日期 is refused, saying it would apply to any introduction date", () => {
  const f = shiyi();
  f.meta.validFrom = null;
  const read = readPolicyFile(f);
  expect(read.problems.filter((p) => p.severity === "error")).toEqual([
    { path: ["meta", "validFrom"], severity: "error", message: expect.stringContaining("未填施行日期：文件将对任何引进日期都适用（连印发日期 2025-03-01 之前）") },
  ]);
});

test("what must be checked when an instalment falls due is on each of its schedule lines", async () => {
  const f = shiyi();
  const settlement = f.benefits.find((b) => b.id === "settlement")!;
  if (settlement.kind !== "lumpSum") throw new Error("fixture: 安家费 is a lump sum");
  settlement.amounts["第一类"]!.check = "试用期满考核合格";
  registerPolicyFile(f, { kind: "user", file: "示例市.json", hash: "000000000000" });
  await loadAllPolicies();
  const rows = call("SCHEDULE", ["shiyi-2025", "第一类", "2025-03-10"]) as unknown[][];
  const lines = rows.filter((r) => String(r[1]).startsWith("安家费"));
  expect(lines.map((r) => r[2])).toEqual([20000, 20000, 20000]);
  for (const r of lines) expect(r.join("|")).toContain("须核实：试用期满考核合格");
});
