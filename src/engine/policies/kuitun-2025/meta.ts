import { article as a } from "../../model/policy";
import type { PolicyMeta } from "../../model/policy";

/** What is known of the document before its rules are loaded: enough to find it, date it and list it. */
export const KUITUN_2025_META: PolicyMeta = {
  id: "kuitun-2025",
  kind: "policy",
  title: "奎屯市引进高层次紧缺人才办法",
  titleEn: "Kuitun Measures for Introducing High-Level Talent in Short Supply",
  city: "奎屯",
  cityAliases: ["奎屯市", "奎屯-独山子经济技术开发区", "kuitun"],
  issuer: "奎屯市（原文未印发文机关；由市委组织部、市人力资源和社会保障局负责解释）",
  docNumber: null,
  issued: null,
  validFrom: null,
  validFromOption: "kuitunEffectiveFrom",
  validTo: null,
  validity: {
    article: a("34", "第三十四条"),
    zh: "自发布之日起实施；原文未印发布日期（文中引用〔2025〕年文件），施行日期按选项 kuitunEffectiveFrom（默认2025-01-01），未规定有效期",
    en: "In force from publication; no date is printed (it cites 2025 documents), taken from option kuitunEffectiveFrom",
  },
  trial: false,
  repeals: [],
  predecessors: [],
  source: { file: "002_0f6787b06d8398ab.txt", part: "第四部分" },
  aliases: ["奎屯", "奎屯市", "奎屯市引进高层次紧缺人才办法"],
};
