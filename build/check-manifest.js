#!/usr/bin/env node
/* An offline structural check of manifest.xml (office-addin-manifest validate needs Microsoft's online
 * service). It checks what breaks sideloading in practice: well-formed XML, the required elements in order
 * of the schema's essentials, a GUID id, every resid defined, every URL https, the shared runtime wired to
 * the custom functions, the zh-CN overrides, and icons that exist.
 *
 *   node build/check-manifest.js [manifest.xml] [--assets DIR]   exits 1 and lists the problems
 */
const fs = require("fs");
const path = require("path");
const { XMLParser, XMLValidator } = require("fast-xml-parser");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d+\.\d+\.\d+\.\d+$/;

function asArray(x) {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

/** Every value of an attribute anywhere below a node. */
function collect(node, attr, out = []) {
  if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === `@_${attr}`) out.push(v);
      else for (const item of asArray(v)) collect(item, attr, out);
    }
  }
  return out;
}

function checkManifest(xml, { assetsDir } = {}) {
  const problems = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`XML 格式错误：${valid.err.msg}（第 ${valid.err.line} 行）`];

  const doc = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true }).parse(xml);
  const app = doc.OfficeApp;
  if (!app) return ["缺少根元素 OfficeApp"];
  if (app["@_type"] !== "TaskPaneApp") problems.push("OfficeApp 的 xsi:type 应为 TaskPaneApp");
  if (!GUID.test(String(app.Id ?? ""))) problems.push("Id 应为 GUID");
  if (!VERSION.test(String(app.Version ?? ""))) problems.push("Version 应为 n.n.n.n");
  for (const el of ["ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "Hosts", "DefaultSettings", "Permissions", "VersionOverrides"]) {
    if (app[el] === undefined) problems.push(`缺少 ${el}`);
  }
  if (asArray(app.Hosts?.Host).every((h) => h["@_Name"] !== "Workbook")) problems.push("Hosts 中缺少 Workbook");
  if (app.Permissions !== "ReadWriteDocument") problems.push("Permissions 应为 ReadWriteDocument（任务窗格要写入单元格）");
  // The support matrix (README): the base asks only what the pane needs everywhere (ExcelApi 1.1, Excel
  // 2016); the shared runtime and the custom functions are asked for inside VersionOverrides, so that an
  // Excel without them still installs the pane (Microsoft: “Requirements element”, as a child of
  // VersionOverrides, falls back to the base manifest when unmet).
  const sets = asArray(app.Requirements?.Sets?.Set).map((s) => s["@_Name"]);
  if (!sets.includes("ExcelApi")) problems.push("Requirements 中缺少 ExcelApi（任务窗格所需的最低版本）");
  if (sets.includes("SharedRuntime")) problems.push("基本 Requirements 不应要求 SharedRuntime：Excel 2016/2019 将无法安装任务窗格；应写在 VersionOverrides 的 Requirements 中");
  if (!asArray(app.DisplayName?.Override).some((o) => o["@_Locale"] === "zh-CN")) problems.push("DisplayName 缺少 zh-CN");

  const vo = app.VersionOverrides;
  const host = asArray(vo?.Hosts?.Host).find((h) => h["@_type"] === "Workbook");
  if (!host) return [...problems, "VersionOverrides 中缺少 Workbook 主机"];
  const overrideSets = asArray(vo.Requirements?.Sets?.Set).map((s) => s["@_Name"]);
  if (host.Runtimes && !overrideSets.includes("SharedRuntime")) problems.push("VersionOverrides 的 Requirements 中缺少 SharedRuntime（共享运行时与自定义函数所需）");
  const res = vo.Resources ?? {};
  const ids = new Map();
  for (const group of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    const items = group === "Images" ? asArray(res.Images?.Image) : group === "Urls" ? asArray(res.Urls?.Url) : asArray(res[group]?.String);
    for (const item of items) ids.set(item["@_id"], { group, item });
  }
  for (const rid of collect(host, "resid")) if (!ids.has(rid)) problems.push(`resid “${rid}” 未在 Resources 中定义`);

  const runtime = asArray(host.Runtimes?.Runtime)[0];
  if (!runtime) problems.push("缺少 Runtimes/Runtime（共享运行时）");
  else if (runtime["@_lifetime"] !== "long") problems.push("Runtime 的 lifetime 应为 long");
  const cf = asArray(host.AllFormFactors?.ExtensionPoint).find((e) => e["@_type"] === "CustomFunctions");
  if (!cf) problems.push("缺少 CustomFunctions 扩展点");
  else {
    if (cf.Page?.SourceLocation?.["@_resid"] !== runtime?.["@_resid"]) problems.push("自定义函数的 Page 应与共享运行时使用同一页面");
    for (const el of ["Script", "Metadata"]) if (!cf[el]?.SourceLocation?.["@_resid"]) problems.push(`CustomFunctions 缺少 ${el}`);
    const ns = ids.get(cf.Namespace?.["@_resid"])?.item["@_DefaultValue"];
    if (ns !== "TALENT") problems.push(`函数命名空间应为 TALENT，而不是 ${ns}`);
    const meta = ids.get(cf.Metadata?.SourceLocation?.["@_resid"])?.item;
    if (!asArray(meta?.Override).some((o) => o["@_Locale"] === "zh-CN")) problems.push("函数元数据缺少 zh-CN 覆盖（中文函数名）");
  }
  if (host.DesktopFormFactor?.FunctionFile?.["@_resid"] !== runtime?.["@_resid"]) problems.push("FunctionFile 应指向共享运行时页面");

  const urls = [app.IconUrl, app.HighResolutionIconUrl, app.SupportUrl, app.DefaultSettings?.SourceLocation]
    .map((u) => u?.["@_DefaultValue"])
    .concat([...ids.values()].filter((x) => x.group !== "ShortStrings" && x.group !== "LongStrings").map((x) => x.item["@_DefaultValue"]))
    .concat(collect(res.Urls, "Value"));
  for (const u of urls.filter(Boolean)) if (!/^https:\/\//.test(u)) problems.push(`网址须为 https：${u}`);

  if (assetsDir) {
    for (const u of urls.filter((x) => /\/assets\/[^/]+\.png$/.test(x ?? ""))) {
      const file = path.join(assetsDir, path.basename(u));
      if (!fs.existsSync(file)) problems.push(`图标不存在：${file}`);
    }
  }
  return problems;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--")) ?? "manifest.xml";
  const assetsDir = args.includes("--assets") ? args[args.indexOf("--assets") + 1] : path.join(path.dirname(file), "assets");
  const problems = checkManifest(fs.readFileSync(file, "utf8"), { assetsDir });
  if (problems.length > 0) {
    for (const p of problems) console.error(`✗ ${p}`);
    process.exit(1);
  }
  console.log(`✓ ${file} 结构检查通过（离线检查；在线校验请运行 npm run validate）`);
}

module.exports = { checkManifest };
