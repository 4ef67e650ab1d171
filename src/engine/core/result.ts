import type { ArticleRef, PolicyMeta } from "../model/policy";

/** Where a number comes from: one article of one document. */
export interface Citation {
  policyId: string;
  policyTitle: string;
  docNumber: string | null;
  article: ArticleRef;
}

/**
 * Every answer of the engine: the value, the articles it rests on, and the steps that produced it.
 * The trace is built only when someone reads it (EXPLAIN, the pane, the audit), so that filling a
 * 100,000-row column does not format 100,000 sentences nobody reads.
 */
export interface Result<T> {
  value: T;
  citations: readonly Citation[];
  trace: () => string[];
}

const single = new WeakMap<ArticleRef, readonly Citation[]>();

/**
 * Citations of articles of one document (the document itself, or just its metadata). Article references
 * are constants of the policy data, so the citation of one article is made once and shared; results never
 * change their citations afterwards.
 */
export function cite(doc: { meta: PolicyMeta } | PolicyMeta, ...articles: ArticleRef[]): readonly Citation[] {
  const meta = "meta" in doc ? doc.meta : doc;
  const make = (a: ArticleRef): Citation => ({ policyId: meta.id, policyTitle: meta.title, docNumber: meta.docNumber, article: a });
  if (articles.length !== 1) return articles.map(make);
  const a = articles[0]!;
  let c = single.get(a);
  if (c === undefined || c[0]!.policyId !== meta.id) {
    c = Object.freeze([make(a)]);
    single.set(a, c);
  }
  return c;
}

export function result<T>(value: T, citations: readonly Citation[], trace: () => string[]): Result<T> {
  return { value, citations, trace };
}

/** 《张掖市引进高层次急需人才办法（试行）》（市委发〔2022〕13号）第十四条第（三）项 */
export function formatCitation(c: Citation): string {
  const doc = c.docNumber ? `《${c.policyTitle}》（${c.docNumber}）` : `《${c.policyTitle}》`;
  return `${doc}${c.article.label}`;
}

/** Citations grouped by document: 《甲》第六条、第十四条第（三）项；《乙》第八条 */
const formatted = new Map<string, string>();

export function formatCitations(citations: readonly Citation[]): string {
  // A ledger's rows cite the same few combinations of articles: each is formatted once.
  const key = citations.map((c) => `${c.policyId}#${c.article.key}`).join("|");
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatCitationsOnce(citations);
    if (formatted.size < 10_000) formatted.set(key, text);
  }
  return text;
}

function formatCitationsOnce(citations: readonly Citation[]): string {
  const byDoc = new Map<string, { head: string; labels: string[] }>();
  for (const c of citations) {
    const head = c.docNumber ? `《${c.policyTitle}》（${c.docNumber}）` : `《${c.policyTitle}》`;
    const entry = byDoc.get(c.policyId) ?? { head, labels: [] };
    if (!entry.labels.includes(c.article.label)) entry.labels.push(c.article.label);
    byDoc.set(c.policyId, entry);
  }
  return [...byDoc.values()].map((e) => `${e.head}${e.labels.join("、")}`).join("；");
}
