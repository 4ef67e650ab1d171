import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  benefitLines,
  categoryOf,
  normalizeWord,
  policyOf,
  DEFAULT_OPTIONS,
  fromISO,
  money,
  REGISTRY,
  refund,
  schedule,
  type ArticleRef,
  type PolicyDocument,
} from "../../src/engine";

/** Checks that hold for every document: the data agrees with itself and with the texts it comes from. */

const o = DEFAULT_OPTIONS;

function articleRefs(doc: PolicyDocument): ArticleRef[] {
  const refs: ArticleRef[] = [doc.meta.validity.article, ...doc.meta.predecessors.map((p) => p.article)];
  refs.push(...doc.categories.map((c) => c.article), ...doc.benefits.map((b) => b.article), ...doc.refunds.map((r) => r.article));
  for (const x of [doc.ageLimits, doc.exclusions, doc.disqualification, doc.projectSupport, doc.flexible, doc.leave, doc.incomeShare, doc.loans, doc.costShare, doc.titleRecognition, doc.minimumService, doc.agreementYears]) {
    if (x) refs.push(x.article);
  }
  if (doc.penalties) refs.push(doc.penalties.commission.article, doc.penalties.leak.article, doc.penalties.leave.article);
  for (const b of doc.benefits) if (b.kind === "lumpSum" && b.spouseHalf) refs.push(b.spouseHalf.article);
  if (doc.ways) refs.push(doc.ways.article);
  for (const c of doc.categories) if (c.via) refs.push(c.via.article);
  return refs;
}

/** Whitespace, list dashes, line breaks and page numbers (—2—) are layout, not text. */
const squash = (s: string) => s.replace(/—\d+—/g, "").replace(/[\s\-]/g, "");

describe.each(REGISTRY.map((e) => [e.meta.id, e] as const))("%s", (id, entry) => {
  test("every article text is quoted verbatim from the source file", async () => {
    const source = squash(readFileSync(join(__dirname, "../../policies", entry.meta.source.file), "utf8"));
    const { ARTICLES } = await entry.text();
    for (const [key, text] of Object.entries(ARTICLES)) {
      expect([key, source.includes(squash(text))]).toEqual([key, true]);
    }
  });

  test("every article the data cites has its text a click away", async () => {
    const { ARTICLES, DECISIONS } = await entry.text();
    const doc = policyOf(id);
    // Keys such as "14.2" must exist; combined labels (“第二十二条第（三）至（五）项”) cite the first.
    for (const ref of [...articleRefs(doc), ...DECISIONS.map((d) => d.article)]) {
      expect([ref.label, ref.key in ARTICLES || ref.key.split(".")[0]! in ARTICLES]).toEqual([ref.label, true]);
    }
  });

  test("instalments add up to their totals", () => {
    const doc = policyOf(id);
    for (const b of doc.benefits) {
      if (b.kind !== "lumpSum") continue;
      for (const [code, a] of Object.entries(b.amounts)) {
        if (a.instalments) expect([b.id, code, a.instalments.reduce((s, x) => s + x, 0)]).toEqual([b.id, code, a.total]);
      }
    }
  });

  test("no word names two categories", () => {
    const doc = policyOf(id);
    const owner = new Map<string, string>();
    for (const c of doc.categories) {
      for (const w of new Set([c.code, ...c.aliases].map(normalizeWord))) {
        expect([w, owner.get(w) ?? c.code]).toEqual([w, c.code]);
        owner.set(w, c.code);
      }
    }
    for (const c of doc.categories) expect(categoryOf(doc, c.code)).toBe(c);
  });

  test("every benefit names categories the document has", () => {
    const doc = policyOf(id);
    const codes = new Set(doc.categories.map((c) => c.code));
    for (const b of doc.benefits) {
      if (b.categories !== "*") for (const c of b.categories) expect([b.id, codes.has(c)]).toEqual([b.id, true]);
      if ("amounts" in b) for (const c of Object.keys(b.amounts)) expect([b.id, c === "*" || codes.has(c)]).toEqual([b.id, true]);
    }
  });
});

const ids = REGISTRY.map((e) => [e.meta.id] as const);

describe("SCHEDULE adds up to BENEFITS", () => {
  test.each(ids)("%s, every category", (id) => {
    const doc = policyOf(id);
    const start = fromISO("2025-01-01");
    for (const { code } of doc.categories) {
      let lines;
      try {
        lines = benefitLines(doc, code, o).value;
      } catch {
        continue; // a category without benefits (平顶山 C类) has nothing to add up
      }
      let planned: ReturnType<typeof schedule>["value"] = [];
      try {
        planned = schedule(doc, code, start, null, o).value;
      } catch {
        planned = [];
      }
      for (const line of lines) {
        if (line.total === null) continue;
        // Of alternatives (张掖 人才公寓 or 租房补贴) the schedule holds only the one the option picks.
        const b = doc.benefits.find((x) => x.id === line.benefitId)!;
        if (b.choice && o[b.choice.option] !== b.choice.value) continue;
        const sum = planned.filter((p) => p.benefitId === line.benefitId && p.amount).reduce((s, p) => s.plus(p.amount!), money(0));
        expect([code, line.item, sum.toString()]).toEqual([code, line.item, line.total.toString()]);
      }
    }
  });
});

