/**
 * The two ways a policy computation can refuse to give a number.
 *
 * - `invalid`: the input is wrong (negative money, an unknown word, end before start). Excel shows #VALUE!.
 * - `notApplicable`: the input is fine but the policy has no such benefit or rule. Excel shows #N/A.
 *
 * Messages are Chinese first because HR staff read them in the cell's error tooltip; the English text is
 * kept beside it for the English pane and for logs.
 */
export type TalentErrorKind = "invalid" | "notApplicable";

export class TalentError extends Error {
  readonly kind: TalentErrorKind;
  readonly en: string;

  constructor(kind: TalentErrorKind, zh: string, en?: string) {
    // A refusal is an expected answer for one cell, not a defect: filling a column can raise thousands of
    // them, and a stack trace each would cost more than the computation. (V8 reads this limit; others ignore it.)
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(zh);
    Error.stackTraceLimit = limit;
    this.name = "TalentError";
    this.kind = kind;
    this.en = en ?? zh;
  }
}

export function invalid(zh: string, en?: string): TalentError {
  return new TalentError("invalid", zh, en);
}

export function notApplicable(zh: string, en?: string): TalentError {
  return new TalentError("notApplicable", zh, en);
}

export function isTalentError(e: unknown): e is TalentError {
  return e instanceof TalentError;
}
