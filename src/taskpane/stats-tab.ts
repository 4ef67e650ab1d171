import type * as E from "../engine";
import { findTable, matchColumns, ROLES, type Role } from "../jobs/columns";
import { claimsFrom, type Claim } from "../stats/checks";
import { missingForStats, statsReport, validYear, YEARS, type Block } from "../stats/job";
import { validDecimals } from "../stats/tables";
import { clear, field, h, select, table } from "./dom";
import * as X from "./excel";
import { t } from "./i18n";
import { newId, record } from "./memory";
import { writeReportSheet } from "./report-sheet";
import { undo } from "./writer";
import { inExcel, say } from "./ui";

/**
 * 年度职称结构统计: pick the roster (the selected range), its columns and the year; the add-in writes a
 * report sheet with the tables, charts and a draft paragraph, and runs the checks — against the report's
 * own figures too, when a table of them (编号 原文 条件 人数 占比 分母条件 属于合计) is read in.
 */
const STATS_ROLES: Role[] = ["title", "unitKind", "system", "birth", "age"];

export function statsTab(getOptions: () => E.Options): HTMLElement {
  const m = t();
  let roster: { sel: X.Selection; headers: string[]; table: NonNullable<ReturnType<typeof findTable>> } | undefined;
  let claims: Claim[] | undefined;
  const year = h("input", { type: "number", min: YEARS.first, max: YEARS.last, value: new Date().getFullYear() - 1 });
  const rounding = select([["round", m.roundHalfUp], ["truncate", m.roundTruncate]]);
  const decimals = h("input", { type: "number", min: 0, max: 6, value: 2 });
  const mappingBox = h("div", { class: "mapping" });
  const info = h("p", { class: "info" });
  const claimsInfo = h("p", { class: "info" });
  const runBtn = h("button", { type: "button", class: "primary", disabled: true, id: "stats-run" }, m.statsRun);
  const results = h("section", { class: "results", "aria-live": "polite" });

  async function readRoster(): Promise<void> {
    try {
      const sel = await X.readSelection();
      const found = findTable({ rows: sel.grid });
      if (!found) return say(m.noTable, "error");
      const mapping = matchColumns(found.headers);
      const missing = missingForStats(mapping);
      if (missing.length > 0) return say(m.rosterMissing(missing.join("；")), "error");
      roster = { sel, headers: found.headers, table: found };
      clear(mappingBox);
      for (const role of STATS_ROLES) {
        const s = select([["", m.notMapped], ...found.headers.map((hd, i) => [String(i), hd] as [string, string])], mapping[role] === undefined ? "" : String(mapping[role]));
        s.dataset.role = role;
        mappingBox.append(field(ROLES[role].zh, s));
      }
      info.textContent = m.rosterInfo(sel.sheet, found.rows.filter((r) => !r.blank).length);
      runBtn.disabled = false;
      say(info.textContent, "info");
    } catch (e) {
      say(m.failed(e instanceof Error ? e.message : String(e)), "error");
    }
  }

  async function readClaims(): Promise<void> {
    try {
      const sel = await X.readSelection();
      claims = claimsFrom(sel.grid);
      claimsInfo.textContent = m.claimsInfo(claims.length, sel.sheet);
    } catch (e) {
      claims = undefined;
      say(e instanceof Error ? e.message : String(e), "error");
    }
  }

  async function run(): Promise<void> {
    if (!roster) return;
    const mapping = Object.fromEntries(
      [...mappingBox.querySelectorAll<HTMLSelectElement>("select")].filter((s) => s.value !== "").map((s) => [s.dataset.role!, Number(s.value)]),
    );
    const y = Number(year.value);
    const places = Number(decimals.value);
    if (!validYear(y)) return say(m.yearInvalid, "error");
    if (!validDecimals(places)) return say(m.decimalsInvalid, "error");
    try {
      const report = statsReport(roster.table, mapping, { year: y, rule: { rounding: rounding.value as "round" | "truncate", decimals: places }, claims, highTitle: getOptions().highTitle });
      const layout = await writeReportSheet(report, `职称统计${y}`);
      const entry = { id: newId(), time: new Date().toISOString(), label: "职称统计", sheet: layout.sheet, blocks: [], addedSheets: [layout.sheet] };
      await record(entry);
      clear(results);
      const problems = report.checks.filter((c) => c.result !== "通过");
      results.append(
        preview(report.blocks[0]!, places),
        h("h3", {}, m.checksHeading(problems.length)),
        h("ul", {}, ...problems.map((c) => h("li", {}, `[${c.result}] ${c.what}：${c.detail}`))),
        h("h3", {}, m.draftHeading),
        h("p", {}, report.draft),
        h("button", { type: "button", onclick: async () => { await undo(entry); clear(results); say(m.undone, "ok"); } }, m.undo),
      );
      say(m.statsDone(layout.sheet, report.blocks.length, layout.charts.length), "ok");
    } catch (e) {
      say(m.failed(e instanceof Error ? e.message : String(e)), "error");
    }
  }

  /** A block as the sheet shows it: shares with the chosen decimals (20.00, not 20). */
  function preview(block: Block, places: number): HTMLTableElement {
    const percent = new Set(block.percentColumns ?? []);
    const rows = block.rows.map((r, i) => r.map((v, c) => (v === null ? "" : i > 0 && percent.has(c) && typeof v === "number" ? v.toFixed(places) : v)));
    return table(rows as (string | number)[][], block.caption);
  }

  runBtn.addEventListener("click", () => void run());
  return h(
    "div",
    {},
    h("p", {}, m.statsIntro),
    h("div", { class: "buttons" }, h("button", { type: "button", id: "stats-read", disabled: !inExcel(), onclick: () => void readRoster() }, m.statsRead)),
    info,
    mappingBox,
    field(m.statsYear, year),
    field(m.statsRounding, rounding),
    field(m.statsDecimals, decimals),
    h("div", { class: "buttons" }, h("button", { type: "button", id: "stats-claims", disabled: !inExcel(), onclick: () => void readClaims() }, m.statsReadClaims)),
    claimsInfo,
    h("div", { class: "buttons" }, runBtn),
    results,
  );
}
