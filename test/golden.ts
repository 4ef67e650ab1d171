import { formatCitations, DEFAULT_OPTIONS, type Options } from "../src/engine";
import type { OutCell } from "../src/functions/cells";
import { formatOutCell, isExcelError } from "../src/functions/excel-errors";
import { evaluateRow, invoke, valuesToInputs } from "../src/functions/invoke";
import { specOf } from "../src/functions/registry";

/**
 * Golden cases written as data, each checkable against the article it names: the call as a formula
 * would write it, the value Excel would show, and the article the answer must cite.
 */
export interface Golden {
  /** What the case checks, in the words of the article. */
  why: string;
  call: string;
  args: unknown[];
  /** The value of a one-cell answer, the rows of a spilled one, or the error code ("#VALUE!", "#N/A"). */
  expect: OutCell | OutCell[][];
  /** A citation the answer must carry (“第十四条第（三）项”), or a piece of the error message. */
  cites?: string;
  options?: Partial<Options>;
}

/** Calls a TALENT function the way Excel does and returns what the cell (or the spill) would show. */
export function call(id: string, args: readonly unknown[], options: Partial<Options> = {}): OutCell | OutCell[][] {
  const spec = specOf(id);
  try {
    const out = invoke(spec, valuesToInputs(spec, args), { ...DEFAULT_OPTIONS, ...options });
    return out.length === 1 && out[0]!.length === 1 ? out[0]![0]! : out;
  } catch (e) {
    return e as OutCell;
  }
}

/** The citations (or, for a refusal, the message) of one row of arguments. */
export function basisOf(id: string, args: readonly unknown[], options: Partial<Options> = {}): string {
  const e = evaluateRow(specOf(id), args, { ...DEFAULT_OPTIONS, ...options });
  return "error" in e ? formatOutCell(e.error) : formatCitations(e.result.citations);
}

export function runGolden(cases: readonly Golden[]): void {
  test.each(cases.map((c) => [`${c.call}(${c.args.map((a) => JSON.stringify(a)).join(", ")}) — ${c.why}`, c] as const))("%s", (_name, c) => {
    const got = call(c.call, c.args, c.options);
    if (typeof c.expect === "string" && c.expect.startsWith("#")) {
      expect(isExcelError(got)).toBe(true);
      expect((got as { code: string }).code).toBe(c.expect);
    } else if (Array.isArray(c.expect)) {
      expect(isExcelError(got) ? formatOutCell(got as OutCell) : got).toEqual(c.expect);
    } else {
      expect(isExcelError(got) ? formatOutCell(got as OutCell) : got).toEqual(c.expect);
    }
    if (c.cites) expect(basisOf(c.call, c.args, c.options)).toContain(c.cites);
  });
}
