import { normalizeWord } from "../engine";
import { columnIndex, columnLetter } from "./chunks";
import { headerText, isBlankValue, type Grid, type Merge, type Table, type TableRow } from "./table";

/**
 * The columns the jobs read, and the Chinese headers ledgers give them (the 人社 wordings included).
 *
 * A header takes a role by its exact words first. Otherwise a header may take a role when it ENDS with one
 * of the role's words (a Chinese header's head noun is its last word: 现任专业技术职务 is a title,
 * 职称系列 and 职称取得时间 are not) and carries no qualifier that changes what the column holds
 * (约定服务年限 is the agreed term, not the years served; 首期发放金额 is one instalment, not what was
 * paid). Words marked `=` are taken only exactly (类别 alone is the category; 人员类别 is not). Two
 * columns of the same rank for one role are a conflict the front end must settle (an error naming both on
 * the command line, a question in the pane); they are never silently resolved.
 */
export const ROLES = {
  name: { zh: "姓名", words: ["姓名", "名字", "人员姓名", "人才姓名"] },
  policy: { zh: "适用政策", words: ["适用政策", "=政策", "政策文件", "=依据政策", "=政策编号", "适用文件", "=执行政策"] },
  city: { zh: "城市", words: ["=城市", "引进城市", "所在城市", "=地区", "=所在地区", "=市州"] },
  category: { zh: "人才类别", words: ["人才类别", "=类别", "人才类型", "人才层次", "引进类别", "=人才等级", "=认定类别"] },
  degree: { zh: "学位", words: ["学位", "最高学位", "学历学位", "=最高学历学位", "=学历（学位）"] },
  education: { zh: "学历", words: ["学历", "最高学历", "=文化程度"] },
  school: { zh: "毕业院校（类型）", words: ["院校类型", "毕业院校类型", "院校层次", "毕业院校", "毕业学校", "=院校"] },
  urgentMajor: { zh: "是否急需紧缺专业", words: ["是否急需紧缺专业", "急需紧缺专业", "=紧缺专业", "是否紧缺专业", "是否急需专业"] },
  title: {
    zh: "职称",
    words: [
      "职称",
      "专业技术职称",
      "=职称等级",
      "=职称级别",
      "专业技术资格",
      "=职称资格",
      "专业技术职务",
      "=现任专业技术职务",
      "=聘任专业技术职务",
      "=现聘专业技术职务",
      "专业技术职务任职资格",
      "=职称（资格）",
    ],
  },
  honors: { zh: "人才称号/其他条件", words: ["人才称号", "=称号", "=其他条件", "荣誉称号", "=人才称号或条件"] },
  way: { zh: "引进方式", words: ["引进方式", "引才方式", "=聘用方式", "=引进形式", "=引进类型"] },
  birth: { zh: "出生日期", words: ["出生日期", "出生年月", "=生日", "=出生年月日", "=出生时间"] },
  age: { zh: "年龄", words: ["=年龄", "=周岁", "=年龄（周岁）", "=引进时年龄"] },
  exclusions: { zh: "不予引进情形", words: ["不予引进情形", "=负面情形", "=违纪情况"] },
  start: {
    zh: "引进日期",
    words: ["引进日期", "=入职日期", "=报到日期", "=到岗日期", "引进时间", "=到岗时间", "=入职时间", "=报到时间", "=来张时间", "=聘用日期", "=聘用时间", "=参加工作（引进）时间"],
  },
  end: { zh: "离职日期", words: ["离职日期", "=离开日期", "=解聘日期", "=调离日期", "离职时间", "=调离时间", "=解除协议日期", "=解除日期"] },
  years: { zh: "服务年限", words: ["服务年限", "=实际服务年限", "=服务年数", "=在岗年限", "=已服务年限"] },
  paid: {
    zh: "已发金额",
    words: ["已发金额", "已发补贴", "已发放金额", "=已领取金额", "发放金额", "=已享受金额", "=实发金额", "=累计发放金额", "=累计已发金额", "=已兑现金额", "=累计兑现金额", "=已发放补贴", "=补贴金额", "=拨付金额", "=已拨付金额", "=发放补贴金额"],
  },
  recordedRefund: { zh: "应退金额（记录）", words: ["应退金额", "=应退还金额", "应退补贴", "=退款金额", "=应退回金额", "退还金额", "=应追回金额", "=应追缴金额", "=应收回金额"] },
  reason: { zh: "离开原因", words: ["离开原因", "离职原因", "=解除原因", "=离职类型"] },
  agreementYears: { zh: "协议期限", words: ["协议期限", "=服务协议期限", "=合同期限", "=约定服务年限", "=协议服务年限", "=服务期限", "=协议服务期"] },
  unitKind: { zh: "单位性质", words: ["单位性质", "=单位类型", "=单位类别", "=单位属性"] },
  system: { zh: "系统", words: ["=系统", "所属系统", "=行业系统", "=所属行业"] },
  item: {
    zh: "补贴项目",
    words: ["补贴项目", "=发放项目", "=补贴类别", "=补贴类型", "=补贴名称", "=待遇项目", "=项目", "=补贴种类", "=发放类别", "=兑现项目", "=资金类别"],
  },
} as const;

