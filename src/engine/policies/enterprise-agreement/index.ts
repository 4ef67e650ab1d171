import { article as a } from "../../model/policy";
import { ENTERPRISE_AGREEMENT_META } from "./meta";
import type { PolicyDocument } from "../../model/policy";

/**
 * 企业高级人才引进协议 — an enterprise's agreement template (policies/002_0f6787b06d8398ab.txt, part 5). Not a
 * city's policy: it has no categories and no public money, but its commission and penalty clauses are
 * computed the same way, with the same citations.
 */
export const ENTERPRISE_AGREEMENT: PolicyDocument = {
  meta: ENTERPRISE_AGREEMENT_META,


  categories: [
    {
      code: "高级人才",
      aliases: ["乙方", "企业高级人才"],
      article: a("2", "第二条"),
      summary: "协议乙方（企业引进的高级人才）",
      summaryEn: "The talent party to the agreement",
    },
  ],
  classificationNote: "协议模板不划分人才类别，唯一类别为“高级人才”",

  benefits: [
    {
      kind: "housing",
      id: "housing",
      item: "住房",
      itemEn: "Housing",
      article: a("2.2", "第二条第（二）项"),
      condition: "甲方为乙方提供，由双方协商勾选",
      categories: ["高级人才"],
      amounts: { 高级人才: { area: 80, approx: false, freeYears: null, giftAfterYears: null } },
    },
    {
      kind: "service",
      id: "car",
      item: "代步车辆1台",
      itemEn: "A company car",
      article: a("2.2", "第二条第（二）项"),
      condition: "甲方为乙方提供，由双方协商勾选",
      categories: ["高级人才"],
    },
    {
      kind: "service",
      id: "salary",
      item: "月薪",
      itemEn: "Monthly salary",
      article: a("2.1", "第二条第（一）项"),
      condition: "按月结算，金额由双方在协议中填写",
      categories: ["高级人才"],
    },
  ],

  refunds: [],
  refundNote: "协议不规定补贴退还；乙方单方解除协议或泄密的违约金见 PENALTY（第六条）",

  penalties: {
    commission: { article: a("2.3", "第二条第（三）项"), rate: "0.05", condition: "乙方完成当年甲方规定的指标" },
    leak: { article: a("6.1", "第六条第（一）项"), text: "违约金相当于乙方在甲方一年的工资收入（按劳动合同存续期间的平均年薪，不足一年的按一年计）" },
    leave: { article: a("6.2", "第六条第（二）项"), text: "乙方单方解除协议的，违约金为乙方当年半年的工资收入" },
  },
};
