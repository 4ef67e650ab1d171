import type { PolicyDocument, PolicyText } from "../model/policy";
import { ZHANGYE_2022 } from "./zhangye-2022";

export interface PolicyEntry {
  doc: PolicyDocument;
  /** Article texts and interpretation decisions, loaded only where they are shown (help pages, the pane). */
  text: () => Promise<PolicyText>;
}

/** Every encoded document, one line each. */
export const REGISTRY: readonly PolicyEntry[] = [
  { doc: ZHANGYE_2022, text: () => import("./zhangye-2022/text") },
];
