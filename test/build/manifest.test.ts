import { readFileSync } from "node:fs";
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../build/check-manifest.js") as { checkManifest: (xml: string, o?: { assetsDir?: string }) => string[] };

const root = join(__dirname, "../..");
const source = readFileSync(join(root, "manifest.xml"), "utf8");

describe("manifest.xml, checked offline", () => {
  test("the source manifest passes", () => {
    expect(checkManifest(source, { assetsDir: join(root, "assets") })).toEqual([]);
  });

  test("the built manifest passes and points where the build says", () => {
    const built = readFileSync(join(root, "dist/manifest.xml"), "utf8");
    expect(checkManifest(built, { assetsDir: join(root, "dist/assets") })).toEqual([]);
  });

  test("each kind of defect is caught", () => {
    const broken = (from: string, to: string) => checkManifest(source.replace(from, to));
    expect(broken("<Id>062b59c3-5f1f-4a82-b05f-b0fb2cf50cea</Id>", "<Id>talent</Id>")).toContain("Id 应为 GUID");
    expect(broken('resid="Functions.Namespace"', 'resid="Nowhere"').join()).toContain("未在 Resources 中定义");
    expect(broken('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"').join()).toContain("须为 https");
    expect(broken('<bt:Set Name="SharedRuntime" MinVersion="1.1" />', "").join()).toContain("VersionOverrides 的 Requirements 中缺少 SharedRuntime");
    expect(broken('<Set Name="ExcelApi" MinVersion="1.1" />', '<Set Name="ExcelApi" MinVersion="1.1" /><Set Name="SharedRuntime" MinVersion="1.1" />').join()).toContain("不应要求 SharedRuntime");
    expect(broken('<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-cn.json" />', "").join()).toContain("zh-CN");
    expect(broken("</OfficeApp>", "").join()).toContain("XML 格式错误");
    expect(checkManifest(source, { assetsDir: join(root, "no-such-dir") }).join()).toContain("图标不存在");
  });
});
