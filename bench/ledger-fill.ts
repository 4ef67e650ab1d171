import { DEFAULT_OPTIONS, fromISO, toExcelSerial } from "../src/engine";
import { findTable, matchColumns } from "../src/jobs/columns";
import { fillLedger, outputHeader } from "../src/jobs/ledger";
import type { Value } from "../src/jobs/table";
import { syncCounter } from "../src/taskpane/excel";
import { guardedWrite } from "../src/taskpane/writer";
import { chunkRows } from "../src/jobs/chunks";
import { randomFrom, rng } from "./util";

/**
 * Issue 4's benchmark: filling a 50,000-row ledger in Excel — counted in context.sync calls against a fake
 * Excel host that refuses requests over 5 MB like Excel on the web. (The command line's is in cli-stream.ts.)
 */

const HEADERS = ["姓名", "学位", "毕业院校类型", "是否急需紧缺专业", "职称", "引进日期", "离职日期", "已发金额"];

function ledgerRows(n: number): Value[][] {
  const r = rng(7);
  const start = toExcelSerial(fromISO("2022-07-01"));
  return Array.from({ length: n }, (_, i) => [
    `人员${i}`,
    randomFrom(r, ["博士", "硕士", "本科"]),
    randomFrom(r, ["双一流", "其他", "985"]),
    randomFrom(r, ["是", "否"]),
    randomFrom(r, ["正高级", "副高级", "中级", "无"]),
    start + Math.floor(r() * 700),
    r() < 0.2 ? start + 800 + Math.floor(r() * 2000) : null,
    randomFrom(r, [400000, 150000, 50000]),
  ]);
}

export async function benchPaneFill(n: number, out: (s: string) => void): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHost } = require("../test/fakes/fake-office.js") as { createHost: (init: unknown) => { Office: unknown; Excel: unknown; state: { syncs: number; requests: number[] } } };
  const grid = [HEADERS, ...ledgerRows(n)] as Value[][];
  const host = createHost({ sheets: { 台账: grid }, selection: "A1" });
  Object.assign(globalThis, { Office: host.Office, Excel: host.Excel });
  const table = findTable({ rows: grid })!;
  const result = await fillLedger(table, matchColumns(table.headers), { options: DEFAULT_OPTIONS, defaultPolicy: "zhangye-2022" });
  const rows = [result.headers.map((h) => h), ...result.rows];
  const chunks = chunkRows(rows).length;
  syncCounter.count = 0;
  const before = host.state.syncs;
  const outcome = await guardedWrite(
    { label: "bench", sheet: "台账", top: 0, left: HEADERS.length, rows, formats: result.keys.map(() => null), headerRows: 1 },
    { confirmOverwrite: async () => true },
  );
  const syncs = host.state.syncs - before;
  const largest = Math.max(...host.state.requests);
  out(`  rows: ${n}; result columns: ${result.headers.length} (${result.headers.map((h) => h.replace(outputHeader(""), "")).join("、")})`);
  out(`  write: ${outcome.status}; chunks: ${chunks}; context.sync calls: ${syncs} (target ≤ chunks + a constant: ${chunks} + ${syncs - chunks})`);
  out(`  largest request: ${(largest / 1024 / 1024).toFixed(2)} MB (Excel's limit: 5 MB)`);
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
}
