/* Build step: from the functions.json that custom-functions-metadata-plugin generates from the JSDoc,
 * emit functions.zh-cn.json (Chinese names from src/functions/names.zh-CN.json, descriptions from
 * src/functions/functions.zh-CN.json) and point both files' help URLs at the deployment URL. A function
 * without a Chinese name or description fails the build. */
const fs = require("fs");
const { Compilation, sources, WebpackError } = require("webpack");

const NAME = "TalentMetadataPlugin";
/** Excel's rule for function names: starts with a letter, letters, digits, underscores and periods, 3+ long. */
const VALID_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;

function localize(english, zh, names) {
  const errors = [];
  const functions = english.functions.map((f) => {
    const t = zh[f.id];
    const name = names[f.id];
    if (!t || !name) {
      errors.push(`${f.id}: no ${t ? "name in names.zh-CN.json" : "entry in functions.zh-CN.json"}`);
      return f;
    }
    if (!VALID_NAME.test(name)) errors.push(`${f.id}: “${name}” is not a valid Excel function name`);
    const parameters = f.parameters.map((p) => {
      const tp = t.parameters && t.parameters[p.name];
      if (!tp) {
        errors.push(`${f.id}: parameter ${p.name} has no Chinese name`);
        return p;
      }
      return { ...p, name: tp.name, description: tp.description };
    });
    return { ...f, name, description: t.description, parameters };
  });
  for (const id of new Set([...Object.keys(zh), ...Object.keys(names)])) {
    if (!english.functions.some((f) => f.id === id)) errors.push(`${id}: has Chinese metadata but is not declared in functions.ts`);
  }
  return { json: { ...english, functions }, errors };
}

class TalentMetadataPlugin {
  constructor({ zhSource, namesSource, devUrl, url }) {
    this.zhSource = zhSource;
    this.namesSource = namesSource;
    this.devUrl = devUrl;
    this.url = url;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.fileDependencies.add(this.zhSource);
        compilation.fileDependencies.add(this.namesSource);
        const asset = compilation.getAsset("functions.json");
        if (!asset) return; // the metadata plugin has already reported why
        const rewrite = (text) => text.split(this.devUrl).join(this.url);
        const english = JSON.parse(rewrite(asset.source.source().toString()));
        const zh = JSON.parse(fs.readFileSync(this.zhSource, "utf8"));
        const names = JSON.parse(fs.readFileSync(this.namesSource, "utf8"));
        const { json, errors } = localize(english, zh, names);
        for (const e of errors) compilation.errors.push(new WebpackError(`${NAME}: ${e}`));
        compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(english, null, 2)));
        compilation.emitAsset("functions.zh-cn.json", new sources.RawSource(JSON.stringify(json, null, 2)));
      });
    });
  }
}

module.exports = { TalentMetadataPlugin, localize, VALID_NAME };
