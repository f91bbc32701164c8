import type { Acknowledgement } from '../../shared/checks/acknowledgement';
import { ok, type Result } from '../../shared/ipc/result';
import type { Store } from '../store/create-store';
import { reportMissing } from './report-missing';

export type AcknowledgementService = ReturnType<typeof createAcknowledgementService>;

/** The errors the clerk confirmed as intended before submission, recorded in the report. */
export function createAcknowledgementService({ store, now }: { store: Store; now: () => Date }) {
  const { reports, acknowledgements } = store;
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
