import { z } from 'zod';
import { Acknowledgement } from '../checks/acknowledgement';
import { ChecklistEntry } from '../outline/checklist';
import { PartKey } from '../outline/part-key';
import { IndicatorValue, ReportSnapshot, RevisionReason } from './report-snapshot';
import { ContentJson } from './content-json';
import { Addressee, OrganizationName, ReportId, ReportSummary, ReportTitle, ReportYear } from './report';
import { ReportStatus } from '../status/report-status';
import { Review } from '../status/review';
import { StatusChange } from '../status/status-change';
import { Timestamp } from './timestamp';

export const REPORT_PACKAGE_FORMAT = 'fazhi-nianbao-report';
export const REPORT_PACKAGE_VERSION = 1;
/** The file suffix a clerk sees: 报告包. */
export const REPORT_PACKAGE_EXTENSION = '.fznb';
// Bounds are generous for a real report and stop a crafted file from exhausting memory on import.
const Text = (max: number) => z.string().max(max);

/**
 * One report with everything it owns, as a single file for exchange by USB. Versioned: a newer
 * program may add fields (ignored here); a file of a newer version is refused with a clear message.
 */
export const ReportPackage = z.object({
  format: z.literal(REPORT_PACKAGE_FORMAT),
  version: z.literal(REPORT_PACKAGE_VERSION),
  exportedAt: Timestamp,
  appVersion: Text(40),
  report: z.object({
    id: ReportId,
    organizationName: OrganizationName,
    year: ReportYear,
    title: ReportTitle,
    addressee: Addressee,
    signature: Text(100),
    issuedOn: z.iso.date().nullable(),
    status: ReportStatus,
    outlineVersion: Text(40),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
  parts: z
    .array(
      z.object({
        key: PartKey,
        heading: Text(200),
        contentJson: ContentJson.nullable(),
        plainText: Text(5_000_000),
        updatedAt: Timestamp,
      }),
    )
    .max(20)
    .refine((parts) => new Set(parts.map((part) => part.key)).size === parts.length, {
      message: '报告包中有重复的部分',
    }),
  revisions: z
    .array(
      z.object({
        reason: RevisionReason,
        chars: z.number().int().min(0),
        createdAt: Timestamp,
        snapshot: ReportSnapshot,
      }),
    )
    .max(5000),
  indicators: z.array(IndicatorValue).max(1000),
  checklist: z.array(ChecklistEntry).max(1000),
  acknowledgements: z.array(Acknowledgement).max(5000),
  // The path to submission travels too; packages written before it existed carry none.
  statusChanges: z
    .array(StatusChange.omit({ id: true }))
    .max(5000)
    .default([]),
  reviews: z
    .array(Review.omit({ id: true }))
    .max(5000)
    .default([]),
});
export type ReportPackage = z.infer<typeof ReportPackage>;

/**
 * What 导入报告包 did, as the window sees it. `exists` waits for the clerk: the package is kept
 * in memory under `pendingId` until they choose 覆盖 (which keeps a revision) or 取消.
 */
export const PackageImportOutcome = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('imported'),
    report: ReportSummary,
    replaced: z.boolean(),
    /** The package's older history versions beyond REPORT_PACKAGE_REVISIONS_KEPT, not imported. */
    revisionsLeftOut: z.number().int().min(0),
  }),
  z.object({
    status: z.literal('exists'),
    pendingId: z.string(),
    existing: ReportSummary,
    incoming: z.object({ title: z.string(), updatedAt: Timestamp }),
  }),
]);
export type PackageImportOutcome = z.infer<typeof PackageImportOutcome>;
