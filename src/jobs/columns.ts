import { normalizeWord } from "../engine";
import { headerText, isBlankValue, type Grid, type Table } from "./table";

/**
 * The columns the jobs read, and the Chinese headers HR ledgers give them. A ledger's header is matched
 * to a role by its exact words first, then by the words it contains; the user can correct the mapping,
 * and the pane remembers it per workbook.
 */
export const ROLES = {
  name: { zh: "姓名", words: ["姓名", "名字", "人员姓名", "人才姓名"] },
  policy: { zh: "适用政策", words: ["适用政策", "政策", "政策文件", "依据政策", "政策编号"] },
  city: { zh: "城市", words: ["城市", "引进城市", "所在城市", "地区"] },
  category: { zh: "人才类别", words: ["人才类别", "类别", "人才类型", "人才层次", "引进类别"] },
  degree: { zh: "学位", words: ["学位", "最高学位", "学历学位"] },
  education: { zh: "学历", words: ["学历", "最高学历"] },
  school: { zh: "毕业院校（类型）", words: ["院校类型", "毕业院校类型", "院校层次", "毕业院校", "毕业学校"] },
  urgentMajor: { zh: "是否急需紧缺专业", words: ["是否急需紧缺专业", "急需紧缺专业", "紧缺专业", "是否紧缺专业", "是否急需专业"] },
  title: { zh: "职称", words: ["职称", "专业技术职称", "职称等级", "职称级别", "专业技术资格", "职称资格"] },
  honors: { zh: "人才称号/其他条件", words: ["人才称号", "称号", "其他条件", "荣誉称号", "人才称号或条件"] },
  way: { zh: "引进方式", words: ["引进方式", "引才方式", "聘用方式"] },
  birth: { zh: "出生日期", words: ["出生日期", "出生年月", "生日"] },
  age: { zh: "年龄", words: ["年龄", "周岁"] },
  exclusions: { zh: "不予引进情形", words: ["不予引进情形", "负面情形", "违纪情况"] },
  start: { zh: "引进日期", words: ["引进日期", "入职日期", "报到日期", "到岗日期", "引进时间"] },
  end: { zh: "离职日期", words: ["离职日期", "离开日期", "解聘日期", "调离日期", "离职时间"] },
  years: { zh: "服务年限", words: ["服务年限", "实际服务年限", "服务年数"] },
  paid: { zh: "已发金额", words: ["已发金额", "已发补贴", "已发放金额", "已领取金额", "发放金额", "已享受金额"] },
  recordedRefund: { zh: "应退金额（记录）", words: ["应退金额", "退还金额", "已退金额", "应退补贴", "退款金额"] },
  reason: { zh: "离开原因", words: ["离开原因", "离职原因", "解除原因"] },
  agreementYears: { zh: "协议期限", words: ["协议期限", "服务协议期限", "合同期限"] },
  unitKind: { zh: "单位性质", words: ["单位性质", "单位类型", "单位类别", "单位属性"] },
  system: { zh: "系统", words: ["系统", "所属系统", "行业系统", "所属行业"] },
} as const;

export type Role = keyof typeof ROLES;
export type Mapping = Partial<Record<Role, number>>;

/** Output columns the jobs add have these headers; a ledger that already has them was filled before. */
export const OUTPUT_MARK = "【人才政策】";

const EXACT = new Map<string, Role>();
for (const [role, def] of Object.entries(ROLES) as [Role, (typeof ROLES)[Role]][]) {
  for (const w of def.words) EXACT.set(normalizeWord(w), role);
}

/** The role a header stands for, by its exact words, else by the longest role word it contains. */
export function roleOf(header: string): Role | undefined {
  const h = normalizeWord(header);
  if (h === "" || header.startsWith(OUTPUT_MARK)) return undefined;
  const exact = EXACT.get(h);
  if (exact) return exact;
  let best: { role: Role; len: number } | undefined;
  for (const [word, role] of EXACT) {
    if (word.length >= 2 && h.includes(word) && (!best || word.length > best.len)) best = { role, len: word.length };
  }
  return best?.role;
}

/** Maps each role to the first column whose header stands for it. */
export function matchColumns(headers: readonly string[]): Mapping {
  const mapping: Mapping = {};
  headers.forEach((h, i) => {
    const role = roleOf(h);
    if (role && mapping[role] === undefined) mapping[role] = i;
  });
  return mapping;
}

/**
 * Finds the header row: the first of the top rows that names at least two roles (sheets often start with
 * a title and a blank line). Rows below it are data; wholly blank rows are kept but flagged.
 */
export function findTable(grid: Grid, maxHeaderRow = 20): Table | undefined {
  const limit = Math.min(grid.rows.length, maxHeaderRow);
  for (let r = 0; r < limit; r++) {
    const headers = (grid.rows[r] ?? []).map(headerText);
    const roles = new Set(headers.map(roleOf).filter(Boolean));
    if (roles.size >= 2) {
      const rows = [];
      for (let i = r + 1; i < grid.rows.length; i++) {
        const values = grid.rows[i] ?? [];
        rows.push({ index: i, values, blank: values.every(isBlankValue) });
      }
      // Trailing blank rows are the sheet's empty space, not the table's.
      while (rows.length > 0 && rows[rows.length - 1]!.blank) rows.pop();
      return { headerRow: r, headers, rows };
    }
  }
  return undefined;
}

/** The roles a mapping lacks for a job, in Chinese, for the message that asks for them. */
export function missingRoles(mapping: Mapping, needed: readonly Role[][]): string[] {
  return needed.filter((any) => any.every((r) => mapping[r] === undefined)).map((any) => any.map((r) => ROLES[r].zh).join("或"));
}
