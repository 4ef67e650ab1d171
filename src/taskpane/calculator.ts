import * as E from "../engine";
import { invoke } from "../functions/invoke";
import { specOf } from "../functions/registry";
import { findTable, matchColumns, type Role } from "../jobs/columns";
import { readPerson } from "../jobs/person";
import { articleButton } from "./articles";
import { clear, field, h, select } from "./dom";
import * as X from "./excel";
import { t } from "./i18n";
import { confirm, inExcel, say } from "./ui";
import { has } from "./support";
import { guardedWrite } from "./writer";

/**
 * 计算器: one person, every answer with its article. The form can be filled by hand or from the selected
 * row of a ledger; the result can be put into the sheet as live TALENT formulas.
 */

const DEGREES: [string, string][] = [["", ""], ["博士", "博士"], ["硕士", "硕士"], ["学士", "学士（本科）"], ["专科", "大专"], ["无", "无"]];
const TITLES: [string, string][] = [["", ""], ["正高", "正高级"], ["副高", "副高级"], ["中级", "中级"], ["初级", "初级"], ["无", "无"]];
const SCHOOLS: [string, string][] = [["", ""], ["双一流", "双一流（含985、211）"], ["其他", "其他"]];

interface Form {
  policy: HTMLSelectElement;
  category: HTMLSelectElement;
  degree: HTMLSelectElement;
  title: HTMLSelectElement;
  school: HTMLSelectElement;
  urgent: HTMLSelectElement;
  honors: HTMLInputElement;
  /** 引进方式: decides benefits bound to a way (张掖 全职, 吐鲁番 刚性) and the 特聘 categories. */
  way: HTMLSelectElement;
  birth: HTMLInputElement;
  start: HTMLInputElement;
  end: HTMLInputElement;
  paid: HTMLInputElement;
}

function policyOptions(): [string, string][] {
  const today = E.today();
  return E.allMetas().map((m) => [m.id, `${m.title}（${E.policyStatus(m, today, E.DEFAULT_OPTIONS).value.state}）`]);
}

function isoOf(serialOrText: E.DayNumber | undefined): string {
  return serialOrText === undefined ? "" : E.toISO(serialOrText);
}

