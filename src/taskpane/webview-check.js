/* Runs before the pane's own script, in ECMAScript 5 so that even Internet Explorer 11 can run it. The
 * pane needs ES2017; where Office shows add-ins in Internet Explorer 11 (volume-licensed Office 2016/2019,
 * or Windows without WebView2 for add-ins with a shared runtime) this says so instead of a blank pane. */
(function () {
  if (navigator.userAgent.indexOf("Trident") === -1) return;
  var app = document.getElementById("app");
  if (!app) return;
  app.innerHTML =
    "<p>此版本的 Office 用 Internet Explorer 11 显示加载项，人才政策计算无法在其中运行。</p>" +
    "<p>请使用 Microsoft 365 或 Office 2021 及以后版本；零售版 Office 2016/2019 安装 Microsoft Edge WebView2 运行时后即可使用任务窗格。" +
    "没有这些条件时，可用命令行 talent-policy 处理 .xlsx 文件（不需要 Excel）。</p>" +
    "<p lang=\"en\">This version of Office shows add-ins in Internet Explorer 11, which this add-in does not support.</p>";
})();
