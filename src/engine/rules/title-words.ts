import { invalid } from "../core/errors";
import { normalizeWord, type TitleLevel } from "../core/vocabulary";
import { article, type Decision } from "../model/policy";

/**
 * Title words as rosters and ledgers write them, read onto the five levels. Each 职称 series names its
 * grades in its own words (主治医师, 助理农艺师, 一级教师 …); a roster also holds older names (中学高级教师),
 * abbreviations (中高, 高工), grade words of the levels themselves (员级, 助理级), and words that are not 职称
 * at all: 技师 and 高级技师 are 职业技能等级 (skill grades of skilled workers), counted apart. Exact words come
 * first; then the series patterns, so that a specialty (电气高级工程师, 内科主治医师, 高级工程师（电气）) does
 * not make a known grade unknown.
 */

export type TitleReading =
  | {
      kind: "title";
      level: TitleLevel;
      series: string;
      /** “高级”“高级职称”: 正高 or 副高 cannot be told; `level` is then 副高 (see the register, title-high). */
      unsplit?: true;
    }
  | { kind: "skill"; grade: SkillGrade }
  | { kind: "unknown" };

/** 职业技能等级 (人社部 新八级职业技能等级制度, 2022): not 专业技术职称. */
export const SKILL_GRADES = ["首席技师", "特级技师", "高级技师", "技师", "高级工", "中级工", "初级工", "学徒工"] as const;
export type SkillGrade = (typeof SKILL_GRADES)[number];

type Grades = Partial<Record<TitleLevel, readonly string[]>>;

/**
 * The grade names of each series, from the national 职称 rules: 卫生技术人员职务试行条例 (医、药、护、技),
 * 人社部发〔2015〕79号 (中小学教师: 正高级/高级/一级/二级/三级教师, 初级 as 助理级 二级 and 员级 三级),
 * 人社部发〔2019〕114号 (农业: 正高级农艺师 added, 农业技术推广研究员 kept as 正高, 员级 农业技术员), the
 * 2019–2021 reforms of 经济、会计、工程、统计、审计 (正高级 added), GB/T 8561 专业技术职务代码 for the others.
 */
