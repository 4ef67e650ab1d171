/**
 * The policy workbook: a policy file (format talent-policy/1) as sheets an HR office fills in, and back.
 * No Office.js here: the pane feeds `gridsToPolicy` with ranges' values, the command line uses the
 * exceljs adapter of ./xlsx.
 */
export { policyToGrids, conditionGroups } from "./to-grids";
export { gridsToPolicy, type ReadResult } from "./from-grids";
export { SHEETS } from "./layout";
export { formatProblem } from "./problems";
export { FORMAT, type Cell, type CellRef, type Grids, type PolicyFile, type Problem } from "./types";
export { writePolicyWorkbook, readPolicyWorkbook, templateGrids, PolicyWorkbookError, LIMITS } from "./xlsx";
export { cellsFromOffice } from "./office-cells";
