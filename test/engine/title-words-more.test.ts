import { readTitle } from "../../src/engine/rules/title-words";

/**
 * Roster words an independent reader found unread (kept as cases). Levels from the national rules:
 * 人社部发〔2015〕79号 (原中学高级 → 高级; 原中学一级、小学高级 → 一级; 幼儿园 as 小学); 卫生技术人员职务试行条例
 * (主任 正高, 副主任 副高, 主治 中级); 新闻 (高级编辑 正高, 主任编辑 副高); 艺术 (一级 正高 … 四级 初级);
 * 律师职务试行条例 (一级律师 正高 … 四级律师 初级); 农业经济 (高级农经师 副高, 农经师 中级).
 */
const level = (w: string) => {
  const r = readTitle(w);
  return r.kind === "title" ? r.level : r.kind;
};

test.each([
  ["中学高级", "副高"],
  ["中学一级", "中级"],
  ["小学高级", "中级"],
  ["幼教高级", "中级"],
  ["幼儿园一级教师", "初级"],
  ["主治医生", "中级"],
  ["主任医生", "正高"],
  ["副主任医生", "副高"],
  ["高级农经师", "副高"],
  ["农经师", "中级"],
  ["高级编辑", "正高"],
  ["主任编辑", "副高"],
  ["二级演员", "副高"],
  ["一级律师", "正高"],
  ["四级律师", "初级"],
  ["一级美术师", "正高"],
])("%s → %s", (word, expected) => {
  expect(level(word)).toBe(expected);
});

test("注册会计师 is a licence (执业资格), not the 中级 title 会计师", () => {
  expect(level("注册会计师")).toBe("unknown");
  expect(level("会计师")).toBe("中级");
  // 人社部发〔2019〕114号: 执业兽医师 counts as 助理兽医师
  expect(level("执业兽医师")).toBe("初级");
});
