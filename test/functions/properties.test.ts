import fc from "fast-check";
import { DEGREE_WORDS, HONORS, REGISTRY, SCHOOL_WORDS, TITLE_WORDS, policyOf } from "../../src/engine";
import { ALL_SPECS } from "../../src/functions/registry";
import { answerCells, expectSoundCells } from "../answers";

/**
 * Properties of every TALENT function, over arguments good and bad: an answer is a finite number, text, a
 * boolean or an Excel error (#VALUE!/#N/A) — never NaN, never an exception of another kind, never an
 * internal error; money is never negative and is in whole fen; a refund lies between 0 and what was paid.
 */

const MONEY = new Set([
  "HOUSINGSUBSIDY", "RENTSUBSIDY", "REFUND", "PROJECTFUND", "ALLOWANCE", "SETTLEMENT", "CARSUBSIDY", "YEARLYSUBSIDY",
  "STARTUPFUND", "PENALTY", "COMMISSION", "INCOMESHARE", "LOANCAP", "COSTSHARE",
]);

const junk = fc.oneof(fc.constant(null), fc.constant(""), fc.constant("？？"), fc.boolean(), fc.string({ maxLength: 6 }));
const anyNumber = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  fc.integer({ min: -5, max: 400 }),
  fc.constantFrom(0, 0.5, 1, 3, 5, 6, 10, 12, 60, 61, 500000, 1e7, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constantFrom("40万", "1,000", "￥500", "三年", "-1"),
);
const anyDate = fc.oneof(
  fc.integer({ min: 0, max: 3_000_000 }),
  fc.constantFrom("2022-05-07", "2025-01-01", "2026-06-23", "2014-11-04", "1999-02-29", "2024/2/29", "明天"),
);

function words(...lists: readonly (readonly string[])[]) {
  return fc.oneof(fc.constantFrom(...lists.flat()), junk);
}

function arbitraryFor(name: string): fc.Arbitrary<unknown> {
  const ids = REGISTRY.map((e) => e.meta.id);
  switch (name) {
    case "policy":
      return fc.oneof(fc.constantFrom(...ids, "张掖", "奎屯市", "北京"), junk);
    case "city":
      return words(["张掖", "阿拉山口", "吐鲁番", "奎屯", "平顶山", "临夏", "北京"]);
    case "category":
      return words(REGISTRY.flatMap((e) => policyOf(e.meta.id).categories.map((c) => c.code)), ["1", "一类", "A类"]);
    case "degree":
      return words(Object.values(DEGREE_WORDS).flat());
    case "title":
      return words(Object.values(TITLE_WORDS).flat());
    case "school":
      return words(Object.values(SCHOOL_WORDS).flat());
    case "urgentMajor":
    case "endDateCounts":
    case "targetMet":
      return words(["是", "否", "TRUE", "FALSE"]);
    case "honors":
      return words(HONORS.keys(), ["院士、特聘", "援疆、调动"]);
    case "basis":
      return words(["整年", "实际", "exact"]);
    case "reason":
      return words(["个人原因", "试用期不合格", "单位原因"]);
    case "spouse":
      return words(["半额", "全额"]);
    case "kind":
      return words(["泄密", "单方解除"]);
    case "applicant":
      return words(["高校毕业生", "小微企业"]);
    case "fundingType":
      return words(["全额拨款", "差额拨款", "自收自支"]);
    case "exclusions":
    case "situations":
      return words(["刑事处罚", "失信", "考核不合格", "学术不端", "违法违纪"]);
    case "functionName":
      return words(ALL_SPECS.map((s) => s.id));
    case "startDate":
    case "endDate":
    case "date":
    case "introductionDate":
      return anyDate;
    case "args":
      return fc.array(fc.oneof(anyNumber, junk, anyDate), { maxLength: 4 });
    default:
      return anyNumber;
  }
}

describe.each(ALL_SPECS.map((s) => [s.id, s] as const))("%s", (id, spec) => {
  test("answers are numbers, text, booleans or Excel errors; money is whole fen and never negative", () => {
    const argArb = fc.tuple(...spec.params.map((p) => arbitraryFor(p.name)));
    fc.assert(
      fc.property(argArb, (args) => {
        const values = spec.params.flatMap((p, i) => (p.repeating ? (args[i] as unknown[]) : [args[i]]));
        const got = expectSoundCells(answerCells(spec, values), MONEY.has(id));
        // a refund (one cell) lies within what was paid
        const paid = Number(values[1]);
        if (id === "REFUND" && got.length === 1 && Number.isFinite(paid)) expect(got[0]).toBeLessThanOrEqual(paid + 0.005);
      }),
      { numRuns: 150 },
    );
  });
});
