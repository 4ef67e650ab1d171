import * as E from "../engine";
import { interpretationRegister } from "../engine/decisions";
import { setOptions } from "../functions/settings";
import { clear, field, h, select } from "./dom";
import * as X from "./excel";
import { language, t } from "./i18n";
import { dropBackup, journal, onJournalChange, saveOptions } from "./memory";
import { policyFilesSection } from "./policy-files-tab";
import { inExcel, say } from "./ui";
import { BACKUP_PREFIX, undo } from "./writer";

/**
 * 设置: the readings of the interpretation register for this workbook (applied to the functions and the
 * jobs alike), each a choice in words with the article it concerns; the list of everything the add-in
 * wrote, each undoable; and the backups of overwritten cells, each with its size, each clearable.
 * The option keys (basis, whole …) are the command line's words: the English interface shows them, the
 * Chinese one does not.
 */

type Choice = readonly [value: string, zh: string, en: string];

export const CHOICES: Partial<Record<keyof E.Options, readonly Choice[]>> = {
  endDateCounts: [["true", "计入", "counts"], ["false", "不计入", "does not count"]],
  basis: [["whole", "按已满整年", "completed years"], ["exact", "按实际（含小数）", "exact, with the fraction"]],
  paymentTiming: [["yearStart", "服务年度开始时", "when the service year starts"], ["yearEnd", "服务年度结束时", "when the service year ends"]],
  penaltyYear: [
    ["atLeastOne", "年数不足一年的按一年计", "less than a year counts as one"],
    ["ceil", "每个不足一年的零头都按一年计", "every part-year counts as a year"],
    ["annualize", "按月均工资折算年薪", "annualised from the monthly wage"],
  ],
  zhangyeMajorRule: [["both", "硕士与学士都须为急需紧缺专业", "both master's and bachelor's"], ["bachelorOnly", "仅学士须为急需紧缺专业", "bachelor's only"]],
  flexibleBoundInclusive: [["false", "不含3个月整", "exactly 3 months does not count"], ["true", "含3个月整", "exactly 3 months counts"]],
  kuitunRefundHousingSubsidy: [["true", "含特聘住房补贴", "including the housing subsidy"], ["false", "不含特聘住房补贴", "excluding the housing subsidy"]],
  wayBlank: [["state", "照算，写明限哪种引进方式", "compute, stating the way required"], ["ask", "要求填写引进方式", "ask for the way"]],
  flexibleAsSpecial: [["true", "“柔性”按特聘", "“柔性” is 特聘"], ["false", "“柔性”须写明具体方式", "“柔性” must be made specific"]],
  zhangyeHousingChoice: [["apartment", "人才公寓", "the talent apartment"], ["subsidy", "租房补贴或生活补贴", "the rent or living subsidy"]],
  turpanTier3: [["group", "第四条第（三）项全体", "the whole of 4(3)"], ["literal", "仅原文所列两种专家", "only the two kinds named"]],
  serviceYearMoney: [["completed", "服务满该年度（或所需月数）后", "once the year (or its months) is served"], ["started", "服务年度开始时", "when the service year starts"]],
  zhangyeNationalLevel: [["titles", "国家级称号", "national titles"], ["programmes", "另含百千万人才工程、国务院特殊津贴", "national programmes too"]],
  paymentsAfterLapse: [["stop", "文件失效后停发", "stop when the document lapses"], ["continue", "照发", "continue"]],
  highTitle: [["associate", "按副高统计", "counted as associate senior"], ["unsplit", "单列“高级（未分正副）”", "a column of its own"]],
};

/** The options that are a date or a count, not a choice among words; a term may be 0 (“按文件”). */
export const INPUTS: Partial<Record<keyof E.Options, "date" | "count" | "term">> = { kuitunEffectiveFrom: "date", agreementYears: "term", horizonYears: "count" };

type Control = HTMLSelectElement | HTMLInputElement;

