/**
 * The add-in's one script: it registers the TALENT custom functions at once and starts the task pane's
 * interface (a separate chunk) when the page has one. One script means one copy of the engine in the shared
 * runtime, so the pane's rule options and the functions' are the same object.
 */
import "./polyfills";
import "./functions/runtime";
import "./functions/functions";

const root = typeof document !== "undefined" ? document.getElementById("app") : null;
if (root) {
  void import(/* webpackChunkName: "pane" */ "./taskpane/pane").then((pane) => pane.start(root));
}
