import * as E from "../engine";
import type { Person } from "./person";

/**
 * Why the money a refund article claws back was never due to this person: every item it covers (the row's
 * 补贴项目, or the article's items without one) is bound to ways of introduction that the person's way
 * excludes — 张掖 第十四条第（三）项's 购房补贴 is for 全职引进人才, 吐鲁番 第八条's 安家费 for 刚性引进. The
 * article's arithmetic (the years not served of ten) says nothing about money paid in error, so the row is
 * flagged and gets no refund figure; the amount paid is the finding. Undefined when the way is blank or
 * allows the item (the way's own reading is the rules' business, ways.ts).
 */
export function refundWayBar(doc: E.PolicyDocument, p: Person, code: string | undefined, o: E.Options): string | undefined {
  const why = wayExcludes(doc, p, code, o);
  return why && `${why}；已发金额不是该人员应享受的待遇，不按退还条款计算，请核对发放`;
}

/** Why the person's way of introduction excludes every benefit of the row's item (or of the refunded items). */
export function wayExcludes(doc: E.PolicyDocument, p: Person, code: string | undefined, o: E.Options): string | undefined {
  if (code === undefined) return undefined;
  let way: E.Way | undefined;
  let scope: ReadonlySet<string> | undefined;
  try {
    way = E.statedWay(p.profile);
    if (way === undefined) return undefined;
    scope = E.wayScope(doc, E.categoryOf(doc, code), way, o);
  } catch {
    return undefined; // the category or the way is refused elsewhere, with its own message
  }
  const items = p.item !== undefined ? [p.item] : [...new Set(doc.refunds.flatMap((r) => E.refundedItems(doc, r, o)))];
  const reasons: string[] = [];
  for (const item of items) {
    const benefits = E.benefitsOfItem(doc, item, code);
    if (benefits.length === 0) return undefined;
    for (const b of benefits) {
      try {
        E.checkBenefitWay(doc, b, scope, way, o);
        return undefined;
      } catch (e) {
        if (!(E.isTalentError(e) && e.kind === "notApplicable")) return undefined;
        reasons.push(e.message);
      }
    }
  }
  return reasons.length > 0 ? reasons.join("；") : undefined;
}