export type Role = keyof typeof ROLES;
export type Mapping = Partial<Record<Role, number>>;

/** Output columns the jobs add have these headers; a ledger that already has them was filled before. */
export const OUTPUT_MARK = "【人才政策】";

/**
 * Qualifiers that change what a column holds, so that a header containing a role word does not take the
 * role: agreed or planned figures (约定, 计划, 应发, 拟), one instalment (首期, 本次, 本期), another employer
 * (原单位), the first rather than the highest qualification (第一学历), groupings rather than the thing
 * (人员类别, 年龄段 are not ends of the header anyway), and money already given back (已退还金额 is what was
 * returned, not the refund due). Found on real ledgers; each is tested.
 */
const QUALIFIERS = ["约定", "原单位", "原工作单位", "首期", "首次", "本次", "本期", "当期", "上期", "计划", "应发", "拟", "预计", "第一", "初始", "已退", "剩余", "未发", "待发", "配偶", "应服务", "最低"];
/** Roles a qualifier is part of: 约定服务年限 is the agreement's length. */
const QUALIFIED_OK: Partial<Record<Role, string[]>> = { agreementYears: ["约定"] };

/**
 * A unit at the end of a header, the way ledgers write it: 已发金额（万元）, (单位：万元), [万元], 【万元】,
 * /万元, “已发金额 万元” (spaces are gone after normalising) and 已发金额万元; 千元 too. A bare 元 or 万 counts
 * only inside brackets or after a slash: 补贴金额 must not end in a unit.
 */
const UNIT_AT_END = /(?:[(\[【〔]单位[:：]?(万元|万|千元|人民币元|元)[)\]】〕]|[(\[【〔](万元|万|千元|人民币元|元)[)\]】〕]|[/]单位?[:：]?(万元|千元|元)|单位[:：]?(万元|千元|元)|(万元|千元))$/;
const UNIT_FACTORS: Record<string, [number, string]> = { 万元: [10000, "万元"], 万: [10000, "万元"], 千元: [1000, "千元"], 人民币元: [1, "元"], 元: [1, "元"] };

interface WordEntry {
  word: string;
  role: Role;
  exactOnly: boolean;
}

const WORDS: WordEntry[] = [];
const EXACT = new Map<string, Role>();
for (const [role, def] of Object.entries(ROLES) as [Role, (typeof ROLES)[Role]][]) {
  for (const raw of def.words) {
    const exactOnly = raw.startsWith("=");
    const word = normalizeWord(exactOnly ? raw.slice(1) : raw);
    EXACT.set(word, role);
    WORDS.push({ word, role, exactOnly });
  }
  EXACT.set(normalizeWord(def.zh), role);
}
WORDS.sort((a, b) => b.word.length - a.word.length);

