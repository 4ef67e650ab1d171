import * as E from "../engine";
import { auditLedger, auditSummarySheet } from "../jobs/audit";
import { blockAddress } from "../jobs/chunks";
import { columnLetter } from "../jobs/chunks";
import { describeMapping, findTable, matchColumns, OUTPUT_MARK, ROLES, type Layout, type Mapping, type Role } from "../jobs/columns";
import { liveColumns } from "../jobs/formulas";
import { fillLedger, outputHeader } from "../jobs/ledger";
import type { Table, Value } from "../jobs/table";
import { clear, field, h, select } from "./dom";
import * as X from "./excel";
import { t } from "./i18n";
import { loadMapping, saveMapping } from "./memory";
import { choose, confirm, inExcel, progress, say } from "./ui";
import { has } from "./support";
import { guardedWrite, undo, type WriteOutcome } from "./writer";

/**
 * 填充台账 and 退款审计: read the selected ledger, show how its columns were understood (and let the user
 * correct it, remembered per workbook), run the job with a progress bar and a cancel button, and write
 * the results beside the ledger in whole blocks.
 */

const MONEY = "#,##0.00";
const MONEY_KEYS = new Set(["housing", "settlement", "allowance", "rent", "yearly", "car", "refund"]);

interface Loaded {
  sel: X.Selection;
  table: Table;
  mapping: Mapping;
}

