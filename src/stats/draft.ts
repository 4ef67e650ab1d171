import { SKILL, UNSPLIT, type Bucket } from "./roster";
import { columnCount, countBy, percent, ROUNDING_ZH, type Column, type ShareRule, type Stats } from "./tables";

/**
 * The draft paragraph, in the style of the report staff write (“全市企事业单位共有专业技术人员3455人。
 * 其中：……”), with a sentence for every kind of figure the report prints — staff by unit kind and by
 * system with their share of all staff, the levels, each system's share of the senior, 中级 and 初级
 * totals, the systems with no senior staff, the age bands of the senior staff — but with one denominator
 * per sentence, said aloud, and one rounding rule throughout.
 */
export function draftParagraph(s: Stats, year: number, rule: ShareRule, place = "全市"): string {
  const p = (n: number, d: number) => `${percent(n, d, rule)?.toFixed(rule.decimals) ?? "—"}%`;
  const size = (c: Record<Bucket, number>) => Object.values(c).reduce((a, b) => a + b, 0);
  // A roster without a unit-kind or system column says nothing by them (not “未填写 N人”).
  const given = (xs: [string, Record<Bucket, number>][]) => (xs.some(([k]) => k !== "未填写") ? xs : []);
  const units = given([...countBy(s, "unitKind")]);
  const systems = given([...countBy(s, "system")]);
  const ages = [...countBy(s, "ageBand")];
  const sys = (k: string) => (k === "未填写" ? "系统未填写的" : `${k}系统`);
  const c = s.count;

  /** “按中级资格1338人计：教育系统1034人，占77.28%；……；教育、卫生、农业3个系统合计1179人，占88.12%。” */
  const bySystem = (col: Column, name: string): string => {
    const total = columnCount(c, col);
    if (total === 0 || systems.length === 0) return "";
    const parts = systems.map(([k, g]) => [k, columnCount(g, col)] as const).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
    const top = parts.slice(0, 3);
    const topSum = top.reduce((n, [, k]) => n + k, 0);
    const together = parts.length > 3 ? `；${top.map(([k]) => k).join("、")}${top.length}个系统合计${topSum}人，占${p(topSum, total)}` : "";
    return `按${name}${total}人计：${parts.map(([k, n]) => `${sys(k)}${n}人，占${p(n, total)}`).join("；")}${together}。`;
  };

  const midUnits = units.filter(([, g]) => g["中级"] > 0).map(([k, g]) => `${k}${g["中级"]}人`);
  const noSenior = systems.filter(([k, g]) => k !== "未填写" && columnCount(g, "正副高") === 0 && size(g) > 0).map(([k]) => k);
  const seniorAges = ages.map(([k, g]) => [k, columnCount(g, "正副高")] as const).filter(([, n]) => n > 0);
  const skill = [...s.skillGrades.keys()];

  const lines = [
    `截止${year}年底，${place}企事业单位共有专业技术人员${s.total}人。` + (units.length ? `其中：${units.map(([k, g]) => `${k}${size(g)}人，占${p(size(g), s.total)}`).join("；")}。` : ""),
    `${place}共有取得专业技术资格的${s.titled}人。按专业技术人员总数${s.total}人计：正高级资格${c["正高"]}人，占${p(c["正高"], s.total)}；副高级资格${c["副高"]}人，占${p(c["副高"], s.total)}；` +
      (c[UNSPLIT] > 0 ? `只写“高级”、未分正副的${c[UNSPLIT]}人，占${p(c[UNSPLIT], s.total)}；` : "") +
      `中级资格${c["中级"]}人，占${p(c["中级"], s.total)}${midUnits.length ? `（其中：${midUnits.join("，")}）` : ""}；初级资格${c["初级"]}人，占${p(c["初级"], s.total)}；在岗未评聘${c["未评聘"]}人，占${p(c["未评聘"], s.total)}。`,
    c[SKILL] > 0 ? `另有持职业技能等级（${skill.join("、")}）而无专业技术职称的${c[SKILL]}人，占${p(c[SKILL], s.total)}，未计入取得专业技术资格人数。` : "",
    systems.length > 0 ? `按专业技术人员总数${s.total}人计，各系统：${systems.map(([k, g]) => `${sys(k)}${size(g)}人，占${p(size(g), s.total)}`).join("；")}。` : "",
    s.senior > 0 ? `正副高级资格共${s.senior}人（正高${c["正高"]}人、副高${c["副高"]}人${c[UNSPLIT] > 0 ? `、未分正副${c[UNSPLIT]}人` : ""}），占专业技术人员总数的${p(s.senior, s.total)}。` : "",
    bySystem("正副高", "正副高"),
    s.senior > 0 && noSenior.length > 0 ? `${noSenior.join("、")}系统没有正副高级专业技术人员。` : "",
    bySystem("中级", "中级资格"),
    bySystem("初级", "初级资格"),
    seniorAges.length > 0 ? `${s.senior}名正副高人员中，${seniorAges.map(([k, n]) => `${k}的${n}人`).join("，")}。` : "",
    c["未识别"] + c["未填写"] > 0 ? `另有${c["未识别"] + c["未填写"]}人职称未填写或无法识别，未计入各级别。` : "",
    `（百分比按所注分母计算，${ROUNDING_ZH[rule.rounding]}保留${rule.decimals}位小数。）`,
  ];
  return lines.filter(Boolean).join("");
}
