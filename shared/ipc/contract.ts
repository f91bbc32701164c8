import { z } from 'zod';
import { Acknowledgement } from '../checks/acknowledgement';
import { ImportApply, ImportDraft } from '../import/import-draft';
import { ImportSource } from '../import/import-source';
import { ChecklistEntry } from '../outline/checklist';
import { PartKey } from '../outline/part-key';
import { NewReport, Report, ReportHeader, ReportId, ReportSummary, ReportTitle } from '../report/report';
import { IndicatorValue, ReportSnapshot, RevisionReason } from '../report/report-snapshot';
import type { Result } from './result';

const ById = z.object({ id: ReportId });
const ByReport = z.object({ reportId: ReportId });
const RevisionId = z.number().int().positive();
const RevisionSummary = z.object({ id: RevisionId, reason: RevisionReason, chars: z.number(), createdAt: z.iso.datetime() });
/** A part's editor JSON; generous, but bounded so a runaway paste cannot exhaust memory. */
const ContentJson = z.string().max(20_000_000, { message: '这一部分的内容过大，请分成几部分或删去粘贴进来的多余内容' });

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
  'reports:delete': { input: ById, output: ReportSummary },
  'reports:restore': { input: ById, output: ReportSummary },
  'reports:update-header': { input: ReportHeader.extend({ id: ReportId }), output: ReportSummary },
  'parts:save': {
    input: z.object({ reportId: ReportId, key: PartKey, contentJson: ContentJson }),
    output: z.object({ key: PartKey, updatedAt: z.iso.datetime(), chars: z.number() }),
  },
  'revisions:list': { input: ByReport, output: z.array(RevisionSummary) },
  'revisions:get': { input: z.object({ id: RevisionId }), output: RevisionSummary.extend({ reportId: ReportId, snapshot: ReportSnapshot }) },
  'revisions:restore': { input: z.object({ reportId: ReportId, revisionId: RevisionId }), output: Report },
  'indicators:get': {
    input: ByReport,
    output: z.object({
      values: z.array(IndicatorValue),
      previous: z.object({ year: z.number(), values: z.array(IndicatorValue) }).nullable(),
    }),
  },
  'indicators:save': { input: ByReport.extend({ indicator: IndicatorValue }), output: IndicatorValue },
  'checklist:list': { input: ByReport, output: z.array(ChecklistEntry) },
  'checklist:set': { input: ByReport.extend({ entry: ChecklistEntry }), output: ChecklistEntry },
  'reports:check-context': {
    input: ByReport,
    output: z.object({ indicators: z.array(IndicatorValue), checklist: z.array(ChecklistEntry), previousPlans: z.array(z.string()) }),
  },
  'acknowledgements:list': { input: ByReport, output: z.array(Acknowledgement) },
  'acknowledgements:save': {
    input: ByReport.extend(Acknowledgement.pick({ findingKey: true, note: true }).shape),
    output: z.array(Acknowledgement),
  },
  'acknowledgements:withdraw': { input: ByReport.extend(Acknowledgement.pick({ findingKey: true }).shape), output: z.array(Acknowledgement) },
  /** Reads a pasted report or a .docx/.txt file into a draft for review; nothing is saved. */
  'import:read': { input: ImportSource, output: ImportDraft },
  /** Saves the reviewed draft into a new report or (after a revision) into an existing one. */
  'import:apply': { input: ImportApply, output: Report },
} as const;

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
