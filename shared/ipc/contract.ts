import { z } from 'zod';
import { ExportOptions } from '../export/export-options';
import { BackupEntry, BackupName, RecoveryState } from '../backup/recovery-state';
import { DATABASE_FILE_MAX_BYTES } from '../backup/database-file-limits';
import { Acknowledgement } from '../checks/acknowledgement';
import {
  BatchEntryId,
  BatchFileUpload,
  BatchId,
  BatchOutputFormat,
  BatchReviewEntry,
  BatchReviewSummary,
} from '../batch-review/batch-review-entry';
import { ImportApply, ImportDraft } from '../import/import-draft';
import { IMPORT_LIMITS } from '../import/import-limits';
import { ImportSource } from '../import/import-source';
import { LeaderEditsProposal } from '../leader-edits/leader-edits-proposal';
import { ChecklistChoice, ChecklistEntry } from '../outline/checklist';
import { PartKey } from '../outline/part-key';
import {
  NewReport,
  OrganizationName,
  Report,
  ReportHeader,
  ReportId,
  ReportSummary,
  ReportTitle,
  ReportYear,
} from '../report/report';
import { IndicatorValue, ReportIndicators, ReportSnapshot, RevisionReason } from '../report/report-snapshot';
import { PackageImportOutcome } from '../report/report-package';
import { REPORT_PACKAGE_MAX_BYTES } from '../report/report-package-limits';
import { DeadlineRules } from '../status/deadline-rules';
import { DeadlineSettings } from '../status/deadline-settings';
import { ExportMark } from '../status/export-mark';
import { Deadlines } from '../status/deadlines-for';
import { ReportOverview } from '../status/report-overview';
import { NewReview, Review } from '../status/review';
import { StatusChange } from '../status/status-change';
import { EditAfterReview } from '../status/edit-after-review';
import { MoveDetails, PastReportRecord, StatusMoveKey } from '../status/status-moves';
import { DashboardView } from '../status/dashboard-view';
import { ContentJson } from '../report/content-json';
import { Timestamp } from '../report/timestamp';
import type { ChannelName } from './channel-names';
import { fileUpload } from './file-upload';
import type { Result } from './result';

const ById = z.object({ id: ReportId });
const ByReport = z.object({ reportId: ReportId });
const RevisionId = z.number().int().positive();
const RevisionSummary = z.object({
  id: RevisionId,
  reason: RevisionReason,
  chars: z.number(),
  createdAt: Timestamp,
});
const LeaderEditsFile = ByReport.extend(
  fileUpload(IMPORT_LIMITS.fileBytes, '修改稿超过 20 MB，不像是一份年度报告。请确认选对了文件').shape,
);
const ListedReview = Review.extend({ current: z.boolean(), editedAfter: z.array(EditAfterReview) });

/**
 * Every channel between the window and the services, with what goes in and what comes out.
 * The main process, the preload, the browser preview and the renderer all derive from this one list.
 */
