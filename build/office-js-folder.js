#!/usr/bin/env node
/* Self-hosted office.js from a folder the office provides, the supported way round the npm package (whose
 * README says it is not meant for hosting). On a machine with internet access, office.js and the files it
 * loads for Excel are downloaded once from Microsoft's CDN into a folder (`--list` prints their addresses),
 * with a SHA256SUMS file (`--sums`); the folder is carried to the intranet; the build copies it into
 * dist/office-js/ after checking that every file office.js needs for Excel is there and that each file is
 * the one downloaded. What was copied is listed with its hash in dist/office-js/SHA256SUMS.
 *
 *   node build/office-js-folder.js --list                      the files and their CDN addresses
 *   node build/office-js-folder.js --sums FOLDER               write FOLDER/SHA256SUMS (on the connected machine)
 *   node build/office-js-folder.js --check FOLDER              check FOLDER as the build will
 *   OFFICE_JS_DIR=FOLDER ADDIN_URL=https://… npm run build     build with it
 */
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/**
 * What office.js loads for Excel (Windows, Mac, the web) and for custom functions, and the strings in the
 * two languages of the pane. Other hosts' files (Word, Outlook …) may be in the folder; they are copied too.
 */
const REQUIRED = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-win32-16.01.js",
  "excel-win32-16.01-core.js",
  "excel-win32-16.00.js",
  "excel-mac-16.00.js",
  "excel-mac-16.00-core.js",
  "excel-web-16.00.js",
  "excel-web-16.00-core.js",
  "custom-functions-runtime.js",
  "en-us/office_strings.js",
  "zh-cn/office_strings.js",
];

const SUMS = "SHA256SUMS";

function sha256(file) {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** Every file below a folder, as forward-slash paths relative to it. */
function filesOf(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesOf(full, base) : [path.relative(base, full).split(path.sep).join("/")];
  });
}

/** Files the add-in never loads: debug builds and type declarations. */
function shipped(rel) {
  return rel !== SUMS && !rel.endsWith(".debug.js") && !rel.endsWith(".d.ts");
}

/** “hash  name” lines, as sha256sum writes and reads them. */
function parseSums(text) {
  const out = new Map();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/i.exec(line.trim());
    if (m) out.set(m[2].replace(/^\.\//, ""), m[1].toLowerCase());
  }
  return out;
}

/**
 * Checks a folder as the build will: the required files present, and, when it has a SHA256SUMS, every file
 * listed there present and unchanged. Returns the files to copy with their hashes; throws with every
 * problem named (in Chinese, for the person building).
 */
function checkFolder(dir) {
  const problems = [];
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`office.js 文件夹不存在：${dir}`);
  const files = filesOf(dir).filter(shipped);
  const present = new Set(files);
  for (const r of REQUIRED) if (!present.has(r)) problems.push(`缺少 ${r}（下载地址 ${CDN}${r}）`);
  const hashes = new Map(files.map((f) => [f, sha256(path.join(dir, f))]));
  const sumsFile = path.join(dir, SUMS);
  if (fs.existsSync(sumsFile)) {
    for (const [name, expected] of parseSums(fs.readFileSync(sumsFile, "utf8"))) {
      if (!shipped(name)) continue;
      if (!hashes.has(name)) problems.push(`${SUMS} 列出的 ${name} 不在文件夹中`);
      else if (hashes.get(name) !== expected) problems.push(`${name} 与 ${SUMS} 中的哈希不符（文件在复制途中被改动或损坏）`);
    }
  } else {
    problems.push(`文件夹中没有 ${SUMS}：请在下载的电脑上运行 node build/office-js-folder.js --sums <文件夹>，连同文件夹一起带来`);
  }
  if (problems.length > 0) throw new Error(`office.js 文件夹检查未通过（${dir}）：\n  ${problems.join("\n  ")}`);
  return [...hashes].map(([file, hash]) => ({ file, hash }));
}

function sumsText(entries) {
  return entries.map((e) => `${e.hash}  ${e.file}`).join("\n") + "\n";
}

function main(argv) {
  const [flag, dir] = argv;
  if (flag === "--list") {
    for (const r of REQUIRED) console.log(`${CDN}${r}\t${r}`);
    return 0;
  }
  if (flag === "--sums" && dir) {
    const entries = filesOf(dir).filter(shipped).map((file) => ({ file, hash: sha256(path.join(dir, file)) }));
    fs.writeFileSync(path.join(dir, SUMS), sumsText(entries));
    console.log(`已写入 ${path.join(dir, SUMS)}：${entries.length} 个文件`);
    return 0;
  }
  if (flag === "--check" && dir) {
    const entries = checkFolder(dir);
    console.log(`✓ ${dir}：${entries.length} 个文件齐全且与 ${SUMS} 一致`);
    return 0;
  }
  console.error("用法：node build/office-js-folder.js --list | --sums <文件夹> | --check <文件夹>");
  return 2;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exitCode = 1;
  }
}

module.exports = { checkFolder, sumsText, parseSums, REQUIRED, SUMS, CDN, shipped };
