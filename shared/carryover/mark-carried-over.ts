import { CARRYOVER_STATE_KEY, type CarryoverMark } from './carryover-mark';
import { textOf, type SerializedNode } from '../report/part-content';

// Tables are copied unmarked: their cells are edited one by one and the table as a whole is not a
// paragraph a finding can point at.
const MARKED_TYPES = new Set(['paragraph', 'section-heading']);

/**
 * One part's editor JSON as it goes into next year's report: the same blocks, each non-empty
 * paragraph and heading marked 沿用待更新 with its text as copied. Marks left over from an earlier
 * carry-over are replaced, so every block starts afresh from this year's copy.
 */
export function markCarriedOver(contentJson: string | null): string | null {
  if (!contentJson) return null;
  const state = JSON.parse(contentJson) as { root?: SerializedNode };
  for (const node of state.root?.children ?? []) {
    const $ = { ...node.$ };
    delete $[CARRYOVER_STATE_KEY];
    const text = textOf(node);
    if (MARKED_TYPES.has(node.type) && text.trim())
      $[CARRYOVER_STATE_KEY] = { original: text, kept: [] } satisfies CarryoverMark;
    if (Object.keys($).length > 0) node.$ = $;
    else delete node.$;
  }
  return JSON.stringify(state);
}
