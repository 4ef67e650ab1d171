import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { OutCell } from "../functions/cells";
import { formatOutCell, isExcelError } from "../functions/excel-errors";
import * as F from "../functions/functions";
import { ZH_NAMES } from "../functions/zh-names";
import { UsageError } from "./args";

interface ParamMeta {
  name: string;
  dimensionality?: "scalar" | "matrix";
  repeating?: boolean;
}

interface FunctionMeta {
  id: string;
  parameters: ParamMeta[];
}

/** The metadata Excel reads, built next to this file by `npm run build`. */
function loadMetadata(dir: string): FunctionMeta[] {
  const file = join(dir, "functions.json");
  if (!existsSync(file)) throw new UsageError(`找不到 ${file}：请先运行 npm run build`);
  return (JSON.parse(readFileSync(file, "utf8")) as { functions: FunctionMeta[] }).functions;
}

/** As the issue of the command line says: a number is a number, TRUE/FALSE booleans, "" omitted, the rest text. */
export function cliValue(arg: string): unknown {
  if (arg === "") return null;
  if (arg === "TRUE" || arg === "FALSE") return arg === "TRUE";
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(arg.trim())) return Number(arg);
  return arg;
}

function shaped(meta: ParamMeta, value: unknown): unknown {
  if (value === null) return null;
  return meta.dimensionality === "matrix" ? [[value]] : value;
}

export function findFunction(metadata: FunctionMeta[], raw: string): FunctionMeta {
  const name = raw.replace(/^(TALENT|人才)\./i, "");
  const byZh = Object.entries(ZH_NAMES).find(([, zh]) => zh === name)?.[0];
  const id = byZh ?? name.toUpperCase();
  const meta = metadata.find((f) => f.id === id);
  if (!meta) throw new UsageError(`未知的函数：${raw}（可用：${metadata.map((f) => f.id).join("、")}）`);
  return meta;
}

/** The exported implementation behind a function id (REFUND → refund, HOUSINGSUBSIDY → housingSubsidy). */
export function implementationOf(id: string): (...args: unknown[]) => unknown {
  const entry = Object.entries(F).find(([name, fn]) => typeof fn === "function" && name.toUpperCase() === id);
  if (!entry) throw new Error(`functions.ts exports no implementation of ${id}`);
  return entry[1] as (...args: unknown[]) => unknown;
}

/**
 * Calls one TALENT function with the arguments Excel would pass it and returns the lines to print; `ok`
 * is false when the answer (or any cell of it) is an error.
 */
export async function calc(metadataDir: string, fnName: string, rawArgs: readonly string[]): Promise<{ lines: string[]; ok: boolean }> {
  const meta = findFunction(loadMetadata(metadataDir), fnName);
  const values = rawArgs.map(cliValue);
  const args: unknown[] = [];
  meta.parameters.forEach((p, i) => {
    if (p.repeating) args.push(values.slice(i).map((v) => shaped(p, v)));
    else args.push(shaped(p, values[i] ?? null));
  });
  const fixed = meta.parameters.filter((p) => !p.repeating).length;
  if (!meta.parameters.some((p) => p.repeating) && values.length > fixed) {
    throw new UsageError(`${meta.id} 最多 ${fixed} 个参数，给了 ${values.length} 个`);
  }
  let out: OutCell[][];
  try {
    const r = await implementationOf(meta.id)(...args);
    out = Array.isArray(r) ? (r as OutCell[][]) : [[r as OutCell]];
  } catch (e) {
    if (isExcelError(e)) return { lines: [formatOutCell(e)], ok: false };
    throw e;
  }
  const lines = out.map((row) => row.map(formatOutCell).join("\t"));
  return { lines, ok: !out.some((row) => row.some(isExcelError)) };
}
