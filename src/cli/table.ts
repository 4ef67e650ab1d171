import { normalizeWord } from "../engine";
import { findTable, matchColumns, missingRoles, OUTPUT_MARK, ROLES, type Mapping, type Role } from "../jobs/columns";
import type { Table } from "../jobs/table";
import { UsageError } from "./args";
import type { OpenedWorkbook } from "./ooxml/open";
import { columnIndex, columnLetters } from "./ooxml/sheet";
import { surveySheet, type Survey } from "./ooxml/survey";
import type { SheetInfo } from "./ooxml/workbook";

/**
 * Which sheet, which header row, which column for which role: chosen from the package without reading
 * more than the sheet's top rows into memory, printed, and recorded on our 说明 sheet.
 */
export interface Chosen {
  survey: Survey;
  table: Table;
  mapping: Mapping;
  /** How the sheet was chosen, for the user: “补贴发放台账（跳过隐藏的工作表：旧台账）”. */
  sheetNote: string;
  /** Roles whose column came from --map. */
  overridden: Set<Role>;
}

const HIDDEN_ZH = { hidden: "隐藏", veryHidden: "深度隐藏", visible: "" } as const;

/** `--sheet` by name or by 1-based position; otherwise the first visible sheet with a usable header. */
export async function chooseTable(wb: OpenedWorkbook, sheetArg: string | undefined, usable: (t: Table, mapping: Mapping) => boolean): Promise<{ survey: Survey; table: Table | undefined; sheetNote: string }> {
  const sheets = wb.info.sheets;
  const list = sheets.map((s) => (s.state === "visible" ? s.name : `${s.name}（${HIDDEN_ZH[s.state]}）`)).join("、");
  if (sheetArg !== undefined) {
    const sheet = sheets.find((s) => s.name === sheetArg) ?? (/^\d+$/.test(sheetArg) ? sheets[Number(sheetArg) - 1] : undefined);
    if (!sheet) throw new UsageError(`找不到工作表“${sheetArg}”（有：${list}）`);
    const survey = await surveySheet(wb, sheet);
    const note = sheet.state === "visible" ? `“${sheet.name}”（按 --sheet）` : `“${sheet.name}”（${HIDDEN_ZH[sheet.state]}的工作表，按 --sheet 指定）`;
    return { survey, table: tableOf(survey), sheetNote: note };
  }
  const hidden = sheets.filter((s) => s.state !== "visible");
  const skipped = hidden.length > 0 ? `；未读隐藏的工作表：${hidden.map((s) => s.name).join("、")}（要用请加 --sheet）` : "";
  let first: { survey: Survey; table: Table | undefined } | undefined;
  for (const sheet of sheets.filter((s) => s.state === "visible")) {
    const survey = await surveySheet(wb, sheet);
    const table = tableOf(survey);
    first ??= { survey, table };
    if (table && usable(table, matchColumns(table.headers))) return { survey, table, sheetNote: `“${sheet.name}”${skipped}` };
  }
  if (!first) throw new UsageError(`没有可见的工作表（有：${list}）；请用 --sheet 指定`);
  throw new UsageError(`没有找到带表头的台账工作表（有：${list}）；可用 --sheet 指定${skipped}`);
}

function tableOf(s: Survey): Table | undefined {
  return findTable({ rows: s.top, merges: s.merges } as Parameters<typeof findTable>[0]);
}

/** A role named as the user may: its key (paid), its Chinese name (已发金额) or one of its header words. */
export function roleByName(word: string): Role | undefined {
  const w = normalizeWord(word);
  for (const [role, def] of Object.entries(ROLES) as [Role, (typeof ROLES)[Role]][]) {
    if (role.toLowerCase() === word.toLowerCase() || normalizeWord(def.zh) === w) return role;
  }
  for (const [role, def] of Object.entries(ROLES) as [Role, (typeof ROLES)[Role]][]) {
    if ((def.words as readonly string[]).some((x) => normalizeWord(x) === w)) return role;
  }
  return undefined;
}

