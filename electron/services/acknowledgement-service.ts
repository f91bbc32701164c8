import type { Acknowledgement } from '../../shared/checks/acknowledgement';
import { ok, type Result } from '../../shared/ipc/result';
import { createAcknowledgementRepository } from '../store/acknowledgement-repository';
import type { Db } from '../store/open-database';
import { createReportRepository } from '../store/report-repository';
import { reportMissing } from './report-missing';

export type AcknowledgementService = ReturnType<typeof createAcknowledgementService>;

/** The errors the clerk confirmed as intended before submission, recorded in the report. */
export function createAcknowledgementService({ db, now }: { db: Db; now: () => Date }) {
  const reports = createReportRepository(db);
  const acknowledgements = createAcknowledgementRepository(db);
  return {
    list(reportId: string): Result<Acknowledgement[]> {
      return reports.findSummary(reportId) ? ok(acknowledgements.list(reportId)) : reportMissing();
    },
    acknowledge(reportId: string, findingKey: string, note: string): Result<Acknowledgement[]> {
      if (!reports.findSummary(reportId)) return reportMissing();
      acknowledgements.save(reportId, findingKey, note, now().toISOString());
      return ok(acknowledgements.list(reportId));
    },
    withdraw(reportId: string, findingKey: string): Result<Acknowledgement[]> {
      if (!reports.findSummary(reportId)) return reportMissing();
      acknowledgements.remove(reportId, findingKey);
      return ok(acknowledgements.list(reportId));
    },
  };
}
