import type { Mapping, Role } from "./columns";
import { blockAddress } from "./chunks";

/**
 * The “live formulas” way of filling a ledger: instead of values, one TALENT formula at the top of each
 * output column, over the input columns' ranges — one call per column, spilling down the rows, and
 * recomputed by Excel when the ledger changes.
 */
export interface LiveColumn {
  header: string;
  formula: string;
}

export interface Layout {
  /** Sheet row (0-based) of the first and last data row. */
  firstRow: number;
  lastRow: number;
  /** Sheet column (0-based) of each mapped input column. */
  columnOf: (tableColumn: number) => number;
  /** Sheet column of the first output column. */
  outputColumn: number;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function liveColumns(mapping: Mapping, layout: Layout, defaultPolicy: string | undefined): LiveColumn[] | { missing: string } {
  const range = (role: Role): string | undefined => {
    const c = mapping[role];
    if (c === undefined) return undefined;
    const col = layout.columnOf(c);
    return blockAddress(layout.firstRow, col, layout.lastRow - layout.firstRow + 1, 1);
  };
  const policy = range("policy") ?? (defaultPolicy ? quote(defaultPolicy) : undefined);
  if (!policy) return { missing: "适用政策（请选择一项政策，或映射“适用政策”列）" };
  const degree = range("degree") ?? range("education");
  const out: LiveColumn[] = [];
  // The category column is the first output; the others refer to its spill with the # operator.
  const categoryCell = blockAddress(layout.firstRow, layout.outputColumn, 1, 1);
  const category = range("category") ?? `${categoryCell}#`;
  if (!range("category")) {
    if (!degree && !range("title")) return { missing: "学位或职称（判定人才类别需要）" };
    const args = [policy, degree ?? '""', range("title") ?? '""', range("school") ?? '""', range("urgentMajor") ?? '""', range("honors") ?? '""'];
    out.push({ header: "人才类别", formula: `=TALENT.CATEGORY(${args.join(", ")})` });
  }
  out.push({ header: "购房补贴（元）", formula: `=TALENT.HOUSINGSUBSIDY(${policy}, ${category})` });
  out.push({ header: "安家费（元）", formula: `=TALENT.SETTLEMENT(${policy}, ${category})` });
  out.push({ header: "月度补贴（元/月）", formula: `=TALENT.ALLOWANCE(${policy}, ${category})` });
  const start = range("start");
  const end = range("end");
  if (start && end) out.push({ header: "服务年限（年）", formula: `=TALENT.SERVICEYEARS(${start}, ${end})` });
  const paid = range("paid");
  if (paid && start && end) {
    const yearsCell = blockAddress(layout.firstRow, layout.outputColumn + out.length - 1, 1, 1);
    out.push({ header: "应退金额（元）", formula: `=TALENT.REFUND(${policy}, ${paid}, ${yearsCell}#)` });
  }
  return out;
}
