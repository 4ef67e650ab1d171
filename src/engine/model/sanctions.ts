/**
 * The national scales of disciplinary sanctions (处分), lightest first, as the regulations that set them
 * list them. A document that says “……以上处分” names a step on one or more of these scales; which steps
 * it reaches is the document's reading, kept beside its article (张掖 第二十三条第（四）项).
 */
export type ScaleId = "党纪处分" | "政务处分" | "事业单位处分" | "企业职工处分";

export interface SanctionScale {
  id: ScaleId;
  /** The regulation and article that list the steps in this order. */
  source: string;
  /** Words in front of a step that say which scale is meant (党内警告, 行政记大过). */
  prefixes: readonly string[];
  /** Lightest first; each step with the other ways sheets write it. */
  steps: readonly { name: string; words: readonly string[] }[];
}

export const SANCTION_SCALES: readonly SanctionScale[] = [
  {
    id: "党纪处分",
    source: "《中国共产党纪律处分条例》第八条",
    prefixes: ["党内", "党纪"],
    steps: [
      { name: "警告", words: [] },
      { name: "严重警告", words: [] },
      { name: "撤销党内职务", words: ["撤销党内职务处分"] },
      { name: "留党察看", words: ["留党察看一年", "留党察看二年", "留党察看两年"] },
      { name: "开除党籍", words: [] },
    ],
  },
  {
    // 《行政机关公务员处分条例》第六条 and 《公务员法》第六十二条 list the same six steps as 行政处分.
    id: "政务处分",
    source: "《中华人民共和国公职人员政务处分法》第七条",
    prefixes: ["政务", "行政"],
    steps: [
      { name: "警告", words: [] },
      { name: "记过", words: [] },
      { name: "记大过", words: [] },
      { name: "降级", words: [] },
      { name: "撤职", words: ["撤销职务"] },
      { name: "开除", words: ["开除公职"] },
    ],
  },
  {
    id: "事业单位处分",
    source: "《事业单位工作人员处分规定》第五条",
    prefixes: ["事业单位"],
    steps: [
      { name: "警告", words: [] },
      { name: "记过", words: [] },
      { name: "降低岗位等级", words: ["降低岗位等级处分", "降岗"] },
      { name: "开除", words: [] },
    ],
  },
  {
    // Repealed in 2008 (国务院令第516号) but still on the records of people who worked in enterprises before.
    id: "企业职工处分",
    source: "《企业职工奖惩条例》第十二条（已废止）",
    prefixes: ["企业", "行政"],
    steps: [
      { name: "警告", words: [] },
      { name: "记过", words: [] },
      { name: "记大过", words: [] },
      { name: "降级", words: [] },
      { name: "撤职", words: [] },
      { name: "留用察看", words: ["留厂察看"] },
      { name: "开除", words: [] },
    ],
  },
];

/**
 * Measures that are not 处分 at all: 组织处理 (《中国共产党组织处理规定（试行）》第七条: 停职检查、调整职务、责令辞职、
 * 免职、降职) and the lighter 批评教育、责令检查、诫勉、通报 of 《中国共产党纪律处分条例》第十七条 and 《中国共产党问责条例》.
 * A rule about 处分 does not reach them.
 */
export const NOT_SANCTIONS: readonly { what: string; words: readonly string[] }[] = [
  { what: "组织处理", words: ["组织处理", "停职检查", "调整职务", "责令辞职", "免职", "降职"] },
  {
    what: "批评教育、责令检查、诫勉或通报",
    words: ["批评教育", "批评", "通报批评", "通报", "责令检查", "责令作出书面检查", "书面检查", "诫勉", "诫勉谈话", "谈话提醒", "提醒谈话", "函询"],
  },
];
