import * as E from "../engine";
import type { Person } from "./person";

/**
 * What a job needs besides the rows: the readings chosen (options), the policy to use where a row names
 * none, and a way to report progress and to be stopped.
 */
export interface JobOptions {
  options: E.Options;
  /** Policy for rows without a policy column (the pane's or --policy's choice). */
  defaultPolicy?: string;
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
  /** Rows between progress reports (and between yields to the pane's event loop). */
  chunkRows?: number;
}

/** A row no encoded document governs (introduced before or after the documents' validity). */
export class Ungoverned extends Error {}

/**
 * The document that governs a row, by the one resolution (engine governing.ts): its own policy cell, the
 * job's default, or the city — each checked against the introduction date. A row dated outside the
 * document's validity is `Ungoverned` (无法计算 / 无法复核, with the document that governs instead).
 */
export function policyOfRow(p: Person, job: JobOptions): E.PolicyDocument {
  try {
    const id = E.governingDocument({ policy: p.policyWord ?? job.defaultPolicy, city: p.city, introduced: p.start }, job.options).value;
    return E.policyOf(id);
  } catch (e) {
    if (E.isTalentError(e) && e.kind === "notApplicable") throw new Ungoverned(e.message);
    throw e;
  }
}

/**
 * Loads the rules of every document before the synchronous computation starts. All of them: a streamed
 * ledger's rows are not known in advance, and the seven documents are small.
 */
export async function loadPoliciesFor(_people: readonly unknown[], _job: JobOptions): Promise<void> {
  await E.loadAllPolicies();
}

/** Runs `each` over the rows in chunks, reporting progress and yielding so that a pane stays responsive. */
export async function inChunks<T>(items: readonly T[], job: JobOptions, each: (item: T, i: number) => void): Promise<{ done: number; cancelled: boolean }> {
  const size = job.chunkRows ?? 2000;
  for (let start = 0; start < items.length; start += size) {
    if (job.isCancelled?.()) return { done: start, cancelled: true };
    const end = Math.min(start + size, items.length);
    for (let i = start; i < end; i++) each(items[i]!, i);
    job.onProgress?.(end, items.length);
    if (end < items.length) await new Promise((r) => setTimeout(r, 0));
  }
  return { done: items.length, cancelled: false };
}

/** “第十四条第（三）项：……” from an engine error, for a row's error cell. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
