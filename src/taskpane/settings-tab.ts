import * as E from "../engine";
import { setOptions } from "../functions/settings";
import { clear, field, h } from "./dom";
import * as X from "./excel";
import { t } from "./i18n";
import { journal, saveOptions } from "./memory";
import { inExcel, say } from "./ui";
import { undo } from "./writer";

/**
 * 设置: the readings of the interpretation register for this workbook (applied to the functions and the
 * jobs alike), and the list of everything the add-in wrote, each undoable.
 */
export function settingsTab(getOptions: () => E.Options, onChange: (o: E.Options) => void): HTMLElement {
  const m = t();
  const inputs = new Map<keyof E.Options, HTMLInputElement>();
  const form = h("form", { class: "form" }, h("h3", {}, m.options));
  for (const info of E.OPTION_INFO) {
    const input = h("input", { type: "text", value: String(getOptions()[info.key]) });
    inputs.set(info.key, input);
    form.append(field(`${info.zh}（${info.key}）`, input, info.values));
  }
  form.append(h("div", { class: "buttons" }, h("button", { type: "submit", class: "primary" }, m.saveOptions)));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      const o = E.parseOptions(Object.fromEntries([...inputs].map(([k, i]) => [k, i.value])));
      setOptions(o);
      onChange(o);
      await saveOptions(o);
      if (inExcel()) await X.recalculate();
      say(m.saved, "ok");
    } catch (err) {
      say(err instanceof Error ? err.message : String(err), "error");
    }
  });

  const history = h("section", { class: "history" });
  function renderHistory(): void {
    clear(history);
    history.append(h("h3", {}, m.history));
    const entries = journal();
    if (entries.length === 0) history.append(h("p", {}, m.noHistory));
    for (const entry of entries.slice().reverse()) {
      const btn = h("button", { type: "button" }, m.undoEntry);
      btn.addEventListener("click", async () => {
        try {
          await undo(entry);
          say(m.undone, "ok");
        } catch (err) {
          say(err instanceof Error ? err.message : String(err), "error");
        }
        renderHistory();
      });
      history.append(h("div", { class: "entry" }, h("span", {}, `${entry.time.slice(0, 16).replace("T", " ")} ${entry.label}（${entry.sheet}）`), btn));
    }
  }
  renderHistory();
  const root = h("div", {}, form, history, h("p", { class: "hint" }, m.privacy), h("p", {}, h("a", { href: "help/index.html", target: "_blank", rel: "noopener" }, "函数帮助 / Function help")));
  // The pane announces when the tab is shown: the journal may have grown since.
  root.addEventListener("tabshown", renderHistory);
  return root;
}
