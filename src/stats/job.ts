import * as E from "../engine";
import { missingRoles, type Mapping, type Role } from "../jobs/columns";
import { totalRowWord } from "../jobs/person";
import type { Table, Value } from "../jobs/table";
import { claimChecks, checksTable, rosterChecks, type Check, type Claim } from "./checks";
import { draftParagraph } from "./draft";
import { LEVELS, readPerson, UNSPLIT, type HighTitle } from "./roster";
import { crossTable, groupLevelPercentColumns, groupLevelTable, levelTable, ROUNDING_ZH, shownBuckets, Tally, type ShareRule, type Stats } from "./tables";

/**
 * 年度职称结构统计 as one job for both front ends: from a roster table, the report's tables, a draft
 * paragraph and the checks, laid out as one sheet of stacked blocks; the pane adds native charts where the
 * blocks say, the command line lays the same data out for a chart.
 */

export interface StatsJob {
  year: number;
  rule: ShareRule;
  claims?: readonly Claim[];
  /** How “高级” is counted (option highTitle; register: title-high). */
  highTitle?: HighTitle;
}

export interface Block {
  caption: string;
  rows: Value[][];
  /** Sheet row (0-based) of the caption; the table starts on the next row. */
  top: number;
  /** A chart of the block's first `rows` body rows (after the header) and its columns 1..`cols`. */
  chart?: { title: string; kind: "column" | "stacked"; rows: number; cols: number };
  /** Rendered as an Excel table (header row, banded) in the pane. */
  table: boolean;
  /** Columns holding percentages (shown with the report's `percentFormat`). */
  percentColumns?: number[];
}

export interface StatsReport {
  stats: Stats;
  title: string;
  notes: string;
  blocks: Block[];
  draft: string;
  checks: Check[];
  /** Number format of the percentage columns: as many decimals as the rule keeps (0.00 for 2). */
  percentFormat: string;
  /** The whole sheet as rows, blocks stacked with a blank row between them. */
  sheet: Value[][];
  /** Column (0-based) where charts may start: right of the widest table (表3 and 表5 run to column O). */
  chartLeft: number;
}

/** The report years the pane and the command line accept. */
export const YEARS = { first: 1950, last: 2100 } as const;

export function validYear(y: number): boolean {
  return Number.isInteger(y) && y >= YEARS.first && y <= YEARS.last;
}

export const STATS_NEEDS: Role[][] = [["title"]];

export function missingForStats(mapping: Mapping): string[] {
  return missingRoles(mapping, STATS_NEEDS);
}

/**
 * The report of a roster read one row at a time (the command line streams a province's roster through it):
 * blank rows are passed over, 合计/小计 rows noted, each person counted and then forgotten.
 */
export class RosterTally {
  private readonly tally = new Tally();
  private readonly totals: number[] = [];
  private readonly reference: E.DayNumber;

  constructor(
    private readonly mapping: Mapping,
    private readonly job: StatsJob,
  ) {
    this.reference = E.fromYMD(job.year, 12, 31);
  }

  /** A row that is not blank, with its index in the sheet (0-based). */
  row(values: readonly Value[], index: number): void {
    // a 合计/小计 row under the roster is not a person: it would be counted as one with an unknown title
    if (totalRowWord(values, this.mapping) !== undefined) {
      this.totals.push(index);
      return;
    }
    const cell = (role: Role) => (this.mapping[role] === undefined ? null : (values[this.mapping[role]!] ?? null));
    const person = readPerson({ title: cell("title"), unitKind: cell("unitKind"), system: cell("system"), birth: cell("birth"), age: cell("age") }, this.reference, this.job.highTitle);
    this.tally.add(person, index + 1);
  }

  report(): StatsReport {
    return reportOf(this.tally.stats(), this.totals, this.job);
  }
}

export function statsReport(table: Table, mapping: Mapping, job: StatsJob): StatsReport {
  const roster = new RosterTally(mapping, job);
  for (const r of table.rows) if (!r.blank) roster.row(r.values, r.index);
  return roster.report();
}

function reportOf(stats: Stats, totals: readonly number[], job: StatsJob): StatsReport {
  const rule = job.rule;
  const checks = [...rosterChecks(stats), ...(job.claims ? claimChecks(stats, job.claims) : [])];
  const draft = draftParagraph(stats, job.year, rule);
  const title = `${job.year}年专业技术人员职称结构统计`;
  const skipped = totals.length > 0 ? `；未计入合计行（第 ${totals.map((r) => r + 1).join("、")} 行）` : "";
  const notes = `共 ${stats.total} 人${skipped}；年龄按 ${job.year}-12-31 计；百分比按表头所注分母${ROUNDING_ZH[rule.rounding]}保留 ${rule.decimals} 位小数`;
  // The chart of the levels: the title levels' rows (with “高级（未分正副）” when it is counted apart).
  const levelRows = shownBuckets(stats).filter((b) => (LEVELS as readonly string[]).includes(b) || b === UNSPLIT).length;
  const specs: Omit<Block, "top">[] = [
    { caption: "表1 职称级别人数及占比", rows: levelTable(stats, rule), chart: { title: "职称结构", kind: "column", rows: levelRows, cols: 1 }, table: true, percentColumns: [2, 3] },
    { caption: "表2 职称级别 × 单位性质", rows: crossTable(stats, "unitKind"), table: true },
    { caption: "表3 各单位性质人数及占全市同级人员比例", rows: groupLevelTable(stats, "unitKind", rule), table: true, percentColumns: groupLevelPercentColumns(stats) },
    { caption: "表4 职称级别 × 系统", rows: crossTable(stats, "system"), chart: { title: "各系统职称结构", kind: "stacked", rows: levelRows, cols: 0 }, table: true },
    { caption: "表5 各系统人数及占全市同级人员比例", rows: groupLevelTable(stats, "system", rule), table: true, percentColumns: groupLevelPercentColumns(stats) },
    { caption: "表6 职称级别 × 年龄段", rows: crossTable(stats, "ageBand"), table: true },
    { caption: "文字稿（可编辑）", rows: [[draft]], table: false },
    { caption: "检查", rows: checksTable(checks), table: true },
  ];
  const sheet: Value[][] = [[title], [notes], []];
  const blocks: Block[] = [];
  for (const spec of specs) {
    const chart = spec.chart && spec.chart.cols === 0 ? { ...spec.chart, cols: spec.rows[0]!.length - 2 } : spec.chart;
    blocks.push({ ...spec, chart, top: sheet.length });
    sheet.push([spec.caption], ...spec.rows, []);
  }
  const percentFormat = rule.decimals === 0 ? "0" : `0.${"0".repeat(rule.decimals)}`;
  const chartLeft = Math.max(...blocks.filter((b) => b.table).map((b) => Math.max(...b.rows.map((r) => r.length)))) + 1;
  return { stats, title, notes, blocks, draft, checks, percentFormat, sheet, chartLeft };
}
