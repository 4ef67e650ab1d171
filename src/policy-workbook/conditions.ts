import { isTalentError } from "../engine/core/errors";
import type { Criterion } from "../engine/model/criteria";
import { isByOption } from "../engine/model/policy";
import { joinCell, LIST, TEXT, wordOf, wordsOf, zh } from "./codecs";
import { CONDITION_HEADERS as CH } from "./layout";
import type { Path, SheetReader } from "./sheet";
import type { ByOption, Cell, PolicyFile } from "./types";
import { CONDITION_USE, DEGREES, HONOR_WORDS, OPTION_KEYS, OTHERWISE, SCHOOLS, TITLES, YES } from "./vocab";

/**
 * The 类别条件 sheet: a category's condition (model/criteria.ts) as rows, one condition a row. Rows of one
 * category and one 条件组 must all hold; one group is enough. A condition that depends on a reading of the
 * text (ByOption) is a set of groups for each value of the option, and one for 其他 (the rest).
 */

type Leaf = Exclude<Criterion, { all: Criterion[] } | { any: Criterion[] }>;

/** The headers of the 类别条件 sheet, in order. */
export const CONDITION_ORDER = [CH.code, CH.group, CH.use, CH.option, CH.optionValue, CH.degree, CH.title, CH.school, CH.urgent, CH.honor, CH.noHonor, CH.way, CH.label];

/**
 * A criterion as groups of conditions: every condition of a group must hold, and one group is enough
 * (any of alls). Trees of other shapes are multiplied out, which keeps their truth in the three-valued
 * logic of model/criteria.ts (it is distributive); the built-in documents are all of this shape already.
 */
export function conditionGroups(c: Criterion): Leaf[][] {
  if ("any" in c) return c.any.flatMap(conditionGroups);
  if ("all" in c) {
    return c.all.reduce<Leaf[][]>((acc, part) => acc.flatMap((g) => conditionGroups(part).map((h) => [...g, ...h])), [[]]);
  }
  return [[c]];
}

function leafCells(l: Leaf): Partial<Record<string, Cell>> {
  if ("degreeIn" in l) return { [CH.degree]: joinCell(l.degreeIn) };
  if ("titleAtLeast" in l) return { [CH.title]: l.titleAtLeast };
  if ("school" in l) return { [CH.school]: l.school };
  if ("urgentMajor" in l) return { [CH.urgent]: YES };
  if ("honorIn" in l) return { [CH.honor]: joinCell(l.honorIn) };
  if ("noHonor" in l) return { [CH.noHonor]: joinCell(l.noHonor) };
  return { [CH.way]: joinCell(l.wayIn) };
}

function conditionRows(code: string, use: string, c: Criterion | ByOption<Criterion>): Cell[][] {
  const variants: [string | null, string | null, Criterion][] = isByOption(c)
    ? [...Object.entries(c.values).map(([v, x]): [string, string, Criterion] => [c.byOption, v, x]), [c.byOption, OTHERWISE, c.otherwise]]
    : [[null, null, c]];
  return variants.flatMap(([option, value, tree]) =>
    conditionGroups(tree).flatMap((group, g) =>
      group.map((leaf) => {
        const cells: Record<string, Cell> = { [CH.code]: code, [CH.group]: g + 1, [CH.use]: use, [CH.option]: option, [CH.optionValue]: value, ...leafCells(leaf), [CH.label]: leaf.label };
        return CONDITION_ORDER.map((h) => cells[h] ?? null);
      }),
    ),
  );
}

/** The 类别条件 rows of every category of the file (its condition, then the conditions of its `via`). */
export function conditionSheet(file: PolicyFile): Cell[][] {
  const rows: Cell[][] = [CONDITION_ORDER];
  for (const c of file.categories) {
    if (c.when) rows.push(...conditionRows(c.code, CONDITION_USE.toZh("when"), c.when));
    if (c.via) rows.push(...conditionRows(c.code, CONDITION_USE.toZh("via"), c.via.when));
  }
  return rows;
}

