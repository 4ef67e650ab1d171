/** A few DOM helpers: the pane is plain DOM, no framework, to stay small and fast in Office's webview. */

type Attrs = Record<string, string | number | boolean | EventListener | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === "class") el.className = String(v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

let ids = 0;
export function uid(prefix: string): string {
  return `${prefix}-${++ids}`;
}

/** A labelled control: the label is tied to the control for screen readers and clicks. */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement, hint?: string): HTMLElement {
  control.id ||= uid("f");
  const hintEl = hint ? h("div", { class: "hint", id: `${control.id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute("aria-describedby", hintEl.id);
  return h("div", { class: "field" }, h("label", { for: control.id }, label), control, hintEl);
}

export function select(options: readonly [string, string][], value?: string): HTMLSelectElement {
  const s = h("select");
  for (const [v, text] of options) s.append(h("option", { value: v, selected: v === value }, text));
  return s;
}

export function clear(el: Element): void {
  el.textContent = "";
}

/** A small table of rows of text (results, schedules); the first row is the header. */
export function table(rows: readonly (readonly (string | number)[])[], caption?: string): HTMLTableElement {
  const [head, ...body] = rows;
  return h(
    "table",
    { class: "grid" },
    caption ? h("caption", {}, caption) : null,
    head ? h("thead", {}, h("tr", {}, ...head.map((c) => h("th", { scope: "col" }, String(c))))) : null,
    h("tbody", {}, ...body.map((r) => h("tr", {}, ...r.map((c) => h("td", {}, typeof c === "number" ? c.toLocaleString("zh-CN") : c))))),
  );
}
