import { isTalentError, parseOptions } from "../engine";
import { setOptions } from "../functions/settings";
import { COMMANDS, flags, nearest, optionRecord, parseArgs, UsageError } from "./args";
import { calc } from "./calc";
import { docs } from "./docs";
import { auditCommand, ledgerCommand } from "./jobs";
import { fsMessage } from "./outputs";
import { policyCommand, POLICY_USAGE } from "./policy";
import { usePolicyFiles } from "./policy-files";
import { statsCommand } from "./stats";

const USAGE = `talent-policy — 人才政策计算（命令行）

用法：
  talent-policy calc 函数 参数...            按 Excel 的调用方式计算一个 TALENT 函数
      例：talent-policy calc TALENT.REFUND zhangye-2022 400000 3      → 280000
  talent-policy ledger 台账.xlsx -o 结果.xlsx [--sheet 工作表] [--policy 政策] [--map 角色=列名]
                                              填充台账：人才类别、补贴、安家费、服务年限、应退金额，逐行注明条款
  talent-policy audit 发放台账.xlsx -o 结果.xlsx [--sheet 工作表] [--policy 政策] [--map 角色=列名]
                                              退款审计：复核每笔应退金额，标出差异，另附汇总表
  talent-policy stats 名册.xlsx -o 统计.xlsx [--year 2025] [--round|--truncate] [--decimals 2] [--claims 报告数据.xlsx]
                                              年度职称结构统计：表格、图表、文字稿与检查（可核对报告中的数字）
  ${POLICY_USAGE}
  talent-policy docs --html 目录 [--md 文件] [--register 文件] [--format 文件]
                                              生成函数帮助页、函数参考与解释登记表

输入文件只读不改；输出文件整份写成后才出现（先写同一文件夹中的临时文件，完成后改名）。
输出文件已存在时须加 --force；输出文件夹须已存在。

选项：
  -o, --out 文件     输出的 .xlsx 文件
  --sheet 工作表     工作表名或序号（默认：第一个有表头的可见工作表；隐藏的工作表只在此指定时使用）
  --map 角色=列名    指定某列的角色（可重复），列名可写表头文字或列字母，如 --map 已发金额=实发金额、--map 离职日期=K
  --force           覆盖已存在的输出文件；在设有保护的工作表中照样写入
  --option 键=值    规则选项（可重复），如 --option basis=exact；见 docs/interpretations.md
  --policy-file 文件 加载本单位录入的政策文件（可重复；用于 calc、ledger、audit、policy），先经检查，有错误则不计算
  -h, --help        显示本说明
`;

/** Runs the command line; returns the exit code (0 ok, 1 a computed error, 2 wrong usage or bad file). */
export async function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  try {
    const args = parseArgs(argv);
    const [command, ...rest] = args.positional;
    if (args.values.help) {
      out(USAGE);
      return 0;
    }
    if (!command) {
      err(USAGE);
      return 2;
    }
    if (!COMMANDS.includes(command)) {
      const near = nearest(command, COMMANDS);
      throw new UsageError(`未知命令：${command}${near ? `，是否想写 ${near}？` : ""}（可用：${COMMANDS.join("、")}；talent-policy --help 显示用法）`);
    }
    setOptions(parseOptions(optionRecord(args)));
    const io = { out, err, tty: Boolean(process.stderr.isTTY) };
    if (command !== "policy") usePolicyFiles(flags(args, "policy-file"), io);
    switch (command) {
      case "policy":
        return await policyCommand(args, io);
      case "calc": {
        const [fn, ...fnArgs] = rest;
        if (!fn) throw new UsageError("calc 需要函数名，如 talent-policy calc TALENT.REFUND zhangye-2022 400000 3");
        const r = await calc(__dirname, fn, fnArgs);
        for (const line of r.lines) out(line);
        return r.ok ? 0 : 1;
      }
      case "docs":
        await docs(args, out);
        return 0;
      case "ledger":
        await ledgerCommand(args, io);
        return 0;
      case "audit":
        await auditCommand(args, io);
        return 0;
      default:
        await statsCommand(args, io);
        return 0;
    }
  } catch (e) {
    if (e instanceof UsageError || isTalentError(e)) {
      err(`错误：${e.message}`);
      return 2;
    }
    const fs = fsMessage(e);
    if (fs) {
      err(`错误：${fs}`);
      return 2;
    }
    err(`内部错误：${e instanceof Error ? e.message : String(e)}`);
    if (process.env.TALENT_DEBUG) err(String((e as Error).stack));
    return 2;
  }
}