/** A header without its unit and without a trailing bracketed remark: “已发金额（万元）” → “已发金额”. */
export function headerCore(header: string): string {
  return normalizeWord(header)
    .replace(UNIT_AT_END, "")
    .replace(/[(（][^)）]*[)）]$/, "")
    .replace(/[:：*＊/]+$/, "");
}

/** The factor a header's unit gives its amounts (已发金额（万元）→ 10000), if it names one. */
export function headerUnit(header: string): { factor: number; unit: string } | undefined {
  const m = UNIT_AT_END.exec(normalizeWord(header));
  const word = m?.slice(1).find((g) => g !== undefined);
  if (!word) return undefined;
  const [factor, unit] = UNIT_FACTORS[word]!;
  return { factor, unit };
}

export interface RoleMatch {
  role: Role;
  /** exact: the header is a role word; suffix: it ends with one and has no changing qualifier. */
  how: "exact" | "suffix";
  word: string;
}

/** Why a header that contains a role word was not given the role, for the printed mapping. */
export interface Declined {
  role: Role;
  qualifier: string;
}

function match(header: string): { match?: RoleMatch; declined?: Declined } {
  if (header.startsWith(OUTPUT_MARK)) return {};
  const full = normalizeWord(header);
  const core = headerCore(header);
  if (core === "") return {};
  const exact = EXACT.get(full) ?? EXACT.get(core);
  if (exact) return { match: { role: exact, how: "exact", word: core } };
  for (const w of WORDS) {
    if (w.exactOnly || w.word.length < 2 || !core.endsWith(w.word) || core === w.word) continue;
    // the qualifier may run into the role word (已退|还金额): look for it in the header, not in the word
    const q = QUALIFIERS.find((x) => core.includes(x) && !w.word.includes(x) && !(QUALIFIED_OK[w.role] ?? []).includes(x));
    if (q) return { declined: { role: w.role, qualifier: q } };
    return { match: { role: w.role, how: "suffix", word: w.word } };
  }
  return {};
}

/** The role a header stands for: its exact words, else a role word it ends with and no qualifier. */
export function roleOf(header: string): Role | undefined {
  return match(header).match?.role;
}

export interface Conflict {
  role: Role;
  columns: number[];
}

export interface Layout {
  /** Grid rows (0-based) of the header: one row, or a group row over a name row (两行表头). */
  firstHeaderRow: number;
  /** The last header row; data start below it. */
  headerRow: number;
  /** Each column's header, group and name joined (“补贴发放情况/已发金额”). */
  headers: string[];
  /** The name under the group, the part roles are matched on. */
  names: string[];
  mapping: Mapping;
  /** How each mapped column was chosen. */
  how: Partial<Record<Role, "exact" | "suffix" | "chosen">>;
  /** Amount columns whose header names a unit other than 元. */
  factors: Partial<Record<Role, number>>;
  /** Roles two columns claim with equal right: the front end must settle them (error or question). */
  conflicts: Conflict[];
  /** Columns that contain a role word but were not taken, and why. */
  declined: { column: number; header: string; role: Role; qualifier: string }[];
  /** Columns this add-in wrote before (their headers start with 【人才政策】), by header. */
  outputs: Map<string, number>;
}

