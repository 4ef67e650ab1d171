import type Decimal from "decimal.js";
import * as E from "../engine";
import type { Options, Result } from "../engine";
import * as A from "./args";
import type { OutCell } from "./cells";
import { BASIS_WORDS, PENALTY_WORDS, REASON_WORDS, SPOUSE_WORDS } from "./words";

/**
 * One entry per TALENT function: its parameters (in the order of the JSDoc declaration in functions.ts),
 * how one row of arguments becomes an engine call, and how the engine's answer becomes cells. The
 * custom functions, the command line's `calc` and EXPLAIN all go through these.
 */
export interface ParamSpec {
  /** The parameter's name in functions.ts (and functions.json). */
  name: string;
  zh: string;
  optional?: boolean;
  repeating?: boolean;
  /** A whole column taken at once (the roster of TITLESTATS), not walked row by row. */
  whole?: boolean;
}

export interface Evaluated {
  result: Result<unknown>;
  /** One cell for "cell" functions; one row for "row"; rows for "table". */
  cells: OutCell | OutCell[] | OutCell[][];
  /** The value as said in a sentence (“280000元”, “第一类”, “是”); made only when EXPLAIN asks. */
  say: () => string;
}

export interface FunctionSpec {
  id: string;
  params: readonly ParamSpec[];
  /**
   * cell: one value per row of arguments; row: a fixed-width row per row of arguments; table: one table
   * from single values; aggregate: one answer from whole columns (statistics).
   */
  shape: "cell" | "row" | "table" | "aggregate";
  /** What the result is, for EXPLAIN (“应退补贴”). */
  resultZh: string;
  evaluate(args: readonly unknown[], options: Options): Evaluated;
}

function yuan(d: Decimal): { cells: number; say: () => string } {
  return { cells: E.fenNumber(d), say: () => `${E.formatYuan(d)}元` };
}

function moneyResult(r: Result<Decimal>): Evaluated {
  return { result: r, ...yuan(r.value) };
}

function textResult(r: Result<string>): Evaluated {
  return { result: r, cells: r.value, say: () => `“${r.value}”` };
}

function boolResult(r: Result<boolean>): Evaluated {
  return { result: r, cells: r.value, say: () => (r.value ? "TRUE（是）" : "FALSE（否）") };
}

const policy = (c: unknown) => E.policyOf(A.text(c, "政策"));

/**
 * The document named, checked against the introduction date by the one resolution every job uses: a
 * document that did not govern people introduced that day is #N/A naming the one that did (张掖 before
 * 2022-05-07, 吐鲁番 before 2025-05-05, 临夏 after 2026-06-22), never a schedule under the wrong rules.
 */
function governed(c: unknown, introduced: E.DayNumber | undefined, options: Options): E.PolicyDocument {
  const word = A.text(c, "政策");
  return E.policyOf(introduced === undefined ? word : E.governingDocument({ policy: word, introduced }, options).value);
}
const P_POLICY: ParamSpec = { name: "policy", zh: "政策" };
const P_CATEGORY: ParamSpec = { name: "category", zh: "人才类别" };
/** 引进方式: where a document's benefits depend on it (张掖 第十四条第（二）（三）项 全职, 吐鲁番 第八条 刚性 …). */
const P_WAY: ParamSpec = { name: "way", zh: "引进方式", optional: true };

function wayOf(c: unknown): E.Way | undefined {
  const t = A.optText(c, "引进方式");
  return t === undefined ? undefined : E.WAYS.parse(t);
}

function profileOf(args: readonly unknown[], way?: E.Way): E.Profile {
  const degree = A.optText(args[0], "学历学位");
  const title = A.optText(args[1], "职称");
  const school = A.optText(args[2], "毕业院校");
  return {
    degree: degree === undefined ? undefined : E.parseDegree(degree),
    title: title === undefined ? undefined : E.parseTitle(title),
    school: school === undefined ? undefined : E.parseSchool(school),
    urgentMajor: A.optYesNo(args[3], "是否急需紧缺专业"),
    honors: new Set(E.HONORS.parseListFrom(A.wordsOf(args[4], "人才称号/条件"))),
    ...(way === undefined ? {} : { way }),
  };
}

const ISO = (iso: string | null) => iso ?? "";

