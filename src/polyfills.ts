/**
 * The few built-ins later than ES2017 that the add-in's code and packages call, for EdgeHTML (Microsoft
 * Edge Legacy), whose engine predates them: `globalThis` (zod reads it while loading), Array.prototype.flat
 * and flatMap, Object.fromEntries. Imported first by src/addin.ts, before any package. Four functions, not
 * core-js: its modules for these would add several KiB to a bundle held under 150 KiB, for code this
 * short. test/build/es-level.test.ts fails when the bundle starts calling another later built-in.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
const root: any = typeof self !== "undefined" ? self : typeof window !== "undefined" ? window : Function("return this")();

if (typeof root.globalThis === "undefined") root.globalThis = root;

function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function flatten(into: unknown[], items: readonly unknown[], depth: number): unknown[] {
  for (const x of items) {
    if (Array.isArray(x) && depth > 0) flatten(into, x, depth - 1);
    else into.push(x);
  }
  return into;
}

define(Array.prototype, "flat", function flat(this: unknown[], depth?: number) {
  return flatten([], this, depth === undefined ? 1 : Math.floor(Number(depth)) || 0);
});

define(Array.prototype, "flatMap", function flatMap(this: unknown[], f: (x: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown) {
  return flatten([], this.map(f, thisArg), 1);
});

define(Object, "fromEntries", function fromEntries(entries: Iterable<readonly [PropertyKey, unknown]>) {
  const out: Record<PropertyKey, unknown> = {};
  for (const [k, v] of entries) out[k] = v;
  return out;
});

export {};
