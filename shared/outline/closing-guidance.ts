import { DEADLINE_DEFAULTS } from '../status/deadline-defaults';
import { monthDayText } from '../status/deadline-text';
import type { Outline } from './outline';

// Apart from outline.ts: the checks load the outline without zod, which the deadline rules bring.
/**
 * The closing guidance for a report of `year`: its example date is one the date rules accept
 * (early in Y+1, before the report is due), never a fixed year that contradicts the rule beside it.
 */
export function closingGuidance(outline: Outline, year: number): string[] {
  const submitBy = monthDayText(`2000-${DEADLINE_DEFAULTS.submitBy}`);
  return outline.closingGuidance.map((point) =>
    point
      .replaceAll('{Y+1}', String(year + 1))
      .replaceAll('{Y}', String(year))
      .replaceAll('{submitBy}', submitBy),
  );
}
