import { clearPolicyFiles, DEFAULT_OPTIONS, fromISO, governingDocument, loadAllPolicies, registerPolicyFile, type PolicyFile } from "../../src/engine";
import { jsonErrorText } from "../../src/engine/files/json-error";
import { readPolicyFile } from "../../src/engine/files/policy-file";
import { gridsToPolicy, policyToGrids } from "../../src/policy-workbook";
import { fixtureGrids } from "../../scripts/shiyi-policy";
import { basisOf, call } from "../golden";

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

test("a revised document names the old one as its predecessor: no overlap, and each governs its own introductions", async () => {
  clearPolicyFiles();
  const v1 = shiyi();
  const v2 = shiyi();
  v2.meta = {
    ...v2.meta,
    id: "shiyi-2026",
    docNumber: "示政发〔2026〕2号",
    issued: "2026-01-01",
    validFrom: "2026-01-01",
    aliases: ["示政发〔2026〕2号"],
    predecessors: [{ docNumber: "示政发〔2025〕1号", title: "示例市引进急需人才办法", until: "2025-12-31", note: "此前引进的人员适用原办法", article: { key: "20", label: "第二十条" } }],
  };
  registerPolicyFile(v1, { kind: "user", file: "v1.json", hash: "111111111111" });
  const read = readPolicyFile(v2, [v1.meta]);
  expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
  registerPolicyFile(read.file!, { kind: "user", file: "v2.json", hash: "222222222222" });
  await loadAllPolicies();
  // 2025-12-31 is the last day the old one governs (its successor says so); 2026-01-01 the first of the new one
  expect(call("POLICYFOR", ["示例市", "2025-12-31"])).toBe("shiyi-2025");
  expect(call("POLICYFOR", ["示例市", "2026-01-01"])).toBe("shiyi-2026");
  // the old one named for a later introduction: #N/A, naming the document that governs it
  expect(() => governingDocument({ policy: "shiyi-2025", introduced: fromISO("2026-03-01") }, DEFAULT_OPTIONS)).toThrow(
    "《示例市引进急需人才办法》适用于 2025-12-31 及以前引进的人员，其后引进的适用《示例市引进急需人才办法》（示政发〔2026〕2号）（shiyi-2026）",
  );
  // without naming it, the two overlap and the new one is refused
  const bare = { ...v2, meta: { ...v2.meta, predecessors: [] } };
  expect(readPolicyFile(bare, [v1.meta]).problems.map((p) => p.message).join()).toContain("有效期重叠");
});

describe("what the breaker found passing the check (test/policy-workbook/breaker/README.md)", () => {
  const errorsOf = (f: PolicyFile) => readPolicyFile(f).problems.filter((p) => p.severity === "error").map((p) => p.message);

  test("F3: the refund's 涉及待遇编号 and 退还项目 must name the same benefits", () => {
    // 第十二条 refunds 安家费 (settlement); a 退还项目 of 生活补贴 would refund the wrong ledger rows
    const f = shiyi();
    f.refunds[0]!.items = ["生活补贴"];
    expect(errorsOf(f)).toEqual([
      "涉及的待遇“安家费”（settlement）是“安家费”，但“退还项目”中没有它：两列应说同一批待遇",
      "退还项目“生活补贴”不是所涉待遇（settlement）中任何一项的项目：两列应说同一批待遇",
    ]);
  });

  test("F7: an amount finer than a fen is refused", () => {
    const f = shiyi();
    const b = f.benefits.find((x) => x.id === "settlement")!;
    if (b.kind !== "lumpSum") throw new Error("fixture");
    b.amounts["第一类"] = { total: 60000.005 };
    expect(errorsOf(f)).toEqual(["金额最多精确到分（两位小数）"]);
  });

  test("F16: a file with only its 文件信息 is refused", () => {
    const f = { ...shiyi(), categories: [], benefits: [], refunds: [] };
    expect(errorsOf(f)).toContain("文件没有人才类别，也没有待遇：请按条文填写“人才类别”“类别条件”和“待遇”（只填文件信息的文件什么也算不出）");
  });
});

test("F9: a .json that is not JSON is said in Chinese, by line and column", () => {
  const text = '{\n  "format": "talent-policy/1",\n}';
  let message = "";
  try {
    JSON.parse(text);
  } catch (e) {
    message = jsonErrorText(text, e);
  }
  expect(message).toBe("第 3 行第 1 列附近有语法错误（常见原因：多余的逗号、注释、缺少引号或括号、文件不完整）");
});

test("F15: Excel's TRUE in 急需紧缺专业 of 类别条件 is 是", () => {
  const grids = fixtureGrids();
  const rows = grids["类别条件"]!;
  const col = (rows[0] as string[]).indexOf("急需紧缺专业");
  const at = rows.findIndex((r) => r[col] === "是");
  rows[at]![col] = true;
  const read = gridsToPolicy(grids);
  expect(read.problems).toEqual([]);
  expect(read.file).toEqual(gridsToPolicy(fixtureGrids()).file);
});

test("F19: a class's amount in an item of its own is cited with that item, and survives the workbook", async () => {
  // 示例市 made to give 第二类's 生活补贴 in an item of its own: （三）第二类人才每月给予生活补贴1000元，期限三年。
  const f = shiyi();
  f.meta.id = "shiyi-items";
  f.meta.city = "示例乙市";
  f.meta.aliases = [];
  f.meta.docNumber = null;
  delete f.cases;
  f.articles["8.3"] = "（三）第二类人才每月给予生活补贴1000元，期限三年。";
  const living = f.benefits.find((b) => b.id === "living")!;
  if (living.kind !== "monthly") throw new Error("fixture: 生活补贴 is monthly");
  living.amounts["第二类"] = { ...living.amounts["第二类"]!, article: { key: "8.3", label: "第八条第（三）项" } };
  expect(readPolicyFile(f).problems.filter((p) => p.severity === "error")).toEqual([]);
  // the sheets carry it (金额条文键, 金额条款写法) and give the same document back
  expect(gridsToPolicy(policyToGrids(f)).file).toEqual(f);

  registerPolicyFile(f, { kind: "user", file: "乙.json", hash: "333333333333" });
  await loadAllPolicies();
  expect(basisOf("ALLOWANCE", ["shiyi-items", "第二类"])).toContain("第八条第（三）项");
  expect(basisOf("ALLOWANCE", ["shiyi-items", "第二类"])).not.toContain("第八条第（二）项");
  expect(basisOf("ALLOWANCE", ["shiyi-items", "第一类"])).toContain("第八条第（二）项");
  const benefits = call("BENEFITS", ["shiyi-items", "第二类"]) as unknown[][];
  expect(benefits.find((r) => r[0] === "生活补贴")!.join("|")).toContain("第八条第（三）项");

  // a key with no text, on the amount, is the same error as on the benefit
  const wrong = shiyi();
  const l2 = wrong.benefits.find((b) => b.id === "living")!;
  if (l2.kind !== "monthly") throw new Error("fixture");
  l2.amounts["第二类"] = { ...l2.amounts["第二类"]!, article: { key: "8.9", label: "第八条第（九）项" } };
  expect(readPolicyFile(wrong).problems.map((p) => p.path.join("."))).toContain("benefits.1.amounts.第二类.article");
});
