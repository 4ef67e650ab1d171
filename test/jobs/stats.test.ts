import { fromISO, toExcelSerial } from "../../src/engine";
import { claimChecks, claimsFrom, parseCondition, rosterChecks, type Claim } from "../../src/stats/checks";
import { statsReport } from "../../src/stats/job";
import { levelOf, readPerson } from "../../src/stats/roster";
import { crossTable, levelTable, percent, summarise } from "../../src/stats/tables";
import { findTable, matchColumns } from "../../src/jobs/columns";

const ref = fromISO("2025-12-31");
const person = (title: string, extra: Partial<{ unitKind: string; system: string; age: number }> = {}) => readPerson({ title, ...extra }, ref);

describe("title words", () => {
  test("are normalised to the five levels; unknown and blank ones are kept apart", () => {
    expect(["正高级", "教授级高级工程师", "副主任医师", "高级教师", "一级教师", "主治医师", "助理工程师", "在岗未评聘", "未评聘"].map(levelOf)).toEqual([
      "正高", "正高", "副高", "副高", "中级", "中级", "初级", "未评聘", "未评聘",
    ]);
    expect(levelOf("首席技师")).toBe("未识别");
    expect(levelOf("")).toBe("未填写");
  });
});

describe("shares", () => {
  test("rounded (四舍五入) or truncated (截断), the report's figures both ways", () => {
    // policies/002 part 1: 96/3396 printed 2.82; 1338/3396 printed 39.39; 1961/3396 57.74; 67/97 69.07; 1034/1338 77.27
    const t = (n: number, d: number) => percent(n, d, { rounding: "truncate", decimals: 2 })!.toNumber();
    const r = (n: number, d: number) => percent(n, d, { rounding: "round", decimals: 2 })!.toNumber();
    expect([t(1, 3396), t(96, 3396), t(1338, 3396), t(1961, 3396)]).toEqual([0.02, 2.82, 39.39, 57.74]);
    expect([r(1, 3396), r(96, 3396), r(1338, 3396), r(1961, 3396)]).toEqual([0.03, 2.83, 39.4, 57.74]);
    expect([t(67, 97), t(24, 97), t(4, 97), t(2, 97)]).toEqual([69.07, 24.74, 4.12, 2.06]);
    expect([t(1034, 1338), t(111, 1338), t(34, 1338)]).toEqual([77.27, 8.29, 2.54]);
    expect([r(1034, 1338), r(111, 1338), r(34, 1338)]).toEqual([77.28, 8.3, 2.54]);
    expect(percent(1179, 1338, { rounding: "round", decimals: 1 })!.toNumber()).toBe(88.1);
    expect([t(97, 3455), t(139, 3455), t(27, 1338), t(109, 1961)]).toEqual([2.8, 4.02, 2.01, 5.55]);
    expect(percent(1, 0, { rounding: "round", decimals: 2 })).toBeNull();
  });
});

describe("tables built by hand", () => {
  const people = [
    person("教授", { unitKind: "事业单位", system: "教育", age: 50 }),
    person("高级教师", { unitKind: "事业单位", system: "教育", age: 40 }),
    person("主治医师", { unitKind: "事业单位", system: "卫生", age: 33 }),
    person("工程师", { unitKind: "国企", system: "企业", age: 29 }),
    person("助理工程师", { unitKind: "民营企业", system: "企业", age: 25 }),
    person("未评聘", { unitKind: "事业单位", system: "教育系统", age: 24 }),
  ];
  const s = summarise(people);

  test("levels, with both denominators stated", () => {
    expect(levelTable(s, { rounding: "round", decimals: 2 })).toEqual([
      ["职称级别", "人数", "占全部人员（%，分母6）", "占取得资格人员（%，分母5）"],
      ["正高", 1, 16.67, 20],
      ["副高", 1, 16.67, 20],
      ["中级", 2, 33.33, 40],
      ["初级", 1, 16.67, 20],
      ["未评聘", 1, 16.67, null],
      ["其中：正副高", 2, 33.33, 40],
      ["合计", 6, 100, null],
    ]);
  });

  test("level × unit kind (synonyms folded), each column adding up", () => {
    expect(crossTable(s, "unitKind")).toEqual([
      ["职称级别", "事业单位", "企业", "非国有企业", "合计"],
      ["正高", 1, 0, 0, 1],
      ["副高", 1, 0, 0, 1],
      ["中级", 1, 1, 0, 2],
      ["初级", 0, 0, 1, 1],
      ["未评聘", 1, 0, 0, 1],
      ["其中：正副高", 2, 0, 0, 2],
      ["合计", 4, 1, 1, 6],
    ]);
  });

  test("level × age band", () => {
    const t = crossTable(s, "ageBand");
    expect(t[0]).toEqual(["职称级别", "35岁以下", "35—45岁", "46—55岁", "合计"]);
    expect(t[t.length - 1]).toEqual(["合计", 4, 1, 1, 6]);
  });
});

