import type { Value } from "./table";

/**
 * Excel on the web refuses a request larger than 5 MB; writing a 50,000-row result in one go would hit it.
 * Rows are grouped into chunks whose estimated payload stays under a budget, each chunk one write.
 */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** Bytes a row takes in a request: its values as JSON, doubled for the number formats sent beside them. */
export function rowBytes(row: readonly Value[]): number {
  let n = 2;
  for (const v of row) n += v === null ? 5 : typeof v === "string" ? v.length * 3 + 3 : 12;
  return n * 2;
}

/** [start, end) row ranges whose payloads stay under the budget (a row larger than it is a chunk alone). */
export function chunkRows(rows: readonly (readonly Value[])[], budget = REQUEST_BUDGET_BYTES): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let size = 0;
  rows.forEach((row, i) => {
    const b = rowBytes(row);
    if (i > start && size + b > budget) {
      chunks.push([start, i]);
      start = i;
      size = 0;
    }
    size += b;
  });
  if (start < rows.length) chunks.push([start, rows.length]);
  return chunks;
}

/** Excel column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The 0-based column of a reference's leading capital letters: A → 0, AA → 26, "AB12" → 27 (the row is
 * ignored); -1 where there are none. `from` reads a reference inside a longer text, in place.
 */
export function columnIndex(ref: string, from = 0): number {
  let n = 0;
  for (let i = from; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** A1 address of a block, rows and columns 0-based. */
export function blockAddress(top: number, left: number, rows: number, cols: number): string {
  const a = `${columnLetter(left)}${top + 1}`;
  return rows === 1 && cols === 1 ? a : `${a}:${columnLetter(left + cols - 1)}${top + rows}`;
}
