import { DEFAULT_OPTIONS, parseOptions, type Options } from "../engine";
import type { Mapping } from "../jobs/columns";

/**
 * What the pane remembers per workbook, in the workbook itself (Office document settings travel with the
 * file, never leave it): the rule options, the column mappings the user corrected, and the journal of
 * everything the add-in wrote, so that it can be taken back in one step.
 */

const KEY_OPTIONS = "talentPolicy.options";
const KEY_JOURNAL = "talentPolicy.journal";
const KEY_MAPPINGS = "talentPolicy.mappings";

function settings(): Office.Settings | null {
  return typeof Office !== "undefined" && Office.context?.document?.settings ? Office.context.document.settings : null;
}

function read<T>(key: string, fallback: T): T {
  const v = settings()?.get(key) as T | null | undefined;
  return v === null || v === undefined ? fallback : v;
}

async function write(key: string, value: unknown): Promise<void> {
  const s = settings();
  if (!s) return;
  s.set(key, value);
  await new Promise<void>((resolve, reject) =>
    s.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error?.message ?? "保存设置失败")))),
  );
}

export function loadOptions(): Options {
  try {
    return parseOptions(read<Record<string, unknown>>(KEY_OPTIONS, {}));
  } catch {
    return { ...DEFAULT_OPTIONS };
  }
}

export function saveOptions(o: Options): Promise<void> {
  return write(KEY_OPTIONS, o);
}

/** Mappings are remembered by the sheet's header row, so a ledger keeps its mapping whatever is selected. */
export function headerKey(headers: readonly string[]): string {
  return headers.join("|");
}

export function loadMapping(headers: readonly string[]): Mapping | undefined {
  return read<Record<string, Mapping>>(KEY_MAPPINGS, {})[headerKey(headers)];
}

export function saveMapping(headers: readonly string[], mapping: Mapping): Promise<void> {
  return write(KEY_MAPPINGS, { ...read<Record<string, Mapping>>(KEY_MAPPINGS, {}), [headerKey(headers)]: mapping });
}

export interface JournalEntry {
  id: string;
  time: string;
  label: string;
  sheet: string;
  /** Blocks the add-in wrote into (A1 addresses on `sheet`). */
  blocks: string[];
  /** Sheets the add-in added (summaries). */
  addedSheets: string[];
  /** Hidden sheet holding what an overwrite replaced, with the block it came from. */
  backup?: { sheet: string; address: string; cells?: number };
}

export function journal(): JournalEntry[] {
  return read<JournalEntry[]>(KEY_JOURNAL, []);
}

/**
 * Who shows the journal (设置's 写入记录 and 备份 lists) hears of every change, wherever it was made. One
 * listener: the pane's current 设置 tab (a re-rendered pane replaces the old one).
 */
let listener: (() => void) | undefined;

export function onJournalChange(f: () => void): void {
  listener = f;
}

async function writeJournal(entries: JournalEntry[]): Promise<void> {
  await write(KEY_JOURNAL, entries);
  listener?.();
}

export function record(entry: JournalEntry): Promise<void> {
  return writeJournal([...journal(), entry]);
}

export function forget(id: string): Promise<void> {
  return writeJournal(journal().filter((e) => e.id !== id));
}

/** The entry keeps what it wrote but no longer its backup (the user cleared it): undo then only clears. */
export function dropBackup(id: string): Promise<void> {
  return writeJournal(journal().map((e) => (e.id === id ? { ...e, backup: undefined } : e)));
}

export function newId(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}
