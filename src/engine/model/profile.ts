import { WordList } from "../core/vocabulary";
import type { Degree, School, TitleLevel } from "../core/vocabulary";

/**
 * Ways of introduction (引进方式) as offices write them, normalised to the terms the documents use. Each
 * document names its own ways (阿拉山口 第十一条: 招聘、调动、特聘; 张掖 第十条: 全职引进、柔性聘用; 吐鲁番 第五条:
 * 柔性、刚性) and maps these words onto them (the `ways` scheme of the document), so one word can land in
 * different places: 兼职 is 特聘 in 阿拉山口 and 奎屯 (第十一条、第十三条), 柔性 in 张掖 and 吐鲁番.
 */
export const WAY_WORDS = {
  招聘: ["招聘引进", "公开招聘", "考核招聘", "考核入编", "招聘方式", "公开招聘引进"],
  招录: ["考录", "公务员招录", "招考"],
  直接聘用: ["直聘", "直接聘任", "单位直接聘用"],
  调动: ["调入", "调动引进", "调任", "调动方式", "随调", "援疆调入"],
  特聘: ["特聘方式", "特聘引进", "聘请", "特聘形式"],
  借调: ["借调引进"],
  兼职: ["短期兼职", "兼职引进", "兼职聘用"],
  合作研究: ["合作研究项目", "项目合作", "技术合作", "科研合作", "合作研究方式"],
  柔性: ["柔性引进", "柔性聘用", "柔性引才", "顾问指导", "定期服务", "技术承包", "人才租赁", "候鸟服务", "短期聘用", "讲学", "咨询", "柔性流动"],
  全职: ["全职引进", "集中引进", "自主引进"],
  刚性: ["刚性引进"],
  // Still serving under the aid-Xinjiang programme, not transferred (阿拉山口 第十四条第㈥款 继续延长三年服务期).
  援疆: ["援疆延期", "继续援疆", "援疆服务", "延长援疆服务期", "援疆专业技术人才", "援疆人才", "援疆干部"],
  创办企业: ["来奎屯市创办企业", "创业", "领办企业", "来阿创业", "创办、合办企业"],
} as const;

export type Way = keyof typeof WAY_WORDS;

export const WAYS = new WordList("引进方式", WAY_WORDS);

/**
 * What the category rules of the documents look at, beyond degree and title: honours, ways of
 * introduction and other conditions. HR sheets put these in one “人才称号/其他条件” column, so CATEGORY
 * takes them as one list (“院士、特聘”).
 */
export const HONORS = new WordList("人才称号或条件", {
  院士: ["中国科学院院士", "中国工程院院士", "两院院士"],
  国家级专家: ["国家有突出贡献的中青年专家", "国家级有突出贡献的专家", "国家有突出贡献专家", "国家级突出贡献专家", "国家级有突出贡献的中青年科学、技术、管理专家"],
  国家级带头人: ["国家级学术技术带头人", "国家级学术带头人", "国家级重点学科带头人", "国家级重点实验室带头人", "国家级技术带头人"],
  百千万人才: ["新世纪百千万人才工程", "百千万人才工程", "百千万人才工程人选"],
  省部级专家: ["省部级有突出贡献的专家", "省部级有突出贡献的中青年专家", "省部级专家", "省级专家", "自治区级专家", "省(区)部级专家"],
  省部级带头人: ["省部级学科带头人", "省部级学术带头人", "省部级学术技术带头人", "省级学科带头人", "省部级重点学科带头人"],
  国务院津贴: ["享受国务院特殊津贴专家", "国务院特殊津贴", "国务院特殊津贴专家"],
  博导: ["博士生导师", "博士研究生导师"],
  国家级: ["国家级人才", "国家级相当层次", "国家级相当层次人才"],
  留学人才: ["自带科研成果的海外留学人才", "海外留学人才", "留学回国人员", "海归", "自带科研成果的留学人才"],
  一技之长: ["特殊才能", "一技之长或特殊才能", "高技能人才"],
  科技成果: ["发明专利", "专有技术", "科技项目", "自主知识产权", "科技创新人才", "科技成果转化", "科技创业"],
  国家级重大工程成员: ["国家级重大工程团队成员", "国家级重点计划项目团队成员", "国家级重大工程重要成员"],
  国家级技能竞赛: ["国家级技能竞赛奖励", "国家级技能竞赛获奖", "国家级竞赛获奖"],
  省级重大工程负责人: ["省级重大工程主要负责人", "省级重点计划项目负责人"],
  职业资格竞赛: ["国家二级以上职业资格且获省部级以上技能竞赛奖励", "二级职业资格加省部级竞赛"],
  企业高管: ["大中型企业高级经营管理人才", "企业高级经营管理人才", "高级经营管理人才"],
  智库专家: ["重点产业专家智库入库专家", "专家智库", "智库"],
  实用人才: ["实用性人才", "实用型人才"],
  A类: ["a类", "a类人才"],
  B类: ["b类", "b类人才"],
  C类: ["c类", "c类人才"],
  团队成员: ["创新创业团队主要成员", "团队主要成员"],
  ...WAY_WORDS,
  应届: ["应届毕业生", "应届生"],
  // 泸溪县 2025（县级文件，本单位录入的第一份真实文件）的第二档：“公费师范毕业生”。
  公费师范: ["公费师范生", "公费师范毕业生", "免费师范生", "免费师范毕业生", "国家公费师范生"],
  非全日制: ["非全日制学历", "在职学历"],
});

export type Honor = ReturnType<typeof HONORS.parse>;

/**
 * A person as the category rules see them. `undefined` means “not stated”: the rules then decide without
 * it when they can, and say which field is missing when they cannot.
 */
export interface Profile {
  degree?: Degree;
  /** 引进方式; where absent, a way word among `honors` (sheets and older calls put it there) is read. */
  way?: Way;
  title?: TitleLevel;
  school?: School;
  urgentMajor?: boolean;
  honors: ReadonlySet<Honor>;
}
