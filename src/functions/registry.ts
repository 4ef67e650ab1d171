import { EXPLAIN } from "./explain";
import { SPECS, type FunctionSpec } from "./specs";
import { STATS_SPECS } from "./stats-specs";

/** Every TALENT function, EXPLAIN included. */
export const ALL_SPECS: readonly FunctionSpec[] = [...SPECS, ...STATS_SPECS, EXPLAIN];

const byId = new Map(ALL_SPECS.map((s) => [s.id, s]));

/** Whether a TALENT function of that id exists (a test case names one; the add-in's own calls always do). */
export function hasFunction(id: string): boolean {
  return byId.has(id);
}

export function specOf(id: string): FunctionSpec {
  const spec = byId.get(id);
  if (!spec) throw new Error(`No TALENT function ${id}`);
  return spec;
}
