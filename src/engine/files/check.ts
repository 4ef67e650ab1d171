import Decimal from "decimal.js";
import { fromISO } from "../core/dates";
import { DEFAULT_OPTIONS, parseOptions } from "../core/options";
import { normalizeWord, type Degree, type School, type TitleLevel } from "../core/vocabulary";
import { isByOption, type Criterion, type PolicyFile, type PolicyMeta } from "../model/policy";
import { WAY_WORDS, type Honor, type Profile, type Way } from "../model/profile";
import { classify } from "../rules/category";
import { itemOfBenefit } from "../rules/items";
import { namesAsPredecessor } from "../rules/governing";
import { documentOf } from "./document-of";
import type { PathPart, Problem } from "./policy-file";

/**
 * What a policy file must satisfy beyond its shape: references that resolve (categories, benefit ids,
 * articles, ways), sums that add up, validity that makes sense and does not collide with another loaded
 * document of the same city, and categories that some person can reach. Messages are Chinese and say
 * what to change; paths say where.
 */
export function checkPolicy(file: PolicyFile, others: readonly PolicyMeta[], reachability: boolean): Problem[] {
  const problems: Problem[] = [];
  const error = (path: PathPart[], message: string) => problems.push({ path, message, severity: "error" });
  const warn = (path: PathPart[], message: string) => problems.push({ path, message, severity: "warning" });

  checkMeta(file.meta, others, error);
  if (file.categories.length === 0 && file.benefits.length === 0) {
    error(["categories"], "文件没有人才类别，也没有待遇：请按条文填写“人才类别”“类别条件”和“待遇”（只填文件信息的文件什么也算不出）");
  }
  checkArticles(file, error);

  // Categories: every word that names one names exactly one.
  const codes = new Set<string>();
  const words = new Map<string, string>();
  file.categories.forEach((c, i) => {
    if (codes.has(c.code)) error(["categories", i, "code"], `人才类别“${c.code}”重复`);
    codes.add(c.code);
    // as sheets are read: “１类” and “1类” are one word
    for (const w of [c.code, ...c.aliases]) {
      const key = normalizeWord(w);
      const other = words.get(key);
      if (other !== undefined && other !== c.code) error(["categories", i, "aliases"], `写法“${w}”同时指“${other}”和“${c.code}”`);
      words.set(key, c.code);
    }
  });
  const known = (code: string) => codes.has(code);

  const classes = new Set(file.ways?.classes ?? []);
  const checkWays = (path: PathPart[], ways: readonly string[] | undefined) => {
    if (!ways) return;
    if (!file.ways) return error(path, "限定了引进方式，但本文件没有规定它的引进方式（工作簿的“引进方式”表）");
    for (const w of ways) if (!classes.has(w)) error(path, `引进方式“${w}”不是本文件规定的方式（${[...classes].join("、")}）`);
  };
  if (file.ways) {
    for (const [word, means] of Object.entries(file.ways.means)) {
      const lists = means === undefined ? [] : isByOption(means) ? [...Object.values(means.values), means.otherwise] : [means];
      for (const l of lists) checkWays(["ways", "means", word], l);
      if (means !== undefined && isByOption(means)) checkOptionValues(["ways", "means", word], means.byOption, Object.keys(means.values), error);
    }
  }
  file.categories.forEach((c, i) => {
    checkWays(["categories", i, "ways"], c.ways);
    if (c.when !== undefined) {
      const trees = isByOption(c.when) ? [...Object.values(c.when.values), c.when.otherwise] : [c.when];
      for (const t of trees) for (const w of leaves(t)) if ("wayIn" in w) checkWays(["categories", i, "when"], w.wayIn);
      if (isByOption(c.when)) checkOptionValues(["categories", i, "when"], c.when.byOption, Object.keys(c.when.values), error);
    }
  });

  // Benefits: ids unique, categories known, an amount for every category it is for, instalments that add up.
  const ids = new Set<string>();
  file.benefits.forEach((b, i) => {
    const at = (...p: PathPart[]) => ["benefits", i, ...p];
    if (ids.has(b.id)) error(at("id"), `待遇标识“${b.id}”重复`);
    ids.add(b.id);
    checkWays(at("ways"), b.ways);
    const listed = b.categories === "*" ? [...codes] : b.categories;
    if (b.categories !== "*") b.categories.forEach((c, j) => known(c) || error(at("categories", j), `“${c}”不是本文件的人才类别（${[...codes].join("、")}）`));
    if (b.kind === "service") return;
    const amounts = b.amounts as Record<string, unknown>;
    for (const c of Object.keys(amounts)) {
      if (c === "*") continue;
      if (!known(c)) error(at("amounts", c), `金额写给了“${c}”，但它不是本文件的人才类别`);
      else if (!listed.includes(c)) error(at("amounts", c), `金额写给了“${c}”，但本待遇不适用于该类别（适用：${listed.join("、")}）`);
    }
    if (!("*" in amounts)) for (const c of listed) if (known(c) && !(c in amounts)) error(at("amounts"), `本待遇适用于“${c}”，但没有写它的金额`);
    if (b.kind === "lumpSum") {
      for (const [c, a] of Object.entries(b.amounts)) {
        if (!a.instalments) continue;
        const sum = a.instalments.reduce((s, x) => s.plus(x), new Decimal(0));
        if (!sum.eq(a.total)) error(at("amounts", c, "instalments"), `分期金额合计 ${sum.toString()} 元，不等于总额 ${a.total} 元`);
      }
    }
    if (b.kind === "yearly") {
      for (const [c, a] of Object.entries(b.amounts)) {
        if (a.minMonthsInYear !== undefined && a.minMonthsInYear > 12) error(at("amounts", c, "minMonthsInYear"), "一年内须服务的月数不能超过 12");
        if (a.cap !== undefined && a.years !== null && new Decimal(a.perYear).times(a.years).lt(a.cap)) {
          warn(at("amounts", c, "cap"), `累计上限 ${a.cap} 元大于每年金额乘年数（${new Decimal(a.perYear).times(a.years).toString()} 元），不起作用`);
        }
      }
    }
    if (b.kind === "range") {
      for (const [c, a] of Object.entries(b.amounts)) {
        if (a.min !== null && a.max !== null && a.min > a.max) error(at("amounts", c), `下限 ${a.min} 元大于上限 ${a.max} 元`);
      }
    }
  });

  file.refunds.forEach((r, i) => {
    r.benefitIds.forEach((id, j) => ids.has(id) || error(["refunds", i, "benefitIds", j], `退还规则指向的待遇“${id}”不存在`));
    // The two columns say the same thing twice (which benefits, which ledger items): they must agree, or a
    // ledger row of one item is refunded under the rule of another.
    const named = new Set<string>([...r.items, ...(r.kind === "allReceived" ? (r.itemsInKind ?? []) : [])]);
    const optional = new Set(r.kind === "allReceived" ? (r.optionalBenefits?.ids ?? []) : []);
    const covered = new Set<string>();
    for (const id of [...r.benefitIds, ...optional]) {
      const b = file.benefits.find((x) => x.id === id);
      const item = b ? itemOfBenefit(b) : undefined;
      if (!b || item === undefined) continue;
      covered.add(item);
      if (!named.has(item) && !optional.has(id)) error(["refunds", i, "items"], `涉及的待遇“${b.item}”（${id}）是“${item}”，但“退还项目”中没有它：两列应说同一批待遇`);
    }
    // Items taken back in kind (奎屯 退回已享受的住房) are not paid out as a listed benefit.
    for (const item of r.items) {
      const any = [...r.benefitIds, ...optional].some((id) => file.benefits.some((b) => b.id === id && itemOfBenefit(b) !== undefined));
      if (any && !covered.has(item)) error(["refunds", i, "items"], `退还项目“${item}”不是所涉待遇（${r.benefitIds.join("、")}）中任何一项的项目：两列应说同一批待遇`);
    }
    if (r.kind === "allReceived") {
      r.optionalBenefits?.ids.forEach((id, j) => ids.has(id) || error(["refunds", i, "optionalBenefits", "ids", j], `待遇“${id}”不存在`));
      if (r.trigger === "probationFailure" && r.probationMonths === undefined) error(["refunds", i, "probationMonths"], "试用期不合格的退还规则须写明试用期月数");
    }
  });
  if (file.refunds.length === 0 && file.refundNote === undefined && file.meta.kind === "policy") {
    warn(["refundNote"], "没有退还规则：请写明“退还说明”——文件为何不要求退还，及最接近的条款；REFUND 会显示它");
  }

  if (file.ageLimits) {
    for (const c of Object.keys(file.ageLimits.maxAge)) if (!known(c)) error(["ageLimits", "maxAge", c], `年龄上限写给了“${c}”，但它不是本文件的人才类别`);
  }
  if (file.flexible && file.flexible.categories !== "*") {
    file.flexible.categories.forEach((c, j) => known(c) || error(["flexible", "categories", j], `“${c}”不是本文件的人才类别`));
  }
  if (file.flexible && file.flexible.months > 12) error(["flexible", "months"], "每年服务月数不能超过 12");

  if (reachability && problems.every((p) => p.severity !== "error")) unreachable(file, warn);
  return problems;
}

