import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import names from "../../src/functions/names.zh-CN.json";
import zh from "../../src/functions/functions.zh-CN.json";
import * as F from "../../src/functions/functions";
import { ALL_SPECS } from "../../src/functions/registry";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { VALID_NAME } = require("../../build/metadata-plugin.js") as { VALID_NAME: RegExp };

/** The metadata Excel reads, as `npm run build` writes it (npm test builds first). */
const dist = join(__dirname, "../../dist");

interface Meta {
  functions: { id: string; name: string; description: string; helpUrl: string; parameters: { name: string; description?: string; dimensionality?: string; optional?: boolean; repeating?: boolean }[]; result: { dimensionality?: string } }[];
}

function load(file: string): Meta {
  const p = join(dist, file);
  if (!existsSync(p)) throw new Error(`${p} is missing: run npm run build first`);
  return JSON.parse(readFileSync(p, "utf8")) as Meta;
}

const en = load("functions.json");
const cn = load("functions.zh-cn.json");

describe("functions.json (from the JSDoc) and functions.zh-cn.json", () => {
  test("declare every function of the engine's table, and nothing else", () => {
    const ids = ALL_SPECS.map((s) => s.id).sort();
    expect(en.functions.map((f) => f.id).sort()).toEqual(ids);
    expect(cn.functions.map((f) => f.id).sort()).toEqual(ids);
    expect(Object.keys(names).sort()).toEqual(ids);
    expect(Object.keys(zh).sort()).toEqual(ids);
  });

  test("every function has an implementation exported under its id", () => {
    for (const f of en.functions) {
      expect(Object.keys(F).some((k) => k.toUpperCase() === f.id)).toBe(true);
    }
  });

  test("Chinese names are valid Excel names, unique, and different from the English ones", () => {
    const zhNames = cn.functions.map((f) => f.name);
    for (const n of zhNames) expect(VALID_NAME.test(n)).toBe(true);
    expect(new Set(zhNames).size).toBe(zhNames.length);
    for (const f of cn.functions) {
      expect(f.name).toBe((names as Record<string, string>)[f.id]);
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of f.parameters) expect(p.name).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test("the parameters agree with the engine's table: order, optional, repeating, and ranges for one call per column", () => {
    for (const spec of ALL_SPECS) {
      const f = en.functions.find((x) => x.id === spec.id)!;
      expect(f.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
      for (const [i, p] of f.parameters.entries()) {
        expect(Boolean(p.optional)).toBe(Boolean(spec.params[i]!.optional));
        expect(Boolean(p.repeating)).toBe(Boolean(spec.params[i]!.repeating));
        expect(p.dimensionality).toBe("matrix");
      }
      expect(f.result.dimensionality).toBe("matrix");
    }
  });

  test("every function links to its help page, which exists", () => {
    for (const f of [...en.functions, ...cn.functions]) {
      expect(f.helpUrl).toBe(`https://localhost:3000/help/${f.id}.html`);
      expect(existsSync(join(dist, "help", `${f.id}.html`))).toBe(true);
    }
  });
});

describe("volatile where the answer depends on today", () => {
  /** The specs whose evaluation reads today's date (POLICIES' 今日状态, POLICYSTATUS without a date). */
  function readsToday(): string[] {
    const source = readFileSync(join(__dirname, "../../src/functions/specs.ts"), "utf8");
    return source
      .split(/\n  \{\n    id: "/)
      .slice(1)
      .filter((chunk) => chunk.includes("today()"))
      .map((chunk) => chunk.slice(0, chunk.indexOf('"')));
  }

  test("exactly those are volatile, in both languages' metadata", () => {
    const today = readsToday();
    expect(today).toEqual(expect.arrayContaining(["POLICIES", "POLICYSTATUS"]));
    type WithOptions = Meta["functions"][number] & { options?: { volatile?: boolean } };
    for (const meta of [en, cn]) {
      const volatile = (meta.functions as WithOptions[]).filter((f) => f.options?.volatile).map((f) => f.id);
      expect(volatile.sort()).toEqual([...today].sort());
    }
  });
});