export function jobsTab(kind: "ledger" | "audit", getOptions: () => E.Options): HTMLElement {
  const m = t();
  let loaded: Loaded | undefined;
  // shown, open, above the run button: the user sees how the columns were read before anything is computed
  const mappingBox = h("details", { class: "mapping", hidden: true, open: true, id: `${kind}-mapping` });
  const policy = select([["", m.notMapped], ...E.allMetas().map((x) => [x.id, x.title] as [string, string])]);
  // live formulas need the TALENT functions, which Excel 2016/2019 do not have: values only there
  const mode = select(has("customFunctions") ? [["values", m.outputValues], ["formulas", m.outputFormulas]] : [["values", m.outputValues]]);
  const info = h("p", { class: "info" });
  const runBtn = h("button", { type: "button", class: "primary", disabled: true, id: `${kind}-run` }, kind === "ledger" ? m.startFill : m.startAudit);
  const after = h("div", { class: "after" });

  /** The columns understood, each correctable; roles with no column are folded away under “其他列”. */
  function renderMapping(): void {
    if (!loaded) return;
    const { table, mapping } = loaded;
    clear(mappingBox);
    const mapped = (Object.keys(ROLES) as Role[]).filter((r) => mapping[r] !== undefined);
    mappingBox.append(h("summary", {}, `${m.mapping}：${mapped.map((r) => ROLES[r].zh).join("、") || m.notMapped}`));
    if (table.layout) mappingBox.append(h("ul", { class: "mapping-read" }, ...describeMapping(inSheetColumns(table.layout, mapping, loaded.sel.left)).map((line) => h("li", {}, line))));
    const options: [string, string][] = [["", m.notMapped], ...table.headers.map((hd, i) => [String(i), hd || m.columnN(i + 1)] as [string, string])];
    const control = (role: Role): HTMLElement => {
      const s = select(options, mapping[role] === undefined ? "" : String(mapping[role]));
      s.dataset.role = role;
      s.addEventListener("change", () => {
        if (s.value === "") delete mapping[role];
        else mapping[role] = Number(s.value);
        void saveMapping(table.headers, mapping);
        renderMapping();
      });
      return field(ROLES[role].zh, s);
    };
    mappingBox.append(...mapped.map(control));
    const rest = (Object.keys(ROLES) as Role[]).filter((r) => mapping[r] === undefined);
    if (rest.length > 0) mappingBox.append(h("details", { class: "more" }, h("summary", {}, m.otherColumns(rest.length)), ...rest.map(control)));
    mappingBox.hidden = false;
  }

  async function read(): Promise<void> {
    try {
      const sel = ownColumnsCut(await X.readSelection());
      const table = findTable({ rows: sel.grid });
      if (!table) {
        say(m.noTable, "error");
        return;
      }
      const remembered = loadMapping(table.headers);
      const mapping = remembered ?? { ...(table.layout?.mapping ?? matchColumns(table.headers)) };
      // two columns with equal right to one role: the user says which (the command line stops instead)
      for (const c of remembered ? [] : (table.layout?.conflicts ?? [])) {
        const names = c.columns.map((i) => `${columnLetter(sel.left + i)}列“${table.headers[i]}”`);
        const pick = await choose(m.whichColumn(ROLES[c.role].zh, names.join("、")), names);
        if (pick < 0) return say(m.conflictUnanswered(ROLES[c.role].zh), "info");
        mapping[c.role] = c.columns[pick]!;
      }
      loaded = { sel, table, mapping };
      const notes = [m.tableFound(table.rows.filter((r) => !r.blank).length, sel.sheet)];
      if (sel.rerun) notes.push(m.rerunInPlace(sel.rerun));
      if (sel.date1904) notes.push(m.date1904);
      if (sel.dateSystemKnown === false) notes.push(m.dateSystemUnknown);
      info.textContent = notes.join("；");
      renderMapping();
      runBtn.disabled = false;
      say(info.textContent, "info");
    } catch (e) {
      say(m.failed(e instanceof Error ? e.message : String(e)), "error");
    }
  }

  function showOutcome(out: WriteOutcome, message: string): void {
    clear(after);
    if (out.status === "declined") return say(m.confirmNo, "info");
    if (out.status === "cancelled") return say(m.cancelled, "info");
    const kept = out.entry.backup;
    say(kept ? `${message}。${m.backupKept(kept.sheet, kept.cells ?? 0)}` : message, "ok");
    const btn = h("button", { type: "button" }, m.undo);
    btn.addEventListener("click", async () => {
      await undo(out.entry);
      clear(after);
      say(m.undone, "ok");
    });
    after.append(btn);
  }

  async function run(): Promise<void> {
    if (!loaded) return;
    const { sel, table, mapping } = loaded;
    const bar = progress(kind === "ledger" ? m.startFill : m.startAudit);
    after.replaceChildren(bar.element);
    runBtn.disabled = true;
    const job = { options: getOptions(), defaultPolicy: policy.value || undefined, isCancelled: bar.cancelled, onProgress: (d: number, n: number) => bar.set(d / 2, n) };
    // Outputs go right of everything the selection holds (or over this add-in's columns from an earlier
    // run, which `ownColumnsCut` cut off the grid); rows line up with the ledger's rows.
    const left = sel.left + Math.max(...sel.grid.map((r) => r.length));
    const top = sel.top + table.headerRow;
    try {
      let out: WriteOutcome;
      let message: string;
      if (kind === "ledger" && mode.value === "formulas") {
        const live = liveColumns(mapping, { firstRow: top + 1, lastRow: sel.top + (table.rows[table.rows.length - 1]?.index ?? table.headerRow), columnOf: (c) => sel.left + c, outputColumn: left }, job.defaultPolicy);
        if ("missing" in live) {
          bar.done();
          return say(`${m.failed(live.missing)}`, "error");
        }
        // each formula spills down to the ledger's last row: that whole block must be free (else #SPILL!)
        const spill = { rows: 1 + (sel.top + (table.rows[table.rows.length - 1]?.index ?? table.headerRow)) - top, cols: live.length };
        out = await guardedWrite(
          { label: "填充台账（公式）", sheet: sel.sheet, top, left, rows: [live.map((c) => outputHeader(c.header)), live.map((c) => c.formula)], formulas: true, headerRows: 1, spill },
          { confirmOverwrite: (n) => confirm(m.confirmOverwrite(n)) },
        );
        message = m.filled(table.rows.filter((r) => !r.blank).length, 0);
      } else if (kind === "ledger") {
        const r = await fillLedger(table, mapping, job);
        if (r.cancelledAt !== undefined) return showOutcome({ status: "cancelled" }, "");
        const rows = blockRows(table, r.headers, r.rows);
        out = await guardedWrite(
          {
            label: "填充台账",
            sheet: sel.sheet,
            top,
            left,
            rows,
            formats: r.keys.map((k) => (MONEY_KEYS.has(k) ? MONEY : null)),
            headerRows: 1,
          },
          { confirmOverwrite: (n) => confirm(m.confirmOverwrite(n)), progress: (d, n) => bar.set(n / 2 + d / 2, n), isCancelled: bar.cancelled },
        );
        message = m.filled(r.summary.computed, r.summary.withErrors);
      } else {
        const r = await auditLedger(table, mapping, job);
        if (r.cancelledAt !== undefined) return showOutcome({ status: "cancelled" }, "");
        const width = r.headers.length;
        out = await guardedWrite(
          {
            label: "退款审计",
            sheet: sel.sheet,
            top,
            left,
            rows: blockRows(table, r.headers, r.rows),
            formats: [MONEY, MONEY, null, null, null],
            headerRows: 1,
            highlights: r.mismatches.map((i) => blockAddress(sel.top + table.rows[i]!.index, left, 1, width)),
            sheets: [{ base: "退款审计汇总", rows: auditSummarySheet(r, `${sel.sheet}!${sel.address.split("!").pop()}`) }],
          },
          { confirmOverwrite: (n) => confirm(m.confirmOverwrite(n)), progress: (d, n) => bar.set(n / 2 + d / 2, n), isCancelled: bar.cancelled },
        );
        message = m.audited(r.summary.checked, r.summary.mismatched, r.summary.unchecked);
      }
      showOutcome(out, message);
    } catch (e) {
      clear(after);
      say(m.failed(e instanceof Error ? e.message : String(e)), "error");
    } finally {
      bar.done();
      runBtn.disabled = false;
    }
  }

  runBtn.addEventListener("click", () => void run());
  return h(
    "div",
    {},
    h("div", { class: "buttons" }, h("button", { type: "button", onclick: () => void read(), disabled: !inExcel(), id: `${kind}-read` }, m.readSelection)),
    info,
    field(m.defaultPolicy, policy),
    kind === "ledger" ? field(m.outputMode, mode) : null,
    mappingBox,
    h("div", { class: "buttons" }, runBtn),
    after,
  );
}