const LEAF_COLUMNS: [string, (cell: Cell) => Omit<Leaf, "label">][] = [
  [CH.degree, (c) => ({ degreeIn: wordsOf(DEGREES, "学历学位").read(c) as any })],
  [CH.title, (c) => ({ titleAtLeast: wordOf(TITLES, "职称").read(c) as any })],
  [CH.school, (c) => ({ school: wordOf(SCHOOLS, "院校类型").read(c) as any })],
  // Excel's TRUE (a checkbox, or typed TRUE) says 是 as well (the breaker's F15).
  [CH.urgent, (c) => (c === true ? undefined : wordOf([YES], "急需紧缺专业条件（只填“是”）").read(c), { urgentMajor: true as const })],
  [CH.honor, (c) => ({ honorIn: wordsOf(HONOR_WORDS, "称号或条件").read(c) as any })],
  [CH.noHonor, (c) => ({ noHonor: wordsOf(HONOR_WORDS, "称号或条件").read(c) as any })],
  [CH.way, (c) => ({ wayIn: LIST.read(c) })],
];

/** Groups of rows into a criterion: one group is an `all` (or its one leaf), several an `any` of them. */
function fromGroups(groups: Leaf[][]): Criterion {
  const part = (g: Leaf[]): Criterion => (g.length === 1 ? g[0]! : { all: g });
  return groups.length === 1 ? part(groups[0]!) : { any: groups.map(part) };
}

