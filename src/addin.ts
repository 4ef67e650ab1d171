/**
 * The add-in's one script: it registers the TALENT custom functions at once (the engine they compute with
 * follows as a chunk, requested at the same moment) and starts the task pane's interface (a separate chunk)
 * when the page has one. One script and its chunks mean one copy of the engine in the shared runtime, so the
 * pane's rule options, loaded policy files and the functions' are the same objects.
 */
import "./polyfills";
import "./functions/runtime";
import "./functions/functions";

const root = typeof document !== "undefined" ? document.getElementById("app") : null;
if (root) {
  void import(/* webpackChunkName: "pane" */ "./taskpane/pane").then((pane) => pane.start(root));
}
