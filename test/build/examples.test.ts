import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { makeExamples } from "../../scripts/make-examples";

/** The sample workbooks in examples/ are what `npm run examples` makes (cell for cell). */
const examples = join(__dirname, "../../examples");

async function cells(file: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const rows: unknown[] = [ws.name];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push(JSON.stringify(row.values)));
    return rows;
  });
}

test("every committed sample is reproduced by the generator", async () => {
  const dir = mkdtempSync(join(tmpdir(), "talent-examples-"));
  const made = await makeExamples(dir);
  expect(readdirSync(examples).filter((f) => f.endsWith(".xlsx")).sort()).toEqual([...made].sort());
  for (const f of made) expect([f, await cells(join(dir, f))]).toEqual([f, await cells(join(examples, f))]);
}, 60_000);
