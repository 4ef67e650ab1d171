import type { ArticleRef, PolicyMeta } from "../model/policy";

/** Where a number comes from: one article of one document. */
export interface Citation {
  policyId: string;
  policyTitle: string;
  docNumber: string | null;
  article: ArticleRef;
  /** Which file a document an office loaded came from (本单位录入：file, version, hash); absent for a built-in. */
  source?: string;
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
/** The file each loaded document came from, by its metadata object (set by the registry when it is loaded). */
const sources = new WeakMap<PolicyMeta, string>();

/** Names the file a document came from in every citation of it (the registry, for an office's own file). */
export function setCitationSource(meta: PolicyMeta, source: string): void {
  sources.set(meta, source);
}

/**
 * Citations of articles of one document (the document itself, or just its metadata). Article references
 * are constants of the policy data, so the citation of one article is made once and shared; results never
 * change their citations afterwards.
 */
export function cite(doc: { meta: PolicyMeta } | PolicyMeta, ...articles: ArticleRef[]): readonly Citation[] {
  const meta = "meta" in doc ? doc.meta : doc;
  const source = sources.get(meta);
  const make = (a: ArticleRef): Citation =>
    source === undefined ? { policyId: meta.id, policyTitle: meta.title, docNumber: meta.docNumber, article: a } : { policyId: meta.id, policyTitle: meta.title, docNumber: meta.docNumber, article: a, source };
  if (articles.length !== 1) return articles.map(make);
  const a = articles[0]!;
  let c = single.get(a);
  if (c === undefined || c[0]!.policyId !== meta.id || c[0]!.source !== source) {
    c = Object.freeze([make(a)]);
    single.set(a, c);
  }
  return c;
}

export function result<T>(value: T, citations: readonly Citation[], trace: () => string[]): Result<T> {
  return { value, citations, trace };
}

function headOf(c: Citation): string {
  return c.docNumber ? `《${c.policyTitle}》（${c.docNumber}）` : `《${c.policyTitle}》`;
}

/** After the articles of a document an office loaded: which file, which version, which bytes. */
function sourceNote(c: Citation): string {
  return c.source === undefined ? "" : `〔${c.source}〕`;
}

/**
 * 《张掖市引进高层次急需人才办法（试行）》（市委发〔2022〕13号）第十四条第（三）项; a document loaded from a file adds
 * 〔本单位录入：乙市办法.json 第2版，0123456789ab〕.
 */
export function formatCitation(c: Citation): string {
  return `${headOf(c)}${c.article.label}${sourceNote(c)}`;
}

/** Citations grouped by document: 《甲》第六条、第十四条第（三）项；《乙》第八条 */
const formatted = new Map<string, string>();

export function formatCitations(citations: readonly Citation[]): string {
  // A ledger's rows cite the same few combinations of articles: each is formatted once. The source is in
  // the key, so that a file loaded again under the same id is never cited with the old file's hash.
  const key = citations.map((c) => `${c.policyId}#${c.article.key}#${c.source ?? ""}`).join("|");
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatCitationsOnce(citations);
    if (formatted.size < 10_000) formatted.set(key, text);
  }
  return text;
}

function formatCitationsOnce(citations: readonly Citation[]): string {
  const byDoc = new Map<string, { head: string; labels: string[]; note: string }>();
  for (const c of citations) {
    const entry = byDoc.get(c.policyId) ?? { head: headOf(c), labels: [], note: sourceNote(c) };
    if (!entry.labels.includes(c.article.label)) entry.labels.push(c.article.label);
    byDoc.set(c.policyId, entry);
  }
  return [...byDoc.values()].map((e) => `${e.head}${e.labels.join("、")}${e.note}`).join("；");
}
