/**
 * Why a policy file is not JSON, in Chinese and by line and column (JSON.parse says it in English, by the
 * character offset): an office that edited a .json by hand finds the spot.
 */
export function jsonErrorText(text: string, e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  const at = /position (\d+)/.exec(m);
  const lineCol = /line (\d+) column (\d+)/.exec(m);
  let where = "";
  if (lineCol) where = `第 ${lineCol[1]} 行第 ${lineCol[2]} 列`;
  else if (at) {
    const before = text.slice(0, Number(at[1]));
    const line = before.split("\n").length;
    where = `第 ${line} 行第 ${before.length - before.lastIndexOf("\n")} 列`;
  } else if (/Unexpected end/i.test(m)) where = "文件末尾（文件不完整）";
  return `${where ? `${where}附近` : ""}有语法错误（常见原因：多余的逗号、注释、缺少引号或括号、文件不完整）`;
}