/** The layout with the sheet's column letters (the selection may start right of column A). */
function inSheetColumns(layout: Layout, mapping: Mapping, left: number): Layout {
  const shift = (c: number) => c + left;
  return {
    ...layout,
    headers: [...new Array<string>(left).fill(""), ...layout.headers],
    mapping: Object.fromEntries(Object.entries(mapping).map(([r, c]) => [r, shift(c!)])) as Mapping,
    how: Object.fromEntries(Object.keys(mapping).map((r) => [r, layout.mapping[r as Role] === mapping[r as Role] ? layout.how[r as Role] : "chosen"])) as Layout["how"],
    declined: layout.declined.map((d) => ({ ...d, column: shift(d.column) })),
  };
}

/**
 * Running again over a ledger this add-in already filled: its 【人才政策】 columns (from the first one on)
 * are not read as input, and the new results are written over them — the usual count-and-confirm of
 * guardedWrite applies, so nothing is replaced without the user's word, and nothing is duplicated.
 */
function ownColumnsCut(sel: X.Selection): X.Selection & { rerun?: number } {
  let first = -1;
  for (const row of sel.grid.slice(0, 25)) {
    const i = row.findIndex((v) => typeof v === "string" && v.startsWith(OUTPUT_MARK));
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  if (first < 0) return sel;
  const width = Math.max(...sel.grid.map((r) => r.length));
  return { ...sel, grid: sel.grid.map((r) => r.slice(0, first)), rerun: width - first };
}

/**
 * The block to write: the header row, then one output row per grid row from the header down, so that each
 * result sits on its person's row (rows above the table and blank rows get blanks).
 */
function blockRows(table: Table, headers: string[], outputs: Value[][]): Value[][] {
  const last = table.rows[table.rows.length - 1]?.index ?? table.headerRow;
  const rows: Value[][] = [headers];
  const byIndex = new Map(table.rows.map((r, i) => [r.index, outputs[i]]));
  for (let i = table.headerRow + 1; i <= last; i++) rows.push(byIndex.get(i) ?? headers.map(() => null));
  return rows;
}
