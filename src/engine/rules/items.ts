import type { Options } from "../core/options";
import { itemOf, type ItemKey } from "../model/items";
import type { Benefit, PolicyDocument, RefundRule } from "../model/policy";

export { ITEMS, itemOf, parseItem, type ItemKey } from "../model/items";

/**
 * What a refund article does with one benefit item: claws the money back (covered), takes it back in kind
 * (the housing itself, no money), or leaves it alone (not covered: the row refunds 0, and says why).
 */
export type ItemCoverage = "covered" | "inKind" | "notCovered";

const ITEM_OF = new WeakMap<Benefit, ItemKey | undefined>();

/** The items of a document's benefits, as ledgers name them (housing in kind is 住房 whatever its size). */
export function itemOfBenefit(b: Benefit): ItemKey | undefined {
  // asked for every benefit on every ledger row: a benefit's item is read from its words once
  if (ITEM_OF.has(b)) return ITEM_OF.get(b);
  const item = b.kind === "housing" ? "住房" : (itemOf(b.item) ?? b.item.split("或").map((part) => itemOf(part)).find((x) => x !== undefined));
  ITEM_OF.set(b, item);
  return item;
}

/** The items a rule claws back in money, with the ones an option adds (奎屯 特聘 住房补贴). */
export function refundedItems(doc: PolicyDocument, rule: RefundRule, options: Pick<Options, "kuitunRefundHousingSubsidy">): ItemKey[] {
  const items = [...rule.items];
  if (rule.kind === "allReceived" && rule.optionalBenefits && options[rule.optionalBenefits.option]) {
    for (const id of rule.optionalBenefits.ids) {
      const b = doc.benefits.find((x) => x.id === id);
      const item = b && itemOfBenefit(b);
      if (item && !items.includes(item)) items.push(item);
    }
  }
  return items;
}

export function itemCoverage(doc: PolicyDocument, rule: RefundRule, item: ItemKey, options: Pick<Options, "kuitunRefundHousingSubsidy">): ItemCoverage {
  if (refundedItems(doc, rule, options).includes(item)) return "covered";
  if (rule.kind === "allReceived" && rule.itemsInKind?.includes(item)) return "inKind";
  return "notCovered";
}

/** The benefits of a document a ledger's item stands for, for a category (生活补贴 in 张掖 is 第十四条第（二）项). */
export function benefitsOfItem(doc: PolicyDocument, item: ItemKey, category?: string): Benefit[] {
  return doc.benefits.filter((b) => {
    if (category !== undefined && b.categories !== "*" && !b.categories.includes(category)) return false;
    if (b.kind === "housing") return item === "住房";
    if (item === "生活补贴" || item === "租房补贴") return b.item.split("或").some((p) => itemOf(p) === item);
    return itemOfBenefit(b) === item;
  });
}
