import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { BASE, FEATURES, type Feature } from "../../src/taskpane/support";

/**
 * The support matrix, checked: the manifest's declared requirement sets against the Office.js members the
 * pane's code calls. Members of a set later than the manifest's base (ExcelApi 1.1) may only be called
 * inside a function that asks `has(feature)` for a feature covering them; the manifest asks for the shared
 * runtime only inside VersionOverrides, so that Excel 2016/2019 still install the pane.
 *
 * The sets are Microsoft's (the “[Api set: ExcelApi 1.x]” of each member in the Excel JavaScript API
 * reference, as in @types/office-js).
 */
const API: Record<string, { version: string; pattern: RegExp }> = {
  getSelectedRange: { version: "1.1", pattern: /\.getSelectedRange\(/ },
  getActiveWorksheet: { version: "1.1", pattern: /\.getActiveWorksheet\(/ },
  getCell: { version: "1.1", pattern: /\.getCell\(/ },
  formulasLocal: { version: "1.1", pattern: /\.formulasLocal\s*=/ },
  numberFormat: { version: "1.1", pattern: /\.numberFormat\s*=/ },
  "charts.add": { version: "1.1", pattern: /\.charts\.add\(/ },
  "tables.add": { version: "1.1", pattern: /\.tables\.add\(/ },
  calculate: { version: "1.1", pattern: /\.calculate\(/ },
  "getUsedRange(true)": { version: "1.2", pattern: /\.getUsedRange\(true\)/ },
  autofitColumns: { version: "1.2", pattern: /\.autofitColumns\(/ },
  merge: { version: "1.2", pattern: /\.merge\(/ },
  rowHeight: { version: "1.2", pattern: /\.rowHeight\s*=/ },
  columnWidth: { version: "1.2", pattern: /\.columnWidth\s*=/ },
  "visibility =": { version: "1.2", pattern: /\.visibility\s*=[^=]/ },
  functions: { version: "1.2", pattern: /\.workbook\.functions\./ },
  getUsedRangeOrNullObject: { version: "1.4", pattern: /\.getUsedRangeOrNullObject\(/ },
  getItemOrNullObject: { version: "1.4", pattern: /\.getItemOrNullObject\(/ },
  getActiveCell: { version: "1.7", pattern: /\.getActiveCell\(/ },
  getSpecialCellsOrNullObject: { version: "1.9", pattern: /\.getSpecialCellsOrNullObject\(/ },
  getRanges: { version: "1.9", pattern: /\.getRanges\(/ },
};

const later = (a: string, b: string) => Number(a.split(".")[1]) > Number(b.split(".")[1]);

const paneDir = join(__dirname, "../../src/taskpane");
const sources = readdirSync(paneDir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => ({ file: f, text: readFileSync(join(paneDir, f), "utf8") }));

/** The text of the top-level function around a position (from its `function` line to the next one). */
function enclosing(text: string, at: number): string {
  const starts = [...text.matchAll(/^(?:export )?(?:async )?function /gm)].map((m) => m.index!);
  const start = starts.filter((s) => s <= at).pop() ?? 0;
  const end = starts.find((s) => s > at) ?? text.length;
  return text.slice(start, end);
}

function featureFor(member: string): Feature | undefined {
  return (Object.keys(FEATURES) as Feature[]).find((f) => (FEATURES[f].members as readonly string[]).includes(member));
}

describe("the requirement sets the code needs, and the manifest", () => {
  const manifest = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true }).parse(readFileSync(join(__dirname, "../../manifest.xml"), "utf8"));
  const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
  const sets = (node: unknown) =>
    Object.fromEntries(asArray((node as { Sets?: { Set?: unknown } } | undefined)?.Sets?.Set as Record<string, string> | Record<string, string>[]).map((s) => [s["@_Name"], s["@_MinVersion"]]));

  test("the base manifest asks exactly for the base the code is written to: ExcelApi 1.1", () => {
    expect(sets(manifest.OfficeApp.Requirements)).toEqual({ [BASE.set]: BASE.version });
  });

  test("the shared runtime and the functions are asked for in VersionOverrides, where Excel 2016/2019 skip them", () => {
    const vo = manifest.OfficeApp.VersionOverrides;
    expect(sets(vo.Requirements)).toEqual({ SharedRuntime: "1.1" });
    const host = asArray(vo.Hosts.Host as Record<string, unknown>[]).find((h) => h["@_type"] === "Workbook")!;
    expect(host.Runtimes).toBeDefined();
    expect(JSON.stringify(host)).toContain("CustomFunctions");
  });

  test("every call of a member later than the base is inside a function that asks has() for it", () => {
    const unguarded: string[] = [];
    const used = new Set<string>();
    for (const { file, text } of sources) {
      if (file === "support.ts") continue;
      for (const [member, { version, pattern }] of Object.entries(API)) {
        const global = new RegExp(pattern.source, "g");
        for (const m of text.matchAll(global)) {
          used.add(member);
          if (!later(version, BASE.version)) continue;
          const feature = featureFor(member);
          if (!feature) {
            unguarded.push(`${file}: ${member} (ExcelApi ${version}) is in no feature of support.ts`);
            continue;
          }
          if (later(version, FEATURES[feature].version)) unguarded.push(`${file}: ${member} needs ExcelApi ${version}, feature ${feature} says ${FEATURES[feature].version}`);
          if (!enclosing(text, m.index!).includes(`has("${feature}")`)) unguarded.push(`${file}: ${member} outside has("${feature}")`);
        }
      }
    }
    expect(unguarded).toEqual([]);
    // the table above is not stale: the code does call these
    expect([...used]).toEqual(expect.arrayContaining(["getActiveCell", "getSpecialCellsOrNullObject", "getRanges", "formulasLocal", "functions"]));
  });

  test("every feature's set is one Office knows, and each feature is checked somewhere", () => {
    const all = sources.map((s) => s.text).join("\n");
    for (const [name, need] of Object.entries(FEATURES)) {
      expect(["ExcelApi", "CustomFunctionsRuntime"]).toContain(need.set);
      expect(need.version).toMatch(/^1\.\d+$/);
      expect(all).toContain(`has("${name}")`);
    }
  });
});
