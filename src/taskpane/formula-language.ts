import { ZH_NAMES } from "../functions/zh-names";

/**
 * The names formulas are written with. Excel with a Chinese (zh-CN) display language loads
 * functions.zh-cn.json and knows the add-in's functions only by their Chinese names (TALENT.应退补贴); a
 * formula written through `range.formulas` with the English name shows #NAME? there (OfficeDev/office-js
 * #891, #6614). `range.formulasLocal` takes a formula in the language the user sees, so Chinese Excel gets
 * the Chinese names through it; every other Excel gets the English names through `range.formulas`.
 *
 * Only zh-CN: the manifest overrides the metadata for that locale alone (zh-TW, zh-HK … load the English
 * functions.json). Excel's built-in functions keep their English names in Chinese Excel, and zh-CN uses “,”
 * between arguments, so nothing else in the formula changes.
 */
export type FormulaLanguage = "zh" | "en";

export function formulaLanguage(displayLanguage: string | undefined): FormulaLanguage {
  return (displayLanguage ?? "").toLowerCase() === "zh-cn" ? "zh" : "en";
}

/** TALENT.ID( outside string literals ("…" with "" inside). */
const CALL = /TALENT\.([A-Z]+)\(/g;

/** A formula with the TALENT names of the given language; text in quotes is left as it is. */
export function localizeFormula(formula: string, lang: FormulaLanguage): string {
  if (lang === "en") return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(CALL, (whole, id: string) => (ZH_NAMES[id] ? `TALENT.${ZH_NAMES[id]}(` : whole))))
    .join("");
}
