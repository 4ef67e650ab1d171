/**
 * What the running Excel can do, asked once per call through Office's own check
 * (`Office.context.requirements.isSetSupported`). The manifest asks only for ExcelApi 1.1 (Excel 2016), so
 * that the pane installs wherever its ledger fill, audit and statistics can run with plain values; every
 * call that needs a later set goes through `has(feature)` and has a 1.1 way round it in src/taskpane/excel.ts.
 *
 * The sets and versions are Microsoft's, from the API reference (“[Api set: ExcelApi 1.x]” on each member)
 * and the requirement-set tables (learn.microsoft.com/javascript/api/requirement-sets/excel/…). The test
 * test/build/requirements.test.ts checks this table against the members the pane's code calls and against
 * the manifest.
 */
export interface Need {
  set: string;
  version: string;
  /** The Office.js members this feature stands for, as they are written in the code. */
  members: readonly string[];
  /** What the pane does without it. */
  without: string;
}

export const FEATURES = {
  activeCell: { set: "ExcelApi", version: "1.7", members: ["getActiveCell"], without: "选中区域的左上角单元格" },
  usedRangeValuesOnly: { set: "ExcelApi", version: "1.2", members: ["getUsedRange(true)"], without: "含格式的已用区域" },
  nullObjects: { set: "ExcelApi", version: "1.4", members: ["getUsedRangeOrNullObject", "getItemOrNullObject"], without: "读出全部工作表名和单元格再判断" },
  specialCells: { set: "ExcelApi", version: "1.9", members: ["getSpecialCellsOrNullObject"], without: "读出区域的公式逐格计数" },
  multiRanges: { set: "ExcelApi", version: "1.9", members: ["getRanges"], without: "逐个区域设置" },
  layout: { set: "ExcelApi", version: "1.2", members: ["autofitColumns", "merge", "rowHeight", "columnWidth"], without: "不调列宽、不合并单元格" },
  hideSheets: { set: "ExcelApi", version: "1.2", members: ["visibility ="], without: "备份工作表保持可见" },
  worksheetFunctions: { set: "ExcelApi", version: "1.2", members: ["functions"], without: "按1900日期系统读取，并提示" },
  customFunctions: { set: "CustomFunctionsRuntime", version: "1.1", members: ["TALENT formulas"], without: "只写入数值" },
} as const satisfies Record<string, Need>;

export type Feature = keyof typeof FEATURES;

/** The base requirement in manifest.xml: what every line of the pane outside `has()` may use. */
export const BASE = { set: "ExcelApi", version: "1.1" } as const;

/**
 * Whether the running Excel supports a feature. Outside Office (tests of pure code, the fake host without
 * a requirements object) everything counts as supported; the fake hosts that play an old Excel say no.
 */
export function has(feature: Feature): boolean {
  const need: Need = FEATURES[feature];
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  if (!requirements || typeof requirements.isSetSupported !== "function") return true;
  return requirements.isSetSupported(need.set, need.version);
}

/** The features this Excel lacks, for the pane's “in this Excel” note. */
export function missingFeatures(): Feature[] {
  return (Object.keys(FEATURES) as Feature[]).filter((f) => !has(f));
}
