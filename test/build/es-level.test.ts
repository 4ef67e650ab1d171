import { parse } from "acorn";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Every script the add-in ships to a browser parses at the ECMAScript level of the oldest webview the
 * support matrix names: ES2017, for EdgeHTML (Microsoft Edge Legacy). webview-check.js, which must run even
 * in Internet Explorer 11 to say the add-in does not, parses as ES5. Built-ins a later edition added are
 * not syntax: those the bundle calls must be the ones src/polyfills.ts supplies. Runs on `npm run build`'s
 * dist/ (npm test builds first).
 */
const dist = join(__dirname, "../../dist");

function shipped(): string[] {
  const chunks = existsSync(join(dist, "chunks")) ? readdirSync(join(dist, "chunks")).map((c) => join("chunks", c)) : [];
  return ["functions.js", ...chunks.filter((c) => c.endsWith(".js"))];
}

const built = existsSync(join(dist, "functions.js"));
const maybe = built ? describe : describe.skip;

maybe("browser scripts at ES2017", () => {
  test("the bundle and every chunk parse as ES2017", () => {
    const files = shipped();
    expect(files.length).toBeGreaterThan(5);
    const failures: string[] = [];
    for (const f of files) {
      try {
        parse(readFileSync(join(dist, f), "utf8"), { ecmaVersion: 2017, sourceType: "script" });
      } catch (e) {
        failures.push(`${f}: ${(e as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test("the same parser refuses later syntax (the check can fail)", () => {
    expect(() => parse("a?.b", { ecmaVersion: 2017 })).toThrow();
    expect(() => parse("({...a})", { ecmaVersion: 2017 })).toThrow();
    expect(() => parse("/\\p{L}/u", { ecmaVersion: 2017 })).toThrow();
  });

  test("the webview check runs in Internet Explorer 11 (ES5)", () => {
    expect(() => parse(readFileSync(join(dist, "webview-check.js"), "utf8"), { ecmaVersion: 5 })).not.toThrow();
    expect(readFileSync(join(dist, "taskpane.html"), "utf8")).toMatch(/<script src="?webview-check\.js"?><\/script>/);
  });

  test("later built-ins the code calls are the ones src/polyfills.ts supplies", () => {
    const polyfilled = ["globalThis", ".flat(", ".flatMap(", "Object.fromEntries"];
    const notSupplied = [".matchAll(", ".replaceAll(", "Promise.allSettled", "Promise.any", "structuredClone", "Object.hasOwn(", ".findLast(", ".trimStart(", ".trimEnd(", "WeakRef"];
    const polyfills = readFileSync(join(__dirname, "../../src/polyfills.ts"), "utf8");
    for (const p of polyfilled) expect(polyfills).toContain(p.replace(/^\.|\($/g, "").replace("Object.", ""));
    for (const f of shipped()) {
      const code = readFileSync(join(dist, f), "utf8");
      for (const name of notSupplied) expect(`${f}: ${code.includes(name) ? name : ""}`).toBe(`${f}: `);
    }
  });
});
