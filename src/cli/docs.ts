import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { functionPage, HELP_CSS, indexPage, loadArticleTexts } from "../docs/html";
import { policyFormatMarkdown, policyFormatSchema } from "../docs/format";
import { functionsMarkdown, registerMarkdown } from "../docs/markdown";
import { functionDocs, type EnglishMetadata } from "../docs/model";
import { loadAllPolicies } from "../engine";
import { interpretationRegister, TITLE_SCOPE } from "../engine/decisions";
import { STATS_DECISIONS } from "../stats/tables";
import { flag, UsageError, type ParsedArgs } from "./args";
import { writeFileAtomic } from "./files";

/**
 * `docs --html DIR [--md FILE] [--register FILE] [--format FILE]`: help pages, the function reference, the
 * register, the policy file format (FILE.md and, beside it, its JSON Schema).
 */
export async function docs(args: ParsedArgs, out: (s: string) => void): Promise<void> {
  const html = flag(args, "html");
  const md = flag(args, "md");
  const register = flag(args, "register");
  const format = flag(args, "format");
  if (!html && !md && !register && !format) throw new UsageError("docs 需要 --html 目录、--md 文件、--register 文件 或 --format 文件");
  await loadAllPolicies();
  const metaFile = join(__dirname, "functions.json");
  if (!existsSync(metaFile)) throw new UsageError(`找不到 ${metaFile}：请先运行 npm run build`);
  const docsModel = functionDocs(JSON.parse(readFileSync(metaFile, "utf8")) as EnglishMetadata);
  if (html) {
    const texts = await loadArticleTexts();
    writeFileAtomic(join(html, "help.css"), HELP_CSS);
    writeFileAtomic(join(html, "index.html"), indexPage(docsModel));
    for (const d of docsModel) writeFileAtomic(join(html, `${d.id}.html`), functionPage(d, texts));
    out(`已生成 ${docsModel.length} 个帮助页：${html}`);
  }
  if (md) {
    writeFileAtomic(md, functionsMarkdown(docsModel));
    out(`已生成函数参考：${md}`);
  }
  if (register) {
    const sections = (await interpretationRegister()).map((s) => (s.scope === TITLE_SCOPE ? { ...s, decisions: [...s.decisions, ...STATS_DECISIONS] } : s));
    writeFileAtomic(register, registerMarkdown(sections));
    out(`已生成解释登记表：${register}`);
  }
  if (format) {
    writeFileAtomic(format, policyFormatMarkdown());
    const schema = format.replace(/\.md$/i, "") + ".schema.json";
    writeFileAtomic(schema, JSON.stringify(policyFormatSchema(), null, 2) + "\n");
    out(`已生成政策文件格式：${format}、${schema}`);
  }
}
