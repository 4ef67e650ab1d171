import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { main } from "../src/cli/main";

/**
 * `npm run demo`: the main job on a machine without Excel. The same functions the add-in runs, over the
 * sample workbooks in examples/: single formulas as Excel would evaluate them, the ledger fill, the refund
 * audit and the annual title statistics. Results go to out/; the samples are only read.
 */
const root = join(__dirname, "..");
const ex = (f: string) => join("examples", f);
const out = (f: string) => join("out", f);

const STEPS: { say: string; argv: string[] }[] = [
  { say: "张掖：博士的人才类别", argv: ["calc", "TALENT.CATEGORY", "zhangye-2022", "博士", "无"] },
  { say: "张掖：第二类人才服务满3年离职，应退购房补贴", argv: ["calc", "TALENT.REFUND", "zhangye-2022", "150000", "3"] },
  { say: "……以及这个数字的来历", argv: ["calc", "TALENT.EXPLAIN", "zhangye-2022", "REFUND", "150000", "3"] },
  { say: "奎屯：第二十二条第（三）项人才（博士或正高）的全部待遇", argv: ["calc", "TALENT.BENEFITS", "kuitun-2025", "博士或正高"] },
  { say: "吐鲁番：第四条第（三）项人才（省部级专家）2025-06-01引进（第二十二条：2025-05-05 起施行）、2026-09-30离职：发放与退还计划", argv: ["calc", "TALENT.SCHEDULE", "turpan-2025", "第三档", "45809", "46295"] },
  { say: "2022年8月在张掖引进的人适用哪份文件", argv: ["calc", "TALENT.POLICYFOR", "张掖", "44774"] },
  { say: "填充张掖台账（示例台账含合并的标题行和空行）", argv: ["ledger", ex("zhangye-ledger.xlsx"), "-o", out("zhangye-ledger-已填充.xlsx"), "--policy", "zhangye-2022", "--force"] },
  { say: "填充多城市名册（按城市和引进日期确定适用文件）", argv: ["ledger", ex("mixed-roster.xlsx"), "-o", out("mixed-roster-已填充.xlsx"), "--force"] },
  { say: "退款审计（示例中有几笔算错的退款）", argv: ["audit", ex("disbursement-audit.xlsx"), "-o", out("退款审计.xlsx"), "--force"] },
  { say: "本单位录入的政策：示例市的政策工作簿（按模板录入），逐项检查并运行其中手算的测试案例", argv: ["policy", "check", ex("示例市政策.xlsx")] },
  {
    say: "用本单位录入的政策填充台账：每个数注明“本单位录入”、文件名、版本和文件哈希（第4行不属于该办法的类别，错误列写明原因）",
    argv: ["ledger", ex("示例市台账.xlsx"), "-o", out("示例市台账-已填充.xlsx"), "--policy-file", ex("示例市政策.xlsx"), "--force"],
  },
  { say: "空白的政策工作簿，供录入本地政策（先读“说明”工作表）", argv: ["policy", "template", "-o", out("政策模板.xlsx"), "--force"] },
  {
    say: "2025年度职称结构统计，并核对报告中的数字（截断，与报告一致）",
    argv: ["stats", ex("roster-2025.xlsx"), "-o", out("职称统计2025.xlsx"), "--year", "2025", "--truncate", "--claims", ex("report-2025-claims.xlsx"), "--force"],
  },
];

async function demo(): Promise<number> {
  process.chdir(root);
  mkdirSync("out", { recursive: true });
  const print = (s: string) => process.stdout.write(`${s}\n`);
  let failed = 0;
  for (const step of STEPS) {
    print(`\n# ${step.say}`);
    print(`$ talent-policy ${step.argv.map((a) => (/[\s"]/.test(a) ? JSON.stringify(a) : a)).join(" ")}`);
    const code = await main(step.argv, print, (s) => process.stderr.write(`${s}\n`));
    if (code !== 0) failed++;
  }
  print(`\n输出文件在 out/ 目录；示例文件未被修改。${failed > 0 ? `有 ${failed} 步失败。` : ""}`);
  return failed > 0 ? 1 : 0;
}

demo().then((code) => {
  process.exitCode = code;
});
