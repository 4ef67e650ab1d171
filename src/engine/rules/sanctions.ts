import { invalid } from "../core/errors";
import { normalizeWord } from "../core/vocabulary";
import type { GroundList, SanctionBound } from "../model/policy";
import { NOT_SANCTIONS, SANCTION_SCALES, type SanctionScale } from "../model/sanctions";

/** How one word of a disqualification cell reads: the ground it is, or why it is none. */
export interface GroundReading {
  /** The ground (a key of the list), or undefined when the word falls short of every ground. */
  ground: string | undefined;
  /** What the word was read as, for the trace. */
  note: string;
}

interface StepOnScale {
  scale: SanctionScale;
  index: number;
}

function stepIndex(scale: SanctionScale, word: string): number {
  return scale.steps.findIndex((s) => s.name === word || s.words.includes(word));
}

/** The steps a word can be: 警告 is on every scale, 党内警告 only on the party's, 留用察看 only on the enterprise one. */
function stepsOf(word: string): StepOnScale[] {
  const bare = word.replace(/处分$/, "");
  // A prefix (党内, 行政 …) narrows the word to the scales it names.
  const named = SANCTION_SCALES.flatMap((scale) =>
    scale.prefixes
      .filter((p) => bare.length > p.length && bare.startsWith(p))
      .map((p) => ({ scale, index: stepIndex(scale, bare.slice(p.length)) })),
  ).filter((x) => x.index >= 0);
  if (named.length > 0) return named;
  return SANCTION_SCALES.map((scale) => ({ scale, index: stepIndex(scale, bare) })).filter((x) => x.index >= 0);
}

/**
 * Whether a sanction word reaches the bound: on every scale the word can belong to, a step at or above the
 * scale's lowest qualifying step (以上 includes the bound), where the article names no step on a scale, that
 * scale is not reached. Where the scales disagree the word is ambiguous and must say which it is.
 */
function readSanction(bound: SanctionBound, word: string): GroundReading | undefined {
  const steps = stepsOf(word);
  if (steps.length === 0) return undefined;
  const verdicts = steps.map(({ scale, index }) => {
    const least = bound.atLeast[scale.id];
    const leastIndex = least === undefined ? -1 : stepIndex(scale, least);
    return { scale, step: scale.steps[index]!.name, least, ok: leastIndex >= 0 && index >= leastIndex };
  });
  const ok = verdicts[0]!.ok;
  if (verdicts.some((v) => v.ok !== ok)) {
    throw invalid(
      `“${word}”可以是${verdicts.map((v) => v.scale.id).join("或")}，两者结论不同，请写明种类（如“党内${word}”或“行政${word}”）`,
      `"${word}" is on several scales with different answers`,
    );
  }
  const where = verdicts.map((v) => `${v.scale.id}“${v.step}”（${v.scale.source}）`).join("或");
  const bar = [...new Set(verdicts.filter((v) => v.least !== undefined).map((v) => `${v.scale.id}${v.least}`))].join("、");
  return ok
    ? { ground: bound.ground, note: `${word}：${where}，在${bar}以上，属${bound.article.label}` }
    : { ground: undefined, note: `${word}：${where}，轻于${bar || "该项所列处分"}，不属${bound.article.label}` };
}

/** A word of a disqualification cell: a sanction on the scales, a word short of every ground, or undefined. */
export function readGroundWord(list: GroundList, word: string): GroundReading | undefined {
  const w = normalizeWord(word);
  if (list.sanctions) {
    const r = readSanction(list.sanctions, w);
    if (r) return r;
    const measure = NOT_SANCTIONS.find((m) => m.words.includes(w));
    if (measure) return { ground: undefined, note: `${word}：属${measure.what}，不是处分，不属${list.sanctions.article.label}` };
  }
  const short = list.shortOf?.find((s) => s.words.some((x) => normalizeWord(x) === w));
  if (short) return { ground: undefined, note: `${word}：${short.label}，${short.why}` };
  return undefined;
}
