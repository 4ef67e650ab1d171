import { DEFAULT_OPTIONS, type Options } from "../../src/engine/core/options";
import type { PolicyDocument, PolicyText } from "../../src/engine/model/policy";
import { REGISTRY } from "../../src/engine/policies/registry";
import { FORMAT, type PolicyFile } from "../../src/policy-workbook";

/**
 * The built-in documents as policy files. Until main's documents are data (policies/<id>/policy.json),
 * the few readings written as functions of the options are turned into `byOption` values by asking the
 * function under each setting of the options that have a closed set of values, and back again for the
 * engine of today.
 */
const SETTINGS: Partial<Record<keyof Options, readonly (string | boolean)[]>> = {
  zhangyeMajorRule: ["both", "bachelorOnly"],
  turpanTier3: ["group", "literal"],
  flexibleAsSpecial: [true, false],
  zhangyeHousingChoice: ["apartment", "subsidy"],
  zhangyeNationalLevel: ["titles", "programmes"],
  serviceYearMoney: ["completed", "started"],
  wayBlank: ["state", "ask"],
};

function asData(v: unknown): unknown {
  if (typeof v !== "function") return v;
  const f = v as (o: Options) => unknown;
  const base = JSON.stringify(f(DEFAULT_OPTIONS));
  for (const [key, values] of Object.entries(SETTINGS) as [keyof Options, (string | boolean)[]][]) {
    const other = values.find((x) => x !== DEFAULT_OPTIONS[key])!;
    const alt = f({ ...DEFAULT_OPTIONS, [key]: other } as Options);
    if (JSON.stringify(alt) !== base) return { byOption: key, values: { [String(DEFAULT_OPTIONS[key])]: f(DEFAULT_OPTIONS) }, otherwise: alt };
  }
  throw new Error("a function of the options that no option changes");
}

function asFunction(v: any): any {
  if (!v || typeof v !== "object" || !("byOption" in v)) return v;
  return (o: Options) => (Object.prototype.hasOwnProperty.call(v.values, String(o[v.byOption as keyof Options])) ? v.values[String(o[v.byOption as keyof Options])] : v.otherwise);
}

export function toFile(doc: PolicyDocument, text: PolicyText): PolicyFile {
  const file = {
    format: FORMAT,
    ...doc,
    articles: { ...text.ARTICLES },
    decisions: [...text.DECISIONS],
    categories: doc.categories.map((c) => (c.when ? { ...c, when: asData(c.when) } : c)),
    ...(doc.ways ? { ways: { ...doc.ways, means: Object.fromEntries(Object.entries(doc.ways.means).map(([k, m]) => [k, asData(m)])) } } : {}),
  };
  // through JSON, as a file is: no undefined fields, no shared objects
  return JSON.parse(JSON.stringify(file)) as PolicyFile;
}

/** A policy file as today's engine takes it (readings as functions again). */
export function toDocument(file: PolicyFile): PolicyDocument {
  const { format: _f, articles: _a, decisions: _d, cases: _c, ...doc } = file;
  return {
    ...doc,
    categories: doc.categories.map((c) => (c.when ? { ...c, when: asFunction(c.when) } : c)),
    ...(doc.ways ? { ways: { ...doc.ways, means: Object.fromEntries(Object.entries(doc.ways.means).map(([k, m]) => [k, asFunction(m)])) } } : {}),
  } as PolicyDocument;
}

export async function builtInFiles(): Promise<PolicyFile[]> {
  return Promise.all(REGISTRY.map(async (e) => toFile(await e.load(), await e.text())));
}
