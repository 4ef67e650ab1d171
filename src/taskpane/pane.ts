import { allMetas } from "../engine";

/** The task pane (shared runtime with the functions). */
export function start(app: HTMLElement): void {
  const render = (): void => {
    app.textContent = "";
    const h = document.createElement("h1");
    h.textContent = "人才政策计算";
    app.append(h);
    const ul = document.createElement("ul");
    for (const m of allMetas()) {
      const li = document.createElement("li");
      li.textContent = `${m.title}（${m.docNumber ?? "无文号"}）`;
      ul.append(li);
    }
    app.append(ul);
  };
  if (typeof Office !== "undefined") void Office.onReady(render);
  else render();
}
