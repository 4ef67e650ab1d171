import { h } from "./dom";
import { t } from "./i18n";

/** Status line, confirmation dialog and progress bar shared by the tabs. */

let statusEl: HTMLElement | null = null;

export function statusLine(): HTMLElement {
  statusEl = h("div", { class: "status", role: "status", "aria-live": "polite" });
  return statusEl;
}

export function say(message: string, kind: "info" | "ok" | "error" = "info"): void {
  if (!statusEl) return;
  statusEl.textContent = message;
  statusEl.dataset.kind = kind;
}

/** A modal question inside the pane; resolves true for yes. Escape and the “no” button answer no. */
export function confirm(message: string, yes: string = t().confirmYes, no: string = t().confirmNo): Promise<boolean> {
  return new Promise((resolve) => {
    const previous = document.activeElement as HTMLElement | null;
    const close = (answer: boolean) => {
      overlay.remove();
      previous?.focus();
      resolve(answer);
    };
    const yesBtn = h("button", { class: "primary", type: "button", onclick: () => close(true) }, yes);
    const noBtn = h("button", { type: "button", onclick: () => close(false) }, no);
    const text = h("p", { id: "confirm-text" }, message);
    const dialog = h("div", { class: "dialog", role: "alertdialog", "aria-modal": "true", "aria-labelledby": "confirm-text" }, text, h("div", { class: "buttons" }, noBtn, yesBtn));
    const overlay = h("div", { class: "overlay" }, dialog);
    overlay.addEventListener("keydown", (e) => {
      if (e.key === "Escape") close(false);
      if (e.key === "Tab") {
        // keep the focus inside the dialog
        e.preventDefault();
        (document.activeElement === noBtn ? yesBtn : noBtn).focus();
      }
    });
    document.body.append(overlay);
    noBtn.focus();
  });
}

/**
 * A modal question with one button per answer (and 取消): resolves the chosen answer's index, or -1.
 * The pane's way of asking what the command line refuses with an error (two columns for one role).
 */
export function choose(message: string, answers: readonly string[], cancel: string = t().cancel): Promise<number> {
  return new Promise((resolve) => {
    const previous = document.activeElement as HTMLElement | null;
    const close = (answer: number) => {
      overlay.remove();
      previous?.focus();
      resolve(answer);
    };
    const buttons = answers.map((a, i) => h("button", { type: "button", class: i === 0 ? "primary" : "", onclick: () => close(i) }, a));
    const no = h("button", { type: "button", onclick: () => close(-1) }, cancel);
    const text = h("p", { id: "choose-text" }, message);
    const dialog = h("div", { class: "dialog", role: "alertdialog", "aria-modal": "true", "aria-labelledby": "choose-text" }, text, h("div", { class: "buttons" }, ...buttons, no));
    const overlay = h("div", { class: "overlay" }, dialog);
    overlay.addEventListener("keydown", (e) => {
      if (e.key === "Escape") close(-1);
    });
    document.body.append(overlay);
    buttons[0]?.focus();
  });
}

export interface Progress {
  element: HTMLElement;
  set: (done: number, total: number) => void;
  cancelled: () => boolean;
  done: () => void;
}

/** A progress bar with a cancel button; cancelling takes effect between chunks. */
export function progress(label: string): Progress {
  let stop = false;
  const bar = h("progress", { max: 100, value: 0, "aria-label": label });
  const cancel = h("button", { type: "button", onclick: () => (stop = true) }, t().cancel);
  const text = h("span", { class: "progress-text" }, "0%");
  const element = h("div", { class: "progress" }, bar, text, cancel);
  return {
    element,
    set: (done, total) => {
      const pct = total === 0 ? 100 : Math.round((done / total) * 100);
      bar.value = pct;
      text.textContent = `${pct}%`;
    },
    cancelled: () => stop,
    done: () => element.remove(),
  };
}

export function inExcel(): boolean {
  return typeof Excel !== "undefined" && typeof Office !== "undefined";
}
