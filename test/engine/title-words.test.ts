import { parseTitle, readTitle, TITLE_SERIES, titleLevelOf } from "../../src/engine";

/**
 * Title words of every 职称 series, each expected level taken from the national rules (not from the code):
 * 卫生技术人员职务试行条例 (主任 正高、副主任 副高、主治/主管 中级、师和士 初级), 人社部发〔2015〕79号 for
 * primary and secondary teachers, 人社部发〔2019〕114号 for agriculture, GB/T 8561 for the older series.
 */
const level = (w: string) => {
  const r = readTitle(w);
  return r.kind === "title" ? r.level : r.kind === "skill" ? `技能:${r.grade}` : "未识别";
};
const levels = (ws: string[]) => ws.map(level);

describe("each series, grade by grade", () => {
  test("the levels' own words, 员级 and 助理级 being the two grades of 初级", () => {
    expect(levels(["正高级", "副高级", "中级", "初级", "员级", "助理级", "在岗未评聘"])).toEqual(["正高", "副高", "中级", "初级", "初级", "初级", "无"]);
  });

  test("中小学教师 (2015): 正高级、高级、一级、二级（助理级）、三级（员级）", () => {
    expect(levels(["正高级教师", "高级教师", "一级教师", "二级教师", "三级教师"])).toEqual(["正高", "副高", "中级", "初级", "初级"]);
  });

  test("中小学教师 before 2015, mapped by 人社部发〔2015〕79号 (小学高级教师 = 一级教师, 中级)", () => {
    expect(levels(["中学高级教师", "中学一级教师", "中学二级教师", "中学三级教师"])).toEqual(["副高", "中级", "初级", "初级"]);
    expect(levels(["小学高级教师", "小学一级教师", "小学二级教师", "小学三级教师"])).toEqual(["中级", "初级", "初级", "初级"]);
    // as rosters write them: abbreviations, the stage in brackets (GB/T 8561 style), kindergartens as primary
    expect(levels(["中高", "中一", "小高", "小一", "高级教师（中学）", "高级教师(小学)", "幼儿园高级教师", "中教一级", "小教高级"])).toEqual([
      "副高", "中级", "中级", "初级", "副高", "中级", "中级", "中级", "中级",
    ]);
    expect(level("特级教师")).toBe("未识别"); // an honour, not a grade
    expect(levels(["副高级教师", "小学中级教师", "初级教师"])).toEqual(["副高", "中级", "初级"]);
  });

  test("高等学校教师 and 中等职业学校/技工院校教师", () => {
    expect(levels(["教授", "副教授", "讲师", "助教"])).toEqual(["正高", "副高", "中级", "初级"]);
    expect(levels(["正高级讲师", "高级讲师", "讲师(中专)", "助理讲师", "教员"])).toEqual(["正高", "副高", "中级", "初级", "初级"]);
    expect(levels(["高级实习指导教师", "一级实习指导教师", "三级实习指导教师"])).toEqual(["副高", "中级", "初级"]);
  });

  test("卫生: 医、药、护、技, with specialties and 中医/中药", () => {
    expect(levels(["主任医师", "副主任医师", "主治医师", "医师", "医士"])).toEqual(["正高", "副高", "中级", "初级", "初级"]);
    expect(levels(["主任护师", "副主任护师", "主管护师", "护师", "护士"])).toEqual(["正高", "副高", "中级", "初级", "初级"]);
    expect(levels(["主任药师", "副主任药师", "主管药师", "药师", "药士"])).toEqual(["正高", "副高", "中级", "初级", "初级"]);
    expect(levels(["主任技师", "副主任技师", "主管技师", "技士"])).toEqual(["正高", "副高", "中级", "初级"]);
    expect(levels(["内科主治医师", "主任医师（外科）", "检验主管技师", "临床医学检验技师", "放射技师", "主任中医师", "主管中药师", "中药士"])).toEqual([
      "中级", "正高", "中级", "初级", "初级", "正高", "中级", "初级",
    ]);
    expect(levels(["执业医师", "执业助理医师"])).toEqual(["未识别", "未识别"]); // licences, not titles
  });

  test("工程", () => {
    expect(levels(["正高级工程师", "教授级高级工程师", "高级工程师", "工程师", "助理工程师", "技术员"])).toEqual(["正高", "正高", "副高", "中级", "初级", "初级"]);
    expect(levels(["高工", "助工", "电气工程师", "高级工程师（电气）", "机械助理工程师", "高级电气工程师"])).toEqual(["副高", "初级", "中级", "副高", "初级", "副高"]);
  });

  test("农业: 农艺、畜牧、兽医 (人社部发〔2019〕114号)", () => {
    expect(levels(["农业技术推广研究员", "正高级农艺师", "高级农艺师", "农艺师", "助理农艺师", "农业技术员"])).toEqual(["正高", "正高", "副高", "中级", "初级", "初级"]);
    expect(levels(["高级畜牧师", "畜牧师", "助理畜牧师", "高级兽医师", "兽医师", "助理兽医师", "执业兽医师"])).toEqual(["副高", "中级", "初级", "副高", "中级", "初级", "初级"]);
  });

  test("经济 and 会计", () => {
    expect(levels(["正高级经济师", "高级经济师", "经济师", "助理经济师"])).toEqual(["正高", "副高", "中级", "初级"]);
    expect(levels(["正高级会计师", "高级会计师", "会计师", "助理会计师", "会计员", "中级会计师", "初级会计师"])).toEqual(["正高", "副高", "中级", "初级", "初级", "中级", "初级"]);
  });

  test("图书资料 and 科学研究 (助理研究员 is 中级)", () => {
    expect(levels(["研究馆员", "副研究馆员", "馆员", "助理馆员", "管理员"])).toEqual(["正高", "副高", "中级", "初级", "初级"]);
    expect(levels(["研究员", "副研究员", "助理研究员", "研究实习员", "实习研究员"])).toEqual(["正高", "副高", "中级", "初级", "初级"]);
  });

  test("工艺美术 and 思想政治工作 (政工)", () => {
    expect(levels(["正高级工艺美术师", "高级工艺美术师", "工艺美术师", "助理工艺美术师", "工艺美术员"])).toEqual(["正高", "副高", "中级", "初级", "初级"]);
    expect(levels(["高级政工师", "政工师", "助理政工师", "政工员"])).toEqual(["副高", "中级", "初级", "初级"]);
  });
});

