import * as E from "../engine";
import type { FunctionDoc } from "./model";

/**
 * The help pages Excel opens from a function's “more help” link: the rule in Chinese and English, its
 * arguments, worked examples and the text of every article they cite. Static files, served with the
 * add-in; no script, no request elsewhere.
 */

export type ArticleTexts = ReadonlyMap<string, Readonly<Record<string, string>>>;

export async function loadArticleTexts(): Promise<ArticleTexts> {
  const texts = new Map<string, Readonly<Record<string, string>>>();
  for (const entry of E.REGISTRY) texts.set(entry.meta.id, (await entry.text()).ARTICLES);
  return texts;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'">
<title>${esc(title)}</title>
<link rel="stylesheet" href="help.css">
</head>
<body>
${body}
</body>
</html>
`;
}

export const HELP_CSS = `body{font-family:"Microsoft YaHei","PingFang SC","Segoe UI",sans-serif;margin:0 auto;max-width:860px;padding:16px;line-height:1.6;color:#242424}
h1{font-size:1.5em;margin:.2em 0}h1 small{color:#616161;font-weight:normal;font-size:.6em}
h2{font-size:1.15em;border-bottom:1px solid #e0e0e0;padding-bottom:4px;margin-top:1.6em}
table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border:1px solid #e0e0e0;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f5f5f5}code{background:#f5f5f5;padding:1px 4px;border-radius:3px}
.en{color:#616161}.example{border-left:3px solid #0f6cbd;padding:4px 10px;margin:10px 0;background:#f8fbff}
blockquote{margin:8px 0;padding:6px 10px;background:#fafafa;border-left:3px solid #c7c7c7;white-space:pre-wrap}
nav a{color:#0f6cbd}`;

function articleBlock(texts: ArticleTexts, policyId: string, key: string, label: string): string {
  const text = texts.get(policyId)?.[key];
  const title = E.policyOf(policyId).meta.title;
  return text ? `<p><b>《${esc(title)}》${esc(label)}</b></p><blockquote>${esc(text)}</blockquote>` : "";
}

export function functionPage(doc: FunctionDoc, texts: ArticleTexts): string {
  const params = doc.params
    .map(
      (p) =>
        `<tr><td>${esc(p.zhName)}<br><span class="en">${esc(p.name)}</span></td><td>${p.repeating ? "可重复" : p.optional ? "可选" : "必填"}</td>` +
        `<td>${esc(p.zhDescription)}<br><span class="en">${esc(p.enDescription)}</span>${p.words ? `<br>可用的词：${esc(p.words)}` : ""}</td></tr>`,
    )
    .join("\n");
  const seen = new Set<string>();
  const articles: string[] = [];
  const examples = doc.examples
    .map((x) => {
      for (const a of x.articleKeys) {
        const k = `${a.policyId}#${a.key}`;
        if (!seen.has(k)) {
          seen.add(k);
          articles.push(articleBlock(texts, a.policyId, a.key, a.label));
        }
      }
      return (
        `<div class="example"><code>${esc(x.formula)}</code> → <code>${esc(x.result)}</code>` +
        (x.citations ? `<br>依据：${esc(x.citations)}` : "") +
        (x.sentence ? `<br>说明：${esc(x.sentence)}` : "") +
        `</div>`
      );
    })
    .join("\n");
  const supports = doc.supports === null ? "不依赖政策" : doc.supports.join("、") || "（无）";
  return page(
    `TALENT.${doc.zhName} (${doc.id})`,
    `<nav><a href="index.html">全部函数 / All functions</a></nav>
<h1>TALENT.${esc(doc.zhName)} <small>TALENT.${esc(doc.id)}</small></h1>
<p>${esc(doc.zhDescription)}</p>
<p class="en">${esc(doc.enDescription)}</p>
<p>结果：${esc(doc.zhResult)}。适用政策：${esc(supports)}。</p>
<h2>参数 Parameters</h2>
${doc.params.length > 0 ? `<table><tr><th>参数</th><th>必填</th><th>说明</th></tr>\n${params}</table>` : "<p>无参数。</p>"}
<p>参数给出区域时逐行计算，一个公式即可填满整列；空白单元格表示“未填写”，不按 0 计算。<br><span class="en">Ranges are computed row by row; a blank cell is missing, not 0.</span></p>
<h2>示例 Examples</h2>
${examples || "<p>—</p>"}
<h2>条款原文 Article text</h2>
${articles.join("\n") || "<p>—</p>"}`,
  );
}

export function indexPage(docs: readonly FunctionDoc[]): string {
  const rows = docs
    .map((d) => `<tr><td><a href="${d.id}.html">TALENT.${esc(d.zhName)}</a></td><td>TALENT.${esc(d.id)}</td><td>${esc(d.zhDescription)}</td></tr>`)
    .join("\n");
  const policies = E.allPolicies()
    .map((d) => `<li>${esc(d.meta.title)}（${esc(d.meta.docNumber ?? "无文号")}，<code>${esc(d.meta.id)}</code>）</li>`)
    .join("\n");
  return page(
    "人才政策计算 函数帮助",
    `<h1>人才政策计算 函数帮助 <small>TALENT functions</small></h1>
<table><tr><th>中文名</th><th>English</th><th>说明</th></tr>
${rows}</table>
<h2>已收录的政策 Policies</h2><ul>${policies}</ul>
<p>金额：${esc(E.ROUNDING_RULE.zh)}。</p>`,
  );
}
