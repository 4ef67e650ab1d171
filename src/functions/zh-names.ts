import names from "./names.zh-CN.json";

/**
 * Chinese function names (应退补贴 for REFUND): the names Chinese Excel shows, and what EXPLAIN and the
 * command line accept besides the English ids. Descriptions live in functions.zh-CN.json, which only the
 * build and the docs read, so that they stay out of the functions bundle.
 */
export const ZH_NAMES: Readonly<Record<string, string>> = names;
