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

/** The document that governs a row: its own policy cell, the job's default, or the city and the introduction date. */
export function policyOfRow(p: Person, job: JobOptions): E.PolicyDocument {
  if (p.policyWord) return E.policyOf(p.policyWord);
  if (job.defaultPolicy) return E.policyOf(job.defaultPolicy);
  if (p.city && p.start !== undefined) return E.policyOf(E.policyFor(p.city, p.start, job.options).value);
  throw E.invalid("缺少适用政策：请增加“适用政策”列、选择一项政策，或提供“城市”和“引进日期”", "No policy for the row");
}

/** Loads the rules of every policy the rows may use before the synchronous computation starts. */
export async function loadPoliciesFor(people: readonly Person[], job: JobOptions): Promise<void> {
  const names = new Set<string>();
  if (job.defaultPolicy) names.add(job.defaultPolicy);
  for (const p of people) {
    if (p.policyWord) names.add(p.policyWord);
    if (p.city && p.start !== undefined) {
      try {
        names.add(E.policyFor(p.city, p.start, job.options).value);
      } catch {
        // the row will report it when it is computed
      }
    }
  }
  await E.loadPolicies(names);
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
