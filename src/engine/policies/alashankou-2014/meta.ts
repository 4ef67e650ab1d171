import { article as a } from "../../model/policy";
import type { PolicyMeta } from "../../model/policy";

/** What is known of the document before its rules are loaded: enough to find it, date it and list it. */
export const ALASHANKOU_2014_META: PolicyMeta = {
  id: "alashankou-2014",
  kind: "policy",
  title: "阿拉山口市高层次和急需紧缺人才引进暂行办法",
  titleEn: "Alashankou Interim Measures for Introducing High-Level and Urgently Needed Talent",
  city: "阿拉山口",
  cityAliases: ["阿拉山口市", "alashankou"],
  issuer: "中共阿拉山口市委员会办公室",
  docNumber: "阿市党办发〔2014〕90号",
  issued: "2014-11-05",
  validFrom: "2014-11-05",
  validTo: null,
  validity: { article: a("30", "第三十条"), zh: "自发布之日（2014年11月5日）起生效，未规定有效期", en: "In force from 2014-11-05, with no end date" },
  trial: true,
  repeals: [],
  predecessors: [],
  source: { file: "001_2f3eb76c6e7e4dd3.txt" },
  aliases: ["阿拉山口", "阿拉山口市", "阿市党办发〔2014〕90号", "阿拉山口市高层次和急需紧缺人才引进暂行办法"],
};
