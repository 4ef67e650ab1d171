import type * as E from "../engine";
import { findTable, matchColumns, ROLES, type Role } from "../jobs/columns";
import { claimsFrom, type Claim } from "../stats/checks";
import { missingForStats, statsReport } from "../stats/job";
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

export function statsTab(_getOptions: () => E.Options): HTMLElement {
  const m = t();
  let roster: { sel: X.Selection; headers: string[]; table: NonNullable<ReturnType<typeof findTable>> } | undefined;
  let claims: Claim[] | undefined;
  const year = h("input", { type: "number", min: 1950, max: 2100, value: new Date().getFullYear() - 1 });
  const rounding = select([["round", "四舍五入"], ["truncate", "截断（与多数手工报告一致）"]]);
  const decimals = h("input", { type: "number", min: 0, max: 6, value: 2 });
  const mappingBox = h("div", { class: "mapping" });
  const info = h("p", { class: "info" });
  const claimsInfo = h("p", { class: "info" });
  const runBtn = h("button", { type: "button", class: "primary", disabled: true, id: "stats-run" }, "生成统计表");
  const results = h("section", { class: "results", "aria-live": "polite" });

  async function readRoster(): Promise<void> {
    try {
      const sel = await X.readSelection();
      const found = findTable({ rows: sel.grid });
      if (!found) return say(m.noTable, "error");
      const mapping = matchColumns(found.headers);
      const missing = missingForStats(mapping);
      if (missing.length > 0) return say(`名册缺少：${missing.join("；")}`, "error");
      roster = { sel, headers: found.headers, table: found };
      clear(mappingBox);
      for (const role of STATS_ROLES) {
        const s = select([["", m.notMapped], ...found.headers.map((hd, i) => [String(i), hd] as [string, string])], mapping[role] === undefined ? "" : String(mapping[role]));
        s.dataset.role = role;
        mappingBox.append(field(ROLES[role].zh, s));
      }
      info.textContent = `${sel.sheet}：${found.rows.filter((r) => !r.blank).length} 人`;
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
      claimsInfo.textContent = `报告数据：${claims.length} 条（${sel.sheet}）`;
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
    const report = statsReport(roster.table, mapping, {
      year: Number(year.value),
      rule: { rounding: rounding.value as "round" | "truncate", decimals: Number(decimals.value) },
      claims,
    });
    try {
      const layout = await writeReportSheet(report, `职称统计${year.value}`);
      const entry = { id: newId(), time: new Date().toISOString(), label: "职称统计", sheet: layout.sheet, blocks: [], addedSheets: [layout.sheet] };
      await record(entry);
      clear(results);
      const problems = report.checks.filter((c) => c.result !== "通过");
      results.append(
        table(report.blocks[0]!.rows.map((r) => r.map((v) => (v === null ? "" : v))) as (string | number)[][], report.blocks[0]!.caption),
        h("h3", {}, `检查：${problems.length} 项需注意`),
        h("ul", {}, ...problems.map((c) => h("li", {}, `[${c.result}] ${c.what}：${c.detail}`))),
        h("h3", {}, "文字稿"),
        h("p", {}, report.draft),
        h("button", { type: "button", onclick: async () => { await undo(entry); clear(results); say(m.undone, "ok"); } }, m.undo),
      );
      say(`已生成工作表“${layout.sheet}”：${report.blocks.length} 个区块、${layout.charts.length} 个图表`, "ok");
    } catch (e) {
      say(m.failed(e instanceof Error ? e.message : String(e)), "error");
    }
  }

  runBtn.addEventListener("click", () => void run());
  return h(
    "div",
    {},
    h("p", {}, m.statsIntro),
    h("div", { class: "buttons" }, h("button", { type: "button", id: "stats-read", disabled: !inExcel(), onclick: () => void readRoster() }, "读取名册（选中区域）")),
    info,
    mappingBox,
    field("统计年度", year),
    field("百分比舍入", rounding),
    field("小数位数", decimals),
    h("div", { class: "buttons" }, h("button", { type: "button", id: "stats-claims", disabled: !inExcel(), onclick: () => void readClaims() }, "读取报告数据（可选）")),
    claimsInfo,
    h("div", { class: "buttons" }, runBtn),
    results,
  );
}
