import { z } from 'zod';
import { PART_KEYS } from '../outline/part-key';
import { NewReport, ReportId } from '../report/report';
import { PastReportRecord } from '../status/status-moves';

const Level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const Text = z.string().max(100_000, { message: '一段文字超过 10 万字，请先在原文件中分段' });
/** Index into `ImportDraft.lines`; null for a block the clerk added in the review. */
const Line = z.number().int().nonnegative().nullable();

/**
 * Set on the heading of a required part written inside another part ("（一）党政主要负责人履行……"
 * under "一、工作开展情况"): the part it is, so the review can offer to move it out on its own.
 */
const PartOf = z.enum(PART_KEYS).optional();

/** A DraftBlock (shared/report/part-content.ts) with the source line it was read from. */
export const ImportBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: Level, text: Text, line: Line, partOf: PartOf }),
  z.object({
    kind: z.literal('paragraph'),
    lead: z.object({ level: Level, text: Text }).nullable(),
    text: Text,
    line: Line,
    partOf: PartOf,
  }),
  z.object({ kind: z.literal('table'), rows: z.array(z.array(Text)), line: Line }),
]);
export type ImportBlock = z.infer<typeof ImportBlock>;

/** The parts of the outline, plus 未归类 for content that fits none of them. */
export const ImportPartKey = z.enum([...PART_KEYS, 'unassigned']);
export type ImportPartKey = z.infer<typeof ImportPartKey>;

export const ImportPart = z.object({
  key: ImportPartKey,
  /** The part's heading line as written, e.g. "四、2025年主要工作安排"; empty when it had none. */
  heading: z.string().max(500),
  /** high: the heading's wording names the part; low: placed by position or not placed at all. */
  confidence: z.enum(['high', 'low']),
  blocks: z.array(ImportBlock).max(50_000),
});
export type ImportPart = z.infer<typeof ImportPart>;

/**
 * What an import read from a file or a paste, for the clerk to review before anything is saved.
 * The review screen edits this and sends it back to `import:apply` as it stands.
 */
export const ImportDraft = z.object({
  title: z.string().max(200, { message: '报告标题不能超过 200 个字' }),
  organization: z.string().max(60, { message: '单位名称不能超过 60 个字' }),
  year: z.number().int().nullable(),
  addressee: z.string().max(100, { message: '主送机关不能超过 100 个字' }),
  signature: z.string().max(100, { message: '发文机关署名不能超过 100 个字' }),
  /** 成文日期 as YYYY-MM-DD; null when missing or not a real date (dateText then shows what was written). */
  date: z.iso.date().nullable(),
  dateText: z.string().max(100),
  /** In the order they stand in the source; a key appears at most once. */
  parts: z.array(ImportPart).max(20),
  /** Website and conversion leftovers taken out: a whole line, or a fragment of one. */
  junk: z.array(z.object({ line: z.number().int().nonnegative(), text: z.string().max(100_000) })).max(50_000),
  /**
   * The source as read, one paragraph per entry, as the review shows it beside the result: its
   * non-blank lines, with lines broken inside a sentence joined and a text that lost its line
   * breaks split at its headings.
   */
  lines: z.array(z.string().max(100_000)).max(50_000),
  /**
   * Text the file hides (a .docx's `w:vanish`: not shown, not printed), with the visible paragraph
   * it stood in. Left out of the draft; the review lists it and the clerk may add a piece as text.
   */
  hidden: z
    .array(z.object({ text: Text, near: Text, included: z.boolean().default(false) }))
    .max(50_000)
    .optional(),
});
export type ImportDraft = z.infer<typeof ImportDraft>;

/** Import into an existing report (a revision is taken first), or into a new one. */
export const ImportApply = z.object({
  reportId: ReportId.optional(),
  /** For a new report: what 新建报告 asks; taken from the draft when absent. */
  newReport: NewReport.optional(),
  draft: ImportDraft,
  /**
   * 这是往年已报送的报告, ticked in the review: the imported report is recorded as 已报送 or 已公开 in
   * the same step, by the status service's rule (refused as a whole when that rule refuses).
   */
  pastRecord: PastReportRecord.optional(),
});
// The input side: pastRecord's note may be left out, as recordPast parses it again.
export type ImportApply = z.input<typeof ImportApply>;