function control(key: keyof E.Options, value: unknown, zh: boolean): Control {
  const choices = CHOICES[key];
  const defaultValue = String(E.DEFAULT_OPTIONS[key]);
  if (choices) {
    const mark = zh ? "（默认）" : " (default)";
    const s = select(choices.map(([v, z, en]) => [v, `${zh ? z : `${v} — ${en}`}${v === defaultValue ? mark : ""}`]), String(value));
    s.dataset.option = key;
    return s;
  }
  const kind = INPUTS[key];
  // an option added to the engine without a choice list here is still editable, as text
  const input =
    kind === "date"
      ? h("input", { type: "date", value: String(value) })
      : kind === "count" || kind === "term"
        ? h("input", { type: "number", min: kind === "term" ? 0 : 1, step: 1, value: String(value) })
        : h("input", { type: "text", value: String(value) });
  input.dataset.option = key;
  return input;
}

export function settingsTab(getOptions: () => E.Options, onChange: (o: E.Options) => void, onPolicies: () => Promise<void> = () => Promise.resolve()): HTMLElement {
  const m = t();
  const zh = language() === "zh";
  const controls = new Map<keyof E.Options, Control>();
  const articles = new Map<string, HTMLElement>();
  const form = h("form", { class: "form", id: "options-form" }, h("h3", {}, m.options));
  for (const info of E.OPTION_INFO) {
    const c = control(info.key, getOptions()[info.key], zh);
    controls.set(info.key, c);
    const where = h("div", { class: "hint article-ref" });
    articles.set(info.key, where);
    form.append(field(zh ? info.zh : `${info.zh} (${info.key})`, c), where);
  }
  // each option with the article (or articles) whose reading it switches, from the interpretation register
  void interpretationRegister().then((sections) => {
    for (const s of sections) {
      for (const d of s.decisions) {
        const where = d.option ? articles.get(d.option.key) : undefined;
        if (!where) continue;
        const scope = s.scope === "通用" ? "" : `${s.scope.replace(/（[^（）]*）$/, "")} `;
        where.textContent = `${where.textContent ? `${where.textContent}；` : `${m.optionArticle}：`}${scope}${d.article.label}`;
      }
    }
  });
  form.append(h("div", { class: "buttons" }, h("button", { type: "submit", class: "primary" }, m.saveOptions)));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      const o = E.parseOptions(Object.fromEntries([...controls].map(([k, c]) => [k, c.value])));
      setOptions(o);
      onChange(o);
      await saveOptions(o);
      if (inExcel()) await X.recalculate();
      say(m.saved, "ok");
    } catch (err) {
      say(err instanceof Error ? err.message : String(err), "error");
    }
  });

  const history = h("section", { class: "history", id: "history" });
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
      });
      history.append(h("div", { class: "entry" }, h("span", {}, `${entry.time.slice(0, 16).replace("T", " ")} ${entry.label}（${entry.sheet}）`), btn));
    }
  }

  /** Backups: those the journal knows (undo restores from them), and any other backup sheet in the workbook. */
  const backups = h("section", { class: "backups", id: "backups" });
  async function renderBackups(): Promise<void> {
    const sheets = inExcel() ? await X.sheetsNamed(BACKUP_PREFIX).catch(() => []) : [];
    clear(backups);
    backups.append(h("h3", {}, m.backups), h("p", { class: "hint" }, m.backupsHint));
    if (sheets.length === 0) backups.append(h("p", {}, m.noBackups));
    const owners = new Map(journal().filter((e) => e.backup).map((e) => [e.backup!.sheet, e]));
    for (const s of sheets) {
      const entry = owners.get(s.name);
      const btn = h("button", { type: "button" }, m.clearBackup);
      btn.addEventListener("click", async () => {
        try {
          await X.deleteSheets([s.name]);
          if (entry) await dropBackup(entry.id);
          say(m.backupCleared(s.name), "ok");
        } catch (err) {
          say(err instanceof Error ? err.message : String(err), "error");
        }
        void renderBackups();
      });
      const what = entry ? `${entry.label}（${entry.sheet}!${entry.backup!.address}）` : m.backupUnknown;
      backups.append(h("div", { class: "entry backup" }, h("span", {}, `${s.name}：${what}，${m.cells(entry?.backup?.cells ?? s.cells)}`), btn));
    }
  }

  renderHistory();
  void renderBackups();
  // the journal changes on every write and undo, from any tab: both lists follow it
  onJournalChange(() => {
    renderHistory();
    void renderBackups();
  });
  return h("div", {}, form, policyFilesSection(onPolicies), history, backups, h("p", { class: "hint" }, m.privacy), h("p", {}, h("a", { href: "help/index.html", target: "_blank", rel: "noopener" }, "函数帮助 / Function help")));
}
