import {
  classify,
  DEFAULT_OPTIONS,
  fenNumber,
  HONORS,
  housingSubsidy,
  parseDegree,
  parseSchool,
  parseTitle,
  parseYesNo,
  policyOf,
  refund,
  rentSubsidy,
  type Profile,
} from "../src/engine";
import { invoke } from "../src/functions/invoke";
import { specOf } from "../src/functions/registry";
import { pairedRuns, randomFrom, rng, time } from "./util";

/**
 * Issue 2's benchmark: a 100,000-row Zhangye ledger — category, purchase subsidy, this year's rent
 * subsidy and the refund on leaving — through the engine, against a plain-number baseline that computes
 * the same values with hand-written ifs and doubles.
 */

export interface LedgerRow {
  degree: string;
  title: string;
  school: string;
  urgent: string;
  year: number;
  yearsServed: number;
}

export function zhangyeRows(n: number): LedgerRow[] {
  const r = rng(2022);
  const rows: LedgerRow[] = [];
  for (let i = 0; i < n; i++) {
    rows.push({
      degree: randomFrom(r, ["博士", "硕士", "本科", "博士研究生", "硕士研究生"]),
      title: randomFrom(r, ["正高级", "副高级", "中级", "无"]),
      school: randomFrom(r, ["双一流", "985", "其他"]),
      urgent: randomFrom(r, ["是", "否"]),
      year: 1 + Math.floor(r() * 7),
      yearsServed: Math.round(r() * 1200) / 100,
    });
  }
  return rows;
}

type Out = [string, number, number, number] | null;

/** The engine, as the ledger fill calls it. */
function engineRow(row: LedgerRow): Out {
  const doc = policyOf("zhangye-2022");
  const profile: Profile = {
    degree: parseDegree(row.degree),
    title: parseTitle(row.title),
    school: parseSchool(row.school),
    urgentMajor: parseYesNo(row.urgent, "急需紧缺专业"),
    honors: new Set(HONORS.parseListFrom([])),
  };
  let category: string;
  try {
    category = classify(doc, profile, DEFAULT_OPTIONS).value;
  } catch {
    return null;
  }
  const subsidy = housingSubsidy(doc, category).value;
  const rent = rentSubsidy(doc, category, row.year).value;
  const due = refund(doc, { received: subsidy, yearsServed: row.yearsServed, basis: "whole", reason: "personal" }).value;
  return [category, fenNumber(subsidy), fenNumber(rent), fenNumber(due)];
}

/** The same values with plain numbers and hand-written rules: what a macro would do. */
function baselineRow(row: LedgerRow): Out {
  const doctor = row.degree.startsWith("博士");
  const master = row.degree.startsWith("硕士");
  const firstClassSchool = row.school === "双一流" || row.school === "985" || row.school === "211";
  const urgent = row.urgent === "是";
  let category: string;
  if (doctor || row.title === "正高级") category = "第一类";
  else if ((master && firstClassSchool && urgent) || row.title === "副高级") category = "第二类";
  else if ((master && urgent) || (row.degree === "本科" && firstClassSchool && urgent)) category = "第三类";
  else return null;
  const subsidy = category === "第一类" ? 400000 : category === "第二类" ? 150000 : 50000;
  const rent = row.year > 5 ? 0 : category === "第一类" ? 12000 : category === "第二类" ? 10000 : 6000;
  const years = Math.floor(row.yearsServed);
  const due = years >= 10 ? 0 : Math.round((subsidy - (subsidy / 10) * years) * 100) / 100;
  return [category, subsidy, rent, due];
}

export function benchZhangye(n: number, out: (s: string) => void): void {
  const rows = zhangyeRows(n);
  const engine = rows.map(engineRow);
  const plain = rows.map(baselineRow);
  const disagree = engine.filter((e, i) => JSON.stringify(e) !== JSON.stringify(plain[i])).length;
  out(`  rows: ${n}; engine and baseline disagree on ${disagree} rows`);

  // Interleaved pairs, so that a busy moment of the machine weighs on both sides of a ratio.
  const pairs = pairedRuns(9, () => time(() => rows.forEach(engineRow)), () => time(() => rows.forEach(baselineRow)));
  out(`  engine:   ${pairs.a.toFixed(1)} ms (median of 9)`);
  out(`  baseline: ${pairs.b.toFixed(1)} ms (median of 9)`);
  out(`  ratio engine/baseline: ${pairs.ratio.toFixed(1)}× (median of 9 paired runs; target ≤ 20×)`);
  const tPlain = pairs.b;

  // The same ledger through the custom functions, one call per column, as Excel makes them; timed in pairs
  // with the engine alone (issue 11: within 3× of it), arguments built outside the timing.
  const col = (f: (r: LedgerRow) => unknown) => rows.map((r) => [f(r)]);
  const P = [["zhangye-2022"]];
  const inputs = { degree: col((r) => r.degree), title: col((r) => r.title), school: col((r) => r.school), urgent: col((r) => r.urgent), year: col((r) => r.year), served: col((r) => r.yearsServed) };
  const functionPath = () => {
    const cats = invoke(specOf("CATEGORY"), [P, inputs.degree, inputs.title, inputs.school, inputs.urgent]);
    invoke(specOf("HOUSINGSUBSIDY"), [P, cats]);
    invoke(specOf("RENTSUBSIDY"), [P, cats, inputs.year]);
    const subsidies = invoke(specOf("HOUSINGSUBSIDY"), [P, cats]);
    invoke(specOf("REFUND"), [P, subsidies, inputs.served]);
  };
  const fn = pairedRuns(5, () => time(functionPath), () => time(() => rows.forEach(engineRow)));
  out(`  through the custom functions (5 column calls): ${fn.a.toFixed(1)} ms, ${(fn.a / tPlain).toFixed(1)}× the baseline`);
  out(`  ratio function path/engine: ${fn.ratio.toFixed(1)}× (median of 5 paired runs; target ≤ 3×)`);
}
