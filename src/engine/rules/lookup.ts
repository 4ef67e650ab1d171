import { invalid } from "../core/errors";
import { normalizeWord } from "../core/vocabulary";
import type { CategoryDef, PolicyDocument, PolicyMeta } from "../model/policy";
import { onRegistryChange, policyEntries, type PolicyEntry } from "../policies/registry";

const byWord = new Map<string, PolicyEntry>();
/** Rules loaded, with the entry they were loaded from (a file loaded again under the same id replaces it). */
const loaded = new Map<string, { entry: PolicyEntry; doc: PolicyDocument }>();

/** Ids, 文号, titles and aliases to documents; a built-in keeps a word a loaded file also uses. */
function index(): void {
  byWord.clear();
  for (const entry of policyEntries()) {
    const m = entry.meta;
    for (const w of [m.id, m.title, ...(m.docNumber ? [m.docNumber] : []), ...m.aliases]) {
      const key = normalizeWord(w);
      if (!byWord.has(key)) byWord.set(key, entry);
    }
  }
  // A replaced or removed file must not keep its old rules.
  const current = new Set(policyEntries());
  for (const [id, l] of [...loaded]) if (!current.has(l.entry)) loaded.delete(id);
}
index();
onRegistryChange(index);

function entryOf(raw: string): PolicyEntry {
  const entry = byWord.get(raw) ?? byWord.get(normalizeWord(raw));
  if (!entry) {
    throw invalid(
      `未知的政策：“${raw}”（可用：${policyEntries().map((e) => e.meta.id).join("、")}，或文号、城市名）`,
      `Unknown policy: "${raw}"`,
    );
  }
  return entry;
}

export function allMetas(): PolicyMeta[] {
  return policyEntries().map((e) => e.meta);
}

/** A document's metadata by its id, 文号, title or the city name HR sheets write (张掖). */
export function metaOf(raw: string): PolicyMeta {
  return entryOf(raw).meta;
}

/** The registry entry of a document (its origin, its text) by any of its names. */
export function entryOfPolicy(raw: string): PolicyEntry {
  return entryOf(raw);
}

/** Loads the rules of the documents named (ids, 文号 or cities; unknown words are left for the call to report). */
export async function loadPolicies(names: Iterable<string>): Promise<void> {
  const wanted = new Set<PolicyEntry>();
  for (const n of names) {
    const entry = byWord.get(normalizeWord(n));
    if (entry && loaded.get(entry.meta.id)?.entry !== entry) wanted.add(entry);
  }
  await Promise.all([...wanted].map(async (entry) => loaded.set(entry.meta.id, { entry, doc: await entry.load() })));
}

export function loadAllPolicies(): Promise<void> {
  return loadPolicies(policyEntries().map((e) => e.meta.id));
}

/** A loaded document by any of its names. Using one before loading it is a defect of the caller. */
export function policyOf(raw: string): PolicyDocument {
  const entry = entryOf(raw);
  const doc = loaded.get(entry.meta.id)?.doc;
  if (!doc) throw new Error(`policy ${entry.meta.id} was used before loadPolicies()`);
  return doc;
}

/** Every document, once all are loaded (docs, batch jobs). */
export function allPolicies(): PolicyDocument[] {
  return policyEntries().map((e) => policyOf(e.meta.id));
}

const categoryTables = new WeakMap<PolicyDocument, Map<string, CategoryDef>>();

function categoryTable(doc: PolicyDocument): Map<string, CategoryDef> {
  let t = categoryTables.get(doc);
  if (!t) {
    t = new Map();
    for (const c of doc.categories) {
      for (const w of [c.code, ...c.aliases]) t.set(normalizeWord(w), c);
    }
    categoryTables.set(doc, t);
  }
  return t;
}

/** A category of the document by the code CATEGORY returns, or a word sheets use for it (1, 一类). */
export function categoryOf(doc: PolicyDocument, raw: string): CategoryDef {
  const table = categoryTable(doc);
  const c = table.get(raw) ?? table.get(normalizeWord(raw));
  if (!c) {
    const codes = doc.categories.map((x) => x.code).join("、");
    throw invalid(
      codes ? `“${raw}”不是《${doc.meta.title}》的人才类别（可用：${codes}）` : `《${doc.meta.title}》不设人才类别`,
      `"${raw}" is not a category of ${doc.meta.id}`,
    );
  }
  return c;
}