describe("words that are not 职称, or not one level", () => {
  test("技师 and 高级技师 are skill grades (职业技能等级), named as such", () => {
    expect(levels(["技师", "高级技师", "电工技师", "焊工高级技师", "高级工", "首席技师", "国家职业资格二级", "核电技师"])).toEqual([
      "技能:技师", "技能:高级技师", "技能:技师", "技能:高级技师", "技能:高级工", "技能:首席技师", "技能:技师", "技能:技师",
    ]);
    expect(levels(["核医学技师", "康复医学治疗技师", "病理技师"])).toEqual(["初级", "初级", "初级"]);
    expect(() => parseTitle("高级技师")).toThrow("职业技能等级");
    expect(titleLevelOf("技师")).toBeUndefined();
  });

  test("高级 and 高级职称 are read as 副高 and marked as not split", () => {
    expect(readTitle("高级职称")).toEqual({ kind: "title", level: "副高", series: "职称级别", unsplit: true });
    expect(readTitle("高级")).toMatchObject({ unsplit: true });
    expect(readTitle("高级教师")).not.toHaveProperty("unsplit");
    expect(parseTitle("高级职称")).toBe("副高");
    // a bracket that restates the level settles it, or is read as the level itself
    expect([readTitle("高级（正高）"), readTitle("高级(副高)")]).toEqual([
      { kind: "title", level: "正高", series: "职称级别" },
      { kind: "title", level: "副高", series: "职称级别" },
    ]);
    expect(levels(["初级（助理级）", "初级(员级)", "副高级（高级教师）", "中级（讲师）"])).toEqual(["初级", "初级", "副高", "中级"]);
  });

  test("no exact word is given two levels", () => {
    const seen = new Map<string, string>();
    for (const grades of Object.values(TITLE_SERIES)) {
      for (const [lv, words] of Object.entries(grades)) {
        for (const w of words ?? []) {
          expect([w, seen.get(w) ?? lv]).toEqual([w, lv]);
          seen.set(w, lv);
        }
      }
    }
  });

  test("every exact word reads as its own level", () => {
    for (const grades of Object.values(TITLE_SERIES)) {
      for (const [lv, words] of Object.entries(grades)) for (const w of words ?? []) expect([w, level(w)]).toEqual([w, lv]);
    }
  });
});
