import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * 设置 → 加载政策文件 on the fake Excel host: a document an office encoded (a made-up 乙市 document, the fixture
 * beside this file) is checked, registered and kept in the workbook's settings; the TALENT functions list it
 * and cite it with its file name and hash; a new runtime reading the saved settings (the workbook reopened)
 * computes with it again. Files with errors and ids of built-in documents are refused, in Chinese.
 *
 * Expected values from the fixture's own articles:
 *   第三条 博士 → 第一类;  第八条 第一类 一次性购房补贴 30万元;
 *   第八条 应退补贴=购房补贴-（购房补贴/5×实际服务年限）: 300000 − 300000/5 × 2 = 180000 for two years served.
 * The hash is SHA-256 of the file's bytes by Node's own crypto, independent of the pane's Web Crypto call.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createHost } = require("../fakes/fake-office.js") as { createHost: (init?: unknown) => FakeHost };

interface FakeHost {
  Office: unknown;
  Excel: unknown;
  CustomFunctions: unknown;
  state: { settings: Record<string, unknown> };
}

type Functions = typeof import("../../src/functions/functions");
type WorkbookPolicies = typeof import("../../src/functions/workbook-policies");

const FIXTURE = join(__dirname, "fixtures/yishi-2026.json");
const bytes = readFileSync(FIXTURE);
const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 12);

function install(host: FakeHost): void {
  Object.assign(globalThis, { Office: host.Office, Excel: host.Excel });
}

afterEach(() => {
  for (const k of ["Office", "Excel"]) delete (globalThis as Record<string, unknown>)[k];
});

/** A fresh add-in runtime (new module registry) on a host: what Excel starts when a workbook is opened. */
async function runtime<T>(host: FakeHost, body: (F: Functions, W: WorkbookPolicies) => Promise<T>): Promise<T> {
  install(host);
  let out: T | undefined;
  await jest.isolateModulesAsync(async () => {
    const F = (await import("../../src/functions/functions")) as Functions;
    const W = (await import("../../src/functions/workbook-policies")) as WorkbookPolicies;
    out = await body(F, W);
  });
  return out as T;
}

const errors = <P extends { severity: string }>(ps: readonly P[]): P[] => ps.filter((p) => p.severity === "error");

test("a loaded file: in POLICIES as 本单位录入, cited with its name and hash, and computed with after the workbook is reopened", async () => {
  const host = createHost();
  await runtime(host, async (F, W) => {
    const outcome = await W.loadPolicyFile("乙市办法.json", new Uint8Array(bytes));
    expect(errors(outcome.problems)).toEqual([]);
    expect(outcome.origin).toEqual({ kind: "user", file: "乙市办法.json", hash });

    const table = await F.policies();
    expect(table[0]![8]).toBe("来源");
    const row = table.find((r) => r[0] === "yishi-2026")!;
    expect(row.slice(1, 4)).toEqual(["乙市引进高层次人才办法", "乙政发〔2026〕1号", "乙市"]);
    expect(row[8]).toBe(`本单位录入：乙市办法.json，${hash}`);
    expect(table.find((r) => r[0] === "zhangye-2022")![8]).toBe("内置");

    expect(await F.housingSubsidy([["yishi-2026"]], [["第一类"]])).toEqual([[300000]]);
    const [[sentence]] = await F.explain([["yishi-2026"]], [["HOUSINGSUBSIDY"]], [[["第一类"]]]);
    expect(sentence).toContain(`《乙市引进高层次人才办法》（乙政发〔2026〕1号）第八条〔本单位录入：乙市办法.json，${hash}〕`);
    // a built-in's citation names no file
    const [[builtIn]] = await F.explain([["zhangye-2022"]], [["HOUSINGSUBSIDY"]], [[["第一类"]]]);
    expect(builtIn).toContain("《张掖市引进高层次急需人才办法（试行）》（市委发〔2022〕13号）第十四条第（三）项");
    expect(builtIn).not.toContain("本单位录入");

    expect(W.loadedPolicyFiles().map((f) => [f.origin.file, f.origin.hash, f.id])).toEqual([["乙市办法.json", hash, "yishi-2026"]]);
  });
  // what the workbook keeps: the file's text, from which the same bytes (and hash) come back
  const kept = host.state.settings["talentPolicy.policyFiles"] as { name: string; text: string }[];
  expect(kept.map((f) => f.name)).toEqual(["乙市办法.json"]);
  expect(Buffer.from(kept[0]!.text, "utf8").equals(bytes)).toBe(true);

  // reopened: a new runtime on a host whose settings are what was saved
  const reopened = createHost();
  reopened.state.settings = JSON.parse(JSON.stringify(host.state.settings)) as Record<string, unknown>;
  await runtime(reopened, async (F) => {
    expect(await F.category([["乙市"]], [["博士"]], [["无"]])).toEqual([["第一类"]]);
    expect(await F.refund([["yishi-2026"]], [[300000]], [[2]])).toEqual([[180000]]);
    const [[sentence]] = await F.explain([["yishi-2026"]], [["REFUND"]], [[[300000]], [[2]]]);
    expect(sentence).toContain(`第八条〔本单位录入：乙市办法.json，${hash}〕`);
  });
});

