import {
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDataFolder, type DataFolderState } from '../../../electron/services/data-folder';
import type { DataFolderEnvironment } from '../../../electron/store/check-data-folder';
import { databaseFile } from '../../../electron/store/resolve-data-dir';
import { generatedPartJson } from '../../helpers/generated-report';
import { SIPING_2024 } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const localDisk: DataFolderEnvironment = {
  platform: 'linux',
  mounts: '/dev/sda1 / ext4 rw,relatime 0 0',
  probeWrite: () => {},
};
const folderAt = (dataDir: string) => createDataFolder({ dataDir, version: '0.0.0-test', environment: localDisk });

function ready(state: DataFolderState) {
  if (state.status !== 'ready') throw new Error(`expected ready, got ${JSON.stringify(state)}`);
  return state.services;
}

/** A data folder with a few reports and one automatic backup, closed cleanly. */
function folderWithBackup() {
  const dataDir = tempDir();
  const folder = folderAt(dataDir);
  const services = ready(folder.open());
  const reports = ['甲', '乙', '丙'].map((name) =>
    services.reports.create({ ...SIPING_2024, organizationName: `${name}县教育局` }),
  );
  for (const report of reports) services.parts.save(report.id, 'measures', generatedPartJson(6000));
  expect(services.backups.backupIfDue().ok).toBe(true);
  folder.close();
  return { dataDir, reports };
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
}