function checkMeta(meta: PolicyMeta, others: readonly PolicyMeta[], error: (p: PathPart[], m: string) => void): void {
  const day = (iso: string | null) => (iso === null ? null : fromISO(iso));
  for (const key of ["issued", "validFrom", "validTo"] as const) {
    const v = meta[key];
    if (v !== null && v !== undefined) {
      try {
        fromISO(v);
      } catch {
        error(["meta", key], `日期“${v}”不存在`);
      }
    }
  }
  const safe = (iso: string | null) => {
    try {
      return day(iso);
    } catch {
      return null;
    }
  };
  if (meta.kind === "policy" && meta.validFrom === null && meta.validFromOption === undefined) {
    error(
      ["meta", "validFrom"],
      `未填施行日期：文件将对任何引进日期都适用（${meta.issued ? `连印发日期 ${meta.issued} 之前` : "不论哪一年"}）。请填写施行日期；原文未印的，填写所采用的日期（如印发日期）并在“口径”中说明`,
    );
  }
  const from = safe(meta.validFrom);
  const to = safe(meta.validTo);
  if (from !== null && to !== null && to < from) error(["meta", "validTo"], `有效期的最后一日 ${meta.validTo} 早于施行日 ${meta.validFrom}`);
  meta.predecessors.forEach((p, i) => {
    const until = safe(p.until);
    if (from !== null && until !== null && until >= from) error(["meta", "predecessors", i, "until"], `旧文件管辖到 ${p.until}，不应晚于本文件施行日 ${meta.validFrom} 的前一日`);
  });
  for (const o of others) {
    if (o.id === meta.id) {
      error(["meta", "id"], `文件标识“${meta.id}”已被《${o.title}》使用，请换一个`);
      continue;
    }
    if (meta.docNumber !== null && o.docNumber === meta.docNumber) error(["meta", "docNumber"], `文号“${meta.docNumber}”已是《${o.title}》的文号`);
    if (meta.kind !== "policy" || o.kind !== "policy" || meta.city === null || o.city !== meta.city) continue;
    const oFrom = safe(o.validFrom);
    // Where one names the other as its predecessor, the older one governs only until the day the newer one says.
    const until = (a: PolicyMeta, b: PolicyMeta) => a.predecessors.filter((p) => namesAsPredecessor(p, b)).map((p) => safe(p.until));
    const ends = [safe(o.validTo), ...until(meta, o)].filter((d): d is number => d !== null);
    const oTo = ends.length > 0 ? Math.min(...ends) : null;
    const ownEnds = [to, ...until(o, meta)].filter((d): d is number => d !== null);
    const myTo = ownEnds.length > 0 ? Math.min(...ownEnds) : null;
    const overlaps = (from === null || oTo === null || from <= oTo) && (oFrom === null || myTo === null || oFrom <= myTo);
    if (overlaps) {
      error(
        ["meta", "validFrom"],
        `与已加载的《${o.title}》（${o.id}，${o.validFrom ?? "未印日期"} 至 ${o.validTo ?? "无终止日"}）都适用于${meta.city}且有效期重叠：同一天引进的人无法确定适用哪个文件。请写明本文件的施行日与终止日，或把旧文件写作本文件的“前序文件”（适用至本文件施行日的前一日）`,
      );
    }
  }
}

