import * as E from "../engine";
import { setOptions } from "../functions/settings";
import { workbookPolicies } from "../functions/workbook-policies";
import { calculatorTab } from "./calculator";
import { h } from "./dom";
import { language, setLanguage, t } from "./i18n";
import { jobsTab } from "./jobs-tab";
import { loadOptions } from "./memory";
import { settingsTab } from "./settings-tab";
import { statsTab } from "./stats-tab";
import { has } from "./support";
import { inExcel, say, statusLine } from "./ui";

/**
 * The task pane: a header, tabs (keyboard: arrow keys move between them), the panels, and a status line
 * read out by screen readers. It shares the runtime with the custom functions, so the options chosen
 * here are the options the functions use.
 */
let options: E.Options = { ...E.DEFAULT_OPTIONS };

function render(app: HTMLElement, shown = 0): void {
  const m = t();
  const getOptions = () => options;
  const tabs: [string, () => HTMLElement][] = [
    [m.tabCalculator, () => calculatorTab(getOptions)],
    [m.tabLedger, () => jobsTab("ledger", getOptions)],
    [m.tabAudit, () => jobsTab("audit", getOptions)],
    [m.tabStats, () => statsTab(getOptions)],
    // a policy file loaded or removed: every tab lists the documents anew, 设置 stays in view
    [m.tabSettings, () => settingsTab(getOptions, (o) => (options = o), () => E.loadAllPolicies().then(() => render(app, tabs.length - 1)))],
  ];
  const tablist = h("div", { role: "tablist", "aria-label": m.appTitle, class: "tabs" });
  const panels: HTMLElement[] = [];
  const buttons: HTMLButtonElement[] = [];
  function show(i: number, focus = false): void {
    buttons.forEach((b, j) => {
      b.setAttribute("aria-selected", String(i === j));
      b.tabIndex = i === j ? 0 : -1;
      panels[j]!.hidden = i !== j;
    });
    panels[i]!.firstElementChild?.dispatchEvent(new Event("tabshown"));
    if (focus) buttons[i]!.focus();
  }
  tabs.forEach(([label, make], i) => {
    const id = `tab-${i}`;
    const b = h("button", { role: "tab", id, type: "button", "aria-controls": `panel-${i}` }, label);
    b.addEventListener("click", () => show(i));
    b.addEventListener("keydown", (e) => {
      if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
        e.preventDefault();
        show((i + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length, true);
      }
    });
    buttons.push(b);
    tablist.append(b);
    panels.push(h("div", { role: "tabpanel", id: `panel-${i}`, "aria-labelledby": id, class: "panel", tabindex: 0 }, make()));
  });
  const toggle = h("button", { type: "button", class: "lang", lang: language() === "zh" ? "en" : "zh" }, m.langToggle);
  toggle.addEventListener("click", () => {
    setLanguage(language() === "zh" ? "en" : "zh");
    render(app);
  });
  app.replaceChildren(h("header", {}, h("h1", {}, m.appTitle), toggle), tablist, statusLine(), ...panels);
  document.documentElement.lang = language() === "zh" ? "zh-CN" : "en";
  show(shown);
  if (!inExcel()) say(m.notInExcel, "info");
  else if (!has("customFunctions")) say(m.noCustomFunctions, "info");
}

export function start(app: HTMLElement): void {
  const go = async (): Promise<void> => {
    if (inExcel()) {
      options = loadOptions();
      setOptions(options);
    }
    // The calculator lists every policy with its rules, the workbook's own files among them; load them now
    // rather than on the first click.
    await workbookPolicies();
    await E.loadAllPolicies();
    render(app);
  };
  if (typeof Office !== "undefined") void Office.onReady(() => void go());
  else void go();
}
