import { z } from 'zod';
import { PartKey } from '../outline/part-key';

/** What a row of the edited file stands for in the report. */
export const LeaderEditTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['title', 'addressee', 'signature', 'date']) }),
  z.object({ kind: z.literal('part-heading'), partKey: PartKey }),
  /** The block at `index` among the part's editor nodes. */
  z.object({ kind: z.literal('block'), partKey: PartKey, index: z.number().int().min(0) }),
]);
export type LeaderEditTarget = z.infer<typeof LeaderEditTarget>;

/** A run of text on one side of the comparison; `changed` runs are highlighted. */
export const DiffSegment = z.object({ text: z.string(), changed: z.boolean() });
export type DiffSegment = z.infer<typeof DiffSegment>;

export const LeaderEditChange = z.object({
  kind: z.enum(['edit', 'insert', 'delete']),
  /** Made with 修订 on (w:ins / w:del), rather than typed over the text. */
  tracked: z.boolean(),
  authors: z.array(z.string()),
  /** Why it cannot be taken here, when it cannot (a part heading, a table, a date that is not one). */
  notTakeable: z.string().optional(),
  /** Why the file shows no change where there is one: 在修改稿中被设为隐藏. */
  reason: z.string().optional(),
});
export type LeaderEditChange = z.infer<typeof LeaderEditChange>;

/** One paragraph side by side: the report's text and the leader's, with the comments on it. */
export const LeaderEditRow = z.object({
  id: z.number().int().min(0),
  /** The report's paragraph; null for a paragraph the leader added. */
  before: z.array(DiffSegment).nullable(),
  /** The leader's paragraph; null for one the leader deleted. */
  after: z.array(DiffSegment).nullable(),
  /** The report paragraph this row is, or for an insertion the one it follows (null: the very start). */
  target: LeaderEditTarget.nullable(),
  change: LeaderEditChange.nullable(),
  comments: z.array(z.object({ author: z.string(), text: z.string() })),
});
export type LeaderEditRow = z.infer<typeof LeaderEditRow>;

export const LeaderEditsProposal = z.object({
  reportId: z.string(),
  /** The report's last save when this was read: taking changes into a report edited since is refused. */
  reportUpdatedAt: z.string(),
  fileName: z.string(),
  /** Set when the file looks like another organization's or another year's report. */
  foreignWarning: z.string().nullable(),
  rows: z.array(LeaderEditRow),
  /**
   * Text the file hides (w:vanish: not shown, not printed), with the visible paragraph it stood in.
   * Never read as the leader's text; the review lists it (原文件中有隐藏文字).
   */
  hidden: z.array(z.object({ text: z.string(), near: z.string() })),
});
export type LeaderEditsProposal = z.infer<typeof LeaderEditsProposal>;