/** Maps each role to its column: exact headers over suffix matches; ties are recorded as conflicts. */
export function layoutOf(headers: readonly string[], names: readonly string[] = headers): Pick<Layout, "mapping" | "how" | "factors" | "conflicts" | "declined" | "outputs"> {
  const byRole = new Map<Role, { col: number; how: RoleMatch["how"] }[]>();
  const declined: Layout["declined"] = [];
  const outputs = new Map<string, number>();
  names.forEach((h, i) => {
    if (h.startsWith(OUTPUT_MARK) || (headers[i] ?? "").startsWith(OUTPUT_MARK)) {
      outputs.set(h.startsWith(OUTPUT_MARK) ? h : headers[i]!, i);
      return;
    }
    const m = match(h);
    if (m.match) {
      const list = byRole.get(m.match.role) ?? [];
      list.push({ col: i, how: m.match.how });
      byRole.set(m.match.role, list);
    } else if (m.declined) {
      declined.push({ column: i, header: headers[i] ?? h, ...m.declined });
    }
  });
  const mapping: Mapping = {};
  const how: Layout["how"] = {};
  const factors: Layout["factors"] = {};
  const conflicts: Conflict[] = [];
  for (const [role, list] of byRole) {
    const best = list.some((x) => x.how === "exact") ? list.filter((x) => x.how === "exact") : list;
    mapping[role] = best[0]!.col;
    how[role] = best[0]!.how;
    if (best.length > 1) conflicts.push({ role, columns: best.map((x) => x.col) });
  }
  for (const role of ["paid", "recordedRefund"] as const) {
    const c = mapping[role];
    const u = c === undefined ? undefined : headerUnit(headers[c] ?? "");
    if (u && u.factor !== 1) factors[role] = u.factor;
  }
  return { mapping, how, factors, conflicts, declined, outputs };
}

/** Maps each role to its column (the better-ranked, the first of equals); see `findLayout` for conflicts. */
export function matchColumns(headers: readonly string[]): Mapping {
  return layoutOf(headers).mapping;
}

const rolesNamed = (cells: readonly string[]) => new Set(cells.map((h) => roleOf(h)).filter(Boolean)).size;

