/* Webpack loader: compiles a package's JavaScript down to the browser bundles' ECMAScript level with the
 * TypeScript compiler the build already has (no second compiler to install). Syntax only: built-in
 * functions a later edition added are not polyfilled (test/build/es-level.test.ts lists those we call). */
const ts = require("typescript");

module.exports = function downlevel(source) {
  const { target } = this.getOptions();
  const out = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget[target], module: ts.ModuleKind.ESNext, allowJs: true, sourceMap: false, removeComments: false },
    fileName: this.resourcePath,
  });
  return out.outputText;
};
