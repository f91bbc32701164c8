import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../../electron/store/list-backups';
import { MIGRATIONS } from '../../../electron/store/migrations';
import { verifyDatabaseFile } from '../../../electron/store/verify-database-file';
import { partJson } from '../../helpers/part-json';
import { SIPING_2024, openTestServices } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const DAY = 24 * 60 * 60_000;

function servicesWithReport(dataDir = tempDir()) {
  const opened = openTestServices(dataDir);
  const report = opened.services.reports.create(SIPING_2024);
  opened.services.parts.save(report.id, 'measures', partJson('全年组织干部集中学习法律法规12次。'));
  return { ...opened, report, dataDir };
}

describe('backups', () => {
  it('writes a checked snapshot that opens as a database of ours with the report in it', () => {
    const { services, close, report } = servicesWithReport();
    const taken = services.backups.backupIfDue();
    close();
    expect(taken.ok && taken.value).toMatchObject({
      name: expect.stringMatching(/^fazhi-nianbao-\d{8}-\d{6}\.sqlite3$/),
    });
    const file = taken.ok ? taken.value!.file : '';
    expect(verifyDatabaseFile(file, MIGRATIONS)).toEqual({ ok: true, schemaVersion: MIGRATIONS.length });
    const copy = new Database(file, { readonly: true });
    expect(
      copy.prepare('SELECT plain_text FROM parts WHERE report_id = ? AND key = ?').get(report.id, 'measures'),
    ).toEqual({
      plain_text: '全年组织干部集中学习法律法规12次。',
    });
    copy.close();
    expect(readdirSync(backupDir(join(file, '..', '..'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('takes at most one automatic backup a day', () => {
    const { services, close, advance } = servicesWithReport();
    expect(services.backups.backupIfDue()).toMatchObject({
      ok: true,
      value: expect.objectContaining({ bytes: expect.any(Number) }),
    });
    advance(60 * 60_000);
    expect(services.backups.backupIfDue()).toEqual({ ok: true, value: null });
    advance(DAY);
    expect(services.backups.backupIfDue()).toMatchObject({ ok: true, value: expect.anything() });
    expect(services.backups.list()).toHaveLength(2);
    close();
  });

  it('keeps only the newest 14, newest first, and leaves other files in backups/ alone', () => {
    const { services, close, advance, dataDir } = servicesWithReport();
    services.backups.backupIfDue();
    writeFileSync(join(backupDir(dataDir), '复制的备份.sqlite3'), 'not ours to prune');
    for (let day = 0; day < 20; day++) {
      expect(services.backups.backupIfDue().ok).toBe(true);
      advance(DAY);
    }
    const kept = services.backups.list();
    expect(kept).toHaveLength(14);
    expect(kept.map((backup) => backup.takenAt)).toEqual([...kept.map((backup) => backup.takenAt)].sort().reverse());
    expect(kept.at(-1)!.takenAt).toBe(new Date(Date.parse('2025-01-10T08:00:00Z') + 6 * DAY).toISOString());
    expect(existsSync(join(backupDir(dataDir), '复制的备份.sqlite3'))).toBe(true);
    close();
  });

  it('backs up at quit only when the session changed something', () => {
    const dataDir = tempDir();
    const first = servicesWithReport(dataDir);
    expect(first.services.backups.backupOnQuit()).toMatchObject({ ok: true, value: expect.anything() });
    first.close();
    const idle = openTestServices(dataDir, new Date('2025-01-10T09:00:00Z'));
    expect(idle.services.backups.backupOnQuit()).toEqual({ ok: true, value: null });
    idle.services.reports.create({ ...SIPING_2024, year: 2023 });
    expect(idle.services.backups.backupOnQuit()).toMatchObject({ ok: true, value: expect.anything() });
    idle.close();
    expect(idle.services.backups.list()).toHaveLength(2);
  });

  it('backs up to a chosen file, outside the automatic rotation', () => {
    const { services, close, dataDir } = servicesWithReport();
    const target = join(tempDir(), '我的备份.sqlite3');
    expect(services.backups.backupTo(target)).toMatchObject({ ok: true, value: { file: target } });
    expect(verifyDatabaseFile(target, MIGRATIONS).ok).toBe(true);
    expect(existsSync(backupDir(dataDir))).toBe(false);
    close();
  });

  it('says in Chinese when the chosen place cannot be written', () => {
    const { services, close } = servicesWithReport();
    const result = services.backups.backupTo(join(tempDir(), 'missing-folder', 'backup.sqlite3'));
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/备份没有写成/) } });
    close();
  });

  it('empties the WAL on a clean close and bounds it while open', () => {
    const { close, db, dataDir } = servicesWithReport();
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(4 * 1024 * 1024);
    close();
    const wal = join(dataDir, 'fazhi-nianbao.sqlite3-wal');
    expect(existsSync(wal)).toBe(false);
  });
});
