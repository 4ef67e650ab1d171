import { article as a } from "../../model/policy";
import type { PolicyMeta } from "../../model/policy";

/** What is known of the document before its rules are loaded: enough to find it, date it and list it. */
export const LINXIA_2021_META: PolicyMeta = {
  id: "linxia-2021",
  kind: "policy",
  title: "关于加强人才引进和培育支持营商环境建设的实施方案",
  titleEn: "Linxia Implementation Plan on Talent Introduction and Development in Support of the Business Environment",
  city: "临夏",
  cityAliases: ["临夏州", "临夏回族自治州", "linxia"],
  issuer: "临夏回族自治州人民政府办公室",
  docNumber: "临州办发〔2021〕48号",
  issued: "2021-06-23",
  validFrom: "2021-06-23",
  validTo: "2026-06-22",
  validity: {
    article: a("末段", "末段"),
    zh: "自印发之日（2021年6月23日）起施行，有效期5年，至2026年6月22日止",
    en: "In force from 2021-06-23 for five years, until 2026-06-22",
  },
  trial: false,
  repeals: [],
  predecessors: [],
  source: { file: "004_8d0dc2af64ecdbc6.txt" },
  aliases: ["临夏", "临夏州", "临州办发〔2021〕48号", "关于加强人才引进和培育支持营商环境建设的实施方案"],
};
