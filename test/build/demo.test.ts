import { spawnSync } from "node:child_process";
import { join } from "node:path";

/**
 * The README's main job (`npm run demo` after the build) runs every step without a failure: a rule that
 * changes (a document's validity, a way of introduction) must not leave the sample calls behind it.
 */
const root = join(__dirname, "../..");

test("every step of the demo succeeds", () => {
  const r = spawnSync(process.execPath, [join(root, "dist/demo.js")], { cwd: root, encoding: "utf8", timeout: 180_000 });
  expect(r.stdout).not.toContain("步失败");
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("示例文件未被修改");
}, 200_000);
