import { OfficeMockObject } from "office-addin-mock";
import { chunkRows } from "../../src/jobs/chunks";
import type { Value } from "../../src/jobs/table";
import { countNonEmpty, readSelection, syncCounter, writeBlock } from "../../src/taskpane/excel";

/**
 * The pane's door into the workbook (src/taskpane/excel.ts) against office-addin-mock: a property read
 * before it is loaded and synced reads as an error there, as in Office.js, so these tests also show that the
 * adapter loads what it reads. Written ranges are recorded per context.sync(), to count the requests.
 */

interface Written {
  address: string;
  values?: Value[][];
  numberFormat?: string[][];
}

/** Installs a mock `Excel` whose `run` hands the given object model to the adapter. */
function install(model: Record<string, unknown>): { requests: Written[][] } {
  const mock = new OfficeMockObject({ context: model }) as unknown as { context: { sync: () => Promise<void> } };
  const ctx = mock.context;
  const requests: Written[][] = [];
  const sync = ctx.sync.bind(ctx);
  ctx.sync = async () => {
    requests.push(pending.splice(0));
    await sync();
  };
  Object.assign(globalThis, {
    Excel: {
      run: <T>(batch: (c: unknown) => Promise<T>) => batch(ctx),
      SpecialCellType: { constants: "Constants", formulas: "Formulas" },
    },
  });
  return { requests };
}

/** Ranges the adapter obtained since the last sync: what the next request carries. */
const pending: Written[] = [];
function recordingSheet(name: string): Record<string, unknown> {
  return {
    name,
    getRange(address: string) {
      const r: Written = { address };
      pending.push(r);
      return r;
    },
  };
}

function workbookWithSheet(): Record<string, unknown> {
  return {
    workbook: {
      worksheets: {
        sheet: recordingSheet("台账"),
        getItem() {
          return (this as { sheet: unknown }).sheet;
        },
      },
    },
  };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  pending.length = 0;
});

/** Workbook.functions as a 1900-system workbook answers DATE(1904,1,1): day 1462. */
const DATE_1900 = {
  day: { value: 1462 },
  date() {
    return (this as { day: unknown }).day;
  },
};

describe("readSelection", () => {
  const grid: Value[][] = [
    ["姓名", "学位", "职称"],
    ["王明", "博士", "正高级"],
  ];

  test("one selected cell reads the sheet's whole table, in two requests", async () => {
    const { requests } = install({
      workbook: {
        functions: DATE_1900,
        selected: { cellCount: 1 },
        getSelectedRange() {
          return (this as { selected: unknown }).selected;
        },
        worksheets: {
          active: {
            name: "台账",
            visibility: "Visible",
            used: { values: grid, rowIndex: 0, columnIndex: 0, address: "台账!A1:C2" },
            getUsedRange() {
              return (this as { used: unknown }).used;
            },
          },
          getActiveWorksheet() {
            return (this as { active: unknown }).active;
          },
        },
      },
    });
    syncCounter.count = 0;
    const s = await readSelection();
    expect(s).toEqual({ sheet: "台账", top: 0, left: 0, grid, address: "台账!A1:C2", date1904: false, dateSystemKnown: true });
    expect(requests).toHaveLength(2);
    expect(syncCounter.count).toBe(2);
  });

  test("a selected block is read as it is, with its position", async () => {
    install({
      workbook: {
        functions: DATE_1900,
        selected: { cellCount: 6, values: grid, rowIndex: 4, columnIndex: 2, address: "台账!C5:E6" },
        getSelectedRange() {
          return (this as { selected: unknown }).selected;
        },
        worksheets: {
          active: { name: "台账", visibility: "Visible" },
          getActiveWorksheet() {
            return (this as { active: unknown }).active;
          },
        },
      },
    });
    const s = await readSelection();
    expect([s.top, s.left, s.address, s.grid]).toEqual([4, 2, "台账!C5:E6", grid]);
  });
});

describe("countNonEmpty", () => {
  const sheetWith = (used: Record<string, unknown>) => ({
    workbook: {
      worksheets: {
        sheet: {
          block: {
            used,
            getUsedRangeOrNullObject() {
              return (this as { used: unknown }).used;
            },
          },
          getRange() {
            return (this as { block: unknown }).block;
          },
        },
        getItem() {
          return (this as { sheet: unknown }).sheet;
        },
      },
    },
  });

  test("an empty block costs one request and counts 0", async () => {
    const { requests } = install(sheetWith({ isNullObject: true }));
    expect(await countNonEmpty("台账", "I1:O20")).toBe(0);
    expect(requests).toHaveLength(1);
  });

  test("values and formulas both count: they are what an overwrite would destroy", async () => {
    install(
      sheetWith({
        isNullObject: false,
        constants: { isNullObject: false, cellCount: 5 },
        formulas: { isNullObject: false, cellCount: 2 },
        getSpecialCellsOrNullObject(kind: string) {
          const self = this as { constants: unknown; formulas: unknown };
          return kind === "Constants" ? self.constants : self.formulas;
        },
      }),
    );
    expect(await countNonEmpty("台账", "I1:O20")).toBe(7);
  });
});

describe("writeBlock", () => {
  const basis = "第十四条第（一）项、第十四条第（二）项、第十四条第（三）项（张掖市引进高层次急需人才办法（试行））";
  const rows: Value[][] = Array.from({ length: 30_000 }, (_, i) => ["第一类", 400000, 12000, i % 10, 400000 - i, basis, null]);
  const formats = [null, "#,##0.00", "#,##0.00", "0", "#,##0.00", null, null];

  test("whole 2-D blocks, one request per chunk, each under Excel's 5 MB", async () => {
    const { requests } = install(workbookWithSheet());

    const chunks = chunkRows(rows);
    expect(chunks.length).toBeGreaterThan(1);
    const progress: number[] = [];
    const r = await writeBlock("台账", 3, 8, rows, formats, { onChunk: (done) => progress.push(done) });

    expect(r).toEqual({ rows: rows.length, cancelled: false });
    expect(requests).toHaveLength(chunks.length);
    expect(requests.every((req) => req.length === 1)).toBe(true);
    const written = requests.map((req) => req[0]!);
    expect(written.map((w) => w.address)).toEqual(chunks.map(([s, e]) => `I${4 + s}:O${3 + e}`));
    expect(written.flatMap((w) => w.values!)).toEqual(rows);
    expect(written[0]!.numberFormat![0]).toEqual(formats.map((f) => f ?? "General"));
    expect(progress).toEqual(chunks.map(([, e]) => e));
    for (const w of written) expect(Buffer.byteLength(JSON.stringify([w.values, w.numberFormat]))).toBeLessThan(5 * 1024 * 1024);
  });

  test("a cancel stops between chunks and says how far it got", async () => {
    const { requests } = install(workbookWithSheet());
    let chunksDone = 0;
    const r = await writeBlock("台账", 0, 0, rows, formats, { onChunk: () => chunksDone++, isCancelled: () => chunksDone >= 1 });
    const [, firstEnd] = chunkRows(rows)[0]!;
    expect(r).toEqual({ rows: firstEnd, cancelled: true });
    expect(requests).toHaveLength(1);
  });
});
