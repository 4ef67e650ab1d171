import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { join } from "node:path";
import { Readable } from "node:stream";
import { openWorkbook, type OpenedWorkbook } from "../../src/cli/ooxml/open";
import { scanSheet, type RowRead, type SheetContext, type SpliceEdits } from "../../src/cli/ooxml/sheet";
import { lastUsedColumn, MAX_COLUMNS, surveySheet } from "../../src/cli/ooxml/survey";
import type { SheetInfo } from "../../src/cli/ooxml/workbook";

/**
 * The row reader (rows.ts) and saxes must read every sheet alike: the same rows, cells, values, offsets and
 * elements, and with edits the same new sheet text, byte for byte. Compared on every workbook in the
 * repository and on sheets written by hand in the forms the row reader hands to saxes (comments, CDATA,
 * unknown entities) and those it reads itself (entities, line ends, single quotes, spaces in tags).
 */

interface Reading {
  rows: RowRead[];
  elements: [string, Record<string, string>][];
  text: string;
  error?: string;
}

/** Our columns for the comparison: one after the sheet's columns, and one in the middle (owned). */
function edits(): SpliceEdits {
  return {
    columns: [2, 30],
    owned: new Set([2, 30]),
    cellsFor: (r) => [`<c r="C${r.index + 1}" t="inlineStr"><is><t>甲${r.cells.length}</t></is></c>`, r.index % 2 ? "" : `<c r="AE${r.index + 1}"><v>${r.index}</v></c>`],
    dimension: (t) => `${t}<!--d-->`,
    cols: (t, prefix) => `${t ?? ""}<${prefix}cols><${prefix}col min="31" max="31" width="12"/></${prefix}cols>`,
  };
}

async function read(chunks: string[], ctx: SheetContext, saxesOnly: boolean, withEdits: boolean): Promise<Reading> {
  const r: Reading = { rows: [], elements: [], text: "" };
  try {
    const it = scanSheet(Readable.from(chunks), ctx, { row: (row) => r.rows.push(row), element: (n, a) => r.elements.push([n, { ...a }]) }, withEdits ? edits() : undefined, { saxesOnly });
    for await (const piece of it) r.text += piece;
  } catch (e) {
    r.error = (e as Error).message;
  }
  return r;
}

async function expectSame(chunks: string[], ctx: SheetContext): Promise<Reading> {
  for (const withEdits of [false, true]) {
    const fast = await read(chunks, ctx, false, withEdits);
    const saxes = await read(chunks, ctx, true, withEdits);
    expect(fast).toEqual(saxes);
    if (withEdits) return fast;
  }
  throw new Error("unreachable");
}

/** A text cut into pieces of `n` characters, as the inflater hands it on (any cut, mid-tag included). */
function cut(text: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += n) out.push(text.slice(i, i + n));
  return out;
}

/** Every sheet of every .xlsx under examples/ and test/ that opens (some are the cases of files we refuse). */
async function forEachSheet(f: (wb: OpenedWorkbook, sheet: SheetInfo) => Promise<void>): Promise<{ files: number; sheets: number }> {
  const files = repositoryWorkbooks();
  let sheets = 0;
  for (const file of files) {
    let wb;
    try {
      wb = await openWorkbook(file);
    } catch {
      continue;
    }
    try {
      for (const sheet of wb.info.sheets) {
        if (!wb.pkg.has(sheet.part)) continue;
        await f(wb, sheet);
        sheets++;
      }
    } finally {
      wb.pkg.close();
    }
  }
  return { files: files.length, sheets };
}

function repositoryWorkbooks(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".xlsx")) files.push(p);
    }
  };
  for (const d of ["examples", "test"]) walk(join(__dirname, "../..", d));
  return files;
}

const CTX: SheetContext = { sharedStrings: ["甲", "乙", "第一类"], dateStyles: [false, true], date1904: false };
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (rows: string, head = "", tail = "") => `<?xml version="1.0" encoding="UTF-8"?>\r\n<worksheet ${NS}>${head}<dimension ref="A1:B3"/><sheetData>${rows}</sheetData>${tail}</worksheet>`;

