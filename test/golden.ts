import type { Options, PolicyCase } from "../src/engine";
import { basisOfCall, callFunction, runCase } from "../src/functions/cases";

/**
 * Golden cases written as data, each checkable against the article it names: the call as a formula
 * would write it, the value Excel would show, and the article the answer must cite. The documents' own
 * cases are in policies/<id>/cases.json (test/policies/cases.test.ts runs them); tests of one concern
 * keep theirs beside them in this shape.
 */
export type Golden = PolicyCase;

export const call = callFunction;
export const basisOf: (id: string, args: readonly unknown[], options?: Partial<Options>) => string = basisOfCall;

export function runGolden(cases: readonly Golden[]): void {
  test.each(cases.map((c) => [`${c.call}(${c.args.map((a) => JSON.stringify(a)).join(", ")}) — ${c.why}`, c] as const))("%s", (_name, c) => {
    const outcome = runCase(c);
    if (!outcome.pass) throw new Error(outcome.why);
  });
}
