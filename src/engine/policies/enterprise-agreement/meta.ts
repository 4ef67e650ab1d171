import { article as a } from "../../model/policy";
import type { PolicyMeta } from "../../model/policy";

/** What is known of the document before its rules are loaded: enough to find it, date it and list it. */
export const ENTERPRISE_AGREEMENT_META: PolicyMeta = {
  id: "enterprise-agreement",
  kind: "agreement",
  title: "企业高级人才引进协议",
  titleEn: "Enterprise agreement for introducing senior talent (template)",
  city: null,
  cityAliases: [],
  issuer: "协议模板（甲方企业与乙方高级人才）",
  docNumber: null,
  issued: null,
  validFrom: null,
  validTo: null,
  validity: {
    article: a("10.2", "第十条第（二）项"),
    zh: "协议模板，自双方签字之日起生效；模板所填合作期限（2025年8月1日至2025年7月31日）起止颠倒，以实际签订为准",
    en: "A template; each agreement is in force from signature",
  },
  trial: false,
  repeals: [],
  predecessors: [],
  source: { file: "002_0f6787b06d8398ab.txt", part: "第五部分" },
  aliases: ["企业协议", "企业高级人才引进协议", "企业人才引进协议", "协议"],
};