describe("the row reader reads what saxes reads", () => {
  const odd: [string, string][] = [
    ["plain rows", sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45000</v></c></row><row r="2"><c r="A2"><v>12.5</v></c></row>`)],
    ["entities and references in values and inline strings", sheet(`<row r="1"><c r="A1" t="str"><f>"a&amp;b"</f><v>a&amp;b &lt;c&gt; &#x4E2D;&#25991; &quot;&apos;</v></c><c r="B1" t="inlineStr"><is><t>R&amp;D&#10;二</t></is></c></row>`)],
    ["line ends in text", sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">一\r\n二\r三</t></is></c></row>`)],
    ["single quotes, spaces around =, tabs and line ends in tags", sheet(`<row  r = '1'\n hidden='1' ><c\tr='A1'  t = "s"\r\n s='1'><v>1</v></c ><c r="B1"\n/></row >`)],
    ["pretty-printed", sheet(`\n  <row r="1">\n    <c r="A1">\n      <v>7</v>\n    </c>\n  </row>\n`)],
    ["rich text with phonetic runs", sheet(`<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>张</t></r><r><t>三</t></r><rPh sb="0" eb="1"><t>チョウ</t></rPh><phoneticPr fontId="1"/></is></c></row>`)],
    ["formulas: shared, array, uncached, empty value", sheet(`<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>4</v></c><c r="B1"><f>SUM(C1:C9)</f></c><c r="C1"><v/></c><c r="D1"><f t="array" ref="D1">A1</f><v>1</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>8</v></c></row>`)],
    ["rows and cells without r, self-closing rows, a row extLst", sheet(`<row><c t="s"><v>1</v></c><c><v>2</v></c></row><row r="4"/><row spans="1:2"><c><v>3</v></c><extLst><ext uri="x"><foo a="1"/></ext></extLst></row>`)],
    ["x: prefix everywhere", `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:dimension ref="A1"/><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>2</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>乙</x:t></x:is></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`],
    ["booleans, errors, ISO dates, 1904-style numbers", sheet(`<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#N/A</v></c><c r="C1" t="d"><v>2024-03-01T12:00:00</v></c><c r="D1" s="1"><v> </v></c></row>`)],
    ["a comment in a row (saxes reads it and the rest)", sheet(`<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><!-- </row> --><c r="A2"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c></row>`)],
    ["CDATA in a value", sheet(`<row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]></v></c></row><row r="2"><c r="A2"><v>2</v></c></row>`)],
    ["a comment in the head", sheet(`<row r="1"><c r="A1"><v>1</v></c></row>`, "<!-- <sheetData> -->")],
    ["a processing instruction between rows", sheet(`<row r="1"><c r="A1"><v>1</v></c></row><?mso x?><row r="2"><c r="A2"><v>2</v></c></row>`)],
    ["an empty sheet", `<?xml version="1.0"?><worksheet ${NS}><sheetData/><mergeCells><mergeCell ref="A1:C1"/></mergeCells></worksheet>`],
    ["an attribute's text inside another attribute's value", sheet(`<row x14ac:n=' hidden="1" r="9"' r="1"><c x14ac:note=' r="Z4" t="n"' r="A1" t="s"><v>0</v></c><c foo="x r='Z4'" r='B1' t='s'><v>1</v></c></row>`)],
    ["a reference and a split entity at every cut", sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>R&amp;D &#x4E2D; &lt;&gt;</t></is></c></row>`.repeat(3))],
    ["characters beyond the BMP (surrogate pairs)", sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>𠀀𪚥 &#x20000;</t></is></c></row>`)],
    ["a lone surrogate (saxes lets it through; the row reader leaves it to saxes)", sheet(`<row r="1"><c r="A1" t="str"><v>a\uD800b</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>`)],
    ["cols, merges, validations after the rows", sheet(`<row r="1"><c r="A1"><v>1</v></c></row>`, `<cols><col min="1" max="2" width="9" hidden="1"/></cols>`, `<dataValidations count="1"><dataValidation type="list" sqref="B1:B1048576"><formula1>"是,否"</formula1></dataValidation></dataValidations>`)],
  ];
  test.each(odd)("%s", async (_, text) => {
    for (const n of [text.length, 7, 1]) await expectSame(cut(text, n), CTX);
  });

  test("the hand-written cases read what the article of XML says", async () => {
    // a few values written out by hand, so that the two readers cannot agree on a wrong reading
    const values = async (text: string) => (await read([text], CTX, false, false)).rows.map((r) => r.cells.map((c) => c.value));
    expect(await values(odd[1]![1])).toEqual([['a&b <c> 中文 "\'', "R&D\n二"]]);
    expect(await values(odd[2]![1])).toEqual([["一\n二\n三"]]);
    expect(await values(odd[5]![1])).toEqual([["张三"]]);
    const rows = (await read([odd[3]![1]], CTX, false, false)).rows;
    expect(rows[0]).toMatchObject({ index: 0, hidden: true });
    expect(rows[0]!.cells.map((c) => [c.col, c.value])).toEqual([[0, "乙"], [1, null]]);
    expect((await values(odd[7]![1])).flat()).toEqual(["乙", 2, 3]);
    const inValue = (await read([odd[15]![1]], CTX, false, false)).rows[0]!;
    expect([inValue.index, inValue.hidden, inValue.cells.map((c) => [c.col, c.value])]).toEqual([0, false, [[0, "甲"], [1, "乙"]]]);
  });

  const broken: [string, string][] = [
    ["a row cut short", sheet("").replace("</sheetData></worksheet>", "") + `<row r="1"><c r="A1"><v>1</v>`],
    ["an unknown entity", sheet(`<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>`)],
    ["a close tag that does not match", sheet(`<row r="1"><c r="A1"><v>1</c></v></row>`)],
    ["a stray < in text", sheet(`<row r="1"><c r="A1" t="str"><v>a < b</v></c></row>`)],
    // found by a tester with no knowledge of the code, comparing the command before and after the row reader
    ["a reference beyond Unicode", sheet(`<row r="1"><c r="A1"><v>&#x110000;</v></c></row>`)],
    ["a reference too long for a number", sheet(`<row r="1"><c r="A1"><v>&#99999999999999999999;</v></c></row>`)],
    ["a reference to U+0000", sheet(`<row r="1"><c r="A1"><v>&#0;400000</v></c></row>`)],
    ["references to surrogates", sheet(`<row r="1"><c r="A1" t="str"><v>&#xD83D;&#xDE00;</v></c></row>`)],
    ["a control character", sheet(`<row r="1"><c r="A1"><v>4\u00010</v></c></row>`)],
    ["U+FFFE", sheet(`<row r="1"><c r="A1" t="str"><v>a\uFFFE</v></c></row>`)],
    ["< in a cell's attribute", sheet(`<row r="1"><c r="A1" foo="a<b"><v>1</v></c></row>`)],
    ["< in a row's attribute", sheet(`<row foo="<" r="1"><c r="A1"><v>1</v></c></row>`)],
    ["an attribute written twice", sheet(`<row r="1"><c r="A1" r="A1"><v>1</v></c></row>`)],
    ["an attribute written twice, in single quotes", sheet(`<row r="1"><c r='A1' s='1' s='1'><v>1</v></c></row>`)],
    ["a row's attribute written twice", sheet(`<row r="1" r="1"><c r="A1"><v>1</v></c></row>`)],
    ["an element name starting with a digit", sheet(`<row r="1"><c r="A1"><v>1</v><1x/></c></row>`)],
    ["a quote in an element name", sheet(`<row r="1"><c r="A1"><v>1</v><a"b/></c></row>`)],
    ["an attribute name starting with a digit", sheet(`<row r="1"><c r="A1" 1x="y"><v>1</v></c></row>`)],
    ["]]> in text", sheet(`<row r="1"><c r="A1"><v>400000]]></v></c></row>`)],
    ["a no-break space before >", sheet(`<row r="1"><c r="A1"><v>1</v></c\u00A0></row>`)],
    ["an ideographic space between attributes", sheet(`<row r="1"><c r="A1"\u3000s="0"><v>1</v></c></row>`)],
  ];
  test.each(broken)("%s: the same Chinese message from both", async (_, text) => {
    for (const n of [text.length, 7]) {
      const r = await expectSame(cut(text, n), CTX);
      expect(r.error).toMatch(/^工作表的 XML 不完整或格式有误（出错处：/);
    }
  });

  test("the message names the row, not saxes's count of the characters it read", async () => {
    const rows = Array.from({ length: 18 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    const error = async (text: string) => (await read([text], CTX, false, false)).error;
    expect(await error(sheet(`${rows}<row r="19"><c r="A19"><v>45474</x></c></row>`))).toContain("出错处：第 19 行；");
    expect(await error(sheet(rows).replace("</sheetData>", "</sheetData><mergeCells><mergeCell ref=A1/></mergeCells>"))).toContain("出错处：第 18 行之后；");
    expect(await error(sheet(rows).replace("<dimension ", "<dimension x "))).toContain("出错处：表格数据之前；");
  });

  test("every workbook in the repository", async () => {
    const seen = await forEachSheet(async (wb, sheet) => expectSame(cut(await wb.pkg.text(sheet.part), 1000), wb.ctx).then(() => undefined));
    expect(seen.files).toBeGreaterThan(20);
    expect(seen.sheets).toBeGreaterThan(40);
  }, 120_000);
});

describe("pass 1's quick scan (survey.ts) agrees with the reader", () => {
  test("every workbook in the repository: columns with content, last row, formulas without a value", async () => {
    const seen = await forEachSheet(async (wb, sheet) => {
      const survey = await surveySheet(wb, sheet, 3);
      const used = new Set<number>();
      let lastRow = -1;
      const uncached = new Map<number, number>();
      const reading = scanSheet(await wb.pkg.stream(sheet.part), wb.ctx, {
        row: (r) => {
          for (const c of r.cells) {
            if (!c.content || c.col >= MAX_COLUMNS) continue;
            used.add(c.col);
            lastRow = Math.max(lastRow, r.index);
            if (c.uncached) uncached.set(c.col, (uncached.get(c.col) ?? 0) + 1);
          }
        },
      });
      for await (const _ of reading) {
        // reading only
      }
      const surveyed = [...survey.used.keys()].filter((c) => survey.used[c]);
      expect([wb.path, sheet.name, surveyed, survey.lastRow]).toEqual([wb.path, sheet.name, [...used].sort((a, b) => a - b), lastRow]);
      expect(new Map([...survey.uncached].map(([c, u]) => [c, u.count]))).toEqual(uncached);
    });
    expect(seen.sheets).toBeGreaterThan(40);
  }, 120_000);

  // found by a tester with no knowledge of the code: odd but valid forms below the top rows, which the quick
  // scan reads (the top 20 go to the reader)
  const odd: [string, string][] = [
    ["a non-ASCII attribute whose value holds r= in single quotes", `<row r="30"><c x14ac:名=" r='A9'" r="R30"><v>5</v></c></row>`],
    ["the same, pointing right of the cell", `<row r="30"><c x14ac:名=" r='Z9'" r="R30"><v>5</v></c></row>`],
    ["single quotes and spaces around =", `<row r="30"><c r = 'R30'><v>5</v></c></row>`],
    ["r after a tab, after another attribute", `<row r="30"><c s="0"\tr="R30"><v>5</v></c></row>`],
  ];
  test.each(odd)("%s", async (_, row) => {
    const dir = mkdtempSync(join(tmpdir(), "survey-"));
    try {
      const parts = unzipSync(readFileSync(join(__dirname, "../../examples/zhangye-ledger.xlsx")));
      parts["xl/worksheets/sheet1.xml"] = strToU8(strFromU8(parts["xl/worksheets/sheet1.xml"]!).replace("</sheetData>", `${row}</sheetData>`));
      const file = join(dir, "odd.xlsx");
      writeFileSync(file, zipSync(parts));
      const wb = await openWorkbook(file);
      try {
        const survey = await surveySheet(wb, wb.info.sheets[0]!);
        expect(survey.used[17]).toBe(1); // R
        expect(lastUsedColumn(survey)).toBe(17);
      } finally {
        wb.pkg.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("prefixes that begin with a name the scan looks for (row-a:, c.x:)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "survey-"));
    try {
      for (const prefix of ["row-a", "c.x", "c-x"]) {
        const parts = unzipSync(readFileSync(join(__dirname, "../../examples/zhangye-ledger.xlsx")));
        const xml = strFromU8(parts["xl/worksheets/sheet1.xml"]!)
          .replace(/<(\/?)(?=[A-Za-z])/g, `<$1${prefix}:`)
          .replace('xmlns="http://schemas', `xmlns:${prefix}="http://schemas`);
        parts["xl/worksheets/sheet1.xml"] = strToU8(xml.replace(`</${prefix}:sheetData>`, `<${prefix}:row r="30"><${prefix}:c r="Q30" t="inlineStr"><${prefix}:is><${prefix}:t>甲</${prefix}:t></${prefix}:is></${prefix}:c><${prefix}:c><${prefix}:v>1</${prefix}:v></${prefix}:c></${prefix}:row></${prefix}:sheetData>`));
        const file = join(dir, `${prefix}.xlsx`);
        writeFileSync(file, zipSync(parts));
        const wb = await openWorkbook(file);
        try {
          const survey = await surveySheet(wb, wb.info.sheets[0]!);
          expect([prefix, lastUsedColumn(survey), survey.lastRow]).toEqual([prefix, 17, 29]);
        } finally {
          wb.pkg.close();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
