import { z } from 'zod';
import { IMPORT_LIMITS } from '../import/import-limits';

/** The five parts the 依法治县办 looks for, in the order of the mandated outline. */
export const BATCH_PARTS = ['measures', 'shortcomings', 'leadership', 'plans', 'other'] as const;
export type BatchPartKey = (typeof BATCH_PARTS)[number];

/** own: a part of its own; inside: no part of its own, but written under another part's heading; absent. */
export const PartPresence = z.enum(['own', 'inside', 'absent']);
export type PartPresence = z.infer<typeof PartPresence>;

export const BatchPart = z.object({ presence: PartPresence, chars: z.number().int().nonnegative() });
export type BatchPart = z.infer<typeof BatchPart>;

export const BatchFinding = z.object({
  id: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  part: z.string(),
  message: z.string(),
  excerpt: z.string(),
  location: z.object({ place: z.string(), paragraph: z.number(), start: z.number(), end: z.number() }),
});
export type BatchFinding = z.infer<typeof BatchFinding>;

/** What the office's table shows of one department's report. */
export const BatchReport = z.object({
  organization: z.string(),
  year: z.number().nullable(),
  parts: z.object(
    Object.fromEntries(BATCH_PARTS.map((key) => [key, BatchPart])) as Record<BatchPartKey, typeof BatchPart>,
  ),
  /** with / without 原因 in the shortcomings; absent when there are no shortcomings to judge. */
  causes: z.enum(['with', 'without', 'absent']),
  /** The leadership part names the head's own acts and figures; null without a leadership part. */
  leadershipConcrete: z.boolean().nullable(),
  /** right: the plans speak of Y+1 (or of no year); wrong: another year; absent: no plans part. */
  plansYear: z.enum(['right', 'wrong', 'absent']),
  counts: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
  /** Every finding, most serious first. */
  findings: z.array(BatchFinding),
  /** 成文日期 as written, as YYYY-MM-DD when it is a real date, and whether it is by the 1 March deadline. */
  date: z.object({ text: z.string(), iso: z.string().nullable(), onTime: z.boolean().nullable() }),
  /** All four required parts of their own, causes given, no error. */
  complete: z.boolean(),
});
export type BatchReport = z.infer<typeof BatchReport>;

export const BatchEntryId = z.number().int().positive();

/** One file of a batch: read and checked, or refused with its Chinese reason. */
export const BatchReviewEntry = z.object({
  id: BatchEntryId,
  file: z.string(),
  /** 已通知修改: the office has told the department what to fix. */
  notified: z.boolean(),
  readAt: z.iso.datetime(),
  reason: z.string().nullable(),
  report: BatchReport.nullable(),
});
export type BatchReviewEntry = z.infer<typeof BatchReviewEntry>;

export const BatchId = z.number().int().positive();

export const BatchReviewSummary = z.object({
  id: BatchId,
  title: z.string(),
  /** The report year every file is checked for; null: each file's own title says. */
  year: z.number().nullable(),
  createdAt: z.iso.datetime(),
  files: z.number(),
});
export type BatchReviewSummary = z.infer<typeof BatchReviewSummary>;

/**
 * A file picked for a 汇审, one per request so the window stays responsive. A file over the size
 * limit is sent as its name and size only: the service gives it its reason without its bytes.
 */
export const BatchFileUpload = z.object({
  name: z.string().min(1, { message: '缺少文件名' }).max(255, { message: '文件名过长' }),
  size: z.number().int().nonnegative(),
  bytesBase64: z
    .string()
    .max(Math.ceil(IMPORT_LIMITS.fileBytes / 3) * 4, {
      message: '文件超过 20 MB，不像是一份年度报告。请确认选对了文件',
    })
    .optional(),
});
export type BatchFileUpload = z.infer<typeof BatchFileUpload>;

export const BatchOutputFormat = z.enum(['xlsx', 'csv', 'notice']);
export type BatchOutputFormat = z.infer<typeof BatchOutputFormat>;
