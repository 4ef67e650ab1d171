import { invalid } from "../core/errors";
import { normalizeWord } from "../core/vocabulary";

/**
 * Benefit items as disbursement ledgers name them, one row per item paid (补贴项目 / 发放项目 / 补贴类别).
 * Refund articles name the items they claw back (张掖 第十四条第（三）项: 购房补贴; 吐鲁番 第十三条: 安家费;
 * 奎屯 第二十四条、第二十七条: 住房、安家费、购车补贴), so the item of a row decides whether its amount is
 * refundable at all. Each item has the words ledgers use for it; “一次性”, “每月” and an instalment in
 * brackets (安家费（第2期）) do not change the item.
 */
export const ITEMS = {
  购房补贴: { en: "Home purchase subsidy", words: ["购房补助", "购房款补贴", "购房补贴款", "住房购置补贴", "购房"] },
  租房补贴: { en: "Rent subsidy", words: ["租房补助", "房租补贴", "租赁补贴", "住房租赁补贴", "租房"] },
  生活补贴: { en: "Living subsidy", words: ["生活补助", "生活费补贴", "生活津贴", "租房补贴或生活补贴", "租房或生活补贴"] },
  安家费: { en: "Settlement allowance", words: ["安家补贴", "安家补助", "安家经费", "安家"] },
  特殊津贴: { en: "Monthly special allowance", words: ["月度津贴", "月津贴", "人才津贴", "津贴", "特殊津贴（月）", "特贴"] },
  购车补贴: { en: "Car subsidy", words: ["购车补助", "交通补贴", "购车"] },
  住房补贴: { en: "Housing subsidy (cash)", words: ["住房补助", "住房货币补贴"] },
  住房: { en: "Housing in kind", words: ["实物住房", "住房（实物）", "人才公寓", "周转房", "人才住房", "免费住房", "住房赠予"] },
  项目启动资金: { en: "Project start-up funds", words: ["项目启动经费", "启动资金", "科研启动经费", "科研启动资金", "项目经费"] },
  智库专家补贴: { en: "Think-tank expert subsidy", words: ["智库补贴", "智库专家津贴"] },
  特聘补贴: { en: "Special-appointment subsidy", words: ["特聘专家补贴", "特聘津贴"] },
  援疆延期服务补助: { en: "Aid-Xinjiang extension subsidy", words: ["援疆补助", "援疆延期补助"] },
  奖励: { en: "Award", words: ["科技奖补资金", "成果转化补助", "特殊贡献奖励", "奖金", "奖补资金"] },
} as const;

export type ItemKey = keyof typeof ITEMS;

const TABLE = new Map<string, ItemKey>();
for (const [key, def] of Object.entries(ITEMS) as [ItemKey, (typeof ITEMS)[ItemKey]][]) {
  TABLE.set(normalizeWord(key), key);
  for (const w of def.words) TABLE.set(normalizeWord(w), key);
}

/** The item word without what does not change the item: 一次性, 每月, 分期, an instalment, a remark in brackets. */
function core(word: string): string {
  return normalizeWord(word)
    .replace(/[(（][^)）]*[)）]/g, "")
    .replace(/^(一次性|每月|按月|按年|年度|分期|首期|第[一二三四五六七八九十\d]+期|第[一二三四五六七八九十\d]+年)/, "")
    .replace(/(第[一二三四五六七八九十\d]+期|第[一二三四五六七八九十\d]+年|分期|首期|尾款|款|金额)$/, "");
}

/** The item a ledger's word names, or undefined where the word is not one of them. */
export function itemOf(word: string): ItemKey | undefined {
  return TABLE.get(normalizeWord(word)) ?? TABLE.get(core(word));
}

/** The item a ledger's word names; an unknown word is an error listing the accepted ones. */
export function parseItem(word: string, label = "补贴项目"): ItemKey {
  const item = itemOf(word);
  if (item === undefined) {
    throw invalid(`${label}无法识别：“${word}”（可用：${Object.keys(ITEMS).join("、")}）`, `${label}: unknown item "${word}"`);
  }
  return item;
}
