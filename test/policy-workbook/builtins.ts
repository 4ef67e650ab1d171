import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REGISTRY } from "../../src/engine/policies/registry";
import type { PolicyFile } from "../../src/policy-workbook";

/** The built-in documents as their files hold them (policies/<id>/policy.json), with their cases.json. */
const root = join(__dirname, "..", "..", "policies");

export const BUILT_IN_IDS: string[] = REGISTRY.map((e) => e.meta.id);

export function builtInFile(id: string): PolicyFile {
  return JSON.parse(readFileSync(join(root, id, "policy.json"), "utf8")) as PolicyFile;
}

export function builtInCases(id: string): NonNullable<PolicyFile["cases"]> {
  return JSON.parse(readFileSync(join(root, id, "cases.json"), "utf8")) as NonNullable<PolicyFile["cases"]>;
}

/**
 * A sheet cannot tell an argument given as "" from a blank cell, nor blank arguments at the end from no
 * arguments there: the functions read all three as blank. Cases are compared with that one difference.
 */
export function blanksAsSheetsHaveThem(cases: NonNullable<PolicyFile["cases"]>): NonNullable<PolicyFile["cases"]> {
  return cases.map((c) => {
    const args = c.args.map((a) => (a === "" ? null : a));
    while (args.length > 0 && args[args.length - 1] === null) args.pop();
    return { ...c, args };
  });
}
