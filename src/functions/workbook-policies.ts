import { loadPolicies, originText, policyEntries, REGISTRY, registerPolicyFile, removePolicyFile, type PolicyEntry, type PolicyOrigin } from "../engine";
import { jsonErrorText } from "../engine/files/json-error";
import type { Problem } from "../engine/files/policy-file";

/**
 * The policy files an office loaded (设置 → 加载政策文件), kept in the workbook so that the TALENT functions
 * compute with them after the workbook is reopened. They live in the add-in's document settings
 * (Office.context.document.settings: the Settings requirement set, in every Excel the manifest admits,
 * ExcelApi 1.1 included; a custom XML part would need ExcelApi 1.5). Each file is kept as its text, so that
 * it is read again through the same schema and checks, and hashed again, whenever the workbook opens.
 *
 * Office keeps at most 2 MB of settings per add-in and document, for everything the pane remembers
 * (options, column mappings, the journal of writes): a file may be up to 1 MB, all files together 1.5 MB,
 * leaving half a megabyte to the rest.
 */

export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_STORED_BYTES = 1536 * 1024;
export const LIMITS_TEXT = "单个政策文件不超过 1 MB；本工作簿保存的政策文件合计不超过 1.5 MB（Office 为每个加载项在每个工作簿中最多保存 2 MB 设置，其余留给选项和写入记录）";

const KEY = "talentPolicy.policyFiles";

interface StoredFile {
  /** The file's name as it was picked. */
  name: string;
  /** Its bytes, decoded as UTF-8 (a BOM kept, so that encoding it again gives the same bytes and hash). */
  text: string;
}

/** A problem with where it is, as a reader of the JSON finds it (`benefits[3].amounts.第一类`). */
export interface ShownProblem extends Problem {
  where: string;
}

export interface ReadOutcome {
  /** The document's origin when it was registered; absent when it was refused. */
  origin?: PolicyOrigin;
  id?: string;
  /** Every problem found, errors and warnings, in Chinese. */
  problems: ShownProblem[];
}

function settings(): Office.Settings | null {
  return typeof Office !== "undefined" && Office.context?.document?.settings ? Office.context.document.settings : null;
}

function stored(): StoredFile[] {
  const v = settings()?.get(KEY) as StoredFile[] | null | undefined;
  return Array.isArray(v) ? v.filter((f) => f && typeof f.name === "string" && typeof f.text === "string") : [];
}

async function store(files: StoredFile[]): Promise<void> {
  const s = settings();
  if (!s) return;
  if (files.length === 0) s.remove(KEY);
  else s.set(KEY, files);
  await new Promise<void>((resolve, reject) =>
    s.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(`保存到工作簿失败：${r.error?.message ?? "未知原因"}`)))),
  );
}

const WHOLE_FILE = "（整个文件）";
const problem = (message: string): ShownProblem => ({ path: [], where: WHOLE_FILE, message, severity: "error" });

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/**
 * First 12 hex digits of the SHA-256 of the bytes: which file exactly, in every citation. Web Crypto is in
 * every webview the add-in supports (Office loads add-ins over HTTPS, a secure context) and in Node; the one
 * runtime without it, Internet Explorer 11, is refused before the add-in starts (webview-check.js).
 */
