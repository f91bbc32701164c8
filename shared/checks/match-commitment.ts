import { bigrams, overlap } from './doc-texts';

/** Share of a promise's two-character words the measures must contain for it to count as reported on. */
export const COMMITMENT_OVERLAP = 0.3;

export interface CommitmentMatch {
  /** This year's measures say what became of the promise. */
  reported: boolean;
  /** The measures paragraph that speaks of it most, to jump to; null when none shares a word. */
  paragraph: number | null;
}

/**
 * Whether this year's measures report on one of last year's plans: the same rough word overlap the
 * `commitment-unreported` check uses (judged on the part as a whole, since a promise is often
 * answered across several paragraphs), plus the paragraph that answers it best.
 */
export function matchCommitment(plan: string, measures: readonly string[]): CommitmentMatch {
  const reported = overlap(plan, bigrams(measures.join('\n'))) >= COMMITMENT_OVERLAP;
  // overlap() is 1 for a promise with no Chinese words at all; that says nothing about where it is.
  if (bigrams(plan).size === 0) return { reported, paragraph: null };
  let paragraph: number | null = null;
  let best = 0;
  measures.forEach((text, index) => {
    const score = overlap(plan, bigrams(text));
    if (score > best) [best, paragraph] = [score, index];
  });
  return { reported, paragraph };
}
