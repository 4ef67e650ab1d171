import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { clearPolicyFiles, loadAllPolicies, registerPolicyFile, REGISTRY, type PolicyFile } from "../../src/engine";
import { errorsOf, formatProblems, readPolicyFile } from "../../src/engine/files/policy-file";
import { specOf } from "../../src/functions/registry";
import { answerCells, expectSoundCells } from "../answers";
import { rng } from "../../bench/util";

/**
 * Whatever an office types into a policy file, once the file reads without errors the functions give no
 * NaN, no negative money, no fractions of a fen, and no refund above what was paid. Files are made from each
 * built-in document with every amount, year count and instalment replaced at random (instalments drawn
 * first, the total their sum, as `policy check` requires).
 */
const root = join(__dirname, "..", "..", "policies");
const ID = "prop-file";


const MONEY_KEYS = new Set(["total", "perMonth", "perYear", "cap", "min", "max", "threshold", "amount"]);
const COUNT_KEYS = new Set(["months", "years", "dueAfterYears", "fullYears", "freeYears", "giftAfterYears", "minMonthsInYear", "afterMonthsServed", "area"]);

/** Every amount and count of the file drawn again; money in fen (or whole 元 and 万元 as offices write). */
function scramble(file: PolicyFile, seed: number): PolicyFile {
  const rnd = rng(seed);
  const money = () => {
    const r = rnd();
    return r < 0.1 ? 0 : r < 0.5 ? Math.round(rnd() * 100) * 10000 : Math.round(rnd() * 1e9) / 100;
  };
  const walk = (v: unknown, key: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (typeof v === "object" && v !== null) {
      const o = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
      if (Array.isArray(o.instalments)) {
        const parts = (o.instalments as number[]).map(() => money());
        o.instalments = parts;
        o.total = parts.reduce((s, x) => Math.round((s + x) * 100) / 100, 0);
      }
      if (typeof o.min === "number" && typeof o.max === "number" && o.min > o.max) [o.min, o.max] = [o.max, o.min];
      if (key !== "meta" && typeof o.minMonthsInYear === "number") o.minMonthsInYear = Math.floor(rnd() * 13);
      return o;
    }
    if (typeof v !== "number") return v;
    if (MONEY_KEYS.has(key)) return money();
    if (COUNT_KEYS.has(key)) return Math.floor(rnd() * 21);
    return v;
  };
  const scrambled = walk(file, "") as PolicyFile;
  if (scrambled.flexible) scrambled.flexible.months = Math.min(12, scrambled.flexible.months);
  return { ...scrambled, meta: { ...file.meta, id: ID, city: null, cityAliases: [], aliases: [], docNumber: null, predecessors: [] } };
}

const MONEY_CALLS: { id: string; args: (category: string, r: () => number) => unknown[] }[] = [
  { id: "HOUSINGSUBSIDY", args: (c) => [ID, c] },
  { id: "RENTSUBSIDY", args: (c, r) => [ID, c, Math.floor(r() * 8)] },
  { id: "SETTLEMENT", args: (c, r) => [ID, c, 1 + Math.floor(r() * 4)] },
  { id: "ALLOWANCE", args: (c, r) => [ID, c, Math.floor(r() * 100)] },
  { id: "YEARLYSUBSIDY", args: (c, r) => [ID, c, Math.floor(r() * 8), Math.floor(r() * 13)] },
  { id: "CARSUBSIDY", args: (c) => [ID, c] },
  { id: "STARTUPFUND", args: (c) => [ID, c] },
  { id: "PROJECTFUND", args: (_c, r) => [ID, Math.round(r() * 1e9) / 100] },
  { id: "REFUND", args: (_c, r) => [ID, Math.round(r() * 1e8) / 100, Math.round(r() * 1500) / 100, r() < 0.5 ? "整年" : "实际", r() < 0.7 ? "个人原因" : "试用期不合格"] },
];

afterAll(() => clearPolicyFiles());

describe.each(REGISTRY.map((e) => [e.meta.id] as const))("files made from %s", (id) => {
  const base = JSON.parse(readFileSync(join(root, id, "policy.json"), "utf8")) as PolicyFile;
  test("no NaN, no negative money, whole fen, refunds within what was paid", async () => {
    let numbers = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
        const file = scramble(base, seed);
        const read = readPolicyFile(file);
        if (!read.file || errorsOf(read.problems).length > 0) throw new Error(`a scrambled file must read:\n${formatProblems(errorsOf(read.problems))}`);
        registerPolicyFile(read.file, { kind: "user", file: "prop.json", hash: "000000000000" });
        await loadAllPolicies();
        const rnd = rng(seed ^ 0x5bd1e995);
        for (const category of read.file.categories.map((c) => c.code)) {
          for (const call of MONEY_CALLS) {
            const args = call.args(category, rnd);
            const got = expectSoundCells(answerCells(specOf(call.id), args), true);
            numbers += got.length;
            if (call.id === "REFUND") for (const c of got) expect(c).toBeLessThanOrEqual((args[1] as number) + 0.005);
          }
        }
      }),
      { numRuns: 12 },
    );
    // Not vacuous: a document with amounts yields amounts, whatever they were scrambled to.
    if (base.benefits.some((b) => b.kind === "lumpSum" || b.kind === "monthly" || b.kind === "yearly")) expect(numbers).toBeGreaterThan(0);
  });
});