test("a revised file under the same id replaces the first, and is cited with its own version and hash, never the old one", async () => {
  const revisedText = bytes
    .toString("utf8")
    .replace("30万元", "35万元")
    .replace('"total": 300000', '"total": 350000')
    .replace('"id": "yishi-2026",', '"id": "yishi-2026",\n    "version": "第2版",');
  const revised = Buffer.from(revisedText, "utf8");
  const revisedHash = createHash("sha256").update(revised).digest("hex").slice(0, 12);
  expect(revisedHash).not.toBe(hash);
  const host = createHost();
  await runtime(host, async (F, W) => {
    await W.loadPolicyFile("乙市办法.json", new Uint8Array(bytes));
    const [[first]] = await F.explain([["yishi-2026"]], [["HOUSINGSUBSIDY"]], [[["第一类"]]]);
    expect(first).toContain(hash);
    const outcome = await W.loadPolicyFile("乙市办法（修订）.json", new Uint8Array(revised));
    expect(errors(outcome.problems)).toEqual([]);
    expect(await F.housingSubsidy([["yishi-2026"]], [["第一类"]])).toEqual([[350000]]);
    const [[second]] = await F.explain([["yishi-2026"]], [["HOUSINGSUBSIDY"]], [[["第一类"]]]);
    expect(second).toContain(`〔本单位录入：乙市办法（修订）.json 第2版，${revisedHash}〕`);
    expect(outcome.origin).toEqual({ kind: "user", file: "乙市办法（修订）.json", version: "第2版", hash: revisedHash });
    expect(second).not.toContain(hash);
    expect(W.loadedPolicyFiles()).toHaveLength(1);
  });
  expect((host.state.settings["talentPolicy.policyFiles"] as unknown[]).length).toBe(1);
});

test("removed: no longer known to the functions, no longer kept in the workbook", async () => {
  const host = createHost();
  await runtime(host, async (F, W) => {
    await W.loadPolicyFile("乙市办法.json", new Uint8Array(bytes));
    await W.removeWorkbookPolicyFile("yishi-2026");
    await expect(F.housingSubsidy([["yishi-2026"]], [["第一类"]])).rejects.toMatchObject({ message: expect.stringContaining("未知的政策：“yishi-2026”") });
    expect(W.loadedPolicyFiles()).toEqual([]);
  });
  expect(host.state.settings["talentPolicy.policyFiles"]).toBeUndefined();
});

