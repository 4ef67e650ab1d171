import fc from "fast-check";
import { DEFAULT_OPTIONS, fromISO, governingDocument, inForce, loadAllPolicies, metaOf, REGISTRY, toExcelSerial, toISO } from "../../src/engine";
import { startAudit } from "../../src/jobs/audit";
import { findLayout } from "../../src/jobs/columns";
import { startLedger } from "../../src/jobs/ledger";
import { ALL_SPECS } from "../../src/functions/registry";
import type { Value } from "../../src/jobs/table";

/**
 * One answer to “which document governs this person”, from the validity articles: 张掖 第二十五条 (from
 * 2022-05-07; earlier introductions under 市委发〔2016〕12号), 吐鲁番 第二十二条 (from 2025-05-05; earlier ones
 * under the old 暂行规定), 临夏 末段 (2021-06-23 for five years, to 2026-06-22), 阿拉山口 第三十条 (from
 * 2014-11-05, no predecessor named), 奎屯 第三十四条 (no date printed; option kuitunEffectiveFrom).
 */
beforeAll(() => loadAllPolicies());
const o = DEFAULT_OPTIONS;
const d = fromISO;
const gov = (policy: string | undefined, iso: string, city?: string, options = o) => governingDocument({ policy, city, introduced: d(iso) }, options).value;

describe("each validity boundary, a day before and on it", () => {
  test.each([
    ["zhangye-2022", "2022-05-06", /市委发〔2016〕12号/],
    ["张掖", "2021-03-01", /市委发〔2016〕12号/],
    ["市委发〔2022〕13号", "2022-05-06", /市委发〔2016〕12号/],
    ["turpan-2025", "2025-05-04", /引进优秀人才若干政策的暂行规定/],
    ["linxia-2021", "2021-06-22", /早于.*施行日期 2021-06-23/],
    ["linxia-2021", "2026-06-23", /有效期至 2026-06-22/],
    ["alashankou-2014", "2014-11-04", /早于.*2014-11-05.*此前引进的人员适用的文件未收录/],
    ["kuitun-2025", "2024-12-31", /2025-01-01（原文未印日期，按选项 kuitunEffectiveFrom）/],
  ])("%s, introduced %s: #N/A naming what governs", (policy, iso, message) => {
    expect(() => gov(policy, iso)).toThrow(message);
    try {
      gov(policy, iso);
    } catch (e) {
      expect((e as { kind: string }).kind).toBe("notApplicable");
    }
  });
  test.each([
    ["zhangye-2022", "2022-05-07"],
    ["张掖", "2022-05-07"],
    ["turpan-2025", "2025-05-05"],
    ["linxia-2021", "2021-06-23"],
    ["linxia-2021", "2026-06-22"],
    ["alashankou-2014", "2014-11-05"],
    ["kuitun-2025", "2025-01-01"],
    ["enterprise-agreement", "1999-01-01"],
  ])("%s, introduced %s: in force", (policy, iso) => {
    expect(gov(policy, iso)).toBe(metaOf(policy).id);
  });
  test("a city with the date; the Kuitun date follows the option", () => {
    expect(gov(undefined, "2023-01-01", "张掖")).toBe("zhangye-2022");
    expect(() => gov(undefined, "2022-05-06", "张掖市")).toThrow(/市委发〔2016〕12号/);
    expect(gov("kuitun-2025", "2024-12-31", undefined, { ...o, kuitunEffectiveFrom: "2024-06-01" })).toBe("kuitun-2025");
  });
});