function mergeAt(merges: readonly Merge[] | undefined, row: number, col: number): Merge | undefined {
  return merges?.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/**
 * Whether the row below a header row continues it (两行表头): a row of words only, with a name under
 * a group cell (merged across, or with blanks to its right) and blanks under headers merged down.
 */
function continues(grid: Grid, r: number, top: readonly string[]): boolean {
  const below = grid.rows[r + 1];
  if (!below) return false;
  if (below.some((v) => typeof v === "number" || typeof v === "boolean")) return false;
  const names = below.map(headerText);
  if (!names.some((n) => n !== "")) return false;
  const merges = grid.merges;
  if (merges && merges.length > 0) {
    // a name below a group merged across it, or cells merged down over both rows
    return names.some((n, c) => n !== "" && (mergeAt(merges, r, c)?.right ?? c) > (mergeAt(merges, r, c)?.left ?? c)) ||
      top.some((t, c) => t !== "" && (mergeAt(merges, r, c)?.bottom ?? r) > r);
  }
  // without merges: every name sits under a blank, under itself (a front end that repeats a merged value
  // into every cell of the merge) or under a group cell that spans it; and some header spans both rows
  const spans = (c: number) => top[c] !== "" && (top[c + 1] === "" || top[c + 1] === top[c] || (c > 0 && top[c - 1] === top[c]));
  const under = names.every((n, c) => n === "" || n === top[c] || top[c] === "" || spans(c));
  const grouped = names.some((n, c) => n !== "" && n !== top[c] && top[c] !== "");
  const downward = top.some((t, c) => t !== "" && (names[c] === "" || names[c] === t));
  return under && grouped && downward && rolesNamed(names) + rolesNamed(top) >= 2;
}

/**
 * Finds the header in the top rows — the first row naming at least two roles, below any title rows —
 * and reads a second header row with it where there is one (group over name, from Grid.merges as the
 * front ends deliver them, or from the blanks merged cells leave). Rows below are data.
 */
export function findLayout(grid: Grid, maxHeaderRow = 20): Layout | undefined {
  const limit = Math.min(grid.rows.length, maxHeaderRow);
  for (let r = 0; r < limit; r++) {
    const top = (grid.rows[r] ?? []).map(headerText);
    const two = continues(grid, r, top);
    const below = two ? (grid.rows[r + 1] ?? []).map(headerText) : [];
    const width = Math.max(top.length, below.length);
    const groups: string[] = [];
    let group = "";
    const names: string[] = [];
    const headers: string[] = [];
    for (let c = 0; c < width; c++) {
      const t = top[c] ?? "";
      const b = below[c] ?? "";
      if (two) {
        // a group's text is in its top-left cell; the cells it covers to the right are blank
        const m = mergeAt(grid.merges, r, c);
        if (t !== "") group = b !== "" || (m !== undefined && m.right > m.left) ? t : "";
        else if (!(m && m.left < c) && b === "") group = "";
        groups.push(b !== "" ? group : "");
        names.push(b !== "" ? b : t);
        headers.push(b !== "" && group !== "" && group !== b ? `${group}/${b}` : b !== "" ? b : t);
      } else {
        names.push(t);
        headers.push(t);
      }
    }
    if (rolesNamed(names) < 2) continue;
    return { firstHeaderRow: r, headerRow: two ? r + 1 : r, headers, names, ...layoutOf(headers, names) };
  }
  return undefined;
}

/** The data rows below a layout's header; wholly blank rows are kept but flagged, trailing ones dropped. */
export function tableOf(grid: Grid, layout: Layout): Table {
  const rows: TableRow[] = [];
  for (let i = layout.headerRow + 1; i < grid.rows.length; i++) {
    const values = grid.rows[i] ?? [];
    rows.push({ index: i, values, blank: values.every(isBlankValue) });
  }
  // Trailing blank rows are the sheet's empty space, not the table's.
  while (rows.length > 0 && rows[rows.length - 1]!.blank) rows.pop();
  return { headerRow: layout.headerRow, headers: layout.names, rows, layout };
}

/** The header layout and the data rows of a grid (sheets often start with a title and a blank line). */
export function findTable(grid: Grid, maxHeaderRow = 20): Table | undefined {
  const layout = findLayout(grid, maxHeaderRow);
  return layout && tableOf(grid, layout);
}

/** The roles a mapping lacks for a job, in Chinese, for the message that asks for them. */
export function missingRoles(mapping: Mapping, needed: readonly Role[][]): string[] {
  return needed.filter((any) => any.every((r) => mapping[r] === undefined)).map((any) => any.map((r) => ROLES[r].zh).join("或"));
}

/** A role by its key or by any of its words (“已发金额”, “paid”, “补贴项目”), for overrides. */
export function roleByName(word: string): Role | undefined {
  const w = normalizeWord(word);
  if (w in ROLES) return w as Role;
  const keyed = (Object.keys(ROLES) as Role[]).find((r) => r.toLowerCase() === w);
  return keyed ?? EXACT.get(w) ?? EXACT.get(headerCore(word));
}

/** A column by its letter (H), its 1-based number, or its header (exact, then its name under a group). */
export function columnByName(layout: Pick<Layout, "headers" | "names">, target: string): number | undefined {
  const t = target.trim();
  if (/^[A-Za-z]{1,3}$/.test(t)) {
    const idx = columnIndex(t.toUpperCase());
    // a header may itself be a short Latin word; the header wins over the letter
    const byHeader = layout.headers.findIndex((h) => normalizeWord(h) === normalizeWord(t));
    return byHeader >= 0 ? byHeader : idx;
  }
  const w = normalizeWord(t);
  for (const list of [layout.headers, layout.names]) {
    const i = list.findIndex((h) => normalizeWord(h) === w);
    if (i >= 0) return i;
  }
  return undefined;
}

export interface Override {
  /** Role key or word (“已发金额”). */
  role: string;
  /** Column letter or header; empty to leave the role unmapped. */
  column: string;
}

/**
 * Applies the user's corrections (`--map 已发金额=H`, the pane's mapping): each named role takes the
 * named column — and no other role keeps that column — settling any conflict on that role. Unknown roles
 * or columns are errors in Chinese that list what exists.
 */
export function withOverrides<L extends Layout>(layout: L, overrides: readonly Override[]): L {
  const mapping: Mapping = { ...layout.mapping };
  const how = { ...layout.how };
  let conflicts = [...layout.conflicts];
  const factors = { ...layout.factors };
  for (const o of overrides) {
    const role = roleByName(o.role);
    if (!role) {
      throw new Error(`未知的列角色“${o.role}”（可用：${Object.values(ROLES).map((r) => r.zh).join("、")}）`);
    }
    conflicts = conflicts.filter((c) => c.role !== role);
    if (o.column.trim() === "" || o.column.trim() === "-" || o.column.trim() === "无") {
      delete mapping[role];
      delete how[role];
      delete factors[role as "paid"];
      continue;
    }
    const col = columnByName(layout, o.column);
    if (col === undefined || col < 0) {
      const listed = layout.headers.map((h, i) => `${columnLetter(i)}“${h}”`).filter((_, i) => layout.headers[i] !== "");
      throw new Error(`找不到列“${o.column}”（可写列字母或表头：${listed.join("、")}）`);
    }
    for (const r of Object.keys(mapping) as Role[]) if (mapping[r] === col && r !== role) delete mapping[r];
    mapping[role] = col;
    how[role] = "chosen";
    if (role === "paid" || role === "recordedRefund") {
      const u = headerUnit(layout.headers[col] ?? "");
      if (u && u.factor !== 1) factors[role] = u.factor;
      else delete factors[role];
    }
  }
  return { ...layout, mapping, how, factors, conflicts };
}

/** “E列“已发金额”与 H列“已发金额”都可作为已发金额……” for each conflict, or nothing. */
export function conflictMessages(layout: Pick<Layout, "conflicts" | "headers">): string[] {
  return layout.conflicts.map((c) => {
    const cols = c.columns.map((i) => `${columnLetter(i)}列“${layout.headers[i]}”`).join("与");
    return `${cols}都可作为“${ROLES[c.role].zh}”列，无法确定用哪一列：请删除或改名其中一列，或指定对应关系（如 --map ${ROLES[c.role].zh}=${columnLetter(c.columns[c.columns.length - 1]!)}）`;
  });
}

/**
 * The mapping in Chinese, one line a role, for the command line's output, its 说明 sheet and the pane:
 * which column each role was read from, and why (exact header, header ending, the user's choice), units
 * applied, and the columns that look like a role but were left out, with the qualifier that excluded them.
 */
export function describeMapping(layout: Pick<Layout, "mapping" | "how" | "factors" | "declined" | "headers">): string[] {
  const lines: string[] = [];
  const order = Object.keys(ROLES) as Role[];
  const mapped = order.filter((r) => layout.mapping[r] !== undefined).sort((a, b) => layout.mapping[a]! - layout.mapping[b]!);
  for (const role of mapped) {
    const c = layout.mapping[role]!;
    const why = layout.how[role] === "chosen" ? "（按指定）" : layout.how[role] === "suffix" ? "（按列名词尾）" : "";
    const f = layout.factors[role as "paid"];
    const unit = f ? `，单位${headerUnit(layout.headers[c] ?? "")?.unit ?? "万元"}，按 ×${f} 折算为元` : "";
    lines.push(`${ROLES[role].zh} ← ${columnLetter(c)}列“${layout.headers[c]}”${why}${unit}`);
  }
  for (const d of layout.declined) {
    if (Object.values(layout.mapping).includes(d.column)) continue;
    lines.push(`未使用 ${columnLetter(d.column)}列“${d.header}”：含“${d.qualifier}”，不是${ROLES[d.role].zh}`);
  }
  return lines;
}
