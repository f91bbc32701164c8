import { z } from 'zod';

/** A mark the clerk set on a menu item; an item without one is left to the text (menuItemState). */
export const ChecklistState = z.enum(['unwritten', 'done', 'not-applicable']);
export type ChecklistState = z.infer<typeof ChecklistState>;

export const CHECKLIST_STATE_LABELS: Record<ChecklistState | 'auto-done', string> = {
  unwritten: '未写',
  done: '已写',
  'not-applicable': '不适用',
  'auto-done': '已写（自动）',
};

export const ChecklistEntry = z.object({ itemKey: z.string().min(1).max(64), state: ChecklistState });
export type ChecklistEntry = z.infer<typeof ChecklistEntry>;

/** What the clerk can choose: a mark, or 'auto' to take the mark away and let the text decide again. */
export const ChecklistChoice = z.object({
  itemKey: ChecklistEntry.shape.itemKey,
  state: z.enum([...ChecklistState.options, 'auto']),
});
export type ChecklistChoice = z.infer<typeof ChecklistChoice>;
