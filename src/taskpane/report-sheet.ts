import { blockAddress } from "../jobs/chunks";
import type { Value } from "../jobs/table";
import type { StatsReport } from "../stats/job";
import { sync } from "./excel";
import { has } from "./support";
import { formatsFor } from "./text-cells";

/**
 * Writes the statistics report as a new sheet: every block's values in one request, each table as an Excel
 * table with its number formats, the draft paragraph wrapped, and native charts of the title structure —
 * two round trips in all (one to find a free sheet name, one to write). Words from the roster are written
 * as text, never as formulas.
 */
export interface ReportLayout {
  sheet: string;
  tables: string[];
  charts: { title: string; range: string; type: string }[];
}

export function reportLayout(report: StatsReport, sheet: string): ReportLayout {
  const tables: string[] = [];
  const charts: ReportLayout["charts"] = [];
  for (const b of report.blocks) {
    const width = Math.max(...b.rows.map((r) => r.length));
    if (b.table) tables.push(blockAddress(b.top + 1, 0, b.rows.length, width));
    if (b.chart) {
      charts.push({
        title: b.chart.title,
        range: blockAddress(b.top + 1, 0, b.chart.rows + 1, b.chart.cols + 1),
        type: b.chart.kind === "stacked" ? "ColumnStacked" : "ColumnClustered",
      });
    }
  }
  return { sheet, tables, charts };
}

function padded(rows: readonly Value[][]): Value[][] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array<Value>(width - r.length).fill(null)]);
}

export async function writeReportSheet(report: StatsReport, baseName: string): Promise<ReportLayout> {
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    await sync(ctx);
    const names = new Set(sheets.items.map((s) => s.name));
    let name = baseName;
    for (let i = 2; names.has(name); i++) name = `${baseName}（${i}）`;
    const layout = reportLayout(report, name);

    const ws = sheets.add(name);
    const grid = padded(report.sheet);
    const all = ws.getRange(blockAddress(0, 0, grid.length, grid[0]!.length));
    // Roster words (系统, 单位性质, title words) head columns and rows: one that starts like a formula
    // (=HYPERLINK(…), +1+cmd) is formatted as text before the values arrive, so that it stays text.
    const text = formatsFor(grid, [], grid[0]!.length);
    if (text) all.numberFormat = text;
    all.values = grid;
    ws.getRange("A1").format.font.bold = true;
    for (const b of report.blocks) {
      ws.getRange(blockAddress(b.top, 0, 1, 1)).format.font.bold = true;
      const body = b.rows.length - 1;
      for (const c of b.percentColumns ?? []) {
        ws.getRange(blockAddress(b.top + 2, c, body, 1)).numberFormat = new Array(body).fill(0).map(() => [report.percentFormat]);
      }
      if (!b.table) {
        const draft = ws.getRange(blockAddress(b.top + 1, 0, 1, 8));
        if (has("layout")) draft.merge(false);
        draft.format.wrapText = true;
        if (has("layout")) draft.format.rowHeight = 180;
      }
    }
    layout.tables.forEach((address, i) => {
      const t = ws.tables.add(address, true);
      t.name = `职称统计表${i + 1}_${name.replace(/[^0-9A-Za-z\u3400-\u9FFF\uF900-\uFAFF]/g, "")}`.slice(0, 250);
      t.style = "TableStyleLight9";
    });
    // Charts float to the right of the widest table, never over figures.
    const chartLeft = report.chartLeft;
    layout.charts.forEach((c, i) => {
      const chart = ws.charts.add(c.type as Excel.ChartType, ws.getRange(c.range), c.type === "ColumnStacked" ? Excel.ChartSeriesBy.rows : Excel.ChartSeriesBy.columns);
      chart.title.text = c.title;
      chart.legend.position = Excel.ChartLegendPosition.bottom;
      chart.setPosition(blockAddress(3 + i * 18, chartLeft, 1, 1), blockAddress(3 + i * 18 + 15, chartLeft + 7, 1, 1));
    });
    if (has("layout")) ws.getRange("A1").format.columnWidth = 110;
    ws.activate();
    await sync(ctx);
    return layout;
  });
}
