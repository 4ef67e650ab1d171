import { allPolicies } from "../engine";

/** The task pane (shared runtime with the functions). */
function render(): void {
  const app = document.getElementById("app");
  if (!app) return;
  app.textContent = "";
  const h = document.createElement("h1");
  h.textContent = "人才政策计算";
  app.append(h);
  const ul = document.createElement("ul");
  for (const d of allPolicies()) {
    const li = document.createElement("li");
    li.textContent = `${d.meta.title}（${d.meta.docNumber ?? "无文号"}）`;
    ul.append(li);
  }
  app.append(ul);
}

if (typeof Office !== "undefined") Office.onReady(() => render());
else document.addEventListener("DOMContentLoaded", render);
