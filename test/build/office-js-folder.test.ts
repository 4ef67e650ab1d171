import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const F = require("../../build/office-js-folder.js") as {
  checkFolder: (dir: string) => { file: string; hash: string }[];
  sumsText: (e: { file: string; hash: string }[]) => string;
  REQUIRED: string[];
  SUMS: string;
};

/**
 * The scripted route for self-hosted office.js: a folder downloaded once from Microsoft's CDN, carried to
 * the intranet with its SHA256SUMS, checked before the build copies it. Files here are stand-ins; what is
 * checked is that each required one is there and unchanged.
 */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "office-js-"));
  for (const f of [...F.REQUIRED, "word-win32-16.01.js", "office.debug.js"]) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), `/* ${f} */`);
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// sha256 of the text "/* office.js */", worked with `printf '/* office.js */' | sha256sum`
const OFFICE_JS_SHA = "c0a2d41ff535b2ae2614b2eb3cef21eabc184ec86ff55e84b9dc1cef797ec891";

/** SHA256SUMS as the connected machine writes it (`--sums`, or sha256sum), with Node's own hash. */
function writeSums(): void {
  const files = [...F.REQUIRED, "word-win32-16.01.js"];
  writeFileSync(join(dir, F.SUMS), files.map((f) => `${createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")}  ${f}`).join("\n"));
}

describe("office.js from the office's folder", () => {
  test("a complete folder with its sums passes; debug files and the sums file are not shipped", () => {
    writeSums();
    const checked = F.checkFolder(dir);
    expect(checked.map((e) => e.file).sort()).toEqual([...F.REQUIRED, "word-win32-16.01.js"].sort());
    expect(checked.find((e) => e.file === "office.js")!.hash).toBe(OFFICE_JS_SHA);
  });

  test("a missing file is named, with where to download it", () => {
    writeSums();
    rmSync(join(dir, "excel-win32-16.01.js"));
    expect(() => F.checkFolder(dir)).toThrow(/缺少 excel-win32-16\.01\.js（下载地址 https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/excel-win32-16\.01\.js）/);
  });

  test("a file changed after the sums were written is refused", () => {
    writeSums();
    writeFileSync(join(dir, "zh-cn/office_strings.js"), "changed");
    expect(() => F.checkFolder(dir)).toThrow(/zh-cn\/office_strings\.js 与 SHA256SUMS 中的哈希不符/);
  });

  test("a folder without sums is refused, saying how to make them", () => {
    expect(() => F.checkFolder(dir)).toThrow(/没有 SHA256SUMS：请在下载的电脑上运行/);
  });
});
