import { invoke } from "../../src/functions/invoke";
import { specOf } from "../../src/functions/registry";
import { DEFAULT_OPTIONS, fromISO, toExcelSerial } from "../../src/engine";
import { claimChecks, claimsFrom, parseCondition, rosterChecks, type Claim } from "../../src/stats/checks";
import { statsReport } from "../../src/stats/job";
import { levelOf, readPerson } from "../../src/stats/roster";
import { draftParagraph } from "../../src/stats/draft";
import { crossTable, groupLevelTable, levelTable, percent, summarise } from "../../src/stats/tables";
import { findTable, matchColumns } from "../../src/jobs/columns";

const ref = fromISO("2025-12-31");
const person = (title: string, extra: Partial<{ unitKind: string; system: string; age: number }> = {}) => readPerson({ title, ...extra }, ref);

describe("title words", () => {
  test("are normalised to the five levels; unknown and blank ones are kept apart", () => {
    expect(["正高级", "教授级高级工程师", "副主任医师", "高级教师", "一级教师", "主治医师", "助理工程师", "在岗未评聘", "未评聘"].map((w) => levelOf(w))).toEqual([
      "正高", "正高", "副高", "副高", "中级", "中级", "初级", "未评聘", "未评聘",
    ]);
    expect(levelOf("首席科学家")).toBe("未识别");
    expect(levelOf("高级技师")).toBe("职业技能等级");
    expect([levelOf("高级职称"), levelOf("高级职称", "unsplit")]).toEqual(["副高", "高级（未分正副）"]);
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

describe("each group against the city's level totals", () => {
  // 10 people: 教育 4 (副高 2, 中级 1, 初级 1), 卫生 3 (正高 1, 中级 2), 企业 3 (初级 2, 未评聘 1).
  const people = [
    person("高级教师", { system: "教育" }), person("中学高级教师", { system: "教育" }), person("一级教师", { system: "教育" }), person("二级教师", { system: "教育" }),
    person("主任医师", { system: "卫生" }), person("主治医师", { system: "卫生" }), person("主管护师", { system: "卫生" }),
    person("助理工程师", { system: "企业系统" }), person("技术员", { system: "企业" }), person("未评聘", { system: "企业" }),
  ];
  const s = summarise(people);
  const round = { rounding: "round", decimals: 2 } as const;

  test("each system's share of all staff, and of each level's total (正副高 after the senior levels)", () => {
    // city totals: 正高 1, 副高 2, 正副高 3, 中级 3, 初级 3, 未评聘 1, all 10
    expect(groupLevelTable(s, "system", round)).toEqual([
      ["系统", "人数", "占全部人员（%，分母10）", "正高", "占全市正高（%，分母1）", "副高", "占全市副高（%，分母2）", "正副高", "占全市正副高（%，分母3）",
        "中级", "占全市中级（%，分母3）", "初级", "占全市初级（%，分母3）", "未评聘", "占全市未评聘（%，分母1）"],
      // 教育 4/10 = 40; 副高 2/2; 正副高 2/3 = 66.67; 中级 1/3 = 33.33; 初级 1/3
      ["教育", 4, 40, 0, 0, 2, 100, 2, 66.67, 1, 33.33, 1, 33.33, 0, 0],
      // equal sizes in the order of their names (企 qǐ before 卫 wèi)
      ["企业", 3, 30, 0, 0, 0, 0, 0, 0, 0, 0, 2, 66.67, 1, 100],
      ["卫生", 3, 30, 1, 100, 0, 0, 1, 33.33, 2, 66.67, 0, 0, 0, 0],
      ["合计", 10, 100, 1, 100, 2, 100, 3, 100, 3, 100, 3, 100, 1, 100],
    ]);
  });

  test("truncated (截断) like the report: 2/3 → 66.66", () => {
    expect(groupLevelTable(s, "system", { rounding: "truncate", decimals: 2 })[1]).toEqual(["教育", 4, 40, 0, 0, 2, 100, 2, 66.66, 1, 33.33, 1, 33.33, 0, 0]);
  });

  test("the draft says each kind: shares of all staff by system, of each level by system, systems with no senior staff", () => {
    const d = draftParagraph(s, 2025, round);
    expect(d).toContain("按专业技术人员总数10人计，各系统：教育系统4人，占40.00%；企业系统3人，占30.00%；卫生系统3人，占30.00%。");
    expect(d).toContain("按正副高3人计：教育系统2人，占66.67%；卫生系统1人，占33.33%。");
    expect(d).toContain("企业系统没有正副高级专业技术人员。");
    expect(d).toContain("按中级资格3人计：卫生系统2人，占66.67%；教育系统1人，占33.33%。");
    expect(d).toContain("按初级资格3人计：企业系统2人，占66.67%；教育系统1人，占33.33%。");
  });
});

test("a roster with titles only: the draft says nothing by unit kind or system", () => {
  const d = draftParagraph(summarise([person("高级教师"), person("一级教师")]), 2025, { rounding: "round", decimals: 2 });
  expect(d).toContain("截止2025年底，全市企事业单位共有专业技术人员2人。全市共有取得专业技术资格的2人。");
  expect(d).not.toContain("未填写");
  expect(d).not.toContain("系统");
});

describe("skill grades and 高级 on a roster", () => {
  const people = [person("高级技师"), person("电工技师"), person("技师"), person("高级职称"), person("副高级"), person("中级")];

  test("skill grades are counted apart: in the total, not among those with a title, not unknown", () => {
    const s = summarise(people);
    expect([s.total, s.titled, s.count["职业技能等级"], s.count["未识别"], s.senior]).toEqual([6, 3, 3, 0, 2]);
    const t = levelTable(s, { rounding: "round", decimals: 2 });
    // 3/6 = 50 of all staff; no share of those with a title
    expect(t.find((r) => r[0] === "职业技能等级")).toEqual(["职业技能等级", 3, 50, null]);
    const r6 = rosterChecks(s, (i) => i + 2).find((c) => c.id === "R6")!;
    expect(r6).toMatchObject({ result: "提示", detail: expect.stringContaining("高级技师1人、技师2人（第 2、3、4 行）") });
    expect(draftParagraph(s, 2025, { rounding: "round", decimals: 2 })).toContain("另有持职业技能等级（高级技师、技师）而无专业技术职称的3人，占50.00%");
  });

  test("高级: 副高 by default, named in the checks; apart (but among the senior staff) with highTitle=unsplit", () => {
    const byDefault = summarise(people);
    expect([byDefault.count["副高"], byDefault.senior]).toEqual([2, 2]);
    expect(rosterChecks(byDefault, (i) => i + 2).find((c) => c.id === "R7")!.detail).toContain("1 人（第 5 行）分不清正高或副高，已按副高计");
    const apart = summarise(people.map((p) => readPerson({ title: p.titleWord }, ref, "unsplit")));
    expect([apart.count["副高"], apart.count["高级（未分正副）"], apart.senior, apart.titled]).toEqual([1, 1, 2, 3]);
    expect(levelTable(apart, { rounding: "round", decimals: 2 }).map((r) => r[0])).toEqual(["职称级别", "正高", "副高", "高级（未分正副）", "中级", "初级", "未评聘", "职业技能等级", "其中：正副高", "合计"]);
    expect(groupLevelTable(apart, "system", { rounding: "round", decimals: 2 })[0]).toContain("正副高");
  });
});

describe("checks fire on rosters made to break them", () => {
  test("no title word, unknown words, ages outside working life, no age", () => {
    const s = summarise([person(""), person("首席科学家"), person("中级", { age: 16 }), person("中级", { age: 66 }), person("初级")]);
    const checks = rosterChecks(s, (i) => i + 2);
    const by = (id: string) => checks.find((c) => c.id === id)!;
    expect(by("R1")).toMatchObject({ result: "有问题", detail: expect.stringContaining("第 2 行") });
    expect(by("R2")).toMatchObject({ result: "有问题", detail: expect.stringContaining("“首席科学家”1人") });
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

  test("a name in a claim that no one on the roster has is pointed out (a 0 would pass by default)", () => {
    const s = summarise([person("中级", { system: "城市建设" }), person("高级教师", { system: "教育" })]);
    const claim = (condition: string): Claim => ({ id: "Z", quote: "城市规划等行业没有副高级以上人员", condition, count: 0, share: null, base: "", partOf: null });
    expect(claimChecks(s, [claim("级别=正副高 系统=城市规划,城市建设")])).toEqual([
      { id: "Z", what: "城市规划等行业没有副高级以上人员", result: "提示", detail: "名册中没有系统“城市规划”的人员，请核对条件中的名称" },
      { id: "Z", what: "城市规划等行业没有副高级以上人员", result: "通过", detail: "人数 0 与名册一致" },
    ]);
    expect(claimChecks(s, [claim("级别=正副高 系统=城市建设系统")]).map((c) => c.result)).toEqual(["通过"]);
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
      "表3 各单位性质人数及占全市同级人员比例",
      "表4 职称级别 × 系统",
      "表5 各系统人数及占全市同级人员比例",
      "表6 职称级别 × 年龄段",
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

describe("TALENT.TITLESTATS on a real roster's words", () => {
  test("old teacher titles, 员级/助理级, skill grades apart; 高级 apart with highTitle=unsplit", () => {
    // the person with no title sits inside the roster: a blank row at the end of a range is not a person (issue 11)
    const titles = [["中学高级教师"], ["小学高级教师"], ["中学一级教师"], ["员级"], [""], ["助理级"], ["实习研究员"], ["技师"], ["高级技师"], ["高级职称"]];
    const out = invoke(specOf("TITLESTATS"), [titles], { ...DEFAULT_OPTIONS, highTitle: "unsplit" });
    // 10 people: 副高 1 (中学高级), 高级未分 1, 中级 2 (小学高级, 中学一级), 初级 3 (员级, 助理级, 实习研究员), 技能 2, 未填写 1;
    // with a title: 1 + 1 + 2 + 3 = 7
    expect(out.map((r) => r.slice(0, 2))).toEqual([
      ["职称级别", "人数"], ["正高", 0], ["副高", 1], ["高级（未分正副）", 1], ["中级", 2], ["初级", 3], ["未评聘", 0], ["职业技能等级", 2], ["未填写", 1],
      ["其中：正副高", 2], ["合计", 10],
    ]);
    expect(out[0]![3]).toBe("占取得资格人员（%，分母7）");
  });
});
