import { z } from 'zod';
import { PART_LABELS } from '../outline/part-labels';
import type { PartKey } from '../outline/part-key';

/** The text changed while 待审签 after this review was recorded: which part ('header' for 报告信息), first and last time. */
export const EditAfterReview = z.object({
  what: z.string(),
  firstAt: z.iso.datetime(),
  lastAt: z.iso.datetime(),
});
export type EditAfterReview = z.infer<typeof EditAfterReview>;

export function editedWhatLabel(what: string): string {
  return what === 'header' ? '报告信息' : (PART_LABELS[what as PartKey] ?? what);
}
