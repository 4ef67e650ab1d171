import { isTalentError } from "../engine/core/errors";
import type { ExcelErrorLike, OutCell } from "./cells";

/** The error codes this add-in returns. */
export const VALUE = "#VALUE!";
export const NA = "#N/A";

/** Excel shows at most this much of a custom error message. */
const MAX_MESSAGE = 250;

/** Stands in for CustomFunctions.Error where Excel's runtime is absent (command line, tests). */
class ErrorCell implements ExcelErrorLike {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

function make(code: string, message: string): ExcelErrorLike {
  const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, text);
  }
  return new ErrorCell(code, text);
}

/**
 * Maps anything thrown while computing one cell to the error Excel should show there: the engine's
 * refusals keep their Chinese message; anything else is a defect, shown as #VALUE! rather than a number.
 */
export function toExcelError(e: unknown): ExcelErrorLike {
  if (isTalentError(e)) return make(e.kind === "invalid" ? VALUE : NA, e.message);
  const detail = e instanceof Error ? e.message : String(e);
  return make(VALUE, `内部错误：${detail}`);
}

export function isExcelError(v: unknown): v is ExcelErrorLike {
  return typeof v === "object" && v !== null && typeof (v as ExcelErrorLike).code === "string" && (v as ExcelErrorLike).code.startsWith("#");
}

/** “#VALUE! 服务年限不能为负数”, the way Excel shows the error and its message together. */
export function formatOutCell(v: OutCell): string {
  if (isExcelError(v)) return v.message ? `${v.code} ${v.message}` : v.code;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}