export const TITLE_SERIES: Readonly<Record<string, Grades>> = {
  职称级别: {
    正高: ["正高", "正高级"],
    副高: ["副高", "副高级"],
    中级: ["中级"],
    初级: ["初级", "员级", "助理级"],
    无: ["无", "无职称", "未评", "未评聘", "在岗未评聘", "未定级", "没有", "暂无", "none", "-"],
  },
  高等学校教师: { 正高: ["教授", "professor"], 副高: ["副教授", "associateprofessor"], 中级: ["讲师"], 初级: ["助教"] },
  中小学教师: {
    正高: ["正高级教师", "中小学正高级教师"],
    副高: ["高级教师", "中小学高级教师", "中学高级教师", "中高", "中学高级"],
    // 幼儿园教师 as 小学 (title-teachers-2015); the short forms rosters write without 教师
    中级: ["一级教师", "中小学一级教师", "中学一级教师", "小学高级教师", "中一", "小高", "中学一级", "小学高级", "幼儿园高级教师", "幼教高级", "幼儿园高级"],
    初级: [
      "二级教师", "三级教师", "中学二级教师", "中学三级教师", "小学一级教师", "小学二级教师", "小学三级教师", "中二", "中三", "小一", "小二", "小三",
      "中学二级", "中学三级", "小学一级", "小学二级", "小学三级", "幼儿园一级教师", "幼儿园二级教师", "幼儿园三级教师", "幼教一级", "幼教二级", "幼教三级",
    ],
  },
  中等职业学校和技工院校教师: {
    正高: ["正高级讲师", "正高级实习指导教师"],
    副高: ["高级讲师", "高级实习指导教师"],
    中级: ["一级实习指导教师"],
    初级: ["助理讲师", "教员", "二级实习指导教师", "三级实习指导教师"],
  },
  卫生: {
    正高: ["主任医师", "主任药师", "主任护师", "主任技师", "主任中医师", "主任中药师", "主任检验师", "主任医生"],
    副高: ["副主任医师", "副主任药师", "副主任护师", "副主任技师", "副主任中医师", "副主任中药师", "副主任检验师", "副主任医生"],
    中级: ["主治医师", "主管医师", "主管药师", "主管护师", "主管技师", "主治中医师", "主管中药师", "主治医生"],
    初级: ["医师", "住院医师", "医士", "药师", "药士", "护师", "护士", "技士", "中医师", "中医士", "中药师", "中药士", "检验技师", "检验技士"],
  },
  工程: {
    正高: ["正高级工程师", "教授级高级工程师", "教授级高工"],
    副高: ["高级工程师", "高工"],
    中级: ["工程师"],
    初级: ["助理工程师", "助工", "技术员"],
  },
  农业: {
    正高: ["农业技术推广研究员", "正高级农艺师", "正高级畜牧师", "正高级兽医师"],
    副高: ["高级农艺师", "高级畜牧师", "高级兽医师", "高级农经师", "高级农业经济师"],
    中级: ["农艺师", "畜牧师", "兽医师", "农经师", "农业经济师"],
    // 执业兽医师资格“可视同具备助理兽医师职称”（人社部发〔2019〕114号）.
    初级: ["助理农艺师", "助理畜牧师", "助理兽医师", "执业兽医师", "农业技术员", "畜牧技术员", "兽医技术员", "助理农经师"],
  },
  经济: { 正高: ["正高级经济师"], 副高: ["高级经济师"], 中级: ["经济师"], 初级: ["助理经济师", "经济员"] },
  会计: { 正高: ["正高级会计师"], 副高: ["高级会计师"], 中级: ["会计师"], 初级: ["助理会计师", "会计员"] },
  统计: { 正高: ["正高级统计师"], 副高: ["高级统计师"], 中级: ["统计师"], 初级: ["助理统计师", "统计员"] },
  审计: { 正高: ["正高级审计师"], 副高: ["高级审计师"], 中级: ["审计师"], 初级: ["助理审计师", "审计员"] },
  图书资料和档案: { 正高: ["研究馆员"], 副高: ["副研究馆员"], 中级: ["馆员"], 初级: ["助理馆员", "管理员"] },
  科学研究: { 正高: ["研究员"], 副高: ["副研究员"], 中级: ["助理研究员"], 初级: ["研究实习员", "实习研究员"] },
  实验技术: { 正高: ["正高级实验师"], 副高: ["高级实验师"], 中级: ["实验师"], 初级: ["助理实验师", "实验员"] },
  新闻出版和翻译: {
    正高: ["高级记者", "高级编辑", "编审", "译审"],
    副高: ["主任记者", "主任编辑", "副编审", "副译审", "一级翻译"],
    中级: ["记者", "编辑", "二级翻译"],
    初级: ["助理记者", "助理编辑", "三级翻译"],
  },
  工艺美术: { 正高: ["正高级工艺美术师"], 副高: ["高级工艺美术师"], 中级: ["工艺美术师"], 初级: ["助理工艺美术师", "工艺美术员"] },
  思想政治工作: { 副高: ["高级政工师"], 中级: ["政工师"], 初级: ["助理政工师", "政工员"] },
  // 艺术: 一级 正高, 二级 副高, 三级 中级, 四级 (and 美术员) 初级
  艺术: {
    正高: ["一级编剧", "一级演员", "一级美术师", "一级导演", "一级演奏员"],
    副高: ["二级编剧", "二级演员", "二级美术师", "二级导演", "二级演奏员"],
    中级: ["三级编剧", "三级演员", "三级美术师", "三级导演", "三级演奏员"],
    初级: ["四级编剧", "四级演员", "美术员", "四级导演", "四级演奏员"],
  },
  // 律师职务试行条例: 一级律师 正高, 二级 副高, 三级 中级, 四级律师 and 律师助理 初级
  律师: { 正高: ["一级律师"], 副高: ["二级律师"], 中级: ["三级律师"], 初级: ["四级律师", "律师助理"] },
  英文: { 中级: ["intermediate"], 初级: ["junior"] },
};