test("a file with errors is refused, each problem in Chinese with where it is, and nothing is kept", async () => {
  const broken = JSON.parse(bytes.toString("utf8")) as Record<string, any>;
  broken.meta.title = ""; // 名称不能为空
  broken.benefits[0].amounts["第三类"] = { total: 50000 }; // 文件没有第三类
  delete broken.categories[1].article; // 缺少条款
  const host = createHost();
  await runtime(host, async (F, W) => {
    const outcome = await W.loadPolicyFile("坏文件.json", new Uint8Array(Buffer.from(JSON.stringify(broken), "utf8")));
    expect(outcome.origin).toBeUndefined();
    const shown = errors(outcome.problems).map((p) => `${p.where}：${p.message}`);
    expect(shown).toEqual(expect.arrayContaining(["meta.title：不能为空", "categories[1].article：缺少必填项（应为一组字段）"]));
    const table = await F.policies();
    expect(table.some((r) => r[0] === "yishi-2026")).toBe(false);
  });
  expect(host.state.settings["talentPolicy.policyFiles"]).toBeUndefined();

  // not JSON at all, and over the size limit: refused before the schema, saying why
  await runtime(createHost(), async (_F, W) => {
    const notJson = await W.loadPolicyFile("笔记.json", new Uint8Array(Buffer.from("第一类 30万元", "utf8")));
    expect(notJson.problems[0]!.message).toMatch(/^文件“笔记.json”不是有效的 JSON/);
    // a class's amount pasted twice under one benefit: the first would be dropped without a word
    const text = bytes.toString("utf8");
    const twice = text.replace(/"title": /, '"title": "草稿",\n    "title": ');
    const dup = await W.loadPolicyFile("两个标题.json", new Uint8Array(Buffer.from(twice, "utf8")));
    expect(dup.origin).toBeUndefined();
    expect(errors(dup.problems).map((p) => `${p.where}：${p.message}`)).toContainEqual(expect.stringMatching(/^meta\.title：字段“title”在同一组字段里写了两次/));
    const big = await W.loadPolicyFile("大.json", new Uint8Array(W.MAX_FILE_BYTES + 1));
    expect(big.problems[0]!.message).toContain("超过 1 MB 的上限");
  });
});

test("a file whose id is a built-in's is refused, naming the built-in document", async () => {
  const clash = bytes.toString("utf8").replace('"id": "yishi-2026"', '"id": "zhangye-2022"');
  await runtime(createHost(), async (F, W) => {
    const outcome = await W.loadPolicyFile("冒名.json", new Uint8Array(Buffer.from(clash, "utf8")));
    expect(outcome.origin).toBeUndefined();
    expect(outcome.problems).toEqual([
      expect.objectContaining({ where: "meta.id", severity: "error", message: "文件标识“zhangye-2022”是内置文件《张掖市引进高层次急需人才办法（试行）》的标识，本单位录入的文件不能使用，请换一个" }),
    ]);
    // the built-in is untouched: 张掖 第十四条第（三）项 第一类 40万元
    expect(await F.housingSubsidy([["zhangye-2022"]], [["第一类"]])).toEqual([[400000]]);
  });
});

test("a file kept in the workbook that no longer reads is not used, and 设置 can say why", async () => {
  const host = createHost();
  const broken = bytes.toString("utf8").replace('"total": 300000', '"total": -300000');
  host.state.settings["talentPolicy.policyFiles"] = [{ name: "乙市办法.json", text: broken }];
  await runtime(host, async (F, W) => {
    await expect(F.housingSubsidy([["yishi-2026"]], [["第一类"]])).rejects.toMatchObject({ message: expect.stringContaining("未知的政策") });
    const [u] = W.unreadableWorkbookFiles();
    expect(u!.name).toBe("乙市办法.json");
    expect(errors(u!.problems).map((p) => `${p.where}：${p.message}`)).toEqual(["benefits[0].amounts.第一类.total：不能小于 0"]);
  });
});

