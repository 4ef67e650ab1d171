import { article as a } from "../../model/policy";
import type { PolicyMeta } from "../../model/policy";

/** What is known of the document before its rules are loaded: enough to find it, date it and list it. */
export const TURPAN_2025_META: PolicyMeta = {
  id: "turpan-2025",
  kind: "policy",
  title: "吐鲁番地区引进高层次紧缺人才暂行办法",
  titleEn: "Turpan Prefecture Interim Measures for Introducing High-Level Talent in Short Supply",
  city: "吐鲁番",
  cityAliases: ["吐鲁番地区", "吐鲁番市", "turpan"],
  issuer: "吐鲁番地区（原文未印发文机关，由地委人才工作领导小组办公室负责解释）",
  docNumber: null,
  issued: "2025-05-05",
  validFrom: "2025-05-05",
  validTo: null,
  validity: {
    article: a("22", "第二十二条"),
    zh: "自发布之日起执行（文末注2025年5月5日），未规定有效期；此前已办理引进手续的人员仍按原办法执行",
    en: "In force from publication (dated 2025-05-05); earlier introductions stay under the old rules",
  },
  trial: true,
  repeals: [{ docNumber: null, title: "引进优秀人才若干政策的暂行规定" }],
  predecessors: [
    {
      docNumber: null,
      title: "引进优秀人才若干政策的暂行规定",
      until: "2025-05-04",
      note: "第二十二条：本办法实施前已办理引进手续的人员仍按原办法执行；该文件未收录，无法计算",
      article: a("22", "第二十二条"),
    },
  ],
  source: { file: "002_0f6787b06d8398ab.txt", part: "第三部分" },
  aliases: ["吐鲁番", "吐鲁番地区", "吐鲁番地区引进高层次紧缺人才暂行办法"],
};