/** “高级”: the word of the 高级 band, which holds both 副高级 and 正高级 (title-high in the register). */
const UNSPLIT = ["高级"];

/** Every exact word of a level, for the function reference and for the engine's `TITLE_WORDS`. */
export const TITLE_WORDS: Record<TitleLevel, readonly string[]> = (() => {
  const out: Record<TitleLevel, string[]> = { 正高: [], 副高: [...UNSPLIT], 中级: [], 初级: [], 无: [] };
  for (const grades of Object.values(TITLE_SERIES)) {
    for (const [level, words] of Object.entries(grades) as [TitleLevel, readonly string[]][]) out[level].push(...words);
  }
  return out;
})();

const exact = new Map<string, TitleReading>();
for (const [series, grades] of Object.entries(TITLE_SERIES)) {
  for (const [level, words] of Object.entries(grades) as [TitleLevel, readonly string[]][]) {
    for (const w of words) exact.set(normalizeWord(w), { kind: "title", level, series });
  }
}
for (const w of UNSPLIT) exact.set(w, { kind: "title", level: "副高", series: "职称级别", unsplit: true });
for (const g of SKILL_GRADES) exact.set(g, { kind: "skill", grade: g });

const title = (level: TitleLevel, series: string): TitleReading => ({ kind: "title", level, series });
const UNKNOWN: TitleReading = { kind: "unknown" };

/**
 * 人社部发〔2015〕79号: 原中学高级教师对应高级教师；原中学一级教师和小学高级教师对应一级教师；原中学二级教师和
 * 小学一级教师对应二级教师；原中学三级教师和小学二级、三级教师对应三级教师. Kindergarten titles followed the
 * primary ones. Without a school stage (or with 中小学) the word is the unified title of 2015.
 */
function teacher(stage: string, grade: string): TitleReading {
  const primary = /小学|小教|幼儿|幼教/.test(stage) && !/中小学/.test(stage);
  const secondary = /中学|中教|初中|高中/.test(stage) && !/中小学/.test(stage);
  const series = primary || secondary ? "中小学教师（2015年改革前）" : "中小学教师";
  if (grade === "正高级") return title("正高", "中小学教师");
  // “副高级教师”“中级教师”“初级教师”: the level's own word, whatever the stage.
  if (grade === "副高级" || grade === "中级" || grade === "初级") return title(grade === "副高级" ? "副高" : grade, "中小学教师");
  if (primary) return title(grade === "高级" ? "中级" : "初级", series);
  return title(grade === "高级" ? "副高" : grade === "一级" ? "中级" : "初级", series);
}

/** Markers of the grade before a specialty or inside the word: 电气高级工程师, 教授级高级工程师, 助理经济师. */
function marked(prefix: string, series: string): TitleReading {
  if (/正高级|教授级/.test(prefix)) return title("正高", series);
  if (/高级/.test(prefix)) return title("副高", series);
  if (/助理|初级/.test(prefix)) return title("初级", series);
  return title("中级", series);
}

const SERIES_OF_SUFFIX: Record<string, string> = {
  工程师: "工程", 经济师: "经济", 会计师: "会计", 统计师: "统计", 审计师: "审计", 农艺师: "农业", 畜牧师: "农业",
  兽医师: "农业", 实验师: "实验技术", 讲师: "高等学校或中等职业学校教师", 工艺美术师: "工艺美术", 政工师: "思想政治工作",
};
const MARKED = new RegExp(`^(.*?)(${Object.keys(SERIES_OF_SUFFIX).join("|")})$`);

/** Medical specialties before 技师/技士: 检验技师 is a 卫生 title; 电工技师 is a skill grade. */
const MEDICAL = /医|检验|放射|影像|康复|治疗|病理|超声|心电|脑电|口腔|药|营养|卫生|临床|麻醉|护理|输血|眼|视光|听力|病案|消毒/;