describe("checks fire on rosters made to break them", () => {
  test("no title word, unknown words, ages outside working life, no age", () => {
    const s = summarise([person(""), person("首席技师"), person("中级", { age: 16 }), person("中级", { age: 66 }), person("初级")]);
    const checks = rosterChecks(s, (i) => i + 2);
    const by = (id: string) => checks.find((c) => c.id === id)!;
    expect(by("R1")).toMatchObject({ result: "有问题", detail: expect.stringContaining("第 2 行") });
    expect(by("R2")).toMatchObject({ result: "有问题", detail: expect.stringContaining("“首席技师”1人") });
    expect(by("R3")).toMatchObject({ result: "提示", detail: expect.stringContaining("2 人（第 4、5 行）") });
    expect(by("R4").result).toBe("提示");
  });

  test("a clean roster passes", () => {
    const checks = rosterChecks(summarise([person("中级", { age: 30 })]), (i) => i + 2);
    expect(checks.every((c) => c.result === "通过")).toBe(true);
  });

  test("claims: counts against the roster, shares against their counts and denominators, parts against totals", () => {
    const s = summarise([...Array(3).fill(0).map(() => person("副高级")), ...Array(7).fill(0).map(() => person("中级")), person("未评聘")]);
    const claims: Claim[] = [
      { id: "A", quote: "共11人", condition: "", count: 11, share: null, base: "", partOf: null },
      { id: "B", quote: "副高3人", condition: "级别=副高", count: 3, share: "30.00", base: "", partOf: "A" },
      { id: "C", quote: "中级7人", condition: "级别=中级", count: 6, share: "63.63", base: "", partOf: "A" },
    ];
    const out = claimChecks(s, claims);
    expect(out.find((c) => c.id === "A")!.result).toBe("通过");
    // 3/11 = 27.27: the printed 30.00 is 3/10, the staff with a title
    expect(out.find((c) => c.id === "B" && c.detail.includes("%"))!.detail).toContain("取得资格人员（10人）");
    expect(out.find((c) => c.id === "C" && c.detail.includes("名册"))!).toMatchObject({ result: "有问题", detail: "文中 6 人，名册为 7 人" });
    // 63.63 is the roster's 7/11 truncated, not the claim's own 6/11: the sentence contradicts itself
    expect(out.find((c) => c.id === "C" && c.detail.includes("%"))!).toMatchObject({ result: "有问题", detail: expect.stringContaining("6/11") });
    expect(out.find((c) => c.id === "A=Σ")).toMatchObject({ result: "有问题", detail: expect.stringContaining("3+6 = 9，与合计 11 相差 2") });
  });

  test("conditions and claim tables are read strictly", () => {
    expect(parseCondition("级别=正副高 系统=教育").error).toBeUndefined();
    expect(parseCondition("职务=处长").error).toContain("未知的条件键");
    expect(parseCondition("级别=特级").error).toContain("未知级别");
    expect(() => claimsFrom([["x", "y"]])).toThrow("编号");
  });
});

describe("the report as a job", () => {
  test("blocks stacked on one sheet, charts on the level rows", () => {
    const serial = (iso: string) => toExcelSerial(fromISO(iso));
    const grid = [
      ["姓名", "单位性质", "系统", "职称", "出生日期"],
      ["甲", "事业单位", "教育", "教授", serial("1970-01-01")],
      ["乙", "事业单位", "卫生", "主治医师", serial("1990-01-01")],
      ["丙", "企业", "企业", "", serial("1995-01-01")],
    ];
    const table = findTable({ rows: grid })!;
    const report = statsReport(table, matchColumns(table.headers), { year: 2025, rule: { rounding: "round", decimals: 2 } });
    expect(report.stats.total).toBe(3);
    expect(report.blocks.map((b) => b.caption)).toEqual([
      "表1 职称级别人数及占比",
      "表2 职称级别 × 单位性质",
      "表3 职称级别 × 系统",
      "表4 各系统正副高与中级人数及占比",
      "表5 职称级别 × 年龄段",
      "文字稿（可编辑）",
      "检查",
    ]);
    for (const b of report.blocks) expect(report.sheet[b.top]).toEqual([b.caption]);
    expect(report.blocks[0]!.chart).toEqual({ title: "职称结构", kind: "column", rows: 5, cols: 1 });
    expect(report.checks.find((c) => c.id === "R1")!.detail).toContain("第 4 行");
    expect(report.draft).toContain("截止2025年底，全市企事业单位共有专业技术人员3人");
    expect(report.percentFormat).toBe("0.00");
    const places = (decimals: number) => statsReport(table, matchColumns(table.headers), { year: 2025, rule: { rounding: "truncate", decimals } }).percentFormat;
    expect([places(0), places(1), places(3)]).toEqual(["0", "0.0", "0.000"]);
  });
});