export async function shortHash(bytes: Uint8Array): Promise<string> {
  const subtle = typeof crypto !== "undefined" ? crypto.subtle : undefined;
  if (!subtle) throw new Error("此环境不提供 SHA-256（Web Crypto），无法为政策文件计算哈希，文件未加载");
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return [...digest.slice(0, 6)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Reads one file: size, UTF-8, JSON, then the policy schema and checks (reachability on for a file being
 * loaded: every category must be reachable by some person), against the documents already known. A file
 * whose id is a built-in's is refused; one whose id is an earlier loaded file's replaces it.
 */
async function readFile(name: string, bytes: Uint8Array, reachability: boolean): Promise<{ entry?: PolicyEntry; origin?: PolicyOrigin; id?: string; problems: ShownProblem[] }> {
  if (bytes.length > MAX_FILE_BYTES) {
    return { problems: [problem(`文件“${name}”有 ${(bytes.length / 1024 / 1024).toFixed(2)} MB，超过 1 MB 的上限（${LIMITS_TEXT}）`)] };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { problems: [problem(`文件“${name}”不是 UTF-8 编码的文本：政策文件应为 JSON（.json），以 UTF-8 保存`)] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { problems: [problem(`文件“${name}”不是有效的 JSON：${jsonErrorText(text.replace(/^\uFEFF/, ""), e)}`)] };
  }
  const id = typeof raw === "object" && raw !== null ? (raw as { meta?: { id?: unknown } }).meta?.id : undefined;
  if (typeof id === "string" && REGISTRY.some((e) => e.meta.id === id)) {
    const builtIn = REGISTRY.find((e) => e.meta.id === id)!;
    return { id, problems: [{ path: ["meta", "id"], where: "meta.id", message: `文件标识“${id}”是内置文件《${builtIn.meta.title}》的标识，本单位录入的文件不能使用，请换一个`, severity: "error" }] };
  }
  const reader = await import(/* webpackChunkName: "policy-reader" */ "../engine/files/policy-file");
  // the file it replaces (same id) is no rival of it
  const others = policyEntries()
    .filter((e) => e.meta.id !== id || !e.origin)
    .map((e) => e.meta);
  const read = reader.readPolicyFile(raw, others, reachability, text.replace(/^\uFEFF/, ""));
  const problems = read.problems.map((p) => ({ ...p, where: reader.formatPath(p.path) }));
  if (!read.file || reader.errorsOf(read.problems).length > 0) return { id: typeof id === "string" ? id : undefined, problems };
  const version = read.file.meta.version;
  const origin: PolicyOrigin = { kind: "user", file: name, ...(version ? { version } : {}), hash: await shortHash(bytes) };
  const entry = registerPolicyFile(read.file, origin);
  if (reachability) {
    // On loading (not on reopening: it passed then) the file's own cases must pass, as `policy check` requires.
    const failed = await failingCases(read.file);
    if (failed.length > 0) {
      removePolicyFile(entry.meta.id);
      return { id: entry.meta.id, problems: [...problems, ...failed] };
    }
  }
  return { entry, origin, id: entry.meta.id, problems };
}

/** The file's test cases that fail, as problems on the cases (a file with none is used, with a warning). */
async function failingCases(file: import("../engine").PolicyFile): Promise<ShownProblem[]> {
  const cases = file.cases ?? [];
  if (cases.length === 0) return [];
  const { runCase } = await import(/* webpackChunkName: "policy-reader" */ "./cases");
  await loadPolicies(policyEntries().map((e) => e.meta.id));
  return cases.flatMap((c, i): ShownProblem[] => {
    const o = runCase(c, file.meta.id);
    return o.pass ? [] : [{ path: ["cases", i], where: `测试案例 ${i + 1}（${c.why}）`, message: `未通过：${o.why}`, severity: "error" }];
  });
}

/**
 * 设置 → 加载政策文件: checks the file, registers it (refused on any error; warnings are shown and the file
 * is used) and keeps it in the workbook.
 */
export async function loadPolicyFile(name: string, bytes: Uint8Array): Promise<ReadOutcome> {
  await workbookPolicies();
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const next = [...storedOtherThan(idOfText(text)), { name, text }];
  const size = utf8(JSON.stringify(next)).length;
  if (bytes.length <= MAX_FILE_BYTES && size > MAX_STORED_BYTES) {
    return { problems: [problem(`本工作簿保存的政策文件合计将达 ${(size / 1024 / 1024).toFixed(2)} MB，超过 1.5 MB 的上限（${LIMITS_TEXT}）；请先删除不用的文件`)] };
  }
  let outcome;
  try {
    outcome = await readFile(name, bytes, true);
  } catch (e) {
    return { problems: [problem(e instanceof Error ? e.message : String(e))] };
  }
  if (!outcome.entry) return { id: outcome.id, problems: outcome.problems };
  await store(next);
  return { origin: outcome.origin, id: outcome.id, problems: outcome.problems };
}

/** The stored files other than the one with this id (read cheaply: the id is in the text's meta). */
function storedOtherThan(id: string | undefined): StoredFile[] {
  return id === undefined ? stored() : stored().filter((f) => idOfText(f.text) !== id);
}

function idOfText(text: string): string | undefined {
  try {
    const id = (JSON.parse(text.replace(/^\uFEFF/, "")) as { meta?: { id?: unknown } }).meta?.id;
    return typeof id === "string" ? id : undefined;
  } catch {
    return undefined;
  }
}

/** 设置 → 删除: the document is no longer known, and no longer kept in the workbook. */
export async function removeWorkbookPolicyFile(id: string): Promise<void> {
  await workbookPolicies();
  removePolicyFile(id);
  await store(storedOtherThan(id));
}

/** The loaded files for 设置's list. */
export function loadedPolicyFiles(): { id: string; title: string; origin: PolicyOrigin; text: string }[] {
  return policyEntries()
    .filter((e) => e.origin)
    .map((e) => ({ id: e.meta.id, title: e.meta.title, origin: e.origin!, text: originText(e.origin!) }));
}

/** Files kept in the workbook that no longer read (a later release's stricter checks): named in 设置. */
let unreadable: { name: string; problems: ShownProblem[] }[] = [];

export function unreadableWorkbookFiles(): readonly { name: string; problems: ShownProblem[] }[] {
  return unreadable;
}

async function restoreFromWorkbook(): Promise<void> {
  unreadable = [];
  for (const f of stored()) {
    // Checked again as loaded (the schema and checks), without the reachability search: it passed that
    // when it was loaded, and reopening a workbook should not cost a second per file.
    const r = await readFile(f.name, utf8(f.text), false).catch((e: unknown) => ({ problems: [problem(e instanceof Error ? e.message : String(e))], entry: undefined }));
    if (!r.entry) unreadable.push({ name: f.name, problems: r.problems });
  }
}

let ready: Promise<void> | undefined;

/**
 * The workbook's files, registered once per runtime before any function computes (the functions await
 * this before loading the policies a call names). Outside Office there is nothing to restore.
 */
export function workbookPolicies(): Promise<void> {
  ready ??= (async () => {
    if (typeof Office === "undefined") return;
    await Office.onReady();
    await restoreFromWorkbook();
  })();
  return ready;
}
