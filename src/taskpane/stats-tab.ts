import type * as E from "../engine";
import { h } from "./dom";
import { t } from "./i18n";

/** 职称统计 (the annual report on professional titles). */
export function statsTab(_getOptions: () => E.Options): HTMLElement {
  return h("div", {}, h("p", {}, t().statsIntro));
}
