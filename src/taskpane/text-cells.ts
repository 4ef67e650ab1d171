import type { Value } from "../jobs/table";

/**
 * Text stays text. Excel reads a string written through `range.values` that starts with “=”, “+” or “-” as a
 * formula (the Range.values reference says so), and “@” as a function call in older Excel; a roster cell
 * holding `=HYPERLINK(…)` or `+1+cmd` must not come back live. The number format “@” (Text) makes Excel
 * keep what is written as it is: the adapter sets it, in the same request and before the values, on exactly
 * those cells. The pane's other way round, a leading apostrophe, is what a person types; Office.js does not
 * document it for `values`, so it is not used.
 */
const LIVE = /^[=+\-@]/;

export const TEXT_FORMAT = "@";

export function mustStayText(v: Value): boolean {
  return typeof v === "string" && LIVE.test(v);
}

/**
 * The number formats of a block: each column's format (null = leave “General”), with “@” on the cells that
 * must stay text. Null when the block needs no formats at all, so that plain blocks cost nothing more.
 */
export function formatsFor(rows: readonly (readonly Value[])[], columns: readonly (string | null)[], width: number): string[][] | null {
  const anyColumn = columns.some((f) => f !== null && f !== undefined);
  let anyText = false;
  for (const r of rows) {
    for (const v of r) {
      if (mustStayText(v)) {
        anyText = true;
        break;
      }
    }
    if (anyText) break;
  }
  if (!anyColumn && !anyText) return null;
  return rows.map((r) => {
    const out: string[] = new Array(width);
    for (let c = 0; c < width; c++) out[c] = mustStayText(r[c] ?? null) ? TEXT_FORMAT : (columns[c] ?? "General");
    return out;
  });
}
