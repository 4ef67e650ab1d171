import { DEFAULT_OPTIONS, loadAllPolicies, money, parseItem, policyOf, refund, type ItemKey, type RefundReason } from "../../src/engine";
import { ALL_SPECS } from "../../src/functions/registry";

/**
 * The items each refund article claws back, worked from the articles themselves:
 *
 * - 张掖 第十四条第（三）项: “引进人才在张服务不满十年的，退还部分购房补贴……应退补贴=购房补贴-（购房补贴/10×实际服务年限）”
 *   — the purchase subsidy only; 第（二）项's 租房补贴或生活补贴 is not named.
 * - 吐鲁番 第十三条: “凡享受了安家费和特殊津贴的人员，在协议执行期内因个人原因要求解除协议的，须退回已享受的安家费”
 *   — who must refund is everyone who had both; what is refunded is the 安家费 only.
 * - 奎屯 第二十四条 (试用期不合格) and 第二十七条 (协议期间终止): “退回已享受的住房、安家费、购车补贴等待遇”
 *   — 安家费 and 购车补贴 in money, 住房 handed back in kind, 特聘 住房补贴 by option, 生活补贴 not listed.
 */
beforeAll(() => loadAllPolicies());

const o = DEFAULT_OPTIONS;
/** The refund of `received` paid as the item a ledger writes (`word`, read as the jobs read it). */
function due(policy: string, received: number, years: number, word: string | undefined, reason: RefundReason = "personal", options = o) {
  const item: ItemKey | undefined = word === undefined ? undefined : parseItem(word);
  const r = refund(policyOf(policy), { received: money(received), yearsServed: years, basis: "whole", reason, item, options });
  return { value: r.value.toNumber(), trace: r.trace().join("；"), article: r.citations[0]?.article.label };
}

describe("张掖 第十四条第（三）项: the purchase subsidy only", () => {
  test("购房补贴 40万 after 3 years: 400000 − 400000/10×3 = 280000", () => {
    expect(due("zhangye-2022", 400000, 3, "购房补贴").value).toBe(280000);
  });
  test("租房补贴 12000 a year, 3 years paid (36000): not refunded, and the note says why with the article", () => {
    const r = due("zhangye-2022", 36000, 3, "租房补贴");
    expect(r.value).toBe(0);
    expect(r.article).toBe("第十四条第（三）项");
    expect(r.trace).toContain("只规定退还购房补贴");
    expect(r.trace).toContain("租房补贴不在其列");
  });
  test("生活补贴 (the other name of 第（二）项's subsidy) likewise 0", () => {
    expect(due("zhangye-2022", 10000, 1, "生活补贴").value).toBe(0);
  });
  test("the ledger's words for the purchase subsidy", () => {
    for (const w of ["购房补贴", "一次性购房补贴", "购房补助", "购房补贴（一次性）"]) expect(parseItem(w)).toBe("购房补贴");
  });
});

describe("吐鲁番 第十三条: 安家费 only, though both were enjoyed", () => {
  test("安家费 15万 (博士或正高, 第八条第（五）项(5)), left after 1 year of a 5-year agreement: all 150000", () => {
    expect(due("turpan-2025", 150000, 1, "安家费").value).toBe(150000);
  });
  test("特殊津贴 0.3万 × 9 months = 27000: not refunded", () => {
    const r = due("turpan-2025", 27000, 0, "特殊津贴");
    expect(r.value).toBe(0);
    expect(r.trace).toContain("只规定退还安家费");
  });
  test("月度津贴 and 每月特殊津贴 are the same item", () => {
    expect(parseItem("月度津贴")).toBe("特殊津贴");
    expect(parseItem("每月特殊津贴")).toBe("特殊津贴");
  });
});

describe("奎屯 第二十七条 and 第二十四条: 住房、安家费、购车补贴等待遇", () => {
  test("安家费 first instalment 4万 (硕士或副高, 第二十二条第（四）项), left in year 2 of 5: 40000", () => {
    expect(due("kuitun-2025", 40000, 1, "安家费（第1期）").value).toBe(40000);
  });
  test("购车补贴 20万 (高层次专家, 第二十二条第（二）项): 200000", () => {
    expect(due("kuitun-2025", 200000, 2, "购车补贴").value).toBe(200000);
  });
  test("生活补贴 1000 × 12 = 12000: not listed, 0", () => {
    const r = due("kuitun-2025", 12000, 1, "生活补贴");
    expect(r.value).toBe(0);
    expect(r.trace).toContain("生活补贴不在其列");
    expect(r.article).toBe("第二十七条");
  });
  test("住房 is handed back in kind: no money", () => {
    const r = due("kuitun-2025", 0, 1, "住房");
    expect(r.value).toBe(0);
    expect(r.trace).toContain("实物退回");
  });
  test("特聘 住房补贴 10万 a year: refunded by default, not when the option says so", () => {
    expect(due("kuitun-2025", 100000, 1, "住房补贴").value).toBe(100000);
    expect(due("kuitun-2025", 100000, 1, "住房补贴", "personal", { ...o, kuitunRefundHousingSubsidy: false }).value).toBe(0);
  });
  test("第二十四条 on failing probation (4 months served): 安家费 back, 生活补贴 not", () => {
    const a = due("kuitun-2025", 50000, 4 / 12, "安家费", "probation");
    expect([a.value, a.article]).toEqual([50000, "第二十四条"]);
    expect(due("kuitun-2025", 6000, 4 / 12, "生活补贴", "probation").value).toBe(0);
  });
});

describe("items the ledger writes that are not items at all", () => {
  test("an unknown word is an error listing the accepted items", () => {
    expect(() => parseItem("交通费用报销")).toThrow(/补贴项目无法识别：“交通费用报销”（可用：购房补贴、租房补贴/);
  });
  test("a document without a refund article stays #N/A whatever the item", () => {
    expect(() => due("alashankou-2014", 24000, 1, "生活补贴")).toThrow(/未规定补贴的退还/);
  });
});

describe("TALENT.REFUND's item argument", () => {
  const spec = ALL_SPECS.find((s) => s.id === "REFUND")!;
  test("the issue's rows: Zhangye 租房补贴 12000 → 0; Turpan 特殊津贴 27000 → 0; the purchase subsidy as before", () => {
    expect(spec.evaluate(["zhangye-2022", 12000, 2, null, null, null, "租房补贴"], o).cells).toBe(0);
    expect(spec.evaluate(["turpan-2025", 27000, 0, null, null, null, "特殊津贴"], o).cells).toBe(0);
    expect(spec.evaluate(["zhangye-2022", 400000, 3, null, null, null, "购房补贴"], o).cells).toBe(280000);
    expect(spec.evaluate(["zhangye-2022", 400000, 3], o).cells).toBe(280000);
  });
  test("an unknown item is #VALUE! with the accepted words", () => {
    expect(() => spec.evaluate(["zhangye-2022", 400000, 3, null, null, null, "奖金池"], o)).toThrow(/可用：购房补贴/);
  });
});
