/**
 * The mark a block copied from last year's report carries in the editor JSON, as a Lexical
 * NodeState under "$" (e.g. `"$": {"carryover": {"original": "…", "kept": []}}`), so the editor,
 * the stored-report checks and the export all read the same thing.
 */
export interface CarryoverMark {
  /** The block's text as it was copied, after any year updates the clerk accepted. */
  original: string;
  /** Year occurrences the clerk chose to keep (保留), by their surrounding text, so they are not offered again. */
  kept: string[];
}

export const CARRYOVER_STATE_KEY = 'carryover';

/** The mark from its JSON form; null for anything else, so a damaged mark is simply no mark. */
export function parseCarryoverMark(value: unknown): CarryoverMark | null {
  if (!value || typeof value !== 'object') return null;
  const { original, kept } = value as { original?: unknown; kept?: unknown };
  if (typeof original !== 'string') return null;
  return {
    original,
    kept: Array.isArray(kept) ? kept.filter((entry): entry is string => typeof entry === 'string') : [],
  };
}

/**
 * Whether a block is still as it came from last year. Derived from the text rather than stored as
 * a flag: an undo back to last year's wording shows the mark again, and no path that edits text
 * (typing, find-and-replace, a quick fix) has to remember to clear it.
 */
export function isCarriedOver(mark: CarryoverMark | null, text: string): boolean {
  return mark !== null && text.trim() !== '' && mark.original === text;
}
