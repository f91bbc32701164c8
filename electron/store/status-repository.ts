import type { ReportStatus } from '../../shared/status/report-status';
import type { StatusChange } from '../../shared/status/status-change';
import type { MoveDetails, StatusMoveKey } from '../../shared/status/status-moves';
import type { SubmissionChannel } from '../../shared/status/submission-channel';
import type { Db } from './open-database';

interface StatusChangeRow {
  id: number;
  move: string;
  from_status: string;
  to_status: string;
  note: string;
  created_at: string;
  happened_on: string | null;
  channel: string | null;
  from_package: number;
}

const toChange = (row: StatusChangeRow): StatusChange => ({
  id: row.id,
  move: row.move as StatusMoveKey,
  from: row.from_status as ReportStatus,
  to: row.to_status as ReportStatus,
  note: row.note,
  createdAt: row.created_at,
  happenedOn: row.happened_on,
  channel: row.channel as SubmissionChannel | null,
  fromPackage: row.from_package === 1,
});

export type StatusRepository = ReturnType<typeof createStatusRepository>;

/** The record of how a report got to its status (the status itself is the report's: reports.setStatus). */
export function createStatusRepository(db: Db) {
  const statements = {
    insert: db.prepare(`
      INSERT INTO status_changes (report_id, move, from_status, to_status, note, created_at, happened_on, channel)
      VALUES (@reportId, @move, @from, @to, @note, @at, @happenedOn, @channel)`),
    list: db.prepare<[string], StatusChangeRow>('SELECT * FROM status_changes WHERE report_id = ? ORDER BY id'),
    lastInto: db.prepare<[string, string], { created_at: string }>(
      'SELECT created_at FROM status_changes WHERE report_id = ? AND to_status = ? ORDER BY id DESC LIMIT 1',
    ),
    lastOf: db.prepare<[string, string], { created_at: string }>(
      'SELECT created_at FROM status_changes WHERE report_id = ? AND move = ? ORDER BY id DESC LIMIT 1',
    ),
    last: db.prepare<[string], { created_at: string }>(
      'SELECT created_at FROM status_changes WHERE report_id = ? ORDER BY id DESC LIMIT 1',
    ),
  };
  return {
    /** Records a move; the caller sets the report's status in the same transaction. */
    record(
      reportId: string,
      move: StatusMoveKey,
      from: ReportStatus,
      to: ReportStatus,
      note: string,
      at: string,
      { happenedOn, channel }: MoveDetails = {},
    ): void {
      statements.insert.run({
        reportId,
        move,
        from,
        to,
        note,
        at,
        happenedOn: happenedOn ?? null,
        channel: channel ?? null,
      });
    },
    list: (reportId: string): StatusChange[] => statements.list.all(reportId).map(toChange),
    /** When the report last entered this status, if ever. */
    lastMovedInto: (reportId: string, status: ReportStatus): string | undefined =>
      statements.lastInto.get(reportId, status)?.created_at,
    lastMovedAt: (reportId: string): string | undefined => statements.last.get(reportId)?.created_at,
    /** When the report last made this move, if ever. */
    lastMoveOf: (reportId: string, move: StatusMoveKey): string | undefined =>
      statements.lastOf.get(reportId, move)?.created_at,
  };
}
