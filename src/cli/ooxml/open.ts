import { readFileSync, statSync } from "node:fs";
import { UsageError } from "../args";
import { readSharedStrings, type SheetContext } from "./sheet";
import { NotAWorkbook, readWorkbookInfo, type WorkbookInfo } from "./workbook";
import { headBytes, Package } from "./zip";

/**
 * An input workbook opened for streaming, or a Chinese message that names what the file is instead: an
 * old .xls, an encrypted workbook (both OLE2 compound files), text or CSV, an empty or truncated file.
 */
export interface OpenedWorkbook {
  path: string;
  pkg: Package;
  info: WorkbookInfo;
  ctx: SheetContext;
}

const SAVE_AS = "请在 Excel 或 WPS 中打开并另存为 Excel 工作簿（.xlsx）后再试";

/** What a file that is not an .xlsx we can read looks like, in words for the message. */
export function fileKind(path: string): string | undefined {
  const size = statSync(path).size;
  if (size === 0) return "是空文件（0 字节）";
  const head = headBytes(path, 8);
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0 && head.readUInt32BE(4) === 0xa1b11ae1) {
    // OLE2 compound file: either an .xls or an .xlsx encrypted with a password (EncryptionInfo stream).
    const all = size <= 64 * 1024 * 1024 ? readFileSync(path) : headBytes(path, 1024 * 1024);
    if (all.includes(Buffer.from("EncryptionInfo", "utf16le"))) return "是加密（设有打开密码）的工作簿。请在 Excel 或 WPS 中输入密码打开，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密）后另存，再试";
    return `是旧版 Excel 97–2003 工作簿（.xls，OLE2 复合文档），不是 .xlsx。${SAVE_AS}`;
  }
  if (head[0] === 0x50 && head[1] === 0x4b) return undefined; // a zip: yauzl says what is wrong with it
  const text = headBytes(path, 4096).toString("utf8");
  if (/^\uFEFF?[^\u0000]*$/.test(text)) {
    return /[,，\t]/.test(text.split(/\r?\n/)[0] ?? "") ? `是 CSV 或制表符分隔的文本文件，不是 .xlsx。${SAVE_AS}` : `是文本文件，不是 Excel 工作簿`;
  }
  return "不是 Excel 工作簿（既不是 .xlsx，也不是 .xls）";
}

export async function openWorkbook(path: string): Promise<OpenedWorkbook> {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UsageError(`找不到文件：${path}`);
  }
  if (stat.isDirectory()) throw new UsageError(`${path} 是文件夹，不是工作簿`);
  const kind = fileKind(path);
  if (kind) throw new UsageError(`无法读取 ${path}：该文件${kind}`);
  let pkg: Package;
  try {
    pkg = await Package.open(path);
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    if (/end of central directory|truncated|unexpected EOF|invalid (comment|central)/i.test(m)) throw new UsageError(`无法读取 ${path}：文件不完整（zip 压缩包被截断，可能是下载或复制未完成）。请重新获取原文件`);
    throw new UsageError(`无法读取 ${path}：不是有效的 .xlsx 文件（zip 结构损坏）。${SAVE_AS}`);
  }
  try {
    const info = await readWorkbookInfo(pkg);
    if (info.sheets.length === 0) throw new UsageError(`${path} 中没有工作表`);
    const sharedStrings = info.sharedStringsPart ? await readSharedStrings(await pkg.stream(info.sharedStringsPart)) : [];
    return { path, pkg, info, ctx: { sharedStrings, dateStyles: info.dateStyles, date1904: info.date1904 } };
  } catch (e) {
    pkg.close();
    if (e instanceof UsageError) throw e;
    if (e instanceof NotAWorkbook) throw new UsageError(`无法读取 ${path}：这是 zip 压缩包，但不是 Excel 工作簿（没有 ${e.message}；可能是 Word、WPS 或其他程序的文件）`);
    throw new UsageError(`无法读取 ${path}：不是有效的 .xlsx 文件（${e instanceof Error ? e.message : String(e)}）。${SAVE_AS}`);
  }
}
