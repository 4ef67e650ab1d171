import type { PolicyDocument, PolicyMeta, PolicyText } from "../model/policy";
import { ALASHANKOU_2014_META } from "./alashankou-2014/meta";
import { ENTERPRISE_AGREEMENT_META } from "./enterprise-agreement/meta";
import { KUITUN_2025_META } from "./kuitun-2025/meta";
import { LINXIA_2021_META } from "./linxia-2021/meta";
import { PINGDINGSHAN_2018_META } from "./pingdingshan-2018/meta";
import { TURPAN_2025_META } from "./turpan-2025/meta";
import { ZHANGYE_2022_META } from "./zhangye-2022/meta";

/**
 * Every encoded document, one line each. The metadata is always at hand (to find a document by its id,
 * 文号 or city, and to date it); the rules are loaded when a document is first used, so that the functions
 * bundle does not grow with every city added; the article texts and decisions only where they are shown.
 */
export interface PolicyEntry {
  meta: PolicyMeta;
  load: () => Promise<PolicyDocument>;
  text: () => Promise<PolicyText>;
}

export const REGISTRY: readonly PolicyEntry[] = [
  { meta: ZHANGYE_2022_META, load: () => import(/* webpackChunkName: "policy-zhangye-2022" */ "./zhangye-2022").then((m) => m.ZHANGYE_2022), text: () => import(/* webpackChunkName: "text-zhangye-2022" */ "./zhangye-2022/text") },
  { meta: ALASHANKOU_2014_META, load: () => import(/* webpackChunkName: "policy-alashankou-2014" */ "./alashankou-2014").then((m) => m.ALASHANKOU_2014), text: () => import(/* webpackChunkName: "text-alashankou-2014" */ "./alashankou-2014/text") },
  { meta: TURPAN_2025_META, load: () => import(/* webpackChunkName: "policy-turpan-2025" */ "./turpan-2025").then((m) => m.TURPAN_2025), text: () => import(/* webpackChunkName: "text-turpan-2025" */ "./turpan-2025/text") },
  { meta: KUITUN_2025_META, load: () => import(/* webpackChunkName: "policy-kuitun-2025" */ "./kuitun-2025").then((m) => m.KUITUN_2025), text: () => import(/* webpackChunkName: "text-kuitun-2025" */ "./kuitun-2025/text") },
  { meta: PINGDINGSHAN_2018_META, load: () => import(/* webpackChunkName: "policy-pingdingshan-2018" */ "./pingdingshan-2018").then((m) => m.PINGDINGSHAN_2018), text: () => import(/* webpackChunkName: "text-pingdingshan-2018" */ "./pingdingshan-2018/text") },
  { meta: LINXIA_2021_META, load: () => import(/* webpackChunkName: "policy-linxia-2021" */ "./linxia-2021").then((m) => m.LINXIA_2021), text: () => import(/* webpackChunkName: "text-linxia-2021" */ "./linxia-2021/text") },
  { meta: ENTERPRISE_AGREEMENT_META, load: () => import(/* webpackChunkName: "policy-enterprise-agreement" */ "./enterprise-agreement").then((m) => m.ENTERPRISE_AGREEMENT), text: () => import(/* webpackChunkName: "text-enterprise-agreement" */ "./enterprise-agreement/text") },
];