/** 卫生技术人员职务试行条例: 主任 正高, 副主任 副高, 主治/主管 中级, 师 and 士 初级. */
function health(prefix: string, kind: string): TitleReading {
  // 执业医师、执业药师、执业助理医师 are licences (执业资格), not 职称.
  if (/执业|助理/.test(prefix)) return UNKNOWN;
  if (/副主任/.test(prefix)) return title("副高", "卫生");
  if (/主任/.test(prefix)) return title("正高", "卫生");
  if (/主治|主管/.test(prefix)) return title("中级", "卫生");
  if (kind === "技师" && !MEDICAL.test(prefix)) return skill(prefix);
  if (/高级|特级|首席/.test(prefix)) return UNKNOWN;
  return title("初级", "卫生");
}

function skill(prefix: string): TitleReading {
  const grade = /首席/.test(prefix) ? "首席技师" : /特级/.test(prefix) ? "特级技师" : /高级/.test(prefix) ? "高级技师" : "技师";
  return { kind: "skill", grade };
}

const SUFFIX = /(专业技术职称|专业技术资格|专业技术职务|任职资格|职称|资格|职务)$/;

/**
 * The ways a written word may be read, best first. A bracket usually qualifies the word: its specialty or
 * school stage goes in front (“高级工程师（电气）” → “电气高级工程师”, “一级教师(小学)” → “小学一级教师”). It may
 * instead restate the level (“初级（助理级）”, “高级（副高）”): then the word outside, or the bracket itself.
 */
function candidates(raw: string): string[] {
  const inside: string[] = [];
  const outside = normalizeWord(raw).replace(/[(（【[]([^)）】\]]*)[)）】\]]/g, (_, s: string) => (inside.push(s), ""));
  const forms = inside.length ? [inside.join("") + outside, outside, inside.join("")] : [outside];
  return forms.map((w) => w.replace(SUFFIX, "")).filter((w) => w !== "");
}

export function readTitle(raw: string): TitleReading {
  const readings = candidates(raw).map(readWord).filter((r) => r.kind !== "unknown");
  // “高级（副高）”: the bracket settles what “高级” leaves open.
  return readings.find((r) => r.kind !== "title" || !r.unsplit) ?? readings[0] ?? UNKNOWN;
}

function readWord(w: string): TitleReading {
  const direct = exact.get(w);
  if (direct) return direct;
  // 注册会计师、注册建筑师 …, like 执业医师, are licences (执业资格), not 职称 (title-licences)
  if (/^(注册|执业)/.test(w)) return UNKNOWN;
  let m = /^(.*?)(正高级|副高级|高级|中级|初级|一级|二级|三级)教师$/.exec(w) ?? /^(中教|小教)(高级|一级|二级|三级)$/.exec(w);
  if (m) return teacher(m[1]!, m[2]!);
  m = /^(.*?)(正高级|高级|一级|二级|三级)实习指导教师$/.exec(w);
  if (m) return title(m[2] === "正高级" ? "正高" : m[2] === "高级" ? "副高" : m[2] === "一级" ? "中级" : "初级", "中等职业学校和技工院校教师");
  m = /^(.*?)(副研究馆员|研究馆员|助理馆员)$/.exec(w);
  if (m) return title(m[2] === "研究馆员" ? "正高" : m[2] === "副研究馆员" ? "副高" : "初级", "图书资料和档案");
  m = /^(.*?)(副研究员|助理研究员|研究实习员|实习研究员|研究员)$/.exec(w);
  if (m) return title(m[2] === "研究员" ? "正高" : m[2] === "副研究员" ? "副高" : m[2] === "助理研究员" ? "中级" : "初级", m[1]!.includes("农业技术推广") ? "农业" : "科学研究");
  m = MARKED.exec(w);
  if (m) return marked(m[1]!, SERIES_OF_SUFFIX[m[2]!]!);
  if (/(技术员|会计员|经济员|统计员|审计员|实验员|政工员|工艺美术员)$/.test(w)) return title("初级", "员级");
  m = /^(.*?)(医师|医士|药师|药士|护师|护士|技师|技士|检验师)$/.exec(w);
  if (m) return health(m[1]!, m[2]!);
  m = /(学徒工|初级工|中级工|高级工)$/.exec(w);
  if (m) return { kind: "skill", grade: m[1] as SkillGrade };
  if (/职业资格[一二三四五]级|职业技能等级|技能等级/.test(w)) return { kind: "skill", grade: skillOfLevel(w) };
  return UNKNOWN;
}

