import { fail, ok, type Result } from '../../shared/ipc/result';
import { countChars } from '../../shared/report/count-chars';
import type { Report } from '../../shared/report/report';
import { ReportSnapshot, type RevisionReason } from '../../shared/report/report-snapshot';
import type { Store } from '../store/create-store';
import { refuseIfFrozen } from './refuse-if-frozen';
import { reportMissing } from './report-missing';

export interface RevisionServiceDeps {
  store: Store;
  now: () => Date;
  /** While editing, a snapshot at most this often (issue: every 5 minutes of editing). */
  intervalMs?: number;
}

export type RevisionService = ReturnType<typeof createRevisionService>;

const revisionMissing = () => fail('not-found', '找不到这个历史版本，请刷新历史记录。');

/** History: snapshots of a whole report, never overwritten; restoring first keeps what is there now. */
export function createRevisionService({ store, now, intervalMs = 5 * 60_000 }: RevisionServiceDeps) {
  const { db, reports, indicators, revisions } = store;

  function snapshotOf(report: Report): ReportSnapshot {
    return {
      title: report.title,
      addressee: report.addressee,
      signature: report.signature,
      issuedOn: report.issuedOn,
      parts: report.parts.map(({ key, heading, contentJson, plainText }) => ({ key, heading, contentJson, plainText })),
      indicators: indicators.list(report.id),
    };
  }

  function take(reportId: string, reason: RevisionReason, at: string): number | undefined {
    const report = reports.find(reportId);
    if (!report) return undefined;
    const snapshot = snapshotOf(report);
    const chars = snapshot.parts.reduce((sum, part) => sum + countChars(part.plainText), 0);
    return revisions.insert(reportId, reason, JSON.stringify(snapshot), chars, at);
  }

  return {
    take,
    lastExportedAt: revisions.lastExportedAt,

    /** Called on every autosave; keeps one snapshot per interval of editing, not one per keystroke. */
    takeIfDue(reportId: string, at: string): void {
      const latest = revisions.latestAt(reportId);
      if (!latest || Date.parse(at) - Date.parse(latest) >= intervalMs) take(reportId, 'autosave', at);
    },

    list(reportId: string) {
      if (!reports.findSummary(reportId)) return reportMissing('它可能已被删除');
      return ok(
        revisions.list(reportId).map((row) => ({
          id: row.id,
          reason: row.reason as RevisionReason,
          chars: row.chars,
          createdAt: row.created_at,
        })),
      );
    },

    get(id: number) {
      const row = revisions.find(id);
      if (!row) return revisionMissing();
      return ok({
        id: row.id,
        reportId: row.report_id,
        reason: row.reason as RevisionReason,
        chars: row.chars,
        createdAt: row.created_at,
        snapshot: ReportSnapshot.parse(JSON.parse(row.snapshot_json)),
      });
    },

    /** Brings back a revision; the state being replaced becomes a revision of its own first. */
    restore(reportId: string, revisionId: number): Result<Report> {
      return db.transaction((): Result<Report> => {
        const row = revisions.find(revisionId);
        if (!row || row.report_id !== reportId) return revisionMissing();
        const frozen = refuseIfFrozen(reports, reportId);
        if (frozen) return frozen;
        const at = now().toISOString();
        if (take(reportId, 'before-restore', at) === undefined) return reportMissing('它可能已被删除');
        const snapshot = ReportSnapshot.parse(JSON.parse(row.snapshot_json));
        reports.updateHeader(reportId, snapshot, at);
        for (const part of snapshot.parts) {
          reports.savePart(reportId, part.key, part.contentJson, part.plainText, at);
        }
        indicators.replaceAll(reportId, snapshot.indicators, at);
        return ok(reports.find(reportId)!);
      })();
    },
  };
}
