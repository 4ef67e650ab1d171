import type { PolicyDocument, PolicyFile, PolicyText } from "../model/policy";

/** The rules and the text of a file, as the engine keeps them apart (the text is shown, not computed with). */
export function documentOf(file: PolicyFile): { doc: PolicyDocument; text: PolicyText } {
  const { format: _format, articles, decisions, cases: _cases, ...doc } = file;
  return { doc, text: { ARTICLES: articles, DECISIONS: decisions } };
}
