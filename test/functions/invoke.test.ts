import { DEFAULT_OPTIONS } from "../../src/engine";
import { formatOutCell, isExcelError, toExcelError } from "../../src/functions/excel-errors";
import * as F from "../../src/functions/functions";
import { invoke } from "../../src/functions/invoke";
import { specOf } from "../../src/functions/registry";
import { setOptions } from "../../src/functions/settings";

/** The custom functions as Excel calls them: matrices in, matrices out, errors as Excel errors. */

const col = (...xs: unknown[]) => xs.map((x) => [x]);

describe("one call per column", () => {
  test("a range gives one result per row; single values apply to every row", async () => {
    const out = await F.housingSubsidy([["zhangye-2022"]], col("第一类", "第二类", "第三类"));
    expect(out).toEqual([[400000], [150000], [50000]]);
  });

  test("ranges of the same size are walked together", async () => {
    const out = await F.refund([["zhangye-2022"]], col(400000, 150000, 50000), col(3, 9.99, 10));
    expect(out).toEqual([[280000], [15000], [0]]);
  });

  test("a bad row is that row's error; the other rows are computed", async () => {
    const out = await F.refund([["zhangye-2022"]], col(400000, 400000, 400000), col(3, -1, "三年"));
    expect(out[0]).toEqual([280000]);
    expect(formatOutCell(out[1]![0])).toBe("#VALUE! 服务年限不能为负数");
    expect(isExcelError(out[2]![0])).toBe(true);
  });

  test("ranges of different sizes are refused as a whole", async () => {
    await expect(F.refund([["zhangye-2022"]], col(1, 2, 3), col(1, 2))).rejects.toMatchObject({ code: "#VALUE!" });
  });

  test("a policy column may mix documents; each one's rules are loaded on first use", async () => {
    const out = await F.settlement(col("kuitun-2025", "turpan-2025", "alashankou-2014"), col("硕士或副高", "硕士且副高", "硕士"));
    expect(out).toEqual([[100000], [100000], [50000]]);
  });

  test("a single answer that is an error is thrown, so Excel shows its message", async () => {
    await expect(F.refund([["zhangye-2022"]], [[400000]], [[-1]])).rejects.toMatchObject({ code: "#VALUE!", message: "服务年限不能为负数" });
    await expect(F.housingSubsidy([["zhangye-2022"]], [["智库专家"]])).rejects.toMatchObject({ code: "#N/A" });
  });

  test("spilled tables take single values only", async () => {
    await expect(F.benefits([["zhangye-2022"]], col("第一类", "第二类"))).rejects.toMatchObject({ code: "#VALUE!" });
  });

  test("row-shaped answers stay rectangular when a row fails", async () => {
    const out = await F.startupFund([["zhangye-2022"]], col("第一类", "第九类"));
    expect(out[0]).toEqual([50000, 1000000]);
    expect(out[1]!.length).toBe(2);
    expect(isExcelError(out[1]![0])).toBe(true);
  });
});

describe("blank is missing, never 0", () => {
  test("a blank cell (null on the web, '' from formulas) is missing", async () => {
    await expect(F.refund([["zhangye-2022"]], [[400000]], [[null]])).rejects.toMatchObject({ message: expect.stringContaining("缺少服务年限") });
    await expect(F.refund([["zhangye-2022"]], [[""]], [[3]])).rejects.toMatchObject({ message: expect.stringContaining("缺少已发补贴") });
  });

  test("Excel for Windows passes blank cells in ranges as 0: where 0 is not a word or a date it is read as blank", async () => {
    const out = await F.category([["zhangye-2022"]], col("博士", 0), col("无", "无"));
    expect(out[0]).toEqual(["第一类"]);
    expect(formatOutCell(out[1]![0])).toContain("请填写学历学位");
    await expect(F.serviceYears([[0]], [["2025-01-01"]])).rejects.toMatchObject({ message: expect.stringContaining("缺少引进日期") });
  });

  test("omitted optional arguments take their defaults", async () => {
    expect(await F.rentSubsidy([["zhangye-2022"]], [["第一类"]])).toEqual([[12000]]);
    expect(await F.rentSubsidy([["zhangye-2022"]], [["第一类"]], undefined)).toEqual([[12000]]);
  });
});

describe("options set by the pane apply to the functions", () => {
  afterEach(() => setOptions(DEFAULT_OPTIONS));
  test("basis=exact", async () => {
    setOptions({ ...DEFAULT_OPTIONS, basis: "exact" });
    expect(await F.refund([["zhangye-2022"]], [[150000]], [[3.5]])).toEqual([[97500]]);
  });
});

describe("EXPLAIN", () => {
  test("one sentence: result, arithmetic, article", async () => {
    const [[s]] = (await F.explain([["zhangye-2022"]], [["REFUND"]], [[[400000]], [[3]]])) as string[][];
    expect(s).toContain("280000");
    expect(s).toContain("400000 − 400000 ÷ 10 × 3");
    expect(s).toContain("第十四条第（三）项");
    expect(s).toContain("市委发〔2022〕13号");
  });

  test("Chinese function names and the TALENT. prefix", async () => {
    const [[a]] = (await F.explain([["张掖"]], [["TALENT.应退补贴"]], [[[400000]], [[3]]])) as string[][];
    const [[b]] = (await F.explain([["张掖"]], [["refund"]], [[[400000]], [[3]]])) as string[][];
    expect(a).toBe(b);
  });

  test("functions without a policy", async () => {
    const [[s]] = (await F.explain([[null]], [["SERVICEYEARS"]], [[["2015-07-01"]], [["2025-06-30"]]])) as string[][];
    expect(s).toContain("已满 10 年");
  });

  test("explains refusals too", async () => {
    const [[s]] = (await F.explain([["alashankou-2014"]], [["REFUND"]], [[[100000]], [[2]]])) as string[][];
    expect(s).toContain("无法计算应退补贴（#N/A）");
  });

  test("an unknown function name", async () => {
    await expect(F.explain([["张掖"]], [["SUM"]], [])).rejects.toMatchObject({ code: "#VALUE!" });
  });
});

describe("error mapping", () => {
  test("engine refusals keep their message; defects become #VALUE!, never a number", () => {
    expect(toExcelError(new Error("boom"))).toMatchObject({ code: "#VALUE!", message: "内部错误：boom" });
  });

  test("inside Excel the errors are CustomFunctions.Error", () => {
    class FakeError {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { Error: FakeError, ErrorCode: {} };
    try {
      expect(() => invoke(specOf("REFUND"), ["zhangye-2022", 400000, -1], DEFAULT_OPTIONS)).toThrow(FakeError as never);
    } finally {
      delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
    }
  });
});
