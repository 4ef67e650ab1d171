import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../src/cli/files";

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
 * A disbursement ledger with recorded refunds; rows 3, 6, 9 and 12 are wrong on purpose: a fraction of a
 * year counted as a year, ten years taken as eleven, a slip of a digit, and a refund asked of someone who
 * left for the employer's reasons.
 */
const disbursement: Sheet = {
  name: "补贴发放台账",
  title: "引进人才补贴发放及退还台账（示例）",
  headers: ["姓名", "适用政策", "人才类别", "补贴项目", "已发金额", "引进日期", "离职日期", "离开原因", "应退金额"],
  rows: [
    ["甲", "zhangye-2022", "第一类", "购房补贴", 400000, d("2022-07-01"), d("2025-06-30"), "个人原因", 280000],
    ["乙", "zhangye-2022", "第二类", "购房补贴", 150000, d("2022-07-01"), d("2024-12-31"), "个人原因", 120000],
    ["丙", "zhangye-2022", "第二类", "购房补贴", 150000, d("2022-07-01"), d("2025-12-31"), "个人原因", 97500],
    ["丁", "zhangye-2022", "第三类", "购房补贴", 50000, d("2022-09-01"), d("2023-08-31"), "个人原因", 45000],
    ["戊", "zhangye-2022", "第一类", "购房补贴", 400000, d("2022-07-01"), d("2032-06-30"), "个人原因", 0],
    ["己", "zhangye-2022", "第一类", "购房补贴", 400000, d("2022-07-01"), d("2031-06-30"), "个人原因", 0],
    ["庚", "turpan-2025", "博士或正高", "安家费", 150000, d("2025-06-01"), d("2026-05-31"), "个人原因", 150000],
    ["辛", "turpan-2025", "硕士且副高", "安家费", 100000, d("2025-06-01"), d("2030-05-31"), "个人原因", 0],
    ["壬", "zhangye-2022", "第二类", "购房补贴", 150000, d("2023-03-01"), d("2026-02-28"), "个人原因", 150000],
    ["癸", "kuitun-2025", "硕士或副高", "安家费", 80000, d("2025-03-01"), d("2026-08-31"), "个人原因", 80000],
    ["子", "kuitun-2025", "紧缺本科", "安家费", 20000, d("2025-07-01"), d("2025-11-30"), "试用期不合格", 20000],
    ["丑", "turpan-2025", "博士或正高", "安家费", 150000, d("2025-06-01"), d("2026-05-31"), "单位原因", 150000],
    ["寅", "alashankou-2014", "博士", "安家费", 100000, d("2020-03-01"), d("2022-02-28"), "个人原因", 0],
  ],
};

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
  ];
  for (const [name, sheets] of files) await write(join(dir, name), sheets);
  return files.map(([name]) => name);
}

// Run as `node dist/make-examples.js DIR` (npm run examples); imported by the tests, it only exports.
if (process.argv[1]?.endsWith("make-examples.js")) {
  const dir = process.argv[2] ?? "examples";
  makeExamples(dir).then((names) => process.stdout.write(`已生成示例：${names.map((n) => join(dir, n)).join("、")}\n`));
}
