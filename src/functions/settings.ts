import { DEFAULT_OPTIONS, type Options } from "../engine/core/options";

/**
 * The readings the custom functions use. The task pane sets them from the workbook's stored choices (the
 * functions and the pane share one runtime); the command line sets them from `--option`.
 */
let options: Options = { ...DEFAULT_OPTIONS };

export function currentOptions(): Options {
  return options;
}

export function setOptions(next: Options): void {
  options = { ...next };
}
