import { DEFAULT_OPTIONS } from "../src/engine";
import type { OutCell } from "../src/functions/cells";
import { isExcelError } from "../src/functions/excel-errors";
import { invoke, valuesToInputs } from "../src/functions/invoke";
import type { FunctionSpec } from "../src/functions/specs";

/**
 * What every TALENT answer must be, for the property tests: each cell a finite number, text, a boolean or
 * an Excel error (#VALUE!/#N/A, never an internal error); money never negative and in whole fen.
 */

/** The cells of an answer, as Excel would show them (a thrown Excel error is one cell). */
export function answerCells(spec: FunctionSpec, args: readonly unknown[]): OutCell[] {
  let out: unknown;
  try {
    out = invoke(spec, valuesToInputs(spec, args), DEFAULT_OPTIONS);
  } catch (e) {
    out = e;
  }
  return Array.isArray(out) ? (out as OutCell[][]).flat() : [out as OutCell];
}

/** Asserts the rules above of every cell; returns the numbers among them. */
export function expectSoundCells(cells: readonly OutCell[], money: boolean): number[] {
  const numbers: number[] = [];
  for (const c of cells) {
    if (isExcelError(c)) {
      expect(["#VALUE!", "#N/A"]).toContain(c.code);
      expect(c.message ?? "").not.toContain("内部错误");
      continue;
    }
    expect(["number", "string", "boolean"]).toContain(typeof c);
    if (typeof c !== "number") continue;
    expect(Number.isFinite(c)).toBe(true);
    if (money) {
      expect(c).toBeGreaterThanOrEqual(0);
      expect(Math.abs(Math.round(c * 100) - c * 100)).toBeLessThan(1e-6);
    }
    numbers.push(c);
  }
  return numbers;
}
