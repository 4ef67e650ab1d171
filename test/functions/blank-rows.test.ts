import { loadAllPolicies } from "../../src/engine";
import { formatOutCell } from "../../src/functions/excel-errors";
import * as F from "../../src/functions/functions";

/**
 * Ranges sized for rows still to come (REFUND(B2:B6,…), TITLESTATS(E2:E1001) over a few filled rows): a
 * blank row gives a blank cell, aggregates count the filled rows only. Excel on the web and Mac pass the
 * blank cells as null, Excel on Windows as 0: both are tried.
 */
const col = (...xs: unknown[]) => xs.map((x) => [x]);
const blanks = (n: number, blank: null | 0) => new Array<unknown>(n).fill(blank);

beforeAll(() => loadAllPolicies());

describe.each([
  ["null (web, Mac)", null],
  ["0 (Windows)", 0],
] as const)("trailing blank rows passed as %s", (_name, blank) => {
  test("REFUND: the blank rows are blank cells, and a SUM under the column stays a number", async () => {
    // 张掖第十四条第（三）项: 应退 = 补贴 − 补贴/10 × 已满服务年限 → 400000 − 40000 × 3 = 280000; 10 years or more: 0
    const out = await F.refund(col("zhangye-2022", "zhangye-2022", ...blanks(3, blank)), col(400000, 150000, ...blanks(3, blank)), col(3, 12, ...blanks(3, blank)));
    expect(out).toEqual([[280000], [0], [""], [""], [""]]);
    const sum = out.flat().reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
    expect(sum).toBe(280000);
  });

  test("CATEGORY with the policy as one value: rows with no degree, title or school are blank, not 缺少…", async () => {
    const out = await F.category([["zhangye-2022"]], col("博士", ...blanks(2, blank)), col("无", ...blanks(2, blank)), col("其他", ...blanks(2, blank)), col("否", ...blanks(2, blank)));
    // 张掖第六条第（一）项: 博士 → 第一类
    expect(out).toEqual([["第一类"], [""], [""]]);
  });

  test("TITLESHARE over E2:E1001 with four people: shares of the four, not of a thousand", async () => {
    const titles = col("正高级", "副高级", "中级", "初级", ...blanks(996, blank));
    // one 副高 among four people: 1 ÷ 4 × 100 = 25.00
    expect(await F.titleShare(titles, [["副高"]])).toEqual([[25]]);
    // the senior levels: 2 ÷ 4 × 100 = 50.00
    expect(await F.titleShare(titles, [["正副高"]])).toEqual([[50]]);
  });

  test("TITLESTATS counts the filled rows and says how many", async () => {
    const titles = col("正高级", "副高级", "中级", "初级", ...blanks(996, blank));
    const table = await F.titleStats(titles);
    const text = JSON.stringify(table);
    expect(text).not.toContain("1000");
    expect(text).not.toContain("996");
    const total = table.find((r) => String(r[0]).includes("合计"));
    expect(total?.[1]).toBe(4);
  });
});

describe("blank is not 0 where it matters", () => {
  test("a typed 0 beside other values is computed, not blanked", async () => {
    // nothing served: 400000 − 40000 × 0 = 400000 refunded in full
    expect(await F.refund(col("zhangye-2022"), col(400000), col(0))).toEqual([[400000]]);
    // nothing received: nothing to refund
    expect(await F.refund(col("zhangye-2022"), col(0), col(3))).toEqual([[0]]);
  });

  test("a blank inside the filled rows is still that row's error, with its message", async () => {
    const out = await F.refund(col("zhangye-2022", "zhangye-2022", null), col(400000, null, null), col(3, 3, null));
    expect(out[0]).toEqual([280000]);
    expect(formatOutCell(out[1]![0])).toContain("缺少已发补贴");
    expect(out[2]).toEqual([""]);
  });

  test("a single call with everything blank is still an error (nothing to say it is a spare row)", async () => {
    await expect(F.refund([[null]], [[null]], [[null]])).rejects.toMatchObject({ code: "#VALUE!" });
  });
});
