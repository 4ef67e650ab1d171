/* Builds the add-in (functions, task pane, manifest, metadata) and the command line from the same sources.
 *
 *   npm run build                      production build, URLs https://localhost:3000/
 *   ADDIN_URL=https://host/path/ npm run build    production build for a deployment URL
 *   OFFICE_JS=local npm run build      serve office.js from dist/office-js, taken from the @microsoft/office-js package
 *   OFFICE_JS_DIR=folder npm run build serve office.js from dist/office-js, taken from a folder downloaded from
 *                                      Microsoft's CDN and checked (build/office-js-folder.js)
 */
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { TalentMetadataPlugin } = require("./build/metadata-plugin");
const officeFolder = require("./build/office-js-folder");

const DEV_URL = "https://localhost:3000/";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

function deploymentUrl(dev) {
  if (dev || !process.env.ADDIN_URL) return DEV_URL;
  const url = process.env.ADDIN_URL;
  if (!/^https:\/\//.test(url)) throw new Error("ADDIN_URL must be an https:// URL (Office loads add-ins over HTTPS only)");
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * The pages' Content Security Policy: scripts only from our own origin (and Microsoft's office.js CDN when
 * office.js is not self-hosted: office.js loads its host-specific files from the same folder), no requests
 * to any other origin. Nothing else is loaded, so nothing else is listed. Office's own scripts set inline
 * styles, hence 'unsafe-inline' for styles only.
 */
function contentSecurityPolicy(localOffice) {
  const scripts = localOffice ? "'self'" : `'self' ${OFFICE_CDN}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

const tsRule = {
  test: /\.ts$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true } },
};

/**
 * The browser bundles are ES2017: the oldest webview the support matrix names is EdgeHTML (Microsoft Edge
 * Legacy), which Excel 2016/2019 retail and Microsoft 365 without WebView2 use. Our TypeScript is compiled
 * down to it, and so are the packages we bundle (zod is written in later syntax). Internet Explorer 11
 * (Trident: volume-licensed Office 2016/2019) runs ES5 only and is out of scope; webview-check.js tells
 * its users so. test/build/es-level.test.ts parses every shipped .js at this level.
 */
const BROWSER_ES = "ES2017";
const webTsRule = {
  test: /\.ts$/,
  exclude: /node_modules/,
  use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { target: BROWSER_ES } } },
};
const webPackagesRule = {
  test: /\.m?js$/,
  // the packages whose published code is later than ES2017 (the parse test finds any new one)
  include: /node_modules[\\/]zod[\\/]/,
  use: { loader: path.resolve(__dirname, "build/downlevel-loader.js"), options: { target: BROWSER_ES } },
};

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const url = deploymentUrl(dev);
  // a folder the office provides (checked before anything is built), or the npm package
  const folder = process.env.OFFICE_JS_DIR ? path.resolve(process.env.OFFICE_JS_DIR) : null;
  const folderFiles = folder ? officeFolder.checkFolder(folder) : null;
  const localOffice = process.env.OFFICE_JS === "local" || folder !== null;
  const officeJs = localOffice ? "office-js/office.js" : `${OFFICE_CDN}/lib/1/hosted/office.js`;

  const web = {
    name: "addin",
    target: ["web", BROWSER_ES.toLowerCase()],
    devtool: dev || process.env.SOURCE_MAP ? "source-map" : false,
    entry: { functions: "./src/addin.ts" },
    // DIST_DIR lets the browser test build the self-hosted variant beside the normal one.
    output: { path: path.resolve(__dirname, process.env.DIST_DIR || "dist"), filename: "[name].js", chunkFilename: "chunks/[name].[contenthash:8].js", clean: false },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [webTsRule, webPackagesRule] },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new TalentMetadataPlugin({
        zhSource: path.resolve(__dirname, "src/functions/functions.zh-CN.json"),
        namesSource: path.resolve(__dirname, "src/functions/names.zh-CN.json"),
        devUrl: DEV_URL,
        url,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions"],
        templateParameters: { officeJs, csp: contentSecurityPolicy(localOffice) },
        scriptLoading: "defer",
      }),
      // what was copied from the office's folder, with the hashes checked: the record an auditor asks for
      ...(folderFiles
        ? [
            {
              apply: (compiler) =>
                compiler.hooks.thisCompilation.tap("OfficeJsSums", (compilation) =>
                  compilation.hooks.processAssets.tap({ name: "OfficeJsSums", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () =>
                    compilation.emitAsset(`office-js/${officeFolder.SUMS}`, new webpack.sources.RawSource(officeFolder.sumsText(folderFiles))),
                  ),
                ),
            },
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/taskpane/webview-check.js", to: "webview-check.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
          // Microsoft's files are copied as published: marked minimized so that the build does not rework 60 MB.
          ...(folder
            ? [{ from: folder, to: "office-js", info: { minimized: true }, globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts", `**/${officeFolder.SUMS}`] } }]
            : localOffice
              ? [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true }, globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts"] } }]
              : []),
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Content-Security-Policy": contentSecurityPolicy(localOffice) },
      server: env.WEBPACK_SERVE ? { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() } : "https",
      port: 3000,
    },
  };

  const cli = {
    name: "cli",
    target: "node20",
    devtool: false,
    entry: { cli: "./src/cli/index.ts", demo: "./scripts/demo.ts", bench: "./bench/run.ts", "make-examples": "./scripts/make-examples.ts" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: false },
    resolve: { extensions: [".ts", ".js"] },
    // One file per command: the policy chunks the add-in loads lazily are bundled in.
    module: { rules: [tsRule], parser: { javascript: { dynamicImportMode: "eager" } } },
    // Packages stay in node_modules (installed with the command); our own code is bundled into one file.
    externals: [({ request }, callback) => (/^[@a-z]/i.test(request) && !request.startsWith("node:") ? callback(null, `commonjs ${request}`) : callback())],
    externalsPresets: { node: true },
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [
      new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
    ],
  };

  return [web, cli];
};
