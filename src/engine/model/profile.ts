import { WordList } from "../core/vocabulary";
import type { Degree, School, TitleLevel } from "../core/vocabulary";

/**
 * Ways of introduction as the documents name them, with the words ledgers use in an “引进方式” column
 * (张掖 第十条: 集中引进、自主引进 are full-time; 柔性聘用 takes many forms).
 */
const WAY_WORDS = {
  特聘: ["特聘方式", "特聘引进", "聘请", "借调", "兼职"],
  招聘: ["招聘引进", "公开招聘", "招录", "考核招聘", "直接聘用", "考核入编"],
  调动: ["调入", "调动引进", "调任"],
  柔性: ["柔性引进", "柔性聘用", "柔性引才", "顾问指导", "短期兼职", "定期服务", "技术承包", "项目合作", "人才租赁", "候鸟服务"],
  全职: ["全职引进", "刚性引进", "集中引进", "自主引进"],
} as const;

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
  援疆: ["援疆专业技术人才", "援疆人才", "援疆干部"],
  实用人才: ["实用性人才", "实用型人才"],
  A类: ["a类", "a类人才"],
  B类: ["b类", "b类人才"],
  C类: ["c类", "c类人才"],
  团队成员: ["创新创业团队主要成员", "团队主要成员"],
  ...WAY_WORDS,
  应届: ["应届毕业生", "应届生"],
  非全日制: ["非全日制学历", "在职学历"],
});

export type Honor = ReturnType<typeof HONORS.parse>;

/**
 * A person as the category rules see them. `undefined` means “not stated”: the rules then decide without
 * it when they can, and say which field is missing when they cannot.
 */
export interface Profile {
  degree?: Degree;
  title?: TitleLevel;
  school?: School;
  urgentMajor?: boolean;
  honors: ReadonlySet<Honor>;
}
