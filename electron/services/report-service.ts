import { fail, ok, type Result } from '../../shared/ipc/result';
import { partHeading, type Outline } from '../../shared/outline/outline';
import { parseTypedNumber } from '../../shared/report/typed-number';
import { deleteConfirmationText, deleteNeedsConfirmation } from '../../shared/status/delete-confirmation';
import type { NewReport, Report, ReportHeader, ReportSummary } from '../../shared/report/report';
import type { Store } from '../store/create-store';
import { createEditsAfterReview } from './edits-after-review';
import { refuseIfFrozen } from './refuse-if-frozen';
import { reportMissing } from './report-missing';

export interface ReportServiceDeps {
  store: Store;
  now: () => Date;
  newId: () => string;
  /** The outline new reports are created with. */
  outline: Outline;
}

export type ReportService = ReturnType<typeof createReportService>;

const notFound = () => reportMissing('它可能已被永久删除');

export function createReportService({ store, now, newId, outline }: ReportServiceDeps) {
  const { db, reports, organizations, indicators } = store;
  const stamp = () => now().toISOString();
  const editsAfterReview = createEditsAfterReview(store);

  /** The title, 主送机关, 署名 and 成文日期 are the leader's text too: a change after a review is kept. */
  const noteHeaderChange = (id: string, next: Partial<ReportHeader>, at: string) => {
    const current = reports.find(id);
    const keys = Object.keys(next) as (keyof ReportHeader)[];
    if (current && keys.some((key) => (current[key] ?? null) !== (next[key] ?? null)))
      editsAfterReview.note(id, 'header', at);
  };

  /** Runs a change to an existing report; the missing case is an expected outcome, not a crash. */
  const change = (id: string, apply: (at: string) => void): Result<ReportSummary> =>
    db.transaction(() => {
      if (!reports.findSummary(id)) return notFound();
      apply(stamp());
      return ok(reports.findSummary(id)!);
    })();

  return {
    list(deleted = false): ReportSummary[] {
      return reports.list(deleted);
    },

    get(id: string): Result<Report> {
      const report = reports.find(id);
      return report ? ok(report) : notFound();
    },

    create(input: NewReport): ReportSummary {
      return db.transaction(() => {
        const at = stamp();
        const organization = organizations.findOrCreate(input.organizationName, newId, at);
        const id = newId();
        reports.insert(
          {
            id,
            organizationId: organization.id,
            year: input.year,
            title: input.title,
            addressee: input.addressee,
            signature: input.organizationName,
            issuedOn: null,
            status: 'draft',
            outlineVersion: outline.version,
            createdAt: at,
          },
          outline.parts.map((part) => ({
            key: part.key,
            heading: partHeading(part, input.year),
            contentJson: null,
            plainText: '',
          })),
        );
        return reports.findSummary(id)!;
      })();
    },

    rename(id: string, title: string): Result<ReportSummary> {
      return (
        refuseIfFrozen(reports, id) ??
        change(id, (at) => {
          noteHeaderChange(id, { title }, at);
          reports.rename(id, title, at);
        })
      );
    },

    /**
     * What last year's report of the same organization promised: its plans, one item a line
     * (numbered lines or 一是… clauses); empty when there is no such report.
     */
    previousPlans(id: string): Result<string[]> {
      if (!reports.findSummary(id)) return notFound();
      const previousId = reports.findPreviousYear(id);
      const plans = previousId
        ? (reports.find(previousId)?.parts.find((part) => part.key === 'plans')?.plainText ?? '')
        : '';
      return ok(
        plans
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => parseTypedNumber(line) || /^[一二三四五六七八九十]是/.test(line))
          .slice(0, 40),
      );
    },

    updateHeader(id: string, header: ReportHeader): Result<ReportSummary> {
      return (
        refuseIfFrozen(reports, id) ??
        change(id, (at) => {
          noteHeaderChange(id, header, at);
          reports.updateHeader(id, header, at);
        })
      );
    },

    /** A copy to try another version on; it starts as a draft and does not inherit the history. */
    duplicate(id: string): Result<ReportSummary> {
      return db.transaction((): Result<ReportSummary> => {
        const source = reports.find(id);
        if (!source) return notFound();
        const at = stamp();
        const copyId = newId();
        const organization = organizations.findOrCreate(source.organizationName, newId, at);
        reports.insert(
          {
            id: copyId,
            organizationId: organization.id,
            year: source.year,
            title: `${source.title}（副本）`,
            addressee: source.addressee,
            signature: source.signature,
            issuedOn: source.issuedOn,
            status: 'draft',
            outlineVersion: source.outlineVersion,
            createdAt: at,
          },
          source.parts,
        );
        indicators.copy(id, copyId, at);
        return ok(reports.findSummary(copyId)!);
      })();
    },

    /**
     * Moves the report to 回收站; nothing is removed, so restore brings back every word. A report
     * already 已报送 or 已公开 goes only when the clerk `confirmed` the question put to them.
     */
    trash(id: string, { confirmed = false }: { confirmed?: boolean } = {}): Result<ReportSummary> {
      const report = reports.findSummary(id);
      if (report && deleteNeedsConfirmation(report.status) && !confirmed)
        return fail('refused', deleteConfirmationText(report));
      return change(id, (at) => reports.setDeleted(id, at));
    },

    /**
     * 永久删除 from 回收站: the report and every row that belongs to it (parts, revisions, reviews,
     * status record, indicators, checklist, confirmations) are removed for good, in one transaction.
     * Only a report already in the trash, so nothing is ever removed in one step from the list.
     */
    purge(id: string): Result<ReportSummary> {
      return db.transaction((): Result<ReportSummary> => {
        const report = reports.findSummary(id);
        if (!report) return notFound();
        if (!report.deletedAt)
          return fail('refused', `《${report.title}》不在回收站中。请先删除到回收站，再永久删除。`);
        reports.purge(id);
        return ok(report);
      })();
    },

    restore(id: string): Result<ReportSummary> {
      return change(id, () => reports.setDeleted(id, null));
    },
  };
}
