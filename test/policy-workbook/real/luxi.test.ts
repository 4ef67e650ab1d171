import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../cli/run-cli";

/**
 * A real published document, not one of the built-ins, encoded the way an office would: the blank template
 * from `policy template`, filled by openpyxl (fill_luxi.py, cell values only, the template's notes kept),
 * checked with `policy check`. 2025年泸溪县引进急需紧缺人才政策待遇 (luxi-2025.txt, with its source): its 27
 * cases were worked by hand from the text by the person who encoded it.
 */
jest.setTimeout(120_000);

test("泸溪县 2025, encoded through the template, checks with its 27 cases passing", () => {
  const file = join(mkdtempSync(join(tmpdir(), "talent-luxi-")), "luxi-2025.xlsx");
  expect(runCli("policy", "template", "-o", file).code).toBe(0);
  const fill = spawnSync("/usr/bin/python3", [join(__dirname, "fill_luxi.py"), file], { encoding: "utf8" });
  expect(fill.stderr).toBe("");
  const r = runCli("policy", "check", file);
  expect(r.out).toContain("检查：0 个错误，0 个提醒");
  expect(r.out).toContain("测试案例：27 个通过，0 个未通过");
  expect(r.code).toBe(0);
});