/** 1–199 in Chinese numerals, as articles are numbered (第十四条, 第一百零二条). */
function zhNumber(n: number): string {
  const d = "零一二三四五六七八九";
  if (n < 10) return d[n]!;
  if (n < 20) return `十${n % 10 ? d[n % 10] : ""}`;
  if (n < 100) return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ""}`;
  const rest = n % 100;
  return `${d[Math.floor(n / 100)]}百${rest === 0 ? "" : rest < 10 ? `零${d[rest]}` : rest < 20 ? `一${zhNumber(rest)}` : zhNumber(rest)}`;
}

/**
 * Every citation must be shown with its text, so the article it cites must be in 条文 (the 条 is enough
 * for a 项); and a numbered key must be the article its words name (key 9 cited as 第十条 would show one
 * article's text under another's number).
 */
function checkArticles(file: PolicyFile, error: (p: PathPart[], m: string) => void): void {
  const seen = new Set<string>();
  const visit = (v: unknown, path: PathPart[]) => {
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, [...path, i]));
    if (typeof v !== "object" || v === null) return;
    const o = v as Record<string, unknown>;
    if (typeof o.key === "string" && typeof o.label === "string" && Object.keys(o).length === 2) {
      const key = o.key;
      const said = `${key}|${o.label}`;
      if (key === "" || seen.has(said)) return;
      seen.add(said);
      if (!(key in file.articles) && !(key.split(".")[0]! in file.articles)) {
        error(path, `引用的条款 ${o.label}（条文键 ${key}）在“条文”中没有原文：请录入该条原文，引用时才能显示`);
      }
      const n = /^(\d{1,3})(\.|$)/.exec(key);
      if (n && /第.+条/.test(o.label) && !o.label.includes(`第${zhNumber(Number(n[1]))}条`) && !o.label.includes(`第${Number(n[1])}条`)) {
        error(path, `条文键 ${key} 是第${zhNumber(Number(n[1]))}条，条款写法却是“${o.label}”：两者应指同一条`);
      }
      return;
    }
    for (const [k, x] of Object.entries(o)) if (k !== "articles" && k !== "decisions" && k !== "cases") visit(x, [...path, k]);
  };
  visit(file, []);
}

function checkOptionValues(path: PathPart[], key: keyof typeof DEFAULT_OPTIONS, values: string[], error: (p: PathPart[], m: string) => void): void {
  for (const v of values) {
    try {
      parseOptions({ [key]: v });
    } catch {
      error(path, `选项 ${key} 没有取值“${v}”`);
    }
  }
}

function leaves(c: Criterion): Criterion[] {
  if ("all" in c) return c.all.flatMap(leaves);
  if ("any" in c) return c.any.flatMap(leaves);
  return [c];
}

const DEGREES: Degree[] = ["博士", "硕士", "学士", "专科", "无"];
const TITLES: TitleLevel[] = ["正高", "副高", "中级", "初级", "无"];
const SCHOOLS: School[] = ["双一流", "其他"];

/**
 * A derivable category no person reaches (an earlier one always wins, or its condition cannot hold) is
 * almost always an ordering or typing mistake. People are enumerated over degree, title, school, urgent
 * major, the honours the document mentions (none, one, or two) and its ways of introduction.
 */
function unreachable(file: PolicyFile, warn: (p: PathPart[], m: string) => void): void {
  const document = documentOf(file).doc;
  const derivable = document.categories.filter((c) => c.when !== undefined);
  if (derivable.length === 0) return;
  const honors = new Set<Honor>();
  for (const c of derivable) {
    const trees = isByOption(c.when!) ? [...Object.values(c.when.values), c.when.otherwise] : [c.when!];
    if (c.via) trees.push(c.via.when);
    for (const t of trees) for (const l of leaves(t)) for (const h of "honorIn" in l ? l.honorIn : "noHonor" in l ? l.noHonor : []) honors.add(h);
  }
  const hs = [...honors];
  const honorSets: Honor[][] = [[], ...hs.map((h) => [h]), ...hs.flatMap((h, i) => hs.slice(i + 1).map((k) => [h, k]))];
  const ways: (Way | undefined)[] = [undefined, ...(file.ways ? (Object.keys(file.ways.means) as Way[]).filter((w) => w in WAY_WORDS) : [])];
  const reached = new Set<string>();
  const options = DEFAULT_OPTIONS;
  outer: for (const degree of DEGREES)
    for (const title of TITLES)
      for (const school of SCHOOLS)
        for (const urgentMajor of [true, false])
          for (const set of honorSets)
            for (const way of ways) {
              const profile: Profile = { degree, title, school, urgentMajor, honors: new Set(set), way };
              try {
                reached.add(classify(document, profile, options).value);
              } catch {
                // Not in any category, or a question the profile leaves open: neither reaches one.
              }
              if (reached.size === derivable.length) break outer;
            }
  document.categories.forEach((c, i) => {
    if (c.when !== undefined && !reached.has(c.code)) {
      warn(["categories", i, "when"], `没有人能被判为“${c.code}”：排在前面的类别总是先符合，或条件不可能成立。请检查类别的先后和条件`);
    }
  });
}
