import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** docs/functions.md, docs/interpretations.md and the policy format's reference are generated; the committed ones must be current. */
const root = join(__dirname, "../..");

test("the function reference, the interpretation register and the policy format in docs/ are up to date (npm run docs)", () => {
  const dir = mkdtempSync(join(tmpdir(), "talent-docs-"));
  const r = spawnSync(process.execPath, [join(root, "dist/cli.js"), "docs", "--md", join(dir, "f.md"), "--register", join(dir, "i.md"), "--format", join(dir, "p.md")], { encoding: "utf8" });
  expect(r.status).toBe(0);
  expect(readFileSync(join(root, "docs/policy-format.md"), "utf8")).toBe(readFileSync(join(dir, "p.md"), "utf8"));
  expect(readFileSync(join(root, "docs/policy-format.schema.json"), "utf8")).toBe(readFileSync(join(dir, "p.schema.json"), "utf8"));
  expect(readFileSync(join(root, "docs/functions.md"), "utf8")).toBe(readFileSync(join(dir, "f.md"), "utf8"));
  expect(readFileSync(join(root, "docs/interpretations.md"), "utf8")).toBe(readFileSync(join(dir, "i.md"), "utf8"));
});

test("the reference has a worked example with its article for every function", () => {
  const md = readFileSync(join(root, "docs/functions.md"), "utf8");
  for (const section of md.split(/^## /m).slice(1)) {
    const id = section.split("\n")[0]!;
    expect([id, /示例 Examples/.test(section)]).toEqual([id, true]);
  }
});

test("the help pages show the article texts they cite and load nothing from elsewhere", () => {
  const html = readFileSync(join(root, "dist/help/REFUND.html"), "utf8");
  expect(html).toContain("应退补贴=购房补贴-（购房补贴/10×实际服务年限）");
  expect(html).toContain("Content-Security-Policy");
  expect(html).not.toMatch(/(src|href)="https?:/);
});