/** 国家职业资格 一级 … 五级 = 高级技师、技师、高级工、中级工、初级工. */
function skillOfLevel(w: string): SkillGrade {
  const n = "一二三四五".indexOf(/([一二三四五])级/.exec(w)?.[1] ?? "");
  return (["高级技师", "技师", "高级工", "中级工", "初级工"] as const)[n] ?? "技师";
}

/** For the engine: the level of a title word, or undefined for a word no series knows (and for skill grades). */
export function titleLevelOf(raw: string): TitleLevel | undefined {
  const r = readTitle(raw);
  return r.kind === "title" ? r.level : undefined;
}

export function parseTitle(raw: string): TitleLevel {
  const r = readTitle(raw);
  if (r.kind === "title") return r.level;
  if (r.kind === "skill") {
    throw invalid(`“${raw}”是职业技能等级（${r.grade}），不是专业技术职称；请填写职称，没有职称的填“无”`, `"${raw}" is a skill grade, not a professional title`);
  }
  throw invalid(`无法识别的职称：“${raw}”（可用：正高级、副高级、中级、初级、无，或各系列的职称名称，如主治医师、一级教师）`, `Unknown professional title: "${raw}"`);
}

const TITLES = article("", "职称字样");

export const TITLE_DECISIONS: readonly Decision[] = [
  {
    id: "title-high",
    article: TITLES,
    question: "名册或台账中只写“高级”“高级职称”的，是正高还是副高？",
    decision:
      "高级职称分副高级和正高级，单写“高级”分不清。计算待遇时按副高级（“副高级以上”的条件满足，“正高级”的条件不满足）。职称统计默认也按副高计入，并在检查中列出这些人员所在行，请核实；选项 unsplit 把他们单列为“高级（未分正副）”，计入正副高和取得资格人数，但不计入正高或副高。",
    option: { key: "highTitle", values: "associate 按副高（默认）/ unsplit 单列“高级（未分正副）”" },
  },
  {
    id: "title-skill-grades",
    article: TITLES,
    question: "“技师”“高级技师”“高级工”等是不是职称？",
    decision:
      "不是：它们是职业技能等级（学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师；国家职业资格五级至一级）。职称统计中单列为“职业技能等级”，计入人员总数，不计入取得专业技术资格人数，也不算“未识别”；计算待遇时提示填写职称。带医学专业的“检验技师”“放射技师”等是卫生系列的初级职称，“主管技师”“副主任技师”“主任技师”是卫生系列的中级、副高、正高；单写“技师”按职业技能等级计。",
  },
  {
    id: "title-teachers-2015",
    article: article("", "人社部发〔2015〕79号"),
    question: "改革前的中小学教师职称（中学高级教师、小学高级教师等）归入哪一级？",
    decision:
      "按 2015 年中小学教师职称制度改革的对应关系：原中学高级教师对应高级教师（副高）；原中学一级教师和小学高级教师对应一级教师（中级）；原中学二级教师和小学一级教师对应二级教师（初级，助理级）；原中学三级教师和小学二级、三级教师对应三级教师（初级，员级）。幼儿园教师同小学。写明“小学”的“小学高级教师”一律按改革前的名称读作中级；改革后取得高级教师的小学教师请写“高级教师”。“特级教师”是称号，不是职称等级，不予归级（列为未识别）。",
  },
  {
    id: "title-licences",
    article: TITLES,
    question: "“执业医师”“执业药师”“执业助理医师”是否为职称？",
    decision: "不是：它们是执业资格，不对应职称等级，列为未识别，请改填职称。",
  },
];
