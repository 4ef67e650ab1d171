import { countBy, percent, ROUNDING_ZH, SENIOR, type ShareRule, type Stats } from "./tables";

/**
 * The draft paragraph, in the style of the report staff write (“全市企事业单位共有专业技术人员3455人。
 * 其中：……”), but with one denominator per sentence, said aloud, and one rounding rule throughout.
 */
export function draftParagraph(s: Stats, year: number, rule: ShareRule, place = "全市"): string {
  const p = (n: number, d: number) => `${percent(n, d, rule)?.toFixed(rule.decimals) ?? "—"}%`;
  const units = [...countBy(s, "unitKind")].map(([k, c]) => `${k}${Object.values(c).reduce((a, b) => a + b, 0)}人`);
  const mid = [...countBy(s, "unitKind")].filter(([, c]) => c["中级"] > 0).map(([k, c]) => `${k}${c["中级"]}人`);
  const systems = [...countBy(s, "system")]
    .map(([k, c]) => [k, SENIOR.reduce((n, l) => n + c[l], 0)] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k}${n}人，占${p(n, s.senior)}`);
  const ages = [...countBy(s, "ageBand")]
    .map(([k, c]) => [k, SENIOR.reduce((n, l) => n + c[l], 0)] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k}的${n}人`);
  const c = s.count;
  const lines = [
    `截止${year}年底，${place}企事业单位共有专业技术人员${s.total}人。其中：${units.join("，")}。`,
    `${place}共有取得专业技术资格的${s.titled}人。按专业技术人员总数${s.total}人计：正高级资格${c["正高"]}人，占${p(c["正高"], s.total)}；副高级资格${c["副高"]}人，占${p(c["副高"], s.total)}；中级资格${c["中级"]}人，占${p(c["中级"], s.total)}（其中：${mid.join("，")}）；初级资格${c["初级"]}人，占${p(c["初级"], s.total)}；在岗未评聘${c["未评聘"]}人，占${p(c["未评聘"], s.total)}。`,
    s.senior > 0 ? `正副高级资格共${s.senior}人（正高${c["正高"]}人、副高${c["副高"]}人），占专业技术人员总数的${p(s.senior, s.total)}。按正副高${s.senior}人计：${systems.join("；")}。` : "",
    s.senior > 0 ? `${s.senior}名正副高人员中，${ages.join("，")}。` : "",
    c["未识别"] + c["未填写"] > 0 ? `另有${c["未识别"] + c["未填写"]}人职称未填写或无法识别，未计入各级别。` : "",
    `（百分比按所注分母计算，${ROUNDING_ZH[rule.rounding]}保留${rule.decimals}位小数。）`,
  ];
  return lines.filter(Boolean).join("");
}
