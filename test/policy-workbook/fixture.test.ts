import { formatProblem, gridsToPolicy, policyToGrids } from "../../src/policy-workbook";
import { ARTICLE_TEXT, fixtureGrids } from "../../scripts/shiyi-policy";

/** The made-up 示例市 document as its sheets say it, written out by hand. */
const EXPECTED = {
  format: "talent-policy/1",
  meta: {
    id: "shiyi-2025",
    version: "2025-03-10 第1版",
    kind: "policy",
    title: "示例市引进急需人才办法",
    titleEn: "Shiyi Measures for Introducing Urgently Needed Talent",
    city: "示例市",
    cityAliases: ["示例"],
    issuer: "示例市人民政府",
    docNumber: "示政发〔2025〕1号",
    issued: "2025-03-01",
    validFrom: "2025-03-01",
    validTo: null,
    validity: { article: { key: "20", label: "第二十条" }, zh: "自印发之日（2025年3月1日）起施行，未规定有效期", en: "In force from 2025-03-01, with no end date" },
    trial: false,
    repeals: [],
    predecessors: [],
    source: { file: "shiyi-2025.txt" },
    aliases: ["示例市", "示政发〔2025〕1号", "示例市引进急需人才办法"],
  },
  articles: ARTICLE_TEXT,
  categories: [
    {
      code: "第一类",
      aliases: ["一类", "1"],
      article: { key: "6.1", label: "第六条第（一）项" },
      summary: "博士研究生或正高级职称",
      summaryEn: "Doctorate or full senior title",
      when: { any: [{ degreeIn: ["博士"], label: "博士研究生" }, { titleAtLeast: "正高", label: "具有正高级专业技术职称" }] },
    },
    {
      code: "第二类",
      aliases: ["二类", "2"],
      article: { key: "6.2", label: "第六条第（二）项" },
      summary: "“双一流”高校硕士且急需紧缺专业",
      summaryEn: "Master's from a Double First-Class university in an urgent field",
      when: {
        all: [
          { degreeIn: ["硕士"], label: "硕士研究生" },
          { school: "双一流", label: "“双一流”建设高校" },
          { urgentMajor: true, label: "所学专业为我市急需紧缺专业" },
        ],
      },
    },
  ],
  benefits: [
    {
      id: "settlement",
      item: "安家费",
      itemEn: "Settlement allowance",
      kind: "lumpSum",
      role: "settlement",
      article: { key: "8.1", label: "第八条第（一）项" },
      condition: "分年发放",
      categories: ["第一类", "第二类"],
      amounts: { 第一类: { total: 60000, instalments: [20000, 20000, 20000] }, 第二类: { total: 30000, instalments: [15000, 15000] } },
    },
    {
      id: "living",
      item: "生活补贴",
      itemEn: "Living allowance",
      kind: "monthly",
      role: "allowance",
      article: { key: "8.2", label: "第八条第（二）项" },
      condition: "每月发放，期限三年",
      categories: ["第一类", "第二类"],
      amounts: { 第一类: { perMonth: 2000, months: 36 }, 第二类: { perMonth: 1000, months: 36 } },
    },
  ],
  refunds: [
    {
      kind: "proportional",
      article: { key: "12", label: "第十二条" },
      benefitIds: ["settlement"],
      items: ["安家费"],
      fullYears: 5,
      formula: "应退安家费=已领安家费-（已领安家费/5×实际服务年限）",
    },
  ],
  agreementYears: { years: 5, article: { key: "12", label: "第十二条" } },
  decisions: [
    {
      id: "shiyi-refund-years",
      article: { key: "12", label: "第十二条" },
      question: "“按未服务年限比例退还”的服务年限按整年还是实际年限计",
      decision: "默认按整年计，可用选项 basis 改为实际年限",
      option: { key: "basis", values: "whole 整年（默认）/ exact 实际" },
    },
  ],
  cases: [
    { why: "第六条第（一）项 博士研究生是第一类", call: "CATEGORY", args: ["shiyi-2025", "博士", "无"], expect: "第一类", cites: "第六条第（一）项" },
    { why: "第六条第（二）项 双一流硕士且急需紧缺专业是第二类", call: "CATEGORY", args: ["shiyi-2025", "硕士", "无", "双一流", "是"], expect: "第二类", cites: "第六条第（二）项" },
    { why: "第八条第（一）项 第一类安家费6万元", call: "SETTLEMENT", args: ["shiyi-2025", "第一类"], expect: 60000, cites: "第八条第（一）项" },
    { why: "第八条第（一）项 第二类第2期1.5万元", call: "SETTLEMENT", args: ["示例市", "二类", 2], expect: 15000 },
    { why: "第八条第（二）项 第一类每月2000元", call: "ALLOWANCE", args: ["shiyi-2025", "第一类"], expect: 2000, cites: "第八条第（二）项" },
    { why: "第十二条 服务2年离开：60000-60000/5×2=36000", call: "REFUND", args: ["shiyi-2025", 60000, 2], expect: 36000, cites: "第十二条" },
    { why: "第十二条 服务2.5年按实际年限：60000-12000×2.5=30000", call: "REFUND", args: ["shiyi-2025", 60000, 2.5], expect: 30000, options: { basis: "exact" } },
    { why: "第十二条 服务满5年不退", call: "REFUND", args: ["shiyi-2025", 60000, 5], expect: 0 },
  ],
};