describe("使用本工作簿中的政策表: a policy workbook filled in Excel, read through Office.js", () => {
  // The made-up 示例市 document (scripts/shiyi-policy.ts) as its sheets: 第八条第（一）项 第一类安家费 6 万元;
  // 第十二条 60000 − 60000 ÷ 5 × 2 = 36000 for two years served.
  async function sheetsHost(edit?: (grids: Record<string, unknown[][]>) => void) {
    const { gridsToPolicy, policyToGrids } = await import("../../src/policy-workbook");
    const { fixtureGrids } = await import("../../scripts/shiyi-policy");
    const grids = policyToGrids(gridsToPolicy(fixtureGrids()).file) as Record<string, unknown[][]>;
    edit?.(grids);
    return createHost({ sheets: { 台账: [["姓名"]], ...grids } });
  }

  test("the sheets are checked, loaded, kept in the workbook and computed with", async () => {
    const host = await sheetsHost();
    await runtime(host, async (F) => {
      const { loadPolicySheets } = await import("../../src/taskpane/policy-sheets");
      const outcome = await loadPolicySheets();
      expect(outcome && errors(outcome.problems)).toEqual([]);
      expect(outcome!.id).toBe("shiyi-2025");
      expect(outcome!.origin!.file).toBe("shiyi-2025（本工作簿的政策表）.json");
      expect(await F.settlement([["shiyi-2025"]], [["第一类"]])).toEqual([[60000]]);
      expect(await F.refund([["示例市"]], [[60000]], [[2]])).toEqual([[36000]]);
    });
    expect(JSON.stringify(host.state.settings)).toContain("shiyi-2025");
  });

  test("a problem is named by its sheet, row and column, and nothing is loaded", async () => {
    const host = await sheetsHost((g) => {
      const rows = g["待遇"]!;
      rows[1]![(rows[0] as string[]).indexOf("分期金额")] = "20000、20000";
    });
    await runtime(host, async () => {
      const { loadPolicySheets } = await import("../../src/taskpane/policy-sheets");
      const outcome = await loadPolicySheets();
      expect(outcome!.origin).toBeUndefined();
      expect(errors(outcome!.problems).map((p) => `${p.where}：${p.message}`)).toEqual([
        expect.stringMatching(/^待遇 第2行 [A-Z]+列（分期金额）：分期金额合计 40000 元，不等于总额 60000 元$/),
      ]);
    });
    expect(JSON.stringify(host.state.settings)).not.toContain("shiyi-2025");
  });

  test("a workbook without the policy sheets says so", async () => {
    await runtime(createHost(), async () => {
      const { loadPolicySheets } = await import("../../src/taskpane/policy-sheets");
      expect(await loadPolicySheets()).toBeUndefined();
    });
  });
});

test("a file whose own test case fails is not loaded: the case says what it expected", async () => {
  // 乙市 第八条: 应退补贴 = 300000 − 300000/5 × 2 = 180000; the office typed 170000
  const file = JSON.parse(bytes.toString("utf8")) as Record<string, any>;
  file.cases = [
    { why: "第三条 博士是第一类", call: "CATEGORY", args: ["yishi-2026", "博士", "无"], expect: "第一类" },
    { why: "第八条 服务两年离开", call: "REFUND", args: ["yishi-2026", 300000, 2], expect: 170000 },
  ];
  const host = createHost();
  await runtime(host, async (F, W) => {
    const outcome = await W.loadPolicyFile("乙市办法.json", new Uint8Array(Buffer.from(JSON.stringify(file), "utf8")));
    expect(outcome.origin).toBeUndefined();
    expect(errors(outcome.problems).map((p) => `${p.where}：${p.message}`)).toEqual(["测试案例 2（第八条 服务两年离开）：未通过：应为 170000，得到 180000"]);
    expect((await F.policies()).some((r) => r[0] === "yishi-2026")).toBe(false);
  });
  expect(host.state.settings["talentPolicy.policyFiles"]).toBeUndefined();
});