export function calculatorTab(getOptions: () => E.Options): HTMLElement {
  const m = t();
  const f: Form = {
    policy: select(policyOptions(), "zhangye-2022"),
    category: select([["", m.categoryByRules]]),
    degree: select(DEGREES),
    title: select(TITLES),
    school: select(SCHOOLS),
    urgent: select([["", m.unknown], ["是", m.yes], ["否", m.no]]),
    honors: h("input", { type: "text", list: "honor-words", autocomplete: "off" }),
    way: select([["", m.unknown], ...E.WAYS.keys().map((k): [string, string] => [k, k])]),
    birth: h("input", { type: "date" }),
    start: h("input", { type: "date" }),
    end: h("input", { type: "date" }),
    paid: h("input", { type: "number", min: 0, step: "0.01", inputmode: "decimal" }),
  };
  const datalist = h("datalist", { id: "honor-words" }, ...E.HONORS.keys().map((k) => h("option", { value: k })));
  const results = h("section", { class: "results", "aria-live": "polite", "aria-label": m.compute });

  async function refreshCategories(): Promise<void> {
    await E.loadPolicies([f.policy.value]);
    const doc = E.policyOf(f.policy.value);
    const keep = f.category.value;
    clear(f.category);
    f.category.append(h("option", { value: "" }, m.categoryByRules), ...doc.categories.map((c) => h("option", { value: c.code, selected: c.code === keep }, c.code)));
  }
  f.policy.addEventListener("change", () => void refreshCategories());

  function date(input: HTMLInputElement): E.DayNumber | undefined {
    return input.value ? E.fromISO(input.value) : undefined;
  }

  function compute(): void {
    clear(results);
    const o = getOptions();
    const doc = E.policyOf(f.policy.value);
    const lines: HTMLElement[] = [];
    // the benefits and the schedule below cite this document too: a file's name, version and hash once, on top
    const origin = E.entryOfPolicy(doc.meta.id).origin;
    if (origin) lines.push(h("p", { class: "source" }, `〔${E.originText(origin)}〕`));
    const row = (label: string, value: string, cites: readonly E.Citation[] = []) =>
      lines.push(
        h(
          "div",
          { class: "answer" },
          h("span", { class: "label" }, label),
          h("span", { class: "value" }, value),
          ...cites.map((c) => articleButton(c.policyId, c.article)),
          // a document loaded from a file: which file, version and hash the answer rests on
          ...[...new Set(cites.flatMap((c) => (c.source ? [c.source] : [])))].map((s) => h("span", { class: "source" }, `〔${s}〕`)),
        ),
      );
    const fail = (label: string, e: unknown) => lines.push(h("div", { class: "answer error" }, h("span", { class: "label" }, label), h("span", { class: "value" }, e instanceof Error ? e.message : String(e))));

    let code: string | undefined = f.category.value || undefined;
    if (!code) {
      try {
        const profile: E.Profile = {
          degree: (f.degree.value || undefined) as E.Degree | undefined,
          title: (f.title.value || undefined) as E.TitleLevel | undefined,
          school: (f.school.value || undefined) as E.School | undefined,
          urgentMajor: f.urgent.value === "" ? undefined : f.urgent.value === "是",
          honors: new Set(E.HONORS.parseListFrom([f.honors.value])),
          ...(f.way.value ? { way: E.WAYS.parse(f.way.value) } : {}),
        };
        const r = E.classify(doc, profile, o);
        code = r.value;
        row(m.category, r.value, r.citations);
      } catch (e) {
        fail(m.category, e);
      }
    } else row(m.category, code, E.cite(doc, E.categoryOf(doc, code).article));

    const start = date(f.start);
    const end = date(f.end);
    const way = f.way.value ? E.WAYS.parse(f.way.value) : undefined;
    if (code) {
      const birth = date(f.birth);
      if (birth !== undefined) {
        try {
          const r = E.eligible(doc, code, E.ageOn(birth, start ?? E.today()), [], new Set(E.HONORS.parseListFrom([f.honors.value])));
          row(m.eligible, `${r.value ? m.yes : m.no}：${r.trace().join("；")}`, r.citations);
        } catch (e) {
          fail(m.eligible, e);
        }
      }
      try {
        const b = E.benefitLines(doc, code, o, way);
        lines.push(h("h3", {}, m.benefits));
        lines.push(
          h(
            "ul",
            { class: "benefits" },
            ...b.value.map((l) =>
              h(
                "li",
                {},
                h("strong", {}, l.item),
                l.amount === "" ? "" : ` ${typeof l.amount === "number" ? l.amount.toLocaleString("zh-CN") : l.amount} ${l.unit}`,
                l.period ? `（${l.period}）` : "",
                h("div", { class: "condition" }, l.condition),
                articleButton(doc.meta.id, l.article),
              ),
            ),
          ),
        );
      } catch (e) {
        fail(m.benefits, e);
      }
      if (start !== undefined) {
        try {
          const s = E.schedule(doc, code, start, end ?? null, o, way);
          lines.push(h("h3", {}, m.schedule));
          lines.push(
            h(
              "table",
              { class: "grid" },
              h("tbody", {}, ...s.value.map((l) => h("tr", { class: l.amount?.isNegative() ? "refund" : "" }, h("td", {}, E.toISO(l.date)), h("td", {}, l.item), h("td", { class: "num" }, l.amount === null ? "实物" : E.fenNumber(l.amount).toLocaleString("zh-CN")), h("td", {}, articleButton(doc.meta.id, l.article))))),
            ),
          );
        } catch (e) {
          fail(m.schedule, e);
        }
      }
    }
    if (end !== undefined && start !== undefined && f.paid.value !== "") {
      try {
        const years = E.serviceYears(start, end, o.basis, o.endDateCounts).value;
        const r = E.refund(doc, { received: E.money(f.paid.value), yearsServed: years, basis: o.basis, reason: "personal", options: o });
        row(m.refund, `${E.formatYuan(r.value)} 元：${r.trace().join("；")}`, r.citations);
      } catch (e) {
        fail(m.refund, e);
      }
    }
    results.append(...lines);
    say(`${doc.meta.title}：${code ?? ""}`, "ok");
  }

  async function fromRow(): Promise<void> {
    try {
      const sel = await X.readSelection();
      const used = sel.grid;
      const table = findTable({ rows: used });
      if (!table) return say(m.noTable, "error");
      const mapping = matchColumns(table.headers);
      const rowIndex = (await X.activeRow()) - sel.top;
      const r = table.rows.find((x) => x.index === rowIndex) ?? table.rows[0];
      if (!r) return say(m.noTable, "error");
      const p = readPerson(r.values, mapping);
      const cell = (role: Role) => (mapping[role] === undefined ? "" : String(r.values[mapping[role]!] ?? ""));
      if (p.policyWord) {
        f.policy.value = E.metaOf(p.policyWord).id;
        await refreshCategories();
      }
      f.degree.value = p.profile.degree ?? "";
      f.title.value = p.profile.title ?? "";
      f.school.value = p.profile.school ?? "";
      f.urgent.value = p.profile.urgentMajor === undefined ? "" : p.profile.urgentMajor ? "是" : "否";
      const way = E.statedWay(p.profile);
      f.way.value = way ?? "";
      f.honors.value = [...p.profile.honors].filter((x) => x !== way).join("、");
      f.birth.value = isoOf(p.birth);
      f.start.value = isoOf(p.start);
      f.end.value = isoOf(p.end);
      f.paid.value = cell("paid");
      if (p.errors.length > 0) say(p.errors.join("；"), "error");
      compute();
    } catch (e) {
      say(m.failed(e instanceof Error ? e.message : String(e)), "error");
    }
  }

  /**
   * The block the written formulas will fill: BENEFITS (in the last row, second column) spills its table
   * down and right; its size is the size of the table the same function gives for this form now.
   */
  function benefitsSpill(row: number): { rows: number; cols: number } | undefined {
    const one = (v: string) => [[v]];
    try {
      const code =
        f.category.value ||
        String(invoke(specOf("CATEGORY"), [one(f.policy.value), one(f.degree.value), one(f.title.value), one(f.school.value), one(f.urgent.value), one(f.honors.value), one(f.way.value)])[0]![0]);
      const table = invoke(specOf("BENEFITS"), withWay("BENEFITS", [one(f.policy.value), one(code)], one(f.way.value), one("")));
      return { rows: row + table.length, cols: 1 + Math.max(...table.map((r) => r.length)) };
    } catch {
      return undefined; // the formula will show the same error in one cell: nothing spills
    }
  }

  /** Arguments up to the `way` parameter, wherever the function puts it, the ones between left blank. */
  function withWay<T>(id: string, first: T[], way: T, blank: T): T[] {
    const at = specOf(id).params.findIndex((x) => x.name === "way");
    return [...first, ...Array<T>(Math.max(0, at - first.length)).fill(blank), way];
  }

  async function insertFormulas(): Promise<void> {
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const p = q(f.policy.value);
    const category = f.category.value
      ? q(f.category.value)
      : `TALENT.CATEGORY(${p},${q(f.degree.value)},${q(f.title.value)},${q(f.school.value)},${q(f.urgent.value)},${q(f.honors.value)},${q(f.way.value)})`;
    const w = q(f.way.value);
    const rows: (string | null)[][] = [
      ["人才类别", `=${category}`],
      ["购房补贴", `=TALENT.HOUSINGSUBSIDY(${withWay("HOUSINGSUBSIDY", [p, category], w, "").join(",")})`],
      ["安家费", `=TALENT.SETTLEMENT(${withWay("SETTLEMENT", [p, category], w, "").join(",")})`],
      ["月度补贴", `=TALENT.ALLOWANCE(${withWay("ALLOWANCE", [p, category], w, "").join(",")})`],
      ["待遇清单", `=TALENT.BENEFITS(${withWay("BENEFITS", [p, category], w, "").join(",")})`],
    ];
    try {
      const at = await X.activeCell();
      const out = await guardedWrite(
        { label: "计算器公式", sheet: at.sheet, top: at.row, left: at.column, rows, formulas: true, spill: benefitsSpill(rows.length - 1) },
        { confirmOverwrite: (n) => confirm(m.confirmOverwrite(n)) },
      );
      if (out.status === "done") say(out.entry.backup ? `${m.insertFormulas}。${m.backupKept(out.entry.backup.sheet, out.entry.backup.cells ?? 0)}` : m.insertFormulas, "ok");
    } catch (e) {
      say(m.failed(e instanceof Error ? e.message : String(e)), "error");
    }
  }

  const form = h(
    "form",
    { class: "form", onsubmit: (e: Event) => { e.preventDefault(); compute(); } },
    field(m.policy, f.policy),
    field(m.categoryChoice, f.category),
    field(m.degree, f.degree),
    field(m.title, f.title),
    field(m.school, f.school),
    field(m.urgentMajor, f.urgent),
    field(m.honors, f.honors, m.honorsHint),
    field(m.way, f.way, m.wayHint),
    datalist,
    field(m.birth, f.birth),
    field(m.start, f.start),
    field(m.end, f.end),
    field(m.paid, f.paid),
    h(
      "div",
      { class: "buttons" },
      h("button", { type: "submit", class: "primary", id: "calc-compute" }, m.compute),
      h("button", { type: "button", onclick: () => void fromRow(), disabled: !inExcel() }, m.fromRow),
      h("button", { type: "button", onclick: () => void insertFormulas(), disabled: !inExcel() || !has("customFunctions"), title: has("customFunctions") ? undefined : m.noCustomFunctions }, m.insertFormulas),
    ),
  );
  void refreshCategories();
  return h("div", {}, form, results);
}
