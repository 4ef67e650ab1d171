import * as E from "../engine";
import { h } from "./dom";
import { t } from "./i18n";

/**
 * “Each line with its article, the text of that article a click away”: a citation rendered as a button
 * that shows the article as printed, loaded (once per document) from the text chunk.
 */
const texts = new Map<string, Promise<E.PolicyText>>();

function textOf(policyId: string): Promise<E.PolicyText> {
  let p = texts.get(policyId);
  if (!p) {
    const entry = E.policyEntries().find((e) => e.meta.id === policyId);
    if (!entry) throw new Error(`no policy ${policyId}`);
    p = entry.text();
    texts.set(policyId, p);
  }
  return p;
}

export function articleButton(policyId: string, article: E.ArticleRef): HTMLElement {
  const quote = h("blockquote", { class: "article", hidden: true, tabindex: -1 });
  const button = h("button", { type: "button", class: "link", "aria-expanded": "false", title: t().showArticle }, article.label);
  button.addEventListener("click", async () => {
    const open = quote.hidden;
    if (open && quote.textContent === "") {
      const { ARTICLES } = await textOf(policyId);
      quote.textContent = ARTICLES[article.key] ?? ARTICLES[article.key.split(".")[0]!] ?? "";
    }
    quote.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    button.title = open ? t().hideArticle : t().showArticle;
  });
  return h("span", { class: "cite" }, button, quote);
}
