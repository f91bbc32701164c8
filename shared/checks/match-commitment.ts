import { bigrams, overlap } from './doc-texts';

/** Share of a promise's two-character words the measures must contain for it to count as reported on. */
export const COMMITMENT_OVERLAP = 0.3;

/** A paragraph of this year's measures; `carriedOver` when it is still last year's words, never edited. */
export interface MeasuresText {
  text: string;
  carriedOver?: boolean;
}

export interface CommitmentMatch {
  /** This year's measures say what became of the promise. */
  reported: boolean;
  /** The measures paragraph that speaks of it most, to jump to; null when none shares a word. */
  paragraph: number | null;
  /** Not reported, but last year's carried-over text still speaks of it: it needs this year's words. */
  onlyCarriedOver: boolean;
}

const reportsOn = (plan: string, texts: readonly MeasuresText[]) =>
  overlap(plan, bigrams(texts.map((text) => text.text).join('\n'))) >= COMMITMENT_OVERLAP;

/**
 * Whether this year's measures report on one of last year's plans: a rough word overlap, judged on
 * the part as a whole (a promise is often answered across several paragraphs), plus the paragraph
 * that answers it best. Only text written or changed this year counts: last year's paragraph
 * about the same work, carried over and never edited, says nothing about what became of it.
 * The commitment-unreported check and the 承诺兑现 list both judge with this one function.
 */
export function matchCommitment(plan: string, measures: readonly MeasuresText[]): CommitmentMatch {
  const written = measures.filter((text) => !text.carriedOver);
  const reported = reportsOn(plan, written);
  const onlyCarriedOver = !reported && written.length < measures.length && reportsOn(plan, measures);
  // overlap() is 1 for a promise with no Chinese words at all; that says nothing about where it is.
  if (bigrams(plan).size === 0) return { reported, paragraph: null, onlyCarriedOver };
  let paragraph: number | null = null;
  let best = 0;
  measures.forEach((text, index) => {
    if (text.carriedOver) return;
    const score = overlap(plan, bigrams(text.text));
    if (score > best) [best, paragraph] = [score, index];
  });
  return { reported, paragraph, onlyCarriedOver };
}
