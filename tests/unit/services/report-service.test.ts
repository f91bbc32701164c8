import { describe, expect, it } from 'vitest';
import { SIPING_2024, openTestServices } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('report service', () => {
  it('creates a report with the mandated parts, headed with concrete years', () => {
    const { services, close } = openTestServices(tempDir());
    const created = services.reports.create(SIPING_2024);
    expect(created).toMatchObject({ organizationName: '四平市教育局', year: 2024, status: 'draft', deletedAt: null });

    const report = services.reports.get(created.id);
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.value.addressee).toBe('市委、市政府');
    expect(report.value.signature).toBe('四平市教育局');
    expect(report.value.outlineVersion).toBe('2021-2025');
    expect(report.value.parts.map((part) => part.key)).toEqual([
      'preface',
      'measures',
      'shortcomings',
      'leadership',
      'plans',
      'other',
    ]);
    expect(report.value.parts.find((part) => part.key === 'measures')?.heading).toBe(
      '2024年度推进法治政府建设的主要举措和成效',
    );
    expect(report.value.parts.find((part) => part.key === 'plans')?.heading).toBe('2025年推进法治政府建设的主要安排');
    close();
  });

  it('keeps one organization per name', () => {
    const { services, close } = openTestServices(tempDir());
    services.reports.create(SIPING_2024);
    services.reports.create({ ...SIPING_2024, year: 2025, title: '四平市教育局关于2025年度法治政府建设情况的报告' });
    expect(services.organizations.list()).toEqual([{ id: expect.any(String), name: '四平市教育局' }]);
    close();
  });

  it('lists the most recently changed report first', () => {
    const { services, advance, close } = openTestServices(tempDir());
    const older = services.reports.create(SIPING_2024);
    advance(1000);
    const newer = services.reports.create({ ...SIPING_2024, year: 2023, title: '2023年度报告' });
    expect(services.reports.list().map((report) => report.id)).toEqual([newer.id, older.id]);
    advance(1000);
    services.reports.rename(older.id, '改过的标题');
    expect(services.reports.list().map((report) => report.id)).toEqual([older.id, newer.id]);
    close();
  });

  it('renames a report and records when', () => {
    const { services, advance, close } = openTestServices(tempDir());
    const created = services.reports.create(SIPING_2024);
    advance(60_000);
    const renamed = services.reports.rename(created.id, '新标题');
    expect(renamed).toMatchObject({ ok: true, value: { title: '新标题' } });
    expect(renamed.ok && renamed.value.updatedAt > created.updatedAt).toBe(true);
    close();
  });

  it('duplicates a report as a draft with its parts and indicators', () => {
    const { services, db, close } = openTestServices(tempDir());
    const source = services.reports.create(SIPING_2024);
    db.prepare(
      "UPDATE parts SET plain_text = '本年度共办理行政复议案件3件。' WHERE report_id = ? AND key = 'measures'",
    ).run(source.id);
    db.prepare(
      "INSERT INTO indicators (report_id, key, value, updated_at) VALUES (?, 'reconsideration_received', 3, 'x')",
    ).run(source.id);

    const copy = services.reports.duplicate(source.id);
    expect(copy).toMatchObject({
      ok: true,
      value: { title: `${SIPING_2024.title}（副本）`, status: 'draft', year: 2024 },
    });
    if (!copy.ok) return;
    const copied = services.reports.get(copy.value.id);
    expect(copied.ok && copied.value.parts.find((part) => part.key === 'measures')?.plainText).toBe(
      '本年度共办理行政复议案件3件。',
    );
    expect(db.prepare('SELECT value FROM indicators WHERE report_id = ?').get(copy.value.id)).toEqual({ value: 3 });
    close();
  });

  it('moves a report to the trash and restores it with everything in it', () => {
    const { services, close } = openTestServices(tempDir());
    const created = services.reports.create(SIPING_2024);

    const trashed = services.reports.trash(created.id);
    expect(trashed.ok && trashed.value.deletedAt).toBeTruthy();
    expect(services.reports.list()).toEqual([]);
    expect(services.reports.list(true).map((report) => report.id)).toEqual([created.id]);

    const restored = services.reports.restore(created.id);
    expect(restored).toMatchObject({ ok: true, value: { deletedAt: null } });
    expect(services.reports.list().map((report) => report.id)).toEqual([created.id]);
    expect(services.reports.list(true)).toEqual([]);
    close();
  });

  it('answers a missing report with a not-found result in Chinese, not an exception', () => {
    const { services, close } = openTestServices(tempDir());
    const missing = '00000000-0000-4000-8000-999999999999';
    for (const result of [
      services.reports.get(missing),
      services.reports.rename(missing, 'x'),
      services.reports.duplicate(missing),
      services.reports.trash(missing),
      services.reports.restore(missing),
    ]) {
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'not-found', message: expect.stringMatching(/找不到这份报告/) },
      });
    }
    close();
  });

  it('finds the report again after the database is closed and reopened', () => {
    const dataDir = tempDir();
    const first = openTestServices(dataDir);
    const created = first.services.reports.create(SIPING_2024);
    first.services.reports.rename(created.id, '四平市教育局关于2024年度法治政府建设情况的报告（送审稿）');
    first.close();

    const second = openTestServices(dataDir);
    expect(second.services.reports.list()).toEqual([
      expect.objectContaining({
        id: created.id,
        year: 2024,
        title: '四平市教育局关于2024年度法治政府建设情况的报告（送审稿）',
      }),
    ]);
    second.close();
  });
});