describe("a document encoded only through the template (示例市)", () => {
  test("reads with no problem into the document its sheets describe", () => {
    const { file, problems } = gridsToPolicy(fixtureGrids());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(file).toEqual(EXPECTED);
    // and nothing more than that (toEqual ignores undefined fields; a file is JSON)
    expect(JSON.parse(JSON.stringify(file))).toStrictEqual(EXPECTED);
  });

  test("columns headed 备注 are the office's notes, not read", () => {
    const grids = fixtureGrids();
    const benefits = grids["待遇"]!;
    benefits[0]!.push("备注（经办人）");
    benefits[1]!.push("财政局 2025-03 核定");
    benefits.push([...benefits[0]!.map(() => null).slice(1), "此行仅有备注"]);
    const { file, problems } = gridsToPolicy(grids);
    expect(problems).toEqual([]);
    expect(file).toEqual(gridsToPolicy(fixtureGrids()).file);
  });

  test("a 版本 that Excel turned into a date is the day it shows", () => {
    const grids = fixtureGrids();
    grids["文件信息"]![2]![2] = new Date("2026-11-30T00:00:00Z");
    const { file, problems } = gridsToPolicy(grids);
    expect(problems).toEqual([]);
    expect(file.meta.version).toBe("2026-11-30");
  });

  test("a condition written as a nested tree (a .json file) comes back as its groups, each label kept", () => {
    const { file } = gridsToPolicy(fixtureGrids());
    const master = { degreeIn: ["硕士" as const], label: "硕士研究生" };
    const doctor = { degreeIn: ["博士" as const], label: "博士研究生" };
    const school = { school: "双一流" as const, label: "“双一流”建设高校" };
    file.categories[1]!.when = { all: [{ any: [master, doctor] }, school] };
    const back = gridsToPolicy(policyToGrids(file));
    expect(back.problems).toEqual([]);
    // (硕士 or 博士) and 双一流 = (硕士 and 双一流) or (博士 and 双一流)
    expect(back.file.categories[1]!.when).toEqual({ any: [{ all: [master, school] }, { all: [doctor, school] }] });
  });

  test("written out again, it reads back the same", () => {
    const { file } = gridsToPolicy(fixtureGrids());
    expect(gridsToPolicy(policyToGrids(file)).file).toEqual(file);
  });

  test("an array answer in the cases: the rows and columns of 预期, dates and “含：” cells", () => {
    const grids = fixtureGrids();
    const cases = grids["测试案例"]!;
    const width = cases[0]!.length;
    const row = (cells: Record<number, unknown>) => Array.from({ length: width }, (_, i) => (cells[i] ?? null) as never);
    // STARTUPFUND-like answers spill one row of two; a two-row answer continues on a row with the same 案例编号
    cases.push(row({ 0: 9, 2: "two columns", 3: "POLICYSTATUS", 4: "shiyi-2025", 5: "2025-03-01", 14: "有效", 15: "含：" }));
    cases.push(row({ 0: 10, 1: "分组甲", 2: "two rows", 3: "POLICIES", 14: "a", 15: new Date("2026-02-28T00:00:00Z") }));
    cases.push(row({ 0: 10, 14: "b", 15: "含：第二" }));
    const { file, problems } = gridsToPolicy(grids);
    expect(problems).toEqual([]);
    expect(file.cases![8]).toEqual({ why: "two columns", call: "POLICYSTATUS", args: ["shiyi-2025", "2025-03-01"], expect: [["有效", { contains: "" }]] });
    expect(file.cases![9]).toEqual({ group: "分组甲", why: "two rows", call: "POLICIES", args: [], expect: [["a", { date: "2026-02-28" }], ["b", { contains: "第二" }]] });
  });
});