/** `--map 角色=列名` or `--map 角色=列字母`, repeatable: each replaces what the headers suggested. */
export function applyMap(mapping: Mapping, headers: readonly string[], maps: readonly string[]): { mapping: Mapping; overridden: Set<Role> } {
  const out: Mapping = { ...mapping };
  const overridden = new Set<Role>();
  for (const m of maps) {
    const i = m.indexOf("=");
    if (i < 1) throw new UsageError(`--map 应写作 角色=列名 或 角色=列字母，如 --map 已发金额=实发金额 或 --map 已发金额=H，而不是“${m}”`);
    const [word, colWord] = [m.slice(0, i).trim(), m.slice(i + 1).trim()];
    const role = roleByName(word);
    if (!role) throw new UsageError(`--map：不认识的角色“${word}”（可用：${Object.values(ROLES).map((r) => r.zh).join("、")}）`);
    const byHeader = headers.findIndex((h) => normalizeWord(h) === normalizeWord(colWord));
    const col = byHeader >= 0 ? byHeader : /^[A-Za-z]{1,3}$/.test(colWord) ? columnIndex(colWord.toUpperCase()) : -1;
    if (col < 0 || col >= 16384) throw new UsageError(`--map ${word}=${colWord}：表头中没有“${colWord}”这一列，它也不是列字母（表头有：${headers.filter(Boolean).join("、")}）`);
    for (const r of Object.keys(out) as Role[]) if (out[r] === col && r !== role && !overridden.has(r)) delete out[r];
    out[role] = col;
    overridden.add(role);
  }
  return { mapping: out, overridden };
}

/** The mapping as lines for the terminal and the 说明 sheet: 已发金额 ← H 列“实发金额”（--map）. */
export function describeMapping(mapping: Mapping, headers: readonly string[], overridden: ReadonlySet<Role>): string[] {
  return (Object.entries(mapping) as [Role, number][])
    .sort((a, b) => a[1] - b[1])
    .map(([role, col]) => `${ROLES[role].zh} ← ${columnLetters(col)} 列“${headers[col] ?? ""}”${overridden.has(role) ? "（--map 指定）" : ""}`);
}

export function checkRoles(mapping: Mapping, required: Role[][], sheet: SheetInfo): void {
  const missing = missingRoles(mapping, required);
  if (missing.length > 0) throw new UsageError(`工作表“${sheet.name}”缺少这些列：${missing.join("；")}（可用 --map 角色=列名 指定）`);
}

/** A formula without a cached value in a column the job reads stops it before anything is computed. */
export function checkUncached(s: Survey, mapping: Mapping, headerRow: number): void {
  const cols = new Set(Object.values(mapping));
  for (const [col, u] of s.uncached) {
    if (!cols.has(col) || u.firstRow <= headerRow) continue;
    throw new UsageError(
      `单元格 ${u.first} 是公式，但文件中没有它的计算结果${u.count > 1 ? `（该列共 ${u.count} 个这样的单元格）` : ""}：文件可能由程序导出或由脚本保存。请先在 Excel 或 WPS 中打开该文件并保存一次（让公式算出结果），再运行本命令`,
    );
  }
}

/** Our columns from an earlier run, if they are the last ones of the header: they are written again in place. */
export function previousOutput(headers: readonly string[], s: Survey): { first: number; last: number } | undefined {
  const marked = headers.map((h, i) => (h.startsWith(OUTPUT_MARK) ? i : -1)).filter((i) => i >= 0);
  if (marked.length === 0) return undefined;
  const first = marked[0]!;
  const last = marked[marked.length - 1]!;
  for (let c = first; c < 16384; c++) if (s.used[c] && !headers[c]?.startsWith(OUTPUT_MARK) && c > first) return undefined;
  return { first, last };
}
