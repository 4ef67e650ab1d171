import { loadPolicyFile, type ReadOutcome, type ShownProblem } from "../functions/workbook-policies";
import * as X from "./excel";

/**
 * 设置 → 使用本工作簿中的政策表: a policy workbook filled in Excel (the template `talent-policy policy template`
 * writes, open as this workbook or with its sheets copied in) read through Office.js, formulas seen as
 * formulas, checked sheet by sheet and cell by cell; then loaded and kept like a picked file, as the JSON of
 * the document its sheets describe. Undefined when the workbook has no policy sheets.
 */
export async function loadPolicySheets(): Promise<ReadOutcome | undefined> {
  const wb = await import(/* webpackChunkName: "policy-workbook" */ "../policy-workbook");
  const sheets = await X.readNamedSheets(Object.values(wb.SHEETS));
  if (!sheets[wb.SHEETS.meta]) return undefined;
  const grids = Object.fromEntries(Object.entries(sheets).map(([name, s]) => [name, wb.cellsFromOffice(s.values, s.formulas)]));
  const checked = wb.checkPolicyWorkbook(grids);
  const shown = checked.problems.map((p): ShownProblem => ({ path: [], where: wb.formatCell(p), message: p.message, severity: p.severity ?? "error" }));
  if (!checked.file) return { problems: shown };
  const name = `${checked.file.meta.id}（本工作簿的政策表）.json`;
  const outcome = await loadPolicyFile(name, new TextEncoder().encode(JSON.stringify(checked.file, null, 2)));
  return { ...outcome, problems: [...shown, ...outcome.problems] };
}
