import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { duplicateKeys } from "../../src/engine/files/duplicate-keys";

/** A field written twice in one object is an error naming both lines; the built-in files have none. */

test("a field written twice is found with both lines and its path; the same name in different objects is not", () => {
  const text = '{\n  "meta": {\n    "id": "a",\n    "id": "b"\n  },\n  "benefits": [\n    { "amounts": { "第一类": 1, "第二类": 2 } },\n    { "amounts": { "第一类": 1, "第一类": 3 } }\n  ]\n}';
  expect(duplicateKeys(text).map((p) => [p.path, p.message, p.severity])).toEqual([
    [["meta", "id"], "字段“id”在同一组字段里写了两次（第 3 行和第 4 行），JSON 只取后一次的值、前一次会被丢掉：请删去或合并其中一处", "error"],
    // on one line, the columns tell them apart: 4 spaces, { "amounts": { then the quote at column 20; the second at 30
    [["benefits", 1, "amounts", "第一类"], "字段“第一类”在同一组字段里写了两次（第 8 行第 20 列和第 30 列），JSON 只取后一次的值、前一次会被丢掉：请删去或合并其中一处", "error"],
  ]);
});

const root = join(__dirname, "../../policies");
const files = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => ["policy.json", "cases.json"].map((f) => join(root, d.name, f)));

test.each(files)("%s has no field written twice", (f) => {
  expect(duplicateKeys(readFileSync(f, "utf8"))).toEqual([]);
});
