import type { IndicatorValue } from '../../shared/report/report-snapshot';
import type { Db } from './open-database';

interface IndicatorRow {
  key: string;
  value: number | null;
  not_applicable: number;
}

const toValue = (row: IndicatorRow): IndicatorValue => ({
  key: row.key,
  value: row.value,
  notApplicable: row.not_applicable === 1,
});

export type IndicatorRepository = ReturnType<typeof createIndicatorRepository>;

export function createIndicatorRepository(db: Db) {
  const statements = {
    list: db.prepare<[string], IndicatorRow>(
      'SELECT key, value, not_applicable FROM indicators WHERE report_id = ? ORDER BY key',
    ),
    upsert: db.prepare(`
      INSERT INTO indicators (report_id, key, value, not_applicable, updated_at)
      VALUES (@reportId, @key, @value, @notApplicable, @at)
      ON CONFLICT (report_id, key) DO UPDATE SET value = excluded.value, not_applicable = excluded.not_applicable,
                                                 updated_at = excluded.updated_at`),
    clear: db.prepare<[string]>('DELETE FROM indicators WHERE report_id = ?'),
    copy: db.prepare<[string, string, string]>(`
      INSERT INTO indicators (report_id, key, value, not_applicable, updated_at)
      SELECT ?, key, value, not_applicable, ? FROM indicators WHERE report_id = ?`),
  };
  return {
    list: (reportId: string) => statements.list.all(reportId).map(toValue),
    save(reportId: string, indicator: IndicatorValue, at: string): void {
      statements.upsert.run({
        reportId,
        key: indicator.key,
        value: indicator.value,
        notApplicable: indicator.notApplicable ? 1 : 0,
        at,
      });
    },
    /** Replaces all of a report's figures, as when a revision is restored. */
    replaceAll(reportId: string, indicators: readonly IndicatorValue[], at: string): void {
      statements.clear.run(reportId);
      for (const indicator of indicators) this.save(reportId, indicator, at);
    },
    /** Gives a new report (a 副本) the figures of the one it was made from. */
    copy(fromId: string, toId: string, at: string): void {
      statements.copy.run(toId, at, fromId);
    },
  };
}
