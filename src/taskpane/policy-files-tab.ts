import { LIMITS_TEXT, loadedPolicyFiles, loadPolicyFile, removeWorkbookPolicyFile, unreadableWorkbookFiles, type ReadOutcome, type ShownProblem } from "../functions/workbook-policies";
import { clear, h, table } from "./dom";
import * as X from "./excel";
import { t } from "./i18n";
import { loadPolicySheets } from "./policy-sheets";
import { inExcel, say } from "./ui";

/** The last load's problems: the pane is drawn anew when a file is loaded, and its warnings stay in view. */
let lastProblems: readonly ShownProblem[] = [];

/**
 * 设置 → 加载政策文件: a file an office encoded (.json) is checked with every problem shown in Chinese
 * (refused on any error, used with its warnings), registered, and kept in the workbook; the files loaded
 * are listed with their name, version, hash and id, each removable. `onChange` draws the pane anew (every
 * tab lists the documents again), so the outcome is said after it, on the new status line.
 */
export function policyFilesSection(onChange: () => Promise<void>): HTMLElement {
  const m = t();
  const input = h("input", { type: "file", accept: ".json,application/json", id: "policy-file-input" });
  const load = h("button", { type: "button", id: "policy-file-load" }, m.loadPolicyFile);
  const problems = h("div", { class: "problems", id: "policy-file-problems", "aria-live": "polite" });
  const fromSheets = h("button", { type: "button", id: "policy-sheets-load" }, m.loadPolicySheets);
  const list = h("div", { id: "policy-file-list" });
  const section = h(
    "section",
    { class: "policy-files", id: "policy-files" },
    h("h3", {}, m.policyFiles),
    h("p", { class: "hint" }, m.policyFilesHint),
    h("p", { class: "hint" }, LIMITS_TEXT),
    h("label", { for: "policy-file-input" }, m.pickPolicyFile),
    input,
    h("div", { class: "buttons" }, load),
    h("p", { class: "hint" }, m.policySheetsHint),
    h("div", { class: "buttons" }, fromSheets),
    problems,
    list,
  );

  function showProblems(ps: readonly ShownProblem[], heading?: string): void {
    if (ps.length === 0) return;
    if (heading) problems.append(h("p", {}, heading));
    problems.append(
      h("ul", {}, ...ps.map((p) => h("li", { class: p.severity }, `${p.severity === "error" ? m.problemError : m.problemWarning}：${p.where}：${p.message}`))),
    );
  }

  function renderList(): void {
    clear(list);
    const files = loadedPolicyFiles();
    if (files.length === 0) list.append(h("p", {}, m.noPolicyFiles));
    else {
      const rows = files.map((f) => [f.origin.file, f.origin.version ?? "", f.origin.hash, f.id]);
      const grid = table([m.policyFileColumns, ...rows]);
      grid.querySelector("thead tr")?.append(h("th", { scope: "col" }, ""));
      grid.querySelectorAll("tbody tr").forEach((tr, i) => {
        const f = files[i]!;
        const remove = h("button", { type: "button", class: "remove-policy-file" }, m.removePolicyFile);
        remove.addEventListener("click", async () => {
          try {
            await removeWorkbookPolicyFile(f.id);
            await changed();
            say(m.policyFileRemoved(f.id), "ok");
          } catch (err) {
            say(err instanceof Error ? err.message : String(err), "error");
          }
        });
        tr.append(h("td", {}, remove));
      });
      list.append(grid);
    }
    for (const u of unreadableWorkbookFiles()) showProblems(u.problems, m.unreadablePolicyFile(u.name));
  }

  /** A load's outcome: its problems listed, the pane drawn anew when the file was loaded. */
  async function report(outcome: ReadOutcome): Promise<void> {
    lastProblems = outcome.problems;
    showProblems(outcome.problems);
    if (outcome.origin) {
      await changed();
      say(m.policyFileLoaded(outcome.id!, outcome.problems.length), "ok");
    } else {
      say(m.policyFileRefused(outcome.problems.filter((p) => p.severity === "error").length), "error");
    }
  }

  async function changed(): Promise<void> {
    await onChange();
    if (inExcel()) await X.recalculate();
  }

  load.addEventListener("click", async () => {
    clear(problems);
    lastProblems = [];
    const file = input.files?.[0];
    if (!file) {
      say(m.policyFileNone, "error");
      return;
    }
    try {
      await report(await loadPolicyFile(file.name, new Uint8Array(await file.arrayBuffer())));
    } catch (err) {
      say(err instanceof Error ? err.message : String(err), "error");
    }
  });

  fromSheets.addEventListener("click", async () => {
    clear(problems);
    lastProblems = [];
    try {
      const outcome = await loadPolicySheets();
      if (!outcome) {
        say(m.noPolicySheets, "error");
        return;
      }
      await report(outcome);
    } catch (err) {
      say(err instanceof Error ? err.message : String(err), "error");
    }
  });

  showProblems(lastProblems);
  renderList();
  return section;
}
