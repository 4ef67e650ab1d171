import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../src/cli/files";
import { gridsToPolicy } from "../src/policy-workbook";
import { policyWorkbookBuffer } from "../src/policy-workbook/xlsx";
import { fixtureGrids } from "./shiyi-policy";

/**
 * Writes the sample workbooks in examples/: a ledger per policy, a mixed roster, and a disbursement ledger
 * with a few wrong refunds. Made-up people; deterministic, so the committed files can be regenerated
 * (`npm run examples`) and compared.
 */

type Cell = string | number | Date | null;

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

interface Sheet {
  name: string;
  title?: string;
  headers: string[];
  rows: (Cell[] | null)[];
}

async function write(file: string, sheets: Sheet[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "人才政策计算 示例";
  wb.created = new Date("2025-01-01T00:00:00Z");
  wb.modified = wb.created;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    let r = 1;
    if (s.title) {
      ws.getCell(1, 1).value = s.title;
      ws.getCell(1, 1).font = { bold: true, size: 14 };
      ws.mergeCells(1, 1, 1, s.headers.length);
      r = 3; // a title, a blank line, then the header: as offices lay them out
    }
    ws.getRow(r).values = s.headers;
    ws.getRow(r).font = { bold: true };
    s.rows.forEach((row, i) => {
      if (row === null) return; // a blank row inside the table
      const sheetRow = ws.getRow(r + 1 + i);
      row.forEach((v, c) => {
        const cell = sheetRow.getCell(c + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = "yyyy-mm-dd";
      });
    });
    s.headers.forEach((h, c) => (ws.getColumn(c + 1).width = Math.max(10, h.length * 2 + 2)));
  }
  writeFileAtomic(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}

const ZHANGYE_HEADERS = ["序号", "姓名", "出生日期", "学历", "学位", "毕业院校类型", "所学专业", "是否急需紧缺专业", "职称", "人才称号", "引进方式", "引进日期", "离职日期", "已发金额"];

const zhangye: Sheet = {
  name: "引进人才台账",
  title: "张掖市引进高层次急需人才台账（示例，人员为虚构）",
  headers: ZHANGYE_HEADERS,
  rows: [
    [1, "王晓东", d("1988-03-12"), "研究生", "博士", "985", "作物学", "是", "无", "", "集中引进", d("2022-07-01"), null, 400000],
    [2, "李静", d("1992-11-02"), "研究生", "硕士", "双一流", "临床医学", "是", "中级", "", "集中引进", d("2022-07-01"), d("2025-06-30"), 150000],
    [3, "张伟", d("1994-05-20"), "研究生", "硕士", "其他", "水利工程", "是", "初级", "", "自主引进", d("2022-09-01"), null, 50000],
    [4, "刘洋", d("1997-08-08"), "大学本科", "学士", "211", "软件工程", "是", "无", "", "集中引进", d("2023-07-01"), d("2024-12-31"), 50000],
    [5, "陈敏", d("1978-01-15"), "大学本科", "学士", "其他", "畜牧兽医", "否", "正高级", "", "调动", d("2022-10-10"), null, 400000],
    [6, "杨帆", d("1983-06-30"), "研究生", "硕士", "其他", "土木工程", "否", "高级工程师", "", "集中引进", d("2023-03-01"), d("2026-02-28"), 150000],
    [7, "赵磊", d("1975-09-09"), "研究生", "博士", "双一流", "能源化工", "", "教授", "智库专家", "柔性聘用", d("2023-05-01"), null, null],
    [8, "黄丽", d("1996-12-24"), "研究生", "硕士", "双一流", "会计学", "否", "无", "", "集中引进", d("2023-07-01"), null, null],
    null,
    [10, "周杰", d("1995-02-14"), "研究生", "硕士", "", "环境工程", "是", "无", "", "集中引进", d("2023-07-01"), null, null],
    [11, "吴芳", d("1985-07-07"), "大学本科", "学士", "其他", "机电一体化", "是", "高级技师", "", "自主引进", d("2023-08-15"), null, null],
    [12, "郑凯", d("1986-04-18"), "研究生", "博士", "其他", "生物医药", "是", "副高级", "", "集中引进", d("2022-07-01"), d("2024-06-30"), 400000],
    [13, "孙悦", d("1987-10-01"), "大学本科", "学士", "其他", "旅游管理", "是", "中级", "", "集中引进", d("2024-03-01"), null, null],
    [14, "马骏", d("1984-12-12"), "研究生", "硕士", "双一流", "数字信息", "是", "副高级", "", "集中引进", d("2022-07-01"), d("2032-06-30"), 150000],
    [15, "朱琳", d("1990-01-01"), "研究生", "硕士研究生", "985", "现代物流", "是", "中级", "", "集中引进", d("2024-07-01"), null, null],
    [16, "胡斌", d("1970-05-05"), "大学本科", "学士", "双一流", "城乡规划", "是", "无", "", "集中引进", d("2024-07-01"), null, null],
  ],
};

const alashankou: Sheet = {
  name: "人才台账",
  title: "阿拉山口市引进人才台账（示例）",
  headers: ["姓名", "学位", "职称", "是否急需紧缺专业", "人才称号", "引进方式", "引进日期", "离职日期"],
  rows: [
    ["艾力", "博士", "无", "是", "", "招聘", d("2020-03-01"), null],
    ["古丽", "硕士", "正高级", "是", "", "调动", d("2021-05-10"), null],
    ["买买提", "学士", "正高级", "是", "", "调动", d("2019-09-01"), null],
    ["阿依", "硕士", "中级", "是", "", "招聘", d("2022-07-01"), d("2023-03-31")],
    ["帕提", "学士", "副高级", "是", "", "招聘", d("2020-08-01"), null],
    ["努尔", "学士", "无", "是", "", "招聘", d("2023-07-01"), null],
    ["热合曼", "大专", "中级", "是", "", "招聘", d("2022-03-01"), null],
    ["吐尔逊", "博士", "正高级", "", "国家级专家", "特聘", d("2021-01-01"), null],
    ["阿卜杜", "学士", "副高级", "", "援疆", "", d("2022-09-01"), null],
    ["迪丽", "无", "无", "", "实用人才", "招聘", d("2023-01-01"), null],
  ],
};

const turpan: Sheet = {
  name: "引进人才",
  headers: ["姓名", "学位", "职称", "是否急需紧缺专业", "人才称号", "引进日期", "离职日期", "已发金额"],
  rows: [
    ["院士甲", "博士", "正高级", "", "院士", d("2025-06-01"), null, null],
    ["专家乙", "博士", "正高级", "", "国家有突出贡献的中青年专家", d("2025-06-15"), null, null],
    ["带头人丙", "博士", "副高级", "", "省部级学科带头人", d("2025-07-01"), null, null],
    ["博导丁", "博士", "正高级", "", "博士生导师", d("2025-07-01"), null, null],
    ["博士戊", "博士", "无", "", "", d("2025-08-01"), d("2026-09-30"), 150000],
    ["硕士己", "硕士", "副高级", "", "", d("2025-08-01"), null, null],
    ["硕士庚", "硕士", "中级", "", "", d("2025-09-01"), null, null],
    ["海归辛", "硕士", "无", "", "留学人才", d("2025-09-01"), null, null],
  ],
};

const kuitun: Sheet = {
  name: "引进人才",
  title: "奎屯市引进高层次紧缺人才台账（示例）",
  headers: ["姓名", "学位", "毕业院校类型", "职称", "是否急需紧缺专业", "人才称号", "引进方式", "引进日期", "离职日期", "离开原因"],
  rows: [
    ["专家A", "博士", "双一流", "正高级", "", "省部级专家", "调动", d("2025-03-01"), null, ""],
    ["专家B", "博士", "双一流", "正高级", "", "国家级专家", "特聘", d("2025-03-01"), d("2026-12-31"), "个人原因"],
    ["博士C", "博士", "其他", "无", "", "", "招聘", d("2025-04-01"), null, ""],
    ["硕士D", "硕士", "其他", "无", "", "", "招聘", d("2025-03-01"), d("2026-08-31"), "个人原因"],
    ["副高E", "学士", "其他", "副高级", "", "", "调动", d("2025-05-01"), null, ""],
    ["应届F", "学士", "双一流", "无", "是", "应届", "招聘", d("2025-07-01"), d("2025-11-30"), "试用期不合格"],
    ["本科G", "学士", "其他", "无", "是", "应届", "招聘", d("2025-07-01"), null, ""],
  ],
};

const pingdingshan: Sheet = {
  name: "鹰城英才",
  headers: ["姓名", "人才类别", "学位", "职称", "引进日期"],
  rows: [
    ["甲", "A类", "博士", "正高级", d("2019-03-01")],
    ["乙", "B类", "博士", "副高级", d("2020-05-01")],
    ["丙", "C类", "硕士", "中级", d("2021-07-01")],
  ],
};

const linxia: Sheet = {
  name: "柔性引进人才",
  headers: ["姓名", "人才类别", "学位", "引进日期"],
  rows: [
    ["候鸟专家甲", "柔性引进人才", "博士", d("2022-04-01")],
    ["候鸟专家乙", "柔性引进人才", "硕士", d("2025-10-01")],
  ],
};

/** People of several cities in one roster: the governing document comes from the city and the date. */
const mixed: Sheet = {
  name: "全区引进人才",
  title: "引进人才汇总（示例：不同城市、不同年份）",
  headers: ["姓名", "城市", "学位", "毕业院校类型", "是否急需紧缺专业", "职称", "人才称号", "引进日期", "离职日期", "已发金额"],
  rows: [
    ["甲", "张掖", "博士", "其他", "是", "无", "", d("2023-03-01"), d("2026-02-28"), 400000],
    ["乙", "张掖", "博士", "其他", "是", "无", "", d("2021-03-01"), null, null],
    ["丙", "阿拉山口", "硕士", "其他", "是", "中级", "", d("2018-07-01"), null, null],
    ["丁", "吐鲁番", "博士", "其他", "", "正高级", "", d("2025-06-01"), null, null],
    ["戊", "吐鲁番", "博士", "其他", "", "正高级", "", d("2024-06-01"), null, null],
    ["己", "奎屯", "硕士", "其他", "", "副高级", "", d("2025-04-01"), null, null],
    ["庚", "临夏", "博士", "其他", "", "无", "柔性", d("2026-07-01"), null, null],
    ["辛", "北京", "博士", "其他", "", "无", "", d("2025-01-01"), null, null],
  ],
};

/**
 * A disbursement ledger with recorded refunds, one row per item paid (several items per person, as offices
 * keep them). Wrong on purpose: 丙 (a fraction of a year counted as a year), 己 (ten years taken as eleven),
 * 壬 (a slip of a digit), 癸's 生活补贴 (an item 第二十七条 does not claw back) and 丑 (a refund asked of
 * someone who left for the employer's reasons). The 租房补贴 and 特殊津贴 rows with 0 recorded are right:
 * 张掖 第十四条第（三）项 and 吐鲁番 第十三条 claw back the purchase subsidy and the 安家费 only.
 */
const disbursement: Sheet = {
  name: "补贴发放台账",
  title: "引进人才补贴发放及退还台账（示例）",
  headers: ["姓名", "适用政策", "人才类别", "补贴项目", "已发金额", "引进日期", "离职日期", "离开原因", "应退金额"],
  rows: [
    ["甲", "zhangye-2022", "第一类", "购房补贴", 400000, d("2022-07-01"), d("2025-06-30"), "个人原因", 280000],
    ["甲", "zhangye-2022", "第一类", "租房补贴", 36000, d("2022-07-01"), d("2025-06-30"), "个人原因", 0],
    ["乙", "zhangye-2022", "第二类", "购房补贴", 150000, d("2022-07-01"), d("2024-12-31"), "个人原因", 120000],
    ["乙", "zhangye-2022", "第二类", "生活补贴", 20000, d("2022-07-01"), d("2024-12-31"), "个人原因", 0],
    ["丙", "zhangye-2022", "第二类", "购房补贴", 150000, d("2022-07-01"), d("2025-12-31"), "个人原因", 97500],
    ["丁", "zhangye-2022", "第三类", "购房补贴", 50000, d("2022-09-01"), d("2023-08-31"), "个人原因", 45000],
    ["戊", "zhangye-2022", "第一类", "购房补贴", 400000, d("2022-07-01"), d("2032-06-30"), "个人原因", 0],
    ["己", "zhangye-2022", "第一类", "购房补贴", 400000, d("2022-07-01"), d("2031-06-30"), "个人原因", 0],
    ["庚", "turpan-2025", "博士或正高", "安家费", 150000, d("2025-06-01"), d("2026-05-31"), "个人原因", 150000],
    ["庚", "turpan-2025", "博士或正高", "特殊津贴", 36000, d("2025-06-01"), d("2026-05-31"), "个人原因", 0],
    ["辛", "turpan-2025", "硕士且副高", "安家费", 100000, d("2025-06-01"), d("2030-05-31"), "个人原因", 0],
    ["壬", "zhangye-2022", "第二类", "购房补贴", 150000, d("2023-03-01"), d("2026-02-28"), "个人原因", 150000],
    ["癸", "kuitun-2025", "硕士或副高", "安家费", 80000, d("2025-03-01"), d("2026-08-31"), "个人原因", 80000],
    ["癸", "kuitun-2025", "硕士或副高", "生活补贴", 18000, d("2025-03-01"), d("2026-08-31"), "个人原因", 18000],
    ["子", "kuitun-2025", "紧缺本科", "安家费", 20000, d("2025-07-01"), d("2025-11-30"), "试用期不合格", 20000],
    ["子", "kuitun-2025", "紧缺本科", "生活补贴", 2500, d("2025-07-01"), d("2025-11-30"), "试用期不合格", 0],
    ["丑", "turpan-2025", "博士或正高", "安家费", 150000, d("2025-06-01"), d("2026-05-31"), "单位原因", 150000],
    ["寅", "alashankou-2014", "博士", "安家费", 100000, d("2020-03-01"), d("2022-02-28"), "个人原因", 0],
  ],
};

/**
 * A made-up roster of the size and structure of the statistics report in policies/002 (part 1): 3,455
 * people whose counts by level, unit kind and system are the report's own, so that its tables can be
 * regenerated and its figures checked. Title words vary as on real rosters (教授, 一级教师, 主治医师 …).
 * The senior staff's ages are complete (97 people), where the report's age table only accounts for 58.
 */
function roster(): Sheet {
  type Spec = [level: string, unit: string, system: string, n: number];
  const specs: Spec[] = [
    ["正高", "事业单位", "教育", 1],
    ["副高", "事业单位", "教育", 66],
    ["副高", "事业单位", "卫生", 24],
    ["副高", "事业单位", "农业", 4],
    ["副高", "企业", "企业", 2],
    ["中级", "事业单位", "教育", 1034],
    ["中级", "事业单位", "卫生", 111],
    ["中级", "事业单位", "农业", 34],
    ["中级", "事业单位", "林业", 30],
    ["中级", "事业单位", "水电", 25],
    ["中级", "事业单位", "城市建设", 22],
    ["中级", "事业单位", "经济管理", 20],
    ["中级", "自收自支事业单位", "城市建设", 15],
    ["中级", "自收自支事业单位", "水电", 20],
    ["中级", "企业", "企业", 27],
    ["初级", "事业单位", "教育", 1300],
    ["初级", "事业单位", "卫生", 350],
    ["初级", "事业单位", "农业", 80],
    ["初级", "事业单位", "林业", 30],
    ["初级", "事业单位", "水电", 22],
    ["初级", "事业单位", "城市建设", 20],
    ["初级", "事业单位", "经济管理", 10],
    ["初级", "自收自支事业单位", "城市建设", 20],
    ["初级", "自收自支事业单位", "水电", 20],
    ["初级", "企业", "企业", 97],
    ["初级", "非国有企业", "企业", 12],
    ["未评聘", "事业单位", "教育", 40],
    ["未评聘", "事业单位", "卫生", 15],
    ["未评聘", "自收自支事业单位", "水电", 3],
    ["未评聘", "企业", "企业", 1],
  ];
  // As on real rosters: each series' own grade names, the pre-2015 teacher titles (小学高级教师 is 中级), the
  // grade words of 初级 (员级, 助理级) — all read onto the report's levels.
  const words: Record<string, Record<string, string[]>> = {
    正高: { 教育: ["正高级教师"], "*": ["正高级"] },
    副高: { 教育: ["高级教师", "副高级", "中学高级教师"], 卫生: ["副主任医师", "副主任护师"], 农业: ["高级农艺师"], 企业: ["高级工程师"] },
    中级: { 教育: ["一级教师", "中级", "小学高级教师", "中学一级教师"], 卫生: ["主治医师", "主管护师"], 农业: ["农艺师"], "*": ["工程师", "中级", "经济师"] },
    初级: { 教育: ["二级教师", "初级", "小学一级教师", "三级教师", "助理级"], 卫生: ["医师", "护师", "护士"], 农业: ["助理农艺师", "农业技术员"], "*": ["助理工程师", "初级", "员级", "技术员"] },
    未评聘: { "*": ["在岗未评聘", "未评聘"] },
  };
  // Ages of the 97 senior staff at 2025-12-31: 2 under 35, 26 of 35–45, 57 of 46–55, 10 of 56–60, and the
  // two retired engineers an enterprise has taken back (63 and 66).
  const seniorAges = [...Array(57).fill(0).map((_, i) => 46 + (i % 10)), ...Array(2).fill(33), ...Array(26).fill(0).map((_, i) => 35 + (i % 11)), ...Array(10).fill(0).map((_, i) => 56 + (i % 5))];
  const birth = (age: number, i: number) => d(`${2025 - age}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 27)).padStart(2, "0")}`);
  const rows: Cell[][] = [];
  let seniorIndex = 0;
  let n = 0;
  for (const [level, unit, system, count] of specs) {
    const pool = words[level]![system] ?? words[level]!["*"]!;
    for (let i = 0; i < count; i++) {
      n++;
      let age: number;
      if (level === "正高" || level === "副高") age = system === "企业" ? [63, 66][i]! : seniorAges[seniorIndex++]!;
      else age = 23 + ((n * 7) % 37); // 23–59, spread evenly
      rows.push([n, `人员${String(n).padStart(4, "0")}`, unit, system, pool[i % pool.length]!, birth(age, n)]);
    }
  }
  return { name: "专业技术人员名册", title: "2025年专业技术人员名册（示例，人员为虚构）", headers: ["序号", "姓名", "单位性质", "系统", "职称", "出生日期"], rows };
}

/** The figures of the statistics report (policies/002, part 1), each with the sentence it comes from. */
const claims: Sheet = {
  name: "报告数据",
  headers: ["编号", "原文", "条件", "人数", "占比", "分母条件", "属于合计"],
  rows: [
    ["C1", "我市企事业单位共有专业技术人员3455人", "", 3455, null, "", ""],
    ["C2", "事业单位的专业技术人员有3238人", "单位性质=事业单位", 3238, null, "", "C1"],
    ["C3", "自收自支事业单位的专业技术人员78人", "单位性质=自收自支事业单位", 78, null, "", "C1"],
    ["C4", "企业的专业技术人员127人", "单位性质=企业", 127, null, "", "C1"],
    ["C5", "非国有企业专业技术人员12人", "单位性质=非国有企业", 12, null, "", "C1"],
    ["C6", "全市企事业单位共有取得专业技术资格的3396人", "级别=有职称", 3396, null, "", ""],
    ["C7", "正高级资格1人，占专业技术人员总数的0.02", "级别=正高", 1, "0.02", "", "C6"],
    ["C8", "副高级资格96人，占专业技术人员总数的2.82", "级别=副高", 96, "2.82", "", "C6"],
    ["C9", "中级资格1338人，占专业技术人员总数的39.39", "级别=中级", 1338, "39.39", "", "C6"],
    ["C10", "（中级）其中：事业单位1276人", "级别=中级 单位性质=事业单位", 1276, null, "", "C9"],
    ["C11", "（中级）自收自支事业单位35人", "级别=中级 单位性质=自收自支事业单位", 35, null, "", "C9"],
    ["C12", "（中级）企业27人", "级别=中级 单位性质=企业", 27, null, "", "C9"],
    ["C13", "初级资格1961人，占专业技术人员总数的57.74", "级别=初级", 1961, "57.74", "", "C6"],
    ["C14", "在岗未评聘的共有59人", "级别=未评聘", 59, null, "", ""],
    ["C15", "全市共有正高、副高级资格的97人", "级别=正副高", 97, null, "", ""],
    ["C16", "教育系统占了67人，占副高级总数的69.07", "级别=正副高 系统=教育", 67, "69.07", "级别=副高", "C15"],
    ["C17", "卫生系统24人，占副高级总数的24.74", "级别=正副高 系统=卫生", 24, "24.74", "级别=副高", "C15"],
    ["C18", "农业系统有4人，占副高级总数的4.12", "级别=正副高 系统=农业", 4, "4.12", "级别=副高", "C15"],
    ["C19", "企业占2人(聘请退休人员)占副高级总数的2.06", "级别=正副高 系统=企业", 2, "2.06", "级别=副高", "C15"],
    ["C20", "教育系统有1034人，占中级资格总数的77.27", "级别=中级 系统=教育", 1034, "77.27", "级别=中级", ""],
    ["C21", "卫生系统的有111人，占中级资格总数的8.29", "级别=中级 系统=卫生", 111, "8.29", "级别=中级", ""],
    ["C22", "农业系统有34人，占中级资格总数的2.54", "级别=中级 系统=农业", 34, "2.54", "级别=中级", ""],
    ["C23", "（教育、卫生、农业三系统）占中级资格的88.1", "级别=中级 系统=教育,卫生,农业", null, "88.1", "级别=中级", ""],
    ["C24", "正高级职称1个，副高级职称96人……只占专业技术人员总数的2.80", "级别=正副高", 97, "2.80", "", ""],
    // 市属企业 read as the enterprise system (127 企业 + 12 非国有企业 = 139: the report counts both).
    ["C25", "市属企业共有专业技术人员139人，只占专业技术人员总数的4.02", "系统=企业", 139, "4.02", "", ""],
    ["C26", "副高级职称2人占全市正副高级职称的2.06", "级别=副高 系统=企业", 2, "2.06", "级别=正副高", ""],
    ["C27", "中级职称27人，占全市中级职称总数的2.01", "级别=中级 系统=企业", 27, "2.01", "级别=中级", ""],
    ["C28", "初级职称109人，占全市初级职称总数的5.55", "级别=初级 系统=企业", 109, "5.55", "级别=初级", ""],
    ["C29", "我市97名正副高人员中", "级别=正副高", 97, null, "", ""],
    ["C30", "35岁以下的有2人", "级别=正副高 年龄段=35岁以下", 2, null, "", "C29"],
    ["C31", "35——45岁的有26人", "级别=正副高 年龄段=35—45岁", 26, null, "", "C29"],
    ["C32", "46——55岁的有20人", "级别=正副高 年龄段=46—55岁", 20, null, "", "C29"],
    ["C33", "56——60岁的有10人", "级别=正副高 年龄段=56—60岁", 10, null, "", "C29"],
    // 城市规划、建筑工程 are the roster's 城市建设 system; 经济及经营管理 its 经济管理.
    ["C34", "林业系统、水电系统、城市规划、建筑工程、经济及经营管理等行业没有副高级职称以上专业技术人员", "级别=正副高 系统=林业,水电,城市建设,经济管理", 0, null, "", ""],
    ["C35", "截止到2025年底，我市专业技术人员有3455人", "", 3455, null, "", ""],
    ["C36", "全市共有中级资格的1338人", "级别=中级", 1338, null, "", ""],
    ["C37", "企业占2人(聘请退休人员)", "级别=正副高 系统=企业 年龄段=60岁以上", 2, null, "", ""],
  ],
};

/** A ledger of the made-up 示例市, filled with its policy workbook (examples/示例市政策.xlsx) by the demo. */
const shiyi: Sheet = {
  name: "引进人才台账",
  title: "示例市引进人才台账（示例，城市与人员均为虚构）",
  headers: ["序号", "姓名", "城市", "学历", "职称", "院校类型", "是否急需紧缺专业", "引进日期"],
  rows: [
    [1, "周一鸣", "示例市", "博士研究生", "无", "其他", "否", d("2025-03-10")],
    [2, "吴佳", "示例市", "硕士研究生", "无", "双一流", "是", d("2025-04-01")],
    [3, "郑凯", "示例市", "本科", "正高级工程师", "其他", "否", d("2025-05-20")],
    [4, "王芳", "示例市", "硕士研究生", "中级", "其他", "是", d("2025-06-01")],
  ],
};

/** The made-up 示例市's policy, as an office fills the template (scripts/shiyi-policy.ts). */
async function shiyiPolicy(file: string): Promise<void> {
  const read = gridsToPolicy(fixtureGrids());
  if (read.problems.length > 0) throw new Error(read.problems.map((p) => p.message).join("\n"));
  writeFileAtomic(file, new Uint8Array(await policyWorkbookBuffer(read.file)));
}

export async function makeExamples(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: [string, Sheet[]][] = [
    ["zhangye-ledger.xlsx", [zhangye]],
    ["alashankou-ledger.xlsx", [alashankou]],
    ["turpan-ledger.xlsx", [turpan]],
    ["kuitun-ledger.xlsx", [kuitun]],
    ["pingdingshan-ledger.xlsx", [pingdingshan]],
    ["linxia-ledger.xlsx", [linxia]],
    ["mixed-roster.xlsx", [mixed]],
    ["disbursement-audit.xlsx", [disbursement]],
    ["roster-2025.xlsx", [roster()]],
    ["report-2025-claims.xlsx", [claims]],
    ["示例市台账.xlsx", [shiyi]],
  ];
  for (const [name, sheets] of files) await write(join(dir, name), sheets);
  await shiyiPolicy(join(dir, "示例市政策.xlsx"));
  return [...files.map(([name]) => name), "示例市政策.xlsx"];
}

// Run as `node dist/make-examples.js DIR` (npm run examples); imported by the tests, it only exports.
if (process.argv[1]?.endsWith("make-examples.js")) {
  const dir = process.argv[2] ?? "examples";
  makeExamples(dir).then((names) => process.stdout.write(`已生成示例：${names.map((n) => join(dir, n)).join("、")}\n`));
}