export const contract = {
  'app:info': {
    input: z.void(),
    output: z.object({ version: z.string(), dataDir: z.string(), databaseFile: z.string(), schemaVersion: z.number() }),
  },
  'organizations:list': { input: z.void(), output: z.array(z.object({ id: z.string(), name: z.string() })) },
  'reports:list': {
    input: z.object({ deleted: z.boolean() }),
    output: z.array(ReportSummary),
  },
  'reports:get': { input: ById, output: Report },
  'reports:create': { input: NewReport, output: ReportSummary },
  'reports:rename': { input: z.object({ id: ReportId, title: ReportTitle }), output: ReportSummary },
  'reports:duplicate': { input: ById, output: ReportSummary },
  /** 基于此报告新建下一年度: the given report is last year's. */
  'reports:create-from-previous': { input: ById, output: ReportSummary },
  /** To 回收站; a report 已报送 or 已公开 only with `confirmed` (the question was put to the clerk). */
  'reports:delete': { input: ById.extend({ confirmed: z.boolean().optional() }), output: ReportSummary },
  /** 永久删除: a report in 回收站 and all its rows, gone for good. */
  'reports:purge': { input: ById, output: ReportSummary },
  'reports:restore': { input: ById, output: ReportSummary },
  'reports:update-header': { input: ReportHeader.extend({ id: ReportId }), output: ReportSummary },
  'parts:save': {
    input: z.object({ reportId: ReportId, key: PartKey, contentJson: ContentJson }),
    // Nothing comes back: the autosave only needs to know the save went through, and the counts
    // the window shows are its own (the outline) or the overview's.
    output: z.null(),
  },
  'revisions:list': { input: ByReport, output: z.array(RevisionSummary) },
  'revisions:get': {
    input: z.object({ id: RevisionId }),
    output: RevisionSummary.extend({ reportId: ReportId, snapshot: ReportSnapshot }),
  },
  'revisions:restore': { input: z.object({ reportId: ReportId, revisionId: RevisionId }), output: Report },
  'indicators:get': { input: ByReport, output: ReportIndicators },
  'indicators:save': { input: ByReport.extend({ indicator: IndicatorValue }), output: IndicatorValue },
  'checklist:list': { input: ByReport, output: z.array(ChecklistEntry) },
  'checklist:set': { input: ByReport.extend({ entry: ChecklistChoice }), output: ChecklistChoice },
  'reports:check-context': {
    input: ByReport,
    output: z.object({
      indicators: z.array(IndicatorValue),
      checklist: z.array(ChecklistEntry),
      previousPlans: z.array(z.string()),
    }),
  },
  'acknowledgements:list': { input: ByReport, output: z.array(Acknowledgement) },
  'acknowledgements:save': {
    input: ByReport.extend(Acknowledgement.pick({ findingKey: true, note: true }).shape),
    output: z.array(Acknowledgement),
  },
  'acknowledgements:withdraw': {
    input: ByReport.extend(Acknowledgement.pick({ findingKey: true }).shape),
    output: z.array(Acknowledgement),
  },
  /** Reads a pasted report or a .docx/.txt file into a draft for review; nothing is saved. */
  'import:read': { input: ImportSource, output: ImportDraft },
  /** Saves the reviewed draft into a new report or (after a revision) into an existing one. */
  'import:apply': { input: ImportApply, output: Report },
  /** 导入修改稿: the leader's edited DOCX compared with the report, paragraph by paragraph; nothing is saved. */
  'leader-edits:read': { input: LeaderEditsFile, output: LeaderEditsProposal },
  /** Takes the chosen changes, with a revision before and a revision 领导修改稿 after. */
  'leader-edits:accept': {
    input: LeaderEditsFile.extend({
      reportUpdatedAt: z.string().max(40),
      rowIds: z.array(z.number().int().min(0)).max(100_000),
      confirmForeign: z.boolean(),
    }),
    output: Report,
  },
  // Export: the main process asks where to save (a dialog in the app), builds the DOCX and writes it safely; null when cancelled.
  'export:docx': {
    input: ExportOptions.extend({ reportId: ReportId }),
    output: z.object({ path: z.string(), mark: ExportMark }).nullable(),
  },

  // Data safety: the recovery screen, backups and report packages. These keep working (the first
  // three) while the database is damaged; chosen files arrive as bytes, and where a file is saved
  // is decided in main (a save dialog, or the preview's 导出 folder), never by the page.
  'recovery:state': { input: z.void(), output: RecoveryState },
  'recovery:recover': { input: z.object({ name: BackupName }), output: RecoveryState },
  'backups:restore-from': {
    input: fileUpload(DATABASE_FILE_MAX_BYTES, '文件超过 200 MB，不像是法治年报助手的备份。请确认选对了文件'),
    output: RecoveryState,
  },
  'backups:list': { input: z.void(), output: z.array(BackupEntry) },
  'backups:backup-to': { input: z.void(), output: z.object({ file: z.string(), bytes: z.number() }).nullable() },
  'packages:export': { input: ById, output: z.object({ file: z.string() }).nullable() },
  'packages:import': {
    input: fileUpload(REPORT_PACKAGE_MAX_BYTES, '文件超过 50 MB，不像是一份报告包。请确认选对了文件'),
    output: PackageImportOutcome,
  },
  'packages:import-replace': { input: z.object({ pendingId: z.string().max(100) }), output: PackageImportOutcome },

  // The path to submission: status moves and their record, the sign-offs (初审 / 复审 / 终审 /
  // 保密审查), each report's deadlines with the organization's own dates, and the dashboard.
  'status:history': { input: ByReport, output: z.array(StatusChange) },
  'status:move': {
    input: ByReport.extend({
      move: StatusMoveKey,
      note: z.string().max(500, { message: '说明不能超过 500 字' }),
      details: MoveDetails.optional(),
    }),
    output: ReportSummary,
  },
  'status:record-past': { input: ByReport.extend({ record: PastReportRecord }), output: ReportSummary },
  'reviews:list': { input: ByReport, output: z.array(ListedReview) },
  'reviews:record': { input: ByReport.extend({ review: NewReview }), output: z.array(ListedReview) },
  'deadlines:get': { input: ByReport, output: DeadlineSettings },
  'deadlines:set-rules': { input: ByReport.extend({ rules: DeadlineRules.nullable() }), output: DeadlineSettings },
  'deadlines:list': { input: z.void(), output: z.array(z.object({ reportId: ReportId, deadlines: Deadlines })) },
  /** The dates of a report still to be created, for the import review's 这是往年已报送的报告. */
  'deadlines:for-year': {
    input: z.object({ organizationName: OrganizationName, year: ReportYear }),
    output: Deadlines,
  },
  'reports:overview': { input: ByReport, output: ReportOverview },
  'dashboard:get': { input: z.void(), output: DashboardView.nullable() },

  // 汇审: the county office reads every department's report. Files arrive one per request, so rows
  // stream in and the window stays responsive; outputs are saved where main decides.
  'batch-review:create': {
    input: z.object({
      title: z.string().max(100, { message: '汇审名称不能超过 100 字' }),
      year: ReportYear.nullable(),
    }),
    output: BatchReviewSummary,
  },
  'batch-review:list': { input: z.void(), output: z.array(BatchReviewSummary) },
  'batch-review:get': {
    input: z.object({ batchId: BatchId }),
    output: z.object({ batch: BatchReviewSummary, entries: z.array(BatchReviewEntry) }),
  },
  'batch-review:add-file': { input: z.object({ batchId: BatchId, file: BatchFileUpload }), output: BatchReviewEntry },
  'batch-review:reread': {
    input: z.object({ entryId: BatchEntryId, file: BatchFileUpload }),
    output: BatchReviewEntry,
  },
  'batch-review:set-notified': {
    input: z.object({ entryId: BatchEntryId, notified: z.boolean() }),
    output: BatchReviewEntry,
  },
  'batch-review:text': {
    input: z.object({ entryId: BatchEntryId }),
    output: z.object({ entry: BatchReviewEntry, text: z.string(), year: z.number().nullable() }),
  },
  'batch-review:save-output': {
    input: z.object({ batchId: BatchId, format: BatchOutputFormat }),
    output: z.object({ file: z.string() }).nullable(),
  },
  // The preload's plain list and this one name the same channels: the compiler refuses a channel missing from either.
} as const satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** What the preload (or the preview's loopback bridge) puts on `window.api`. */
export interface Bridge {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
}
