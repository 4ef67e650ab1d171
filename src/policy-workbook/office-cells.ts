import type { Cell } from "./types";

/**
 * One sheet's cells from what Office.js gives for its used range: `range.values` (blank as "") and
 * `range.formulas` (a formula as its text with “=”, anything else as the value). A formula is kept as a
 * formula, whatever it computed, so that gridsToPolicy reports it instead of reading its result.
 */
export function cellsFromOffice(values: readonly (readonly unknown[])[], formulas?: readonly (readonly unknown[])[]): Cell[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      const f = formulas?.[r]?.[c];
      if (typeof f === "string" && f.startsWith("=")) return { formula: f.slice(1) };
      if (v === "" || v === null || v === undefined) return null;
      return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : String(v);
    }),
  );
}