/** Every (document, category) with something to schedule, from a few start dates including month ends and 29 February. */
function schedules(id: string): { doc: PolicyDocument; code: string; start: string }[] {
  const doc = policyOf(id);
  const out: { doc: PolicyDocument; code: string; start: string }[] = [];
  for (const { code } of doc.categories) {
    for (const start of ["2025-07-01", "2024-02-29", "2025-08-31"]) {
      try {
        schedule(doc, code, fromISO(start), null, o);
        out.push({ doc, code, start });
      } catch {
        // nothing to schedule for this category
      }
    }
  }
  return out;
}

function refundedBy(doc: PolicyDocument): Set<string> {
  return new Set(doc.refunds.flatMap((r) => (r.kind === "proportional" ? r.benefitIds : [...r.benefitIds, ...(r.optionalBenefits?.ids ?? [])])));
}

describe("SCHEDULE: nothing is due before its condition can be met", () => {
  // A line dated d says its condition (a year worked, six months served, a month begun) is met on d: leaving on
  // d still gets it (unless it is taken back that very day), leaving the day before does not.
  test.each(ids)("%s: each line is due on its date and not the day before", (id) => {
    for (const { doc, code, start } of schedules(id)) {
      const s = fromISO(start);
      const refunded = refundedBy(doc);
      const planned = schedule(doc, code, s, null, o).value.filter((l) => l.benefitId !== null && l.date > s);
      for (const line of planned) {
        const key = (l: { benefitId: string | null; date: number }) => `${l.benefitId}@${l.date}`;
        const before = schedule(doc, code, s, line.date - 1, o).value.map(key);
        expect([code, start, line.item, before.includes(key(line))]).toEqual([code, start, line.item, false]);
        if (!refunded.has(line.benefitId!)) {
          const on = schedule(doc, code, s, line.date, o).value.map(key);
          expect([code, start, line.item, on.includes(key(line))]).toEqual([code, start, line.item, true]);
        }
      }
    }
  });

  test.each(ids)("%s: no line before the start date", (id) => {
    for (const { doc, code, start } of schedules(id)) {
      for (const line of schedule(doc, code, fromISO(start), null, o).value) expect(line.date >= fromISO(start)).toBe(true);
    }
  });
});

describe("SCHEDULE never pays and refunds the same item on the same day", () => {
  test.each(ids)("%s: leaving on any payment date", (id) => {
    for (const { doc, code, start } of schedules(id)) {
      const s = fromISO(start);
      const refunded = refundedBy(doc);
      const dates = [...new Set(schedule(doc, code, s, null, o).value.map((l) => l.date))];
      for (const end of dates) {
        const lines = schedule(doc, code, s, end, o).value;
        const refundsToday = lines.some((l) => l.date === end && l.amount?.isNegative());
        const paidToday = lines.filter((l) => l.date === end && l.benefitId !== null && refunded.has(l.benefitId) && l.amount?.isPositive());
        expect([code, start, end, refundsToday && paidToday.length > 0]).toEqual([code, start, end, false]);
      }
    }
  });
});

describe("refunds never exceed what was received and are never negative", () => {
  const years = [0, 0.25, 0.5, 0.99, 1, 2.5, 4.999, 5, 9.999, 10, 12];
  const received = [0, 0.01, 30000, 150000, 400000, 1234567.89];

  test.each(ids)("%s, REFUND over amounts, years, bases and reasons", (id) => {
    const doc = policyOf(id);
    for (const r of received) {
      for (const y of years) {
        for (const basis of ["whole", "exact"] as const) {
          for (const reason of ["personal", "employer", "probation"] as const) {
            let due;
            try {
              due = refund(doc, { received: money(r), yearsServed: money(y), basis, reason }).value;
            } catch {
              continue; // a refusal (no rule for that reason, probation over) is not a number
            }
            expect(due.gte(0)).toBe(true);
            expect(due.lte(r)).toBe(true);
          }
        }
      }
    }
  });

  test.each(ids)("%s, SCHEDULE: leaving on any day never returns more than was paid", (id) => {
    const doc = policyOf(id);
    const start = fromISO("2025-01-01");
    for (const { code } of doc.categories) {
      for (const days of [0, 1, 100, 180, 181, 364, 365, 700, 1000, 1825, 3000, 3652]) {
        let lines;
        try {
          lines = schedule(doc, code, start, start + days, o).value;
        } catch {
          break;
        }
        const paid = lines.filter((l) => l.amount?.gt(0)).reduce((s, l) => s.plus(l.amount!), money(0));
        const back = lines.filter((l) => l.amount?.lt(0)).reduce((s, l) => s.minus(l.amount!), money(0));
        expect([code, days, back.lte(paid)]).toEqual([code, days, true]);
      }
    }
  });
});
