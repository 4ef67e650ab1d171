import { blockAddress } from "../jobs/chunks";
import type { Value } from "../jobs/table";
import * as X from "./excel";
import { forget, newId, record, type JournalEntry } from "./memory";

/**
 * Every write of the pane goes through here, so that the rules of “no data lost” hold everywhere: a block
 * that holds anything is only overwritten after the user confirms the number of cells, and is backed up
 * first; a cancel or a failure half-way takes back what was written; and every write is journalled so
 * that one click removes it.
 */
export interface WritePlan {
  label: string;
  sheet: string;
  top: number;
  left: number;
  /** The block, header rows first. Values starting with “=” are formulas when `formulas` is set. */
  rows: Value[][];
  formulas?: boolean;
  formats?: (string | null)[];
  headerRows?: number;
  /** Row blocks to fill with a colour (audit mismatches). */
  highlights?: string[];
  /** Sheets to add (summaries), with their contents. */
  sheets?: { base: string; rows: Value[][] }[];
  /**
   * The block formulas will fill once they spill (rows × columns from `top`/`left`), when larger than
   * `rows`: every cell of it is checked, confirmed and backed up, then cleared so that the spill has room
   * (a cell in the way would turn the formula into #SPILL!).
   */
  spill?: { rows: number; cols: number };
}

export interface WriteUi {
  confirmOverwrite: (cells: number) => Promise<boolean>;
  progress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
}

/** Backup sheets are named so, and found by this prefix in 设置 (also those an older version left). */
export const BACKUP_PREFIX = "人才政策备份_";

export type WriteOutcome = { status: "done"; entry: JournalEntry; addedSheets: string[] } | { status: "declined" } | { status: "cancelled" };

export async function guardedWrite(plan: WritePlan, ui: WriteUi): Promise<WriteOutcome> {
  const width = Math.max(1, plan.spill?.cols ?? 1, ...plan.rows.map((r) => r.length));
  const height = Math.max(plan.rows.length, plan.spill?.rows ?? 0);
  const address = blockAddress(plan.top, plan.left, height, width);
  const occupied = await X.countNonEmpty(plan.sheet, address);
  let backup: JournalEntry["backup"];
  if (occupied > 0) {
    if (!(await ui.confirmOverwrite(occupied))) return { status: "declined" };
    backup = { sheet: `${BACKUP_PREFIX}${newId()}`, address, cells: occupied };
    await X.backupBlock(plan.sheet, address, backup.sheet);
    if (plan.spill) await X.clearWritten(plan.sheet, [address], []);
  }

  const takeBack = async (): Promise<void> => {
    if (backup) await X.restoreBackup(plan.sheet, address, backup.sheet);
    else await X.clearWritten(plan.sheet, [address], []);
  };

  const added: string[] = [];
  try {
    const written = plan.formulas
      ? await X.writeFormulas(plan.sheet, plan.top, plan.left, plan.rows)
      : await X.writeBlock(plan.sheet, plan.top, plan.left, plan.rows, plan.formats ?? [], { onChunk: ui.progress, isCancelled: ui.isCancelled });
    if (written.cancelled) {
      await takeBack();
      return { status: "cancelled" };
    }
    if (plan.headerRows) await X.styleHeader(plan.sheet, blockAddress(plan.top, plan.left, plan.headerRows, width));
    if (plan.highlights) await X.highlight(plan.sheet, plan.highlights, "#FDE2E1");
    for (const s of plan.sheets ?? []) added.push(await X.addSheet(s.base, s.rows));
  } catch (e) {
    try {
      await takeBack();
      if (added.length > 0) await X.clearWritten(plan.sheet, [], added);
    } catch {
      // the message below says what happened; the journal entry lets the user remove the rest
      await record({ id: newId(), time: new Date().toISOString(), label: `${plan.label}（中断，未完成）`, sheet: plan.sheet, blocks: [address], addedSheets: added, backup });
    }
    throw e;
  }
  const entry: JournalEntry = { id: newId(), time: new Date().toISOString(), label: plan.label, sheet: plan.sheet, blocks: [address], addedSheets: added, backup };
  await record(entry);
  return { status: "done", entry, addedSheets: added };
}

/** Takes back one journalled write: restores what it overwrote, clears what it wrote, deletes its sheets. */
export async function undo(entry: JournalEntry): Promise<void> {
  if (entry.backup) await X.restoreBackup(entry.sheet, entry.backup.address, entry.backup.sheet);
  await X.clearWritten(entry.sheet, entry.backup ? entry.blocks.filter((b) => b !== entry.backup!.address) : entry.blocks, entry.addedSheets);
  await forget(entry.id);
}
