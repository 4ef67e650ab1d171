/**
 * Excel without custom functions (Excel 2016/2019, which open only the task pane from the base manifest)
 * has no `CustomFunctions` object, and the registrations the build appends to ./functions.ts would throw
 * before the pane starts. A stand-in that registers nothing lets the same script serve both: the pane runs,
 * and `has("customFunctions")` (src/taskpane/support.ts) keeps it to values.
 */
const host = (typeof self !== "undefined" ? self : {}) as { CustomFunctions?: { associate: (...args: unknown[]) => void } };
if (typeof host.CustomFunctions === "undefined") host.CustomFunctions = { associate: () => undefined };

export {};
