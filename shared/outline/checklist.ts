import { z } from 'zod';

export const ChecklistState = z.enum(['unwritten', 'done', 'not-applicable']);
export type ChecklistState = z.infer<typeof ChecklistState>;

export const CHECKLIST_STATE_LABELS: Record<ChecklistState, string> = {
  unwritten: '未写',
  done: '已写',
  'not-applicable': '不适用',
};

export const ChecklistEntry = z.object({ itemKey: z.string().min(1).max(64), state: ChecklistState });
export type ChecklistEntry = z.infer<typeof ChecklistEntry>;