describe("the functions given an introduction date agree with POLICYFOR", () => {
  const spec = (id: string) => ALL_SPECS.find((s) => s.id === id)!;
  test("SCHEDULE turpan-2025 博士或正高 2025-05-04 (the issue's command): #N/A, no 150000", () => {
    expect(() => spec("SCHEDULE").evaluate(["turpan-2025", "博士或正高", "2025-05-04"], o)).toThrow(/第二十二条/);
    const rows = spec("SCHEDULE").evaluate(["turpan-2025", "博士或正高", "2025-05-05"], o).cells as unknown[][];
    expect(rows.some((r) => r[2] === 150000)).toBe(true);
  });
  test("SCHEDULE zhangye-2022 before 2022-05-07 and linxia-2021 after 2026-06-22", () => {
    expect(() => spec("SCHEDULE").evaluate(["zhangye-2022", "第一类", "2022-05-06"], o)).toThrow(/市委发〔2016〕12号/);
    expect(() => spec("SCHEDULE").evaluate(["linxia-2021", "柔性引进", "2026-06-23"], o)).toThrow(/有效期至 2026-06-22/);
  });
  test("BENEFITS with an introduction date; without one, as before", () => {
    expect(() => spec("BENEFITS").evaluate(["zhangye-2022", "第一类", null, "2021-03-01"], o)).toThrow(/市委发〔2016〕12号/);
    expect((spec("BENEFITS").evaluate(["zhangye-2022", "第一类"], o).cells as unknown[][]).length).toBeGreaterThan(1);
  });
  test("POLICYFOR and the resolution are one", () => {
    expect(spec("POLICYFOR").evaluate(["张掖", "2023-01-01"], o).cells).toBe("zhangye-2022");
    expect(() => spec("POLICYFOR").evaluate(["吐鲁番", "2025-05-04"], o)).toThrow(/第二十二条/);
  });
});

describe("property: no row is ever computed under a document whose validity excludes its introduction date", () => {
  const cityDocs = REGISTRY.map((e) => e.meta).filter((m) => m.city !== null);
  const serial = (day: number) => toExcelSerial(day);
  const row = fc.record({
    doc: fc.constantFrom(...cityDocs),
    byCity: fc.boolean(),
    day: fc.integer({ min: d("2012-01-01"), max: d("2029-12-31") }),
    kuitunFrom: fc.constantFrom("2025-01-01", "2024-07-01", "2025-06-30"),
  });
  test("audit and ledger fill, rows named by policy or by city", async () => {
    await fc.assert(
      fc.asyncProperty(row, async ({ doc, byCity, day, kuitunFrom }) => {
        const options = { ...o, kuitunEffectiveFrom: kuitunFrom };
        const header = ["姓名", byCity ? "城市" : "适用政策", "补贴项目", "已发金额", "引进日期", "离职日期", "应退金额"];
        const values: Value[] = ["甲", byCity ? doc.city : doc.id, "购房补贴", 100000, serial(day), serial(day + 400), 0];
        const layout = findLayout({ rows: [header] })!;
        const audit = await startAudit(layout, { options });
        const a = audit.row(values);
        const ledger = await startLedger(layout, { options });
        const l = ledger.row(values);
        const policyCell = l.cells[ledger.keys.indexOf("policy")];
        if (!inForce(doc, day, options)) {
          // never a number: the audit cannot check it, the ledger names no document and computes nothing
          expect(a.cells[0]).toBeNull();
          expect(a.cells[2]).toBe("无法复核");
          expect(policyCell).toBeNull();
          expect(l.cells.filter((c) => typeof c === "number")).toEqual([]);
        } else {
          expect(policyCell).toBe(doc.id);
        }
        expect(audit.summary().ungoverned).toBe(inForce(doc, day, options) ? 0 : 1);
      }),
      { numRuns: 150 },
    );
  });
  test("SCHEDULE and BENEFITS", () => {
    fc.assert(
      fc.property(fc.constantFrom(...cityDocs), fc.integer({ min: d("2012-01-01"), max: d("2029-12-31") }), (doc, day) => {
        for (const id of ["SCHEDULE", "BENEFITS"]) {
          const spec = ALL_SPECS.find((s) => s.id === id)!;
          const args = id === "SCHEDULE" ? [doc.id, "第一类", toISO(day)] : [doc.id, "第一类", null, toISO(day)];
          let governed = true;
          try {
            spec.evaluate(args, o);
          } catch (e) {
            const m = (e as Error).message;
            // a category this document lacks is a different refusal; the date must not be the reason when in force
            governed = !/不适用|早于|有效期至|适用《/.test(m);
          }
          if (!inForce(doc, day, o)) expect(governed).toBe(false);
          else expect(governed).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
