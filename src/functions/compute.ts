/**
 * Everything a TALENT function computes with (argument parsing, the engine, the workbook's own policy
 * files), as one chunk that ./functions.ts requests as soon as it runs. Excel registers the functions once
 * the small functions.js is parsed; this arrives meanwhile.
 */
export { invoke, prepare } from "./invoke";
export { specOf } from "./registry";
export { workbookPolicies } from "./workbook-policies";
