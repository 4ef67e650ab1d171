import { errorsOf, readPolicyFile } from "../engine/files/policy-file";
import type { PolicyMeta } from "../engine/model/policy";
import { gridsToPolicy } from "./from-grids";
import { SHEETS } from "./layout";
import type { CellRef, Grids, PolicyFile, Problem } from "./types";

/** The sheet a part of the file lives on, for a problem about the part as a whole (no categories at all). */
const SHEET_OF: Record<string, string> = {
  meta: SHEETS.meta,
  articles: SHEETS.articles,
  ways: SHEETS.ways,
  categories: SHEETS.categories,
  classificationNote: SHEETS.meta,
  benefits: SHEETS.benefits,
  benefitsNote: SHEETS.meta,
  refunds: SHEETS.refunds,
  refundNote: SHEETS.meta,
  ageLimits: SHEETS.limits,
  exclusions: SHEETS.limits,
  disqualification: SHEETS.limits,
  decisions: SHEETS.decisions,
  cases: SHEETS.cases,
};

export interface WorkbookCheck {
  /** The file, when nothing in it is an error (warnings may remain). */
  file?: PolicyFile;
  /** The sheets' problems; where the sheets read, the format's problems, each on the cell it concerns. */
  problems: Problem[];
  /** The cell a JSON path of the file came from (a case's row: ["cases", i]). */
  cellOf(path: readonly (string | number)[]): CellRef | undefined;
}

/**
 * Checks a policy workbook completely: its sheets (gridsToPolicy), then, where they read, the file they
 * make with the format's schema and checks (readPolicyFile: categories, amounts, instalments, articles,
 * clashes with `others`, and with `reachability` the categories no one can reach). The format's
 * problems, found at a JSON path, are put on the cell that path was read from. Never throws.
 */
export function checkPolicyWorkbook(grids: Grids, others: readonly PolicyMeta[] = [], reachability = false): WorkbookCheck {
  const sheets = gridsToPolicy(grids);
  const cellOf = sheets.cellOf;
  if (sheets.problems.length > 0) return { problems: sheets.problems, cellOf };
  const read = readPolicyFile(sheets.file, others, reachability);
  const problems = read.problems.map((p): Problem => {
    const at: CellRef = sheets.cellOf(p.path) ?? { sheet: SHEET_OF[String(p.path[0])] ?? SHEETS.other };
    return { ...at, message: p.message, ...(p.severity === "warning" ? { severity: "warning" as const } : {}) };
  });
  return { ...(read.file && errorsOf(read.problems).length === 0 ? { file: read.file } : {}), problems, cellOf };
}
