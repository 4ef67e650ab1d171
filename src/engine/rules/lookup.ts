import { invalid } from "../core/errors";
import { normalizeWord } from "../core/vocabulary";
import type { CategoryDef, PolicyDocument } from "../model/policy";
import { REGISTRY } from "../policies/registry";

const byWord = new Map<string, PolicyDocument>();
for (const { doc } of REGISTRY) {
  for (const w of [doc.meta.id, doc.meta.title, ...(doc.meta.docNumber ? [doc.meta.docNumber] : []), ...doc.meta.aliases]) {
    byWord.set(normalizeWord(w), doc);
  }
}

export function allPolicies(): PolicyDocument[] {
  return REGISTRY.map((e) => e.doc);
}

/** A document by its id, 文号, title or the city name HR sheets write (张掖). */
export function policyOf(raw: string): PolicyDocument {
  const doc = byWord.get(normalizeWord(raw));
  if (!doc) {
    throw invalid(
      `未知的政策：“${raw}”（可用：${REGISTRY.map((e) => e.doc.meta.id).join("、")}，或文号、城市名）`,
      `Unknown policy: "${raw}"`,
    );
  }
  return doc;
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
  const c = categoryTable(doc).get(normalizeWord(raw));
  if (!c) {
    const codes = doc.categories.map((x) => x.code).join("、");
    throw invalid(
      codes ? `“${raw}”不是《${doc.meta.title}》的人才类别（可用：${codes}）` : `《${doc.meta.title}》不设人才类别`,
      `"${raw}" is not a category of ${doc.meta.id}`,
    );
  }
  return c;
}