describe('data folder at start-up', () => {
  it('opens a healthy folder and quits with a backup and an empty WAL', () => {
    const dataDir = tempDir();
    const folder = folderAt(dataDir);
    ready(folder.open()).reports.create(SIPING_2024);
    folder.close();
    expect(folder.state()).toEqual({ status: 'closed' });
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(1);
    expect(existsSync(`${databaseFile(dataDir)}-wal`)).toBe(false);
  });

  it("takes the day's backup when asked, once a day, for an app left running", () => {
    const dataDir = tempDir();
    let clock = new Date('2025-02-20T09:00:00');
    const folder = createDataFolder({ dataDir, version: '0.0.0-test', environment: localDisk, now: () => clock });
    ready(folder.open()).reports.create(SIPING_2024);
    folder.backupIfDue();
    folder.backupIfDue();
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(1);
    clock = new Date('2025-02-21T09:00:00');
    folder.backupIfDue();
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(2);
    folder.close();
  });

  it.each([
    ['a damaged header', 0],
    ['damaged pages in the middle', 0.5],
  ])('detects %s and offers the backups instead of services', (_case, where) => {
    const { dataDir } = folderWithBackup();
    const file = databaseFile(dataDir);
    const offset = where === 0 ? 0 : Math.floor((statSync(file).size * where) / 4096) * 4096;
    overwrite(file, offset, Buffer.alloc(where === 0 ? 100 : 3 * 4096, 0x5a));
    const state = folderAt(dataDir).open();
    expect(state).toMatchObject({
      status: 'damaged',
      reason: expect.stringMatching(/无法正常读取.*可以从下面列出的备份中恢复/),
    });
    expect(state.status === 'damaged' && state.backups).toEqual([expect.objectContaining({ usable: true })]);
  });

  it('recovers from a backup, keeping the damaged file aside', () => {
    const { dataDir, reports } = folderWithBackup();
    const file = databaseFile(dataDir);
    overwrite(file, 0, Buffer.alloc(100, 0));
    const damagedBytes = readFileSync(file);
    const folder = folderAt(dataDir);
    const state = folder.open();
    if (state.status !== 'damaged') throw new Error('expected damaged');
    const recovered = folder.recover(state.backups[0]!.file);
    expect(recovered.ok).toBe(true);
    expect(
      ready(folder.state())
        .reports.list()
        .map((report) => report.id)
        .sort(),
    ).toEqual(reports.map((report) => report.id).sort());
    const aside = readdirSync(dataDir).filter((name) => name.includes('.damaged-'));
    expect(aside).toEqual([expect.stringMatching(/^fazhi-nianbao\.sqlite3\.damaged-\d{8}-\d{6}$/)]);
    expect(readFileSync(join(dataDir, aside[0]!)).equals(damagedBytes)).toBe(true);
    folder.close();
  });

  it('restores from a chosen file while running, keeping the current database aside', () => {
    const { dataDir: elsewhere, reports } = folderWithBackup();
    const chosen = join(tempDir(), '备份.sqlite3');
    const source = folderAt(elsewhere);
    expect(ready(source.open()).backups.backupTo(chosen).ok).toBe(true);
    source.close();

    const dataDir = tempDir();
    const folder = folderAt(dataDir);
    ready(folder.open()).reports.create({ ...SIPING_2024, title: '恢复前的报告' });
    const restored = folder.restoreFrom(chosen);
    expect(restored.ok).toBe(true);
    expect(ready(folder.state()).reports.list()).toHaveLength(reports.length);
    expect(readdirSync(dataDir).some((name) => /\.before-restore-\d{8}-\d{6}$/.test(name))).toBe(true);
    folder.close();
  });

  it('restores from the bytes the window sent, leaving no temporary file behind', () => {
    const { dataDir: elsewhere, reports } = folderWithBackup();
    const chosen = join(tempDir(), '备份.sqlite3');
    const source = folderAt(elsewhere);
    expect(ready(source.open()).backups.backupTo(chosen).ok).toBe(true);
    source.close();

    const dataDir = tempDir();
    const folder = folderAt(dataDir);
    ready(folder.open()).reports.create({ ...SIPING_2024, title: '恢复前的报告' });
    expect(folder.restoreFromBytes(readFileSync(chosen))).toEqual({ ok: true, value: { status: 'ready' } });
    expect(ready(folder.state()).reports.list()).toHaveLength(reports.length);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('.restore-'))).toEqual([]);

    expect(folder.restoreFromBytes(Buffer.from('这只是一个文本文件'.repeat(200)))).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(readdirSync(dataDir).filter((name) => name.startsWith('.restore-'))).toEqual([]);
    folder.close();
  });

  it('refuses to restore from a file that is not our database, and stays open', () => {
    const dataDir = tempDir();
    const folder = folderAt(dataDir);
    ready(folder.open()).reports.create(SIPING_2024);
    const notes = join(tempDir(), '报告.sqlite3');
    writeFileSync(notes, '这只是一个文本文件'.repeat(200));
    expect(folder.restoreFrom(notes)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/不能用.*恢复：这不是法治年报助手的数据库/) },
    });
    expect(ready(folder.state()).reports.list()).toHaveLength(1);
    folder.close();
  });

  it('says so plainly when the folder is damaged and has no backup', () => {
    const dataDir = tempDir();
    writeFileSync(databaseFile(dataDir), Buffer.alloc(8192, 7));
    expect(folderAt(dataDir).open()).toMatchObject({
      status: 'damaged',
      backups: [],
      reason: expect.stringMatching(/没有可用的备份/),
    });
  });

  it('refuses a read-only folder before touching anything', () => {
    const dataDir = tempDir();
    const readOnly: DataFolderEnvironment = {
      ...localDisk,
      probeWrite: () => {
        throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
      },
    };
    const state = createDataFolder({ dataDir, version: 't', environment: readOnly }).open();
    expect(state).toMatchObject({ status: 'refused', reason: expect.stringMatching(/是只读的.*--data-dir/) });
    expect(existsSync(databaseFile(dataDir))).toBe(false);
  });

  it('refuses a database written by a newer version without offering to replace it', () => {
    const dataDir = tempDir();
    const folder = folderAt(dataDir);
    ready(folder.open()).reports.create(SIPING_2024);
    folder.close();
    const db = openSync(databaseFile(dataDir), 'r+');
    // user_version lives at byte 60 of the header, big-endian.
    writeSync(db, Buffer.from([0, 0, 0, 99]), 0, 4, 60);
    closeSync(db);
    expect(folderAt(dataDir).open()).toMatchObject({ status: 'refused', reason: expect.stringMatching(/更新版本/) });
  });
});
