/**
 * Worked examples for the function reference and the help pages, as formulas would write them: at least
 * one per policy a function applies to, and a few that show a refusal (#N/A with its reason). The results,
 * citations and explanations shown beside them are computed, never typed in.
 */
export const EXAMPLES: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
  POLICIES: [[]],
  CATEGORY: [
    ["zhangye-2022", "博士", "无"],
    ["zhangye-2022", "硕士", "无", "双一流", "是"],
    ["zhangye-2022", "本科", "无", "985", "是"],
    ["alashankou-2014", "本科", "正高级"],
    ["turpan-2025", "硕士", "副高级"],
    ["turpan-2025", "博士", "无", "", "", "院士"],
    ["kuitun-2025", "本科", "无", "双一流", "是", "应届"],
    ["kuitun-2025", "博士", "正高级", "", "", "院士", "借调"],
    ["kuitun-2025", "博士", "正高级", "", "", "院士"],
    ["alashankou-2014", "硕士", "副高级", "", "", "援疆", "调动"],
    ["pingdingshan-2018", "博士", "正高级"],
    ["linxia-2021", "博士", "无"],
  ],
  ELIGIBLE: [
    ["zhangye-2022", "第三类", 35],
    ["zhangye-2022", "第一类", 51, "", "院士"],
    ["alashankou-2014", "博士", 58],
    ["kuitun-2025", "博士或正高", 40, "失信"],
  ],
  HOUSINGSUBSIDY: [["zhangye-2022", "第一类"], ["zhangye-2022", "第一类", "全职"], ["zhangye-2022", "第一类", "兼职"], ["kuitun-2025", "博士或正高"]],
  RENTSUBSIDY: [
    ["zhangye-2022", "第二类"],
    ["zhangye-2022", "第二类", 6],
  ],
  REFUND: [
    ["zhangye-2022", 400000, 3],
    ["zhangye-2022", 150000, 3.5, "实际"],
    ["turpan-2025", 150000, 2],
    ["kuitun-2025", 90000, 1.5],
    ["kuitun-2025", 50000, 0.4, "", "试用期不合格"],
    ["alashankou-2014", 100000, 2],
  ],
  SERVICEYEARS: [
    ["2015-07-01", "2025-06-30"],
    ["2015-07-01", "2025-06-29", "实际"],
  ],
  PROJECTFUND: [
    ["zhangye-2022", 500000],
    ["zhangye-2022", 20000000],
  ],
  TITLERECOGNITION: [["zhangye-2022", "博士", 2]],
  ALLOWANCE: [
    ["alashankou-2014", "博士"],
    ["alashankou-2014", "博士", 61],
    ["turpan-2025", "院士"],
    ["kuitun-2025", "高层次专家", 60],
  ],
  SETTLEMENT: [
    ["alashankou-2014", "硕士"],
    ["turpan-2025", "博士或正高", "", "半额"],
    ["kuitun-2025", "硕士或副高", 3],
  ],
  CARSUBSIDY: [["kuitun-2025", "高层次专家"]],
  YEARLYSUBSIDY: [
    ["zhangye-2022", "智库专家"],
    ["alashankou-2014", "特聘专家", 6],
    ["alashankou-2014", "援疆延期", 2],
    ["kuitun-2025", "特聘专家", 3],
    ["linxia-2021", "柔性引进人才"],
  ],
  HOUSINGAREA: [
    ["alashankou-2014", "硕士"],
    ["kuitun-2025", "博士或正高"],
    ["enterprise-agreement", "高级人才"],
  ],
  GIFTYEARS: [
    ["alashankou-2014", "学士紧缺"],
    ["kuitun-2025", "紧缺本科"],
  ],
  STARTUPFUND: [
    ["zhangye-2022", "第一类"],
    ["alashankou-2014", "特聘专家"],
    ["kuitun-2025", "博士或正高"],
  ],
  BENEFITS: [
    ["zhangye-2022", "第一类"],
    ["alashankou-2014", "博士"],
    ["turpan-2025", "博士或正高"],
    ["kuitun-2025", "博士或正高"],
    ["pingdingshan-2018", "A类"],
    ["linxia-2021", "柔性引进人才"],
    ["enterprise-agreement", "高级人才"],
  ],
  SCHEDULE: [
    ["zhangye-2022", "第一类", "2022-07-01", "2025-06-30"],
    ["alashankou-2014", "硕士", "2020-03-01"],
    ["turpan-2025", "博士或正高", "2025-06-01", "2027-05-31"],
    ["kuitun-2025", "硕士或副高", "2025-03-01", "2026-08-31"],
    ["kuitun-2025", "特聘专家", "2025-03-01", "2027-03-01"],
    ["alashankou-2014", "特聘专家", "2020-03-01", "2020-04-30"],
  ],
  PENALTY: [
    ["enterprise-agreement", "泄密", 180000, 8],
    ["enterprise-agreement", "单方解除", 360000, 18],
  ],
  COMMISSION: [["enterprise-agreement", 2000000]],
  POLICYSTATUS: [
    ["zhangye-2022", "2022-05-06"],
    ["alashankou-2014", "2020-01-01"],
    ["turpan-2025", "2025-05-05"],
    ["kuitun-2025", "2025-06-01"],
    ["pingdingshan-2018", "2025-01-01"],
    ["linxia-2021", "2026-06-23"],
    ["enterprise-agreement", "2025-09-01"],
  ],
  POLICYFOR: [
    ["张掖", "2023-03-01"],
    ["张掖", "2021-01-01"],
    ["吐鲁番", "2024-12-01"],
    ["临夏", "2026-07-01"],
  ],
  FLEXIBLE: [
    ["zhangye-2022", 1],
    ["alashankou-2014", 5],
    ["pingdingshan-2018", 3, "A类"],
    ["pingdingshan-2018", 4, "B类"],
  ],
  LEAVEYEARS: [["pingdingshan-2018"], ["linxia-2021", 2]],
  LEAVEEND: [
    ["linxia-2021", "2023-03-01", 3],
    ["pingdingshan-2018", "2023-03-01"],
  ],
  INCOMESHARE: [
    ["linxia-2021", 1000000],
    ["turpan-2025", 500000],
  ],
  LOANCAP: [
    ["linxia-2021", "高校毕业生"],
    ["linxia-2021", "小微企业"],
  ],
  COSTSHARE: [["turpan-2025", "差额拨款", 150000]],
  MINSERVICE: [["alashankou-2014"], ["turpan-2025"], ["kuitun-2025"]],
  TITLESTATS: [
    [[["正高级"], ["教授"], ["高级教师"], ["一级教师"], ["主治医师"], ["二级教师"], ["在岗未评聘"]]],
    [[["正高级"], ["高级教师"], ["一级教师"], ["主治医师"]], [["教育"], ["教育"], ["教育"], ["卫生"]]],
  ],
  TITLESHARE: [
    [[["正高级"], ["副高级"], ["中级"], ["中级"], ["未评聘"]], "中级"],
    [[["正高级"], ["副高级"], ["中级"], ["中级"], ["未评聘"]], "副高", "有职称", "截断"],
  ],
  DISQUALIFIED: [
    ["zhangye-2022", "年度考核不合格"],
    ["alashankou-2014", "学术不端"],
    ["kuitun-2025", "违法违纪"],
  ],
  EXPLAIN: [
    ["zhangye-2022", "REFUND", 400000, 3],
    ["kuitun-2025", "SETTLEMENT", "硕士或副高", 2],
  ],
};
