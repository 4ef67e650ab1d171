import { runCli } from "./run-cli";

/** The command line as users run it: the built dist/cli.js, in a child process. */

const run = runCli;

describe("talent-policy calc", () => {
  test("the issue's example", () => {
    expect(run("calc", "TALENT.REFUND", "zhangye-2022", "400000", "3")).toEqual({ out: "280000\n", err: "", code: 0 });
  });

  test("booleans print as TRUE/FALSE; numbers plainly; text as is", () => {
    expect(run("calc", "ELIGIBLE", "zhangye-2022", "第三类", "36").out).toBe("FALSE\n");
    expect(run("calc", "TALENT.CATEGORY", "zhangye-2022", "博士", "无").out).toBe("第一类\n");
    expect(run("calc", "PROJECTFUND", "zhangye-2022", "1234567").out).toBe("123456.7\n");
  });

  test("TRUE/FALSE arguments are booleans; \"\" is an omitted argument", () => {
    expect(run("calc", "SERVICEYEARS", "2015-07-01", "2025-06-30", "", "FALSE").out).toBe("9\n");
    expect(run("calc", "RENTSUBSIDY", "zhangye-2022", "第一类", "").out).toBe("12000\n");
  });

  test("Chinese function names", () => {
    expect(run("calc", "应退补贴", "张掖", "400000", "3").out).toBe("280000\n");
  });

  test("a spilled result prints as tab-separated rows", () => {
    const { out, code } = run("calc", "STARTUPFUND", "kuitun-2025", "博士或正高");
    expect([out, code]).toEqual(["100000\t500000\n", 0]);
    const table = run("calc", "BENEFITS", "zhangye-2022", "第一类").out.trim().split("\n");
    expect(table[0]).toBe("项目\t金额\t单位\t期限\t条件\t依据\t合计（元）");
    expect(table).toContainEqual(expect.stringMatching(/^一次性购房补贴\t400000\t元\t一次性\t.*\t第十四条第（三）项\t400000$/));
  });

  test("an error prints as Excel shows it and exits non-zero, without a stack trace", () => {
    const r = run("calc", "TALENT.REFUND", "zhangye-2022", "400000", "-1");
    expect(r.out).toBe("#VALUE! 服务年限不能为负数\n");
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    const na = run("calc", "HOUSINGSUBSIDY", "zhangye-2022", "智库专家");
    expect([na.out.startsWith("#N/A "), na.code]).toEqual([true, 1]);
  });

  test("options switch the readings", () => {
    expect(run("calc", "REFUND", "zhangye-2022", "150000", "3.5", "--option", "basis=exact").out).toBe("97500\n");
    const bad = run("calc", "REFUND", "zhangye-2022", "150000", "3.5", "--option", "basis=monthly");
    expect([bad.code, bad.err.includes("服务年限计法")]).toEqual([2, true]);
  });

  test("wrong usage is a message and exit code 2, not a stack trace", () => {
    const r = run("calc", "TALENT.NOSUCH", "1");
    expect(r.code).toBe(2);
    expect(r.err).toContain("未知的函数");
    expect(r.err).not.toContain("    at ");
    expect(run("calc", "REFUND", "zhangye-2022", "1", "2", "3", "4", "5", "6", "7").code).toBe(2);
    expect(run().code).toBe(2);
    expect(run("--help").out).toContain("用法");
  });
});
