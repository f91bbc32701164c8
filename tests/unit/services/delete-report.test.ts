import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIPING_2024, openTestServices } from '../../helpers/test-services';
import { partJson } from '../../helpers/part-json';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const OLD = { ...SIPING_2024, year: 2022, title: '四平市教育局关于2022年度法治政府建设情况的报告' };

/** Rows that still name the report, in every table that has a report_id column. */
function rowsOf(dataDir: string, reportId: string): Record<string, number> {
  const db = new Database(join(dataDir, 'fazhi-nianbao.sqlite3'), { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const columns = db.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[];
      const column = name === 'reports' ? 'id' : columns.some((c) => c.name === 'report_id') ? 'report_id' : null;
      if (column)
        counts[name] = (
          db.prepare(`SELECT count(*) AS n FROM ${name} WHERE ${column} = ?`).get(reportId) as { n: number }
        ).n;
    }
    return counts;
  } finally {
    db.close();
  }
}

describe('deleting reports', () => {
  it('asks before a report already sent goes to the trash', () => {
    const { services, close } = openTestServices(tempDir());
    const sent = services.reports.create(OLD);
    services.statuses.recordPast(sent.id, { to: 'submitted', happenedOn: '2023-02-26' });

    expect(services.reports.trash(sent.id)).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringContaining('已报送，是本单位报送的存档。确定要删除吗？') },
    });
    expect(services.reports.list().map((report) => report.id)).toEqual([sent.id]);
    expect(services.reports.trash(sent.id, { confirmed: true })).toMatchObject({ ok: true });
    // A draft needs no question.
    expect(services.reports.trash(services.reports.create(SIPING_2024).id)).toMatchObject({ ok: true });
    close();
  });

  it('removes a report in the trash for good, with every row that belonged to it', () => {
    const dataDir = tempDir();
    const { services, close } = openTestServices(dataDir);
    const gone = services.reports.create(OLD);
    const kept = services.reports.create(SIPING_2024);
    for (const report of [gone, kept]) {
      services.parts.save(report.id, 'measures', partJson('全年开展法治培训12次。'));
      services.indicators.save(report.id, { key: 'penalty_cases', value: 3, notApplicable: false });
      services.revisions.take(report.id, 'export', new Date().toISOString());
    }
    services.statuses.recordPast(gone.id, { to: 'published', happenedOn: '2023-03-20' });

    expect(services.reports.purge(gone.id)).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringContaining('不在回收站中') },
    });
    services.reports.trash(gone.id, { confirmed: true });
    expect(services.reports.purge(gone.id)).toMatchObject({ ok: true, value: { id: gone.id } });
    expect(services.reports.list(true)).toEqual([]);
    expect(services.reports.get(gone.id)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(services.reports.purge(gone.id)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    close();

    const left = rowsOf(dataDir, gone.id);
    expect(Object.keys(left)).toEqual(
      expect.arrayContaining(['reports', 'parts', 'indicators', 'revisions', 'status_changes']),
    );
    expect(Object.values(left).every((count) => count === 0)).toBe(true);
    const other = rowsOf(dataDir, kept.id);
    expect(other.parts).toBeGreaterThan(0);
    expect(other.indicators).toBe(1);
  });
});
