import { article as a } from "../../model/policy";
import type { PolicyMeta } from "../../model/policy";

/** What is known of the document before its rules are loaded: enough to find it, date it and list it. */
export const ZHANGYE_2022_META: PolicyMeta = {
  id: "zhangye-2022",
  kind: "policy",
  title: "张掖市引进高层次急需人才办法（试行）",
  titleEn: "Zhangye Measures for Introducing High-Level and Urgently Needed Talent (Trial)",
  city: "张掖",
  cityAliases: ["张掖市", "zhangye"],
  issuer: "中共张掖市委、张掖市人民政府",
  docNumber: "市委发〔2022〕13号",
  issued: "2022-05-07",
  validFrom: "2022-05-07",
  validTo: null,
  validity: {
    article: a("25", "第二十五条"),
    zh: "自发布之日（2022年5月7日）起施行，未规定有效期",
    en: "In force from its publication on 2022-05-07, with no end date",
  },
  trial: true,
  repeals: [{ docNumber: "市委发〔2016〕12号", title: "张掖市引进高层次专业人才办法" }],
  predecessors: [
    {
      docNumber: "市委发〔2016〕12号",
      title: "张掖市引进高层次专业人才办法",
      until: "2022-05-06",
      note: "第二十五条：本办法施行之日起同时废止，此前引进的人员适用该办法；该文件未收录，无法计算",
      article: a("25", "第二十五条"),
    },
  ],
  source: { file: "000_a03c9efde1043532.txt" },
  aliases: ["张掖", "张掖市", "市委发〔2022〕13号", "张掖市引进高层次急需人才办法", "张掖市引进高层次急需人才办法（试行）"],
};
