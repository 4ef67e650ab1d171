import { conflictMessages, findLayout, missingRoles, withOverrides, type Layout, type Role } from "../jobs/columns";
import { UsageError } from "./args";
import type { OpenedWorkbook } from "./ooxml/open";
import { surveySheet, type Survey } from "./ooxml/survey";

/**
 * Which sheet and which header: chosen from the package without reading more than a sheet's top rows
 * into memory, printed, and recorded on our 说明 sheet. The header and the mapping are the jobs' (one
 * findLayout for the pane and the command line); `--map` feeds their overrides.
 */
export interface Chosen {
  survey: Survey;
  layout: Layout | undefined;
  /** How the sheet was chosen, for the user: “台账”；未读隐藏的工作表：旧台账（要用请加 --sheet）. */
  sheetNote: string;
}

const HIDDEN_ZH = { hidden: "隐藏", veryHidden: "深度隐藏", visible: "" } as const;

function layoutOf(s: Survey): Layout | undefined {
  return findLayout({ rows: s.top, merges: s.merges });
}

/** `--sheet` by name or by 1-based position; otherwise the first visible sheet with a usable header. */
export async function chooseSheet(wb: OpenedWorkbook, sheetArg: string | undefined, usable: (l: Layout) => boolean): Promise<Chosen> {
  const sheets = wb.info.sheets;
  const list = sheets.map((s) => (s.state === "visible" ? s.name : `${s.name}（${HIDDEN_ZH[s.state]}）`)).join("、");
  if (sheetArg !== undefined) {
    const sheet = sheets.find((s) => s.name === sheetArg) ?? (/^\d+$/.test(sheetArg) ? sheets[Number(sheetArg) - 1] : undefined);
    if (!sheet) throw new UsageError(`找不到工作表“${sheetArg}”（有：${list}）`);
    const survey = await surveySheet(wb, sheet);
    const note = sheet.state === "visible" ? `“${sheet.name}”（按 --sheet 指定）` : `“${sheet.name}”（${HIDDEN_ZH[sheet.state]}的工作表，按 --sheet 指定）`;
    return { survey, layout: layoutOf(survey), sheetNote: note };
  }
  const hidden = sheets.filter((s) => s.state !== "visible");
  const skipped = hidden.length > 0 ? `；未读隐藏的工作表 ${hidden.map((s) => `“${s.name}”`).join("、")}（要用请加 --sheet）` : "";
  let any = false;
  for (const sheet of sheets.filter((s) => s.state === "visible")) {
    any = true;
    const survey = await surveySheet(wb, sheet);
    const layout = layoutOf(survey);
    if (layout && usable(layout)) return { survey, layout, sheetNote: `“${sheet.name}”${skipped}` };
  }
  if (!any) throw new UsageError(`没有可见的工作表（有：${list}）；请用 --sheet 指定`);
  throw new UsageError(`没有找到带表头的工作表（有：${list}）；表头应包含如 姓名、学历、学位、职称、引进日期、已发金额 等列名，可用 --sheet 指定工作表${skipped}`);
}

/** `--map 角色=列名` or `--map 角色=列字母`, repeatable, through the jobs' overrides; conflicts left are errors. */
export function mapped(layout: Layout, maps: readonly string[], sheetName: string): Layout {
  const overrides = maps.map((m) => {
    const i = m.indexOf("=");
    if (i < 1) throw new UsageError(`--map 应写作 角色=列名 或 角色=列字母，如 --map 已发金额=实发金额 或 --map 已发金额=H，而不是“${m}”`);
    return { role: m.slice(0, i).trim(), column: m.slice(i + 1).trim() };
  });
  let out: Layout;
  try {
    out = withOverrides(layout, overrides);
  } catch (e) {
    throw new UsageError(`--map：${e instanceof Error ? e.message : String(e)}`);
  }
  const conflicts = conflictMessages(out);
  if (conflicts.length > 0) throw new UsageError(`工作表“${sheetName}”：${conflicts.join("；")}`);
  return out;
}

export function checkRoles(layout: Layout, required: Role[][], sheetName: string): void {
  const missing = missingRoles(layout.mapping, required);
  if (missing.length > 0) throw new UsageError(`工作表“${sheetName}”缺少这些列：${missing.join("；")}（列名不同时可用 --map 角色=列名 指定）`);
}

/** A formula without a cached value in a column the job reads stops it before anything is computed. */
export function checkUncached(s: Survey, layout: Layout): void {
  const cols = new Set(Object.values(layout.mapping));
  for (const [col, u] of s.uncached) {
    if (!cols.has(col) || u.firstRow <= layout.headerRow) continue;
    throw new UsageError(
      `单元格 ${u.first} 是公式，但文件中没有保存它的计算结果${u.count > 1 ? `（这一列共 ${u.count} 个这样的单元格）` : ""}，文件可能由程序导出或由脚本写成。请先在 Excel 或 WPS 中打开该文件并保存一次（公式即算出结果），再运行本命令`,
    );
  }
}