const category = (c: unknown) => A.text(c, "人才类别");

function moneyRow(values: readonly (Decimal | null)[]): OutCell[] {
  return values.map((v) => (v === null ? "" : E.fenNumber(v)));
}

function saidRange(values: readonly (Decimal | null)[]): string {
  return values.map((v) => (v === null ? "无上限" : `${E.formatYuan(v)}元`)).join("至");
}

export const SPECS: readonly FunctionSpec[] = [
  {
    id: "POLICIES",
    params: [],
    shape: "table",
    resultZh: "政策列表",
    evaluate(_args, options) {
      const today = E.today();
      // 来源: 内置, or 本单位录入 with the file's name, version and hash (the words every citation of it carries)
      const rows: OutCell[][] = [["编号", "名称", "文号", "城市", "发布日期", "施行日期", "失效日期", "今日状态", "来源"]];
      const entries = E.policyEntries();
      const metas = entries.map((e) => e.meta);
      for (const { meta: m, origin } of entries) {
        const from = E.effectiveFrom(m, options);
        rows.push([
          m.id,
          m.title,
          m.docNumber ?? "（无文号）",
          m.city ?? "",
          ISO(m.issued) || "（未印日期）",
          from === null ? "" : E.toISO(from),
          ISO(m.validTo),
          E.policyStatus(m, today, options).value.state,
          origin ? E.originText(origin) : "内置",
        ]);
      }
      const result = E.result(metas.map((m) => m.id), [], () => [`共收录${metas.length}份文件`]);
      return { result, cells: rows, say: () => `${metas.length}份文件` };
    },
  },
  {
    id: "CATEGORY",
    params: [
      P_POLICY,
      { name: "degree", zh: "学历学位" },
      { name: "title", zh: "职称" },
      { name: "school", zh: "毕业院校", optional: true },
      { name: "urgentMajor", zh: "是否急需紧缺专业", optional: true },
      { name: "honors", zh: "人才称号/条件", optional: true },
      P_WAY,
    ],
    shape: "cell",
    resultZh: "人才类别",
    evaluate(args, options) {
      return textResult(E.classify(policy(args[0]), profileOf(args.slice(1), wayOf(args[6])), options));
    },
  },
  {
    id: "ELIGIBLE",
    params: [
      P_POLICY,
      P_CATEGORY,
      { name: "age", zh: "年龄（周岁）" },
      { name: "exclusions", zh: "不予引进情形", optional: true },
      { name: "honors", zh: "人才称号/条件", optional: true },
    ],
    shape: "cell",
    resultZh: "是否符合引进条件",
    evaluate(args, options) {
      const honors = new Set(E.HONORS.parseListFrom(A.wordsOf(args[4], "人才称号/条件")));
      return boolResult(
        E.eligible(policy(args[0]), category(args[1]), A.quantity(args[2], "年龄"), A.wordsOf(args[3], "不予引进情形"), honors, options),
      );
    },
  },
  {
    id: "HOUSINGSUBSIDY",
    params: [P_POLICY, P_CATEGORY, P_WAY],
    shape: "cell",
    resultZh: "购房补贴",
    evaluate(args, options) {
      return moneyResult(E.housingSubsidy(policy(args[0]), category(args[1]), wayOf(args[2]), options));
    },
  },
  {
    id: "RENTSUBSIDY",
    params: [P_POLICY, P_CATEGORY, { name: "year", zh: "第几年", optional: true }, P_WAY],
    shape: "cell",
    resultZh: "租房补贴或生活补贴",
    evaluate(args, options) {
      return moneyResult(E.rentSubsidy(policy(args[0]), category(args[1]), A.optOrdinal(args[2], "第几年"), wayOf(args[3]), options));
    },
  },
  {
    id: "REFUND",
    params: [
      P_POLICY,
      { name: "subsidy", zh: "已发补贴" },
      { name: "yearsServed", zh: "服务年限" },
      { name: "basis", zh: "年限计法", optional: true },
      { name: "reason", zh: "离开原因", optional: true },
      { name: "agreementYears", zh: "协议期限（年）", optional: true },
      { name: "item", zh: "补贴项目", optional: true },
    ],
    shape: "cell",
    resultZh: "应退补贴",
    evaluate(args, options) {
      const agreement = A.optQuantity(args[5], "协议期限");
      const itemWord = A.optText(args[6], "补贴项目");
      return moneyResult(
        E.refund(policy(args[0]), {
          received: A.amount(args[1], "已发补贴"),
          yearsServed: A.quantity(args[2], "服务年限"),
          basis: A.optChoice(args[3], "年限计法", BASIS_WORDS) ?? options.basis,
          reason: A.optChoice(args[4], "离开原因", REASON_WORDS) ?? "personal",
          agreementYears: agreement,
          item: itemWord === undefined ? undefined : E.parseItem(itemWord),
          options,
        }),
      );
    },
  },
  {
    id: "SERVICEYEARS",
    params: [
      { name: "startDate", zh: "引进日期" },
      { name: "endDate", zh: "离职日期" },
      { name: "basis", zh: "年限计法", optional: true },
      { name: "endDateCounts", zh: "离职日计入", optional: true },
    ],
    shape: "cell",
    resultZh: "服务年限",
    evaluate(args, options) {
      const r = E.serviceYears(
        A.date(args[0], "引进日期"),
        A.date(args[1], "离职日期"),
        A.optChoice(args[2], "年限计法", BASIS_WORDS) ?? options.basis,
        A.optYesNo(args[3], "离职日计入") ?? options.endDateCounts,
      );
      return { result: r, cells: r.value.toNumber(), say: () => `${E.formatPlain(r.value)}年` };
    },
  },
  {
    id: "PROJECTFUND",
    params: [P_POLICY, { name: "projectAmount", zh: "立项资金" }],
    shape: "cell",
    resultZh: "项目扶持资金",
    evaluate(args) {
      return moneyResult(E.projectFund(policy(args[0]), A.amount(args[1], "立项资金")));
    },
  },
  {
    id: "TITLERECOGNITION",
    params: [P_POLICY, { name: "degree", zh: "学历学位" }, { name: "yearsWorked", zh: "工作年限" }],
    shape: "cell",
    resultZh: "可考核认定的职称",
    evaluate(args) {
      return textResult(
        E.titleRecognition(policy(args[0]), E.parseDegree(A.text(args[1], "学历学位")), E.money(A.quantity(args[2], "工作年限"))),
      );
    },
  },
  {
    id: "ALLOWANCE",
    params: [P_POLICY, P_CATEGORY, { name: "month", zh: "第几个月", optional: true }, P_WAY],
    shape: "cell",
    resultZh: "月度补贴（津贴）",
    evaluate(args, options) {
      return moneyResult(E.allowance(policy(args[0]), category(args[1]), A.optOrdinal(args[2], "第几个月"), options, wayOf(args[3])));
    },
  },
  {
    id: "SETTLEMENT",
    params: [P_POLICY, P_CATEGORY, { name: "instalment", zh: "第几期", optional: true }, { name: "spouse", zh: "配偶", optional: true }, P_WAY],
    shape: "cell",
    resultZh: "安家费",
    evaluate(args, options) {
      return moneyResult(
        E.settlement(
          policy(args[0]),
          category(args[1]),
          {
            instalment: A.optOrdinal(args[2], "第几期"),
            spouseHalf: A.optChoice(args[3], "配偶", SPOUSE_WORDS) === "half",
            way: wayOf(args[4]),
          },
          options,
        ),
      );
    },
  },
  {
    id: "CARSUBSIDY",
    params: [P_POLICY, P_CATEGORY],
    shape: "cell",
    resultZh: "购车补贴",
    evaluate(args) {
      return moneyResult(E.carSubsidy(policy(args[0]), category(args[1])));
    },
  },
  {
    id: "YEARLYSUBSIDY",
    params: [P_POLICY, P_CATEGORY, { name: "year", zh: "第几年", optional: true }, { name: "monthsServed", zh: "当年服务月数", optional: true }],
    shape: "cell",
    resultZh: "年度补贴",
    evaluate(args, options) {
      return moneyResult(
        E.yearlySubsidy(
          policy(args[0]),
          category(args[1]),
          { year: A.optOrdinal(args[2], "第几年"), monthsServed: A.optQuantity(args[3], "当年服务月数") },
          options,
        ),
      );
    },
  },
  {
    id: "HOUSINGAREA",
    params: [P_POLICY, P_CATEGORY],
    shape: "cell",
    resultZh: "住房面积",
    evaluate(args) {
      const r = E.housingArea(policy(args[0]), category(args[1]));
      return { result: r, cells: r.value, say: () => `${r.value}平方米` };
    },
  },
  {
    id: "GIFTYEARS",
    params: [P_POLICY, P_CATEGORY],
    shape: "cell",
    resultZh: "住房赠予所需年限",
    evaluate(args) {
      const r = E.giftYears(policy(args[0]), category(args[1]));
      return { result: r, cells: r.value, say: () => `${r.value}年` };
    },
  },
  {
    id: "STARTUPFUND",
    params: [P_POLICY, P_CATEGORY],
    shape: "row",
    resultZh: "项目启动资金（最低、最高）",
    evaluate(args) {
      const r = E.startupFund(policy(args[0]), category(args[1]));
      return { result: r, cells: moneyRow(r.value), say: () => saidRange(r.value) };
    },
  },
  {
    id: "BENEFITS",
    params: [P_POLICY, P_CATEGORY, P_WAY, { name: "introductionDate", zh: "引进日期", optional: true }],
    shape: "table",
    resultZh: "待遇清单",
    evaluate(args, options) {
      const r = E.benefitLines(governed(args[0], A.optDate(args[3], "引进日期"), options), category(args[1]), options, wayOf(args[2]));
      const rows: OutCell[][] = [["项目", "金额", "单位", "期限", "条件", "依据", "合计（元）"]];
      for (const l of r.value) {
        rows.push([l.item, l.amount, l.unit, l.period, l.condition, l.article.label, l.total === null ? "" : E.fenNumber(l.total)]);
      }
      return { result: r, cells: rows, say: () => `${r.value.length}项待遇` };
    },
  },
  {
    id: "SCHEDULE",
    params: [P_POLICY, P_CATEGORY, { name: "startDate", zh: "引进日期" }, { name: "endDate", zh: "离职日期", optional: true }, P_WAY],
    shape: "table",
    resultZh: "发放计划",
    evaluate(args, options) {
      const start = A.date(args[2], "引进日期");
      const r = E.schedule(governed(args[0], start, options), category(args[1]), start, A.optDate(args[3], "离职日期") ?? null, options, wayOf(args[4]));
      const rows: OutCell[][] = [["日期", "项目", "金额", "依据", "说明"]];
      for (const l of r.value) {
        rows.push([E.toISO(l.date), l.item, l.amount === null ? "实物" : E.fenNumber(l.amount), l.article.label, l.note]);
      }
      return { result: r, cells: rows, say: () => `${r.value.length}行` };
    },
  },
  {
    id: "PENALTY",
    params: [P_POLICY, { name: "kind", zh: "违约情形" }, { name: "totalPay", zh: "工资总额" }, { name: "monthsWorked", zh: "工作月数" }],
    shape: "cell",
    resultZh: "违约金",
    evaluate(args, options) {
      const kind = A.optChoice(args[1], "违约情形", PENALTY_WORDS);
      if (!kind) throw E.invalid("缺少违约情形（泄密 或 单方解除）", "The kind of breach is missing");
      return moneyResult(E.penalty(policy(args[0]), kind, A.amount(args[2], "工资总额"), A.quantity(args[3], "工作月数"), options));
    },
  },
  {
    id: "COMMISSION",
    params: [P_POLICY, { name: "profit", zh: "项目利润" }, { name: "targetMet", zh: "完成指标", optional: true }],
    shape: "cell",
    resultZh: "绩效提成",
    evaluate(args) {
      const profit = A.optSignedAmount(args[1], "项目利润");
      if (profit === undefined) throw E.invalid("缺少项目利润（空白单元格不按0处理）", "Profit is missing");
      return moneyResult(E.commission(policy(args[0]), profit, A.optYesNo(args[2], "完成指标") ?? true));
    },
  },
  {
    id: "POLICYSTATUS",
    params: [P_POLICY, { name: "date", zh: "日期", optional: true }],
    shape: "row",
    resultZh: "政策状态",
    evaluate(args, options) {
      const r = E.policyStatus(E.metaOf(A.text(args[0], "政策")), A.optDate(args[1], "日期") ?? E.today(), options);
      return { result: r, cells: [r.value.state, r.value.reason], say: () => r.value.state };
    },
  },
  {
    id: "POLICYFOR",
    params: [{ name: "city", zh: "城市" }, { name: "introductionDate", zh: "引进日期" }],
    shape: "cell",
    resultZh: "适用的政策",
    evaluate(args, options) {
      return textResult(E.policyFor(A.text(args[0], "城市"), A.date(args[1], "引进日期"), options));
    },
  },
  {
    id: "FLEXIBLE",
    params: [P_POLICY, { name: "monthsPerYear", zh: "每年服务月数" }, { name: "category", zh: "人才类别", optional: true }],
    shape: "cell",
    resultZh: "是否符合柔性引进的服务时间要求",
    evaluate(args, options) {
      return boolResult(E.flexible(policy(args[0]), A.optText(args[2], "人才类别"), A.quantity(args[1], "每年服务月数"), options));
    },
  },
  {
    id: "LEAVEYEARS",
    params: [P_POLICY, { name: "extensionYears", zh: "延长年限", optional: true }],
    shape: "cell",
    resultZh: "离岗创业年限",
    evaluate(args) {
      const r = E.leaveYears(policy(args[0]), A.optQuantity(args[1], "延长年限") ?? 0);
      return { result: r, cells: r.value, say: () => `${r.value}年` };
    },
  },
  {
    id: "LEAVEEND",
    params: [P_POLICY, { name: "startDate", zh: "离岗日期" }, { name: "extensionYears", zh: "延长年限", optional: true }],
    shape: "cell",
    resultZh: "离岗创业期满日",
    evaluate(args, options) {
      const r = E.leaveEnd(policy(args[0]), A.date(args[1], "离岗日期"), A.optQuantity(args[2], "延长年限") ?? 0, options);
      return { result: r, cells: E.toExcelSerial(r.value), say: () => E.toISO(r.value) };
    },
  },
  {
    id: "INCOMESHARE",
    params: [P_POLICY, { name: "income", zh: "收益" }],
    shape: "row",
    resultZh: "可得收益（最低、最高）",
    evaluate(args) {
      const r = E.incomeShare(policy(args[0]), A.amount(args[1], "收益"));
      return { result: r, cells: moneyRow(r.value), say: () => saidRange(r.value) };
    },
  },
  {
    id: "LOANCAP",
    params: [P_POLICY, { name: "applicant", zh: "申请人类型" }],
    shape: "cell",
    resultZh: "创业担保贷款额度",
    evaluate(args) {
      return moneyResult(E.loanCap(policy(args[0]), A.text(args[1], "申请人类型")));
    },
  },
  {
    id: "COSTSHARE",
    params: [P_POLICY, { name: "fundingType", zh: "单位经费形式" }, { name: "amount", zh: "金额" }],
    shape: "row",
    resultZh: "财政与单位分担（财政、单位）",
    evaluate(args) {
      const r = E.costShare(policy(args[0]), A.text(args[1], "单位经费形式"), A.amount(args[2], "金额"));
      return { result: r, cells: moneyRow(r.value), say: () => `财政${E.formatYuan(r.value[0])}元、单位${E.formatYuan(r.value[1])}元` };
    },
  },
  {
    id: "MINSERVICE",
    params: [P_POLICY],
    shape: "table",
    resultZh: "最低服务期",
    evaluate(args) {
      const r = E.minimumService(policy(args[0]));
      const rows: OutCell[][] = [["引进方式", "年限", "每年月数", "要求"]];
      for (const x of r.value) rows.push([x.way, x.years ?? "", x.monthsPerYear ?? "", x.text]);
      return { result: r, cells: rows, say: () => `${r.value.length}项要求` };
    },
  },
  {
    id: "DISQUALIFIED",
    params: [P_POLICY, { name: "situations", zh: "情形" }],
    shape: "cell",
    resultZh: "是否取消引进人才资格",
    evaluate(args) {
      return boolResult(E.disqualified(policy(args[0]), A.wordsOf(args[1], "情形")));
    },
  },
];
