import { article as a, serviceBenefit as service } from "../../model/policy";
import { PINGDINGSHAN_2018_META } from "./meta";
import type { PolicyDocument } from "../../model/policy";

/**
 * 平顶山市高层次专业技术人才引育工程实施方案（试行）, 平人社〔2018〕156号. Source: policies/003_894d23ba3374fe11.txt.
 * The plan's people are the A, B and C classes of 平发〔2018〕12号, a document it only cites: who is in which
 * class, and what money each class gets, is not in the documents. The product says so instead of guessing;
 * what the plan itself rules (flexible talent treated as introduced, the 3-year 离岗创业 period) is encoded.
 * Citations use the plan's own numbering: 三（四） is 第三部分第（四）项.
 */

const OPINION = "平发〔2018〕12号《关于全面推进“鹰城英才计划”加快创新驱动发展的实施意见》";
const UNSET = `标准见${OPINION}（未收录）`;

const ABC = (code: string, en: string) => ({
  code,
  aliases: [`${code}人才`, code.replace("类", "")],
  article: a("五.1", "第五部分第（一）项"),
  summary: `《意见》（平发〔2018〕12号）规定的${code}人才；认定标准见该文件，未收录`,
  summaryEn: `${en} talent as defined by Pingfa [2018] No. 12 (not encoded)`,
});

export const PINGDINGSHAN_2018: PolicyDocument = {
  meta: PINGDINGSHAN_2018_META,


  categories: [
    ABC("A类", "Class A"),
    ABC("B类", "Class B"),
    ABC("C类", "Class C"),
    {
      code: "团队主要成员",
      aliases: ["创新创业团队主要成员", "团队成员"],
      article: a("三.4", "第三部分第（四）项"),
      summary: "创新创业团队主要成员（柔性引进时与A、B类人才同等对待）",
      summaryEn: "Key member of an innovation or start-up team",
    },
  ],
  classificationNote: `A、B、C类人才的认定标准规定在${OPINION}中，该文件未收录，本产品不判定类别；已认定的类别可直接填写“A类”“B类”“C类”`,

  benefits: [
    service("greenCard", "五.2", "第五部分第（二）项", "“鹰城英才”绿卡", "Yingcheng Talent green card", `按人才分类认定类别发放，凭卡享受落户、生活补贴、购房补贴、子女入学、医疗保障等政策（${UNSET}）`),
    service("greenChannel", "三.2", "第三部分第（二）项", "引才绿色通道", "Fast-track introduction", "特别紧缺的高端人才可“一事一议”引进，可不受结构比例和岗位限制评聘专业技术职务"),
    service("specialExperts", "三.3", "第三部分第（三）项", "特聘专家制度", "Special-appointment experts", "推行特聘教授、特聘研究员、特聘专家制度，滚动支持"),
    service("titleTransfer", "五.3", "第五部分第（三）项", "职称转认", "Recognition of titles from elsewhere", "外省、市已有专业技术资格的协助转认；海外归国高层次人才可直接申请认定高级职称"),
    service("newlySelected", "四.5", "第四部分第（五）项", "新当选人才待遇", "Benefits for newly selected talent", `对新当选《意见》规定的A、B、C类人才，享受相关政策待遇（${UNSET}）`),
  ],
  benefitsNote: `本方案只列出“鹰城英才”绿卡可享受的生活补贴、购房补贴等项目，金额${UNSET}`,

  refunds: [],
  refundNote: `本方案没有补贴退还的规定；A、B、C类人才的待遇${UNSET}`,

  flexible: {
    article: a("三.4", "第三部分第（四）项"),
    months: 3,
    inclusive: false,
    categories: ["A类", "B类", "团队主要成员"],
    consequence: "对A、B类人才和创新创业团队主要成员，每年累计在我市工作超过3个月的，可享受我市同类引进人才待遇",
  },

  leave: {
    article: a("四.6", "第四部分第（六）项"),
    years: 3,
    maxExtensionYears: 0,
    maxTotalYears: 3,
    text: "离岗创新创业期限一般为3年，离岗期间保留人事关系，工龄连续计算，期满后返回原单位的按专业技术人员身份做好岗位聘任",
  },
};