export function readConditions(sheet: SheetReader, file: any, categorySheet: SheetReader): void {
  interface Variant { groups: Map<string, Leaf[]>; rows: Map<string, number[]> }
  interface Bucket { option?: string; optionRow?: number; variants: Map<string | null, Variant>; first: number }
  const byCategory = new Map<string, { when?: Bucket; via?: Bucket }>();
  const codes = new Set(file.categories.map((c: any) => c.code));
  for (const r of sheet.dataRows()) {
    const code = sheet.value(r, CH.code, TEXT);
    if (code === undefined) {
      sheet.problem(r, CH.code, "请填写类别代码");
      continue;
    }
    if (!codes.has(code)) {
      sheet.problem(r, CH.code, `“${code}”不是“人才类别”表中的类别代码`);
      continue;
    }
    const use = sheet.blank(r, CH.use) ? "when" : sheet.value(r, CH.use, zh(CONDITION_USE));
    if (use === undefined) continue;
    const filled = LEAF_COLUMNS.filter(([h]) => !sheet.blank(r, h));
    if (filled.length !== 1) {
      sheet.problem(r, filled[1]?.[0] ?? CH.degree, filled.length === 0 ? `每行写一个条件：请在${LEAF_COLUMNS.map(([h]) => `“${h}”`).join("、")}中填写一列` : `每行只写一个条件，此行填了${filled.map(([h]) => `“${h}”`).join("、")}：请分成几行（同一条件组的各行须同时满足）`);
      continue;
    }
    const [header, make] = filled[0]!;
    const raw = sheet.cell(r, header);
    let leafBody: Omit<Leaf, "label"> | undefined;
    if (typeof raw === "object" && raw !== null && !(raw instanceof Date)) {
      sheet.value(r, header, TEXT);
      continue;
    }
    try {
      leafBody = make(typeof raw === "string" ? raw.trim() : raw);
    } catch (e) {
      if (e instanceof Error && !isTalentError(e)) sheet.problem(r, header, e.message);
      continue;
    }
    const label = sheet.value(r, CH.label, TEXT);
    if (label === undefined) {
      if (sheet.blank(r, CH.label)) sheet.problem(r, CH.label, "请填写条文字样：条款中这一条件的原话（用于说明类别依据）");
      continue;
    }
    const option = sheet.value(r, CH.option, wordOf(OPTION_KEYS, "选项"));
    const optionValue = sheet.value(r, CH.optionValue, TEXT);
    if ((option === undefined) !== (optionValue === undefined)) {
      sheet.problem(r, option === undefined ? CH.option : CH.optionValue, "“选项”和“选项取值”须同时填写或同时留空");
      continue;
    }
    if (use === "via" && option !== undefined) {
      sheet.problem(r, CH.option, "用于“另据条款”的条件不能随选项变化");
      continue;
    }
    const groupCell = sheet.value(r, CH.group, TEXT);
    if (groupCell === undefined) {
      if (sheet.blank(r, CH.group)) sheet.problem(r, CH.group, "请填写条件组（1、2、3…：同组各行须同时满足，满足任一组即可）");
      continue;
    }
    const entry = byCategory.get(code) ?? {};
    byCategory.set(code, entry);
    const bucket: Bucket = entry[use] ?? { variants: new Map(), first: r };
    entry[use] = bucket;
    if (bucket.variants.size > 0 && (bucket.option === undefined) !== (option === undefined)) {
      sheet.problem(r, CH.option, `类别“${code}”的条件有的随选项变化、有的不随：随选项变化时，每一行都须写明选项和取值（取值“${OTHERWISE}”表示其余情形）`);
      continue;
    }
    if (bucket.option !== undefined && option !== bucket.option) {
      sheet.problem(r, CH.option, `类别“${code}”的条件只能随一个选项变化（第${bucket.optionRow! + 1}行是 ${bucket.option}）`);
      continue;
    }
    if (option !== undefined && bucket.option === undefined) {
      bucket.option = option;
      bucket.optionRow = r;
    }
    const variant: Variant = bucket.variants.get(optionValue ?? null) ?? { groups: new Map(), rows: new Map() };
    bucket.variants.set(optionValue ?? null, variant);
    const g = variant.groups.get(groupCell) ?? [];
    variant.groups.set(groupCell, g);
    g.push({ ...leafBody, label } as Leaf);
    variant.rows.set(groupCell, [...(variant.rows.get(groupCell) ?? []), r]);
  }
  file.categories.forEach((c: any, i: number) => {
    const entry = byCategory.get(c.code);
    // each condition's place in the tree fromGroups builds, noted with its row (for checks made on the file)
    const noteLeaves = (v: Variant, base: Path) => {
      const rows = [...v.rows.values()];
      rows.forEach((g, gi) =>
        g.forEach((r, li) => {
          const inGroup = g.length === 1 ? [] : ["all", li];
          sheet.sources.note([...base, ...(rows.length === 1 ? inGroup : ["any", gi, ...inGroup])], sheet.ref(r, CH.label));
        }),
      );
    };
    const tree = (v: Variant, base: Path) => {
      noteLeaves(v, base);
      return fromGroups([...v.groups.values()]);
    };
    if (entry?.when) {
      const b = entry.when;
      const at: Path = ["categories", i, "when"];
      if (b.option === undefined) c.when = tree(b.variants.get(null)!, at);
      else {
        const other = b.variants.get(OTHERWISE);
        if (!other) sheet.problem(b.first, CH.optionValue, `类别“${c.code}”的条件随选项 ${b.option} 变化：还须写取值为“${OTHERWISE}”的条件组（选项为其他取值时适用）`);
        const when: ByOption<Criterion> = { byOption: b.option as any, values: {}, otherwise: other ? tree(other, [...at, "otherwise"]) : { any: [] } };
        for (const [v, variant] of b.variants) if (v !== OTHERWISE) when.values[v!] = tree(variant, [...at, "values", v!]);
        c.when = when;
      }
      sheet.sources.note(["categories", i, "when"], sheet.ref(b.first, CH.code));
    }
    if (entry?.via) {
      if (!c.via) categorySheet.problem(undefined, undefined, `类别“${c.code}”在“类别条件”表中有用于“另据条款”的条件，但“人才类别”表中没有填写另据条款`);
      else {
        c.via.when = tree(entry.via.variants.get(null)!, ["categories", i, "via", "when"]);
        sheet.sources.note(["categories", i, "via", "when"], sheet.ref(entry.via.first, CH.code));
      }
    } else if (c.via) {
      sheet.problem(undefined, undefined, `类别“${c.code}”填写了另据条款，但本表没有用于“另据条款”的条件`);
    }
  });
}
