/**
 * The policy workbook: a policy file (format talent-policy/1) as sheets an HR office fills in, and back.
 * No Office.js here: the pane feeds `gridsToPolicy` with ranges' values (cellsFromOffice). The .xlsx
 * side (exceljs, node:fs) is ./xlsx, imported by the command line only, so that the pane's bundle does not
 * carry it.
 */
export { policyToGrids } from "./to-grids";
export { conditionGroups } from "./conditions";
export { gridsToPolicy, type ReadResult } from "./from-grids";
export { checkPolicyWorkbook, type WorkbookCheck } from "./check";
export { SHEETS } from "./layout";
export { formatCell, formatProblem, layoutRemarks } from "./problems";
export { FORMAT, LIMITS, type Cell, type CellRef, type Grids, type PolicyFile, type Problem } from "./types";
export { cellsFromOffice } from "./office-cells";
