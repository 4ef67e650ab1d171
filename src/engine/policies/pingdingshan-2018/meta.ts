import { article as a } from "../../model/policy";
import type { PolicyMeta } from "../../model/policy";

/** What is known of the document before its rules are loaded: enough to find it, date it and list it. */
export const PINGDINGSHAN_2018_META: PolicyMeta = {
  id: "pingdingshan-2018",
  kind: "policy",
  title: "平顶山市高层次专业技术人才引育工程实施方案（试行）",
  titleEn: "Pingdingshan Implementation Plan for Introducing and Developing High-Level Professionals (Trial)",
  city: "平顶山",
  cityAliases: ["平顶山市", "鹰城", "pingdingshan"],
  issuer: "平顶山市人力资源和社会保障局",
  docNumber: "平人社〔2018〕156号",
  issued: "2018-10-09",
  validFrom: "2018-10-09",
  validTo: null,
  validity: {
    article: a("末", "印发日期"),
    zh: "2018年10月9日印发；原文未规定施行日期和有效期，按印发之日起施行",
    en: "Issued 2018-10-09; no start or end date is printed, taken as in force from issue",
  },
  trial: true,
  repeals: [],
  predecessors: [],
  source: { file: "003_894d23ba3374fe11.txt" },
  aliases: ["平顶山", "平顶山市", "平人社〔2018〕156号", "平顶山市高层次专业技术人才引育工程实施方案"],
};
