import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/ipc/create-router';
import type { Handlers } from '../../../electron/ipc/handlers';
import { createDataFolder, type DataFolderState } from '../../../electron/services/data-folder';
import type { DataFolderEnvironment } from '../../../electron/store/check-data-folder';
import { LOCK_FILE } from '../../../electron/store/data-folder-lock';
import type { Rename } from '../../../electron/store/replace-database-file';
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
const folderAt = (dataDir: string, rename?: Rename) =>
  createDataFolder({ dataDir, version: '0.0.0-test', environment: localDisk, rename });

function ready(state: DataFolderState) {
  if (state.status !== 'ready') throw new Error(`expected ready, got ${JSON.stringify(state)}`);
  return state.services;
}

const titles = (state: DataFolderState) =>
  ready(state)
    .reports.list()
    .map((report) => report.title)
    .sort();

/** A folder holding 甲 and 乙, and beside it a backup file holding only 丙. */
function folderAndBackup() {
  const other = folderAt(tempDir());
  ready(other.open()).reports.create({ ...SIPING_2024, title: '丙' });
  const backup = join(tempDir(), '备份.sqlite3');
  expect(ready(other.state()).backups.backupTo(backup).ok).toBe(true);
  other.close();
  const dataDir = tempDir();
  const folder = folderAt(dataDir);
  const services = ready(folder.open());
  for (const title of ['甲', '乙']) {
    const report = services.reports.create({ ...SIPING_2024, title });
    services.parts.save(report.id, 'measures', generatedPartJson(2000));
  }
  folder.close();
  return { dataDir, backup };
}

const failing = (code: string) => Object.assign(new Error(`${code}: operation not permitted`), { code });

/** A rename that fails for the incoming file (an antivirus scanning it), and works for the rest. */
const incomingRefused: Rename = (from, to) => {
  if (from.endsWith('.incoming.tmp')) throw failing('EPERM');
  renameSync(from, to);
};

/** The process dies at the final rename: that rename and every later one never happen. */
function crashAtFinalRename(): Rename {
  let dead = false;
  return (from, to) => {
    if (dead || from.endsWith('.incoming.tmp')) {
      dead = true;
      throw new Error('killed');
    }
    renameSync(from, to);
  };
}

/** A copy of the backup changed by `sql`, as a forged or tampered backup would be. */
function tampered(backup: string, sql: string): string {
  const file = join(tempDir(), '改过的备份.sqlite3');
  copyFileSync(backup, file);
  const db = new Database(file);
  db.pragma('foreign_keys = OFF');
  db.exec(sql);
  db.close();
  return file;
}

describe('restore is all or nothing', () => {
  it('keeps the old database open when the final rename fails with EPERM', () => {
    const { dataDir, backup } = folderAndBackup();
    const folder = folderAt(dataDir, incomingRefused);
    folder.open();
    const restored = folder.restoreFrom(backup);
    expect(restored.ok).toBe(false);
    expect(!restored.ok && restored.error.message).toMatch(/占用.*原来的数据库保持不变，已重新打开/);
    expect(titles(folder.state())).toEqual(['乙', '甲']);
    expect(readdirSync(dataDir).filter((name) => /incoming|journal|before-restore/.test(name))).toEqual([]);
    folder.close();
  });

  it('finishes at start-up a restore cut short between the renames', () => {
    const { dataDir, backup } = folderAndBackup();
    const folder = folderAt(dataDir, crashAtFinalRename());
    folder.open();
    expect(folder.restoreFrom(backup).ok).toBe(false);
    expect(existsSync(databaseFile(dataDir))).toBe(false);

    const restarted = folderAt(dataDir);
    expect(titles(restarted.open())).toEqual(['丙']);
    expect(readdirSync(dataDir).some((name) => name.includes('.before-restore-'))).toBe(true);
    restarted.close();
  });

  it('rolls back at start-up a cut-short restore whose incoming copy did not survive', () => {
    const { dataDir, backup } = folderAndBackup();
    const folder = folderAt(dataDir, crashAtFinalRename());
    folder.open();
    folder.restoreFrom(backup);
    writeFileSync(`${databaseFile(dataDir)}.incoming.tmp`, 'half a file');

    const restarted = folderAt(dataDir);
    expect(titles(restarted.open())).toEqual(['乙', '甲']);
    restarted.close();
  });
});

describe('a backup is checked whole before it replaces anything', () => {
  it.each([
    [
      'a trigger that deletes reports',
      'CREATE TRIGGER wipe AFTER INSERT ON parts BEGIN DELETE FROM reports; END;',
      /触发器“wipe”/,
    ],
    ['a dropped table', 'DROP TABLE parts;', /缺少.*表“parts”/],
    ['a status no version wrote', "UPDATE reports SET status = 'approved-by-mayor';", /报告“丙”的记录不完整或取值无效/],
    [
      'a record of a report that does not exist',
      "INSERT INTO status_changes (report_id, move, from_status, to_status, created_at) VALUES ('00000000-0000-4000-8000-000000000099', 'x', 'draft', 'final', '2025-01-01T00:00:00.000Z');",
      /指向不存在的报告/,
    ],
    [
      'a part that is not editor content',
      `UPDATE parts SET content_json = '{"root":{"type":"root","children":[{"type":"iframe"}]}}';`,
      /编辑器不认识的元素（iframe）/,
    ],
  ])('refuses %s and leaves the database as it was', (_what, sql, reason) => {
    const { dataDir, backup } = folderAndBackup();
    const folder = folderAt(dataDir);
    folder.open();
    const restored = folder.restoreFrom(tampered(backup, sql));
    expect(restored.ok).toBe(false);
    expect(!restored.ok && restored.error.message).toMatch(reason);
    expect(!restored.ok && restored.error.message).toContain('原来的数据库没有改动');
    expect(titles(folder.state())).toEqual(['乙', '甲']);
    folder.close();
  });

  it('does not open a 0-byte database as an empty library when backups exist', () => {
    const dataDir = tempDir();
    const folder = folderAt(dataDir);
    ready(folder.open()).reports.create(SIPING_2024);
    folder.close();
    writeFileSync(databaseFile(dataDir), '');
    const state = folderAt(dataDir).open();
    expect(state.status).toBe('damaged');
    expect(state.status === 'damaged' && state.reason).toContain('0 字节');
    expect(state.status === 'damaged' && state.backups.some((entry) => entry.usable)).toBe(true);
  });

  it('refuses at start-up a database with a trigger added behind its back', () => {
    const dataDir = tempDir();
    const folder = folderAt(dataDir);
    ready(folder.open()).reports.create(SIPING_2024);
    folder.close();
    const db = new Database(databaseFile(dataDir));
    db.exec('CREATE TRIGGER wipe AFTER UPDATE ON parts BEGIN DELETE FROM reports; END;');
    db.close();
    const state = folderAt(dataDir).open();
    expect(state.status === 'damaged' && state.reason).toMatch(/触发器“wipe”/);
  });
});

describe('another program holding the data', () => {
  it('calls a database locked by another connection "locked", offers no recovery, and opens on retry', () => {
    const dataDir = tempDir();
    const first = folderAt(dataDir);
    ready(first.open()).reports.create(SIPING_2024);
    first.close();
    const holder = new Database(databaseFile(dataDir));
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');

    const folder = folderAt(dataDir);
    const state = folder.open();
    expect(state.status).toBe('locked');
    expect(state.status === 'locked' && state.reason).toMatch(/另一个程序使用.*重试/);
    expect(readdirSync(dataDir).some((name) => name.includes('.damaged-'))).toBe(false);
    expect(folder.recover(join(dataDir, 'backups', 'x')).ok).toBe(false);

    holder.exec('COMMIT');
    holder.close();
    expect(folder.retry().status).toBe('ready');
    folder.close();
  }, 15_000);

  it('tells a second program on the same folder that it is in use, and takes over a lock left by a dead one', async () => {
    const dataDir = tempDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(
        join(dataDir, LOCK_FILE),
        JSON.stringify({ pid: other.pid, host: (await import('node:os')).hostname(), since: '' }),
      );
      const second = folderAt(dataDir);
      const state = second.open();
      expect(state.status).toBe('locked');
      expect(state.status === 'locked' && state.reason).toMatch(/正被本机的另一个程序（进程号 \d+）使用/);
      expect(existsSync(databaseFile(dataDir))).toBe(false);
    } finally {
      other.kill('SIGKILL');
      await new Promise((resolve) => other.once('exit', resolve));
    }
    const afterCrash = folderAt(dataDir);
    expect(afterCrash.retry().status).toBe('closed');
    expect(afterCrash.open().status).toBe('ready');
    afterCrash.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('waits for a writer on another connection, then saves', async () => {
    const dataDir = tempDir();
    const folder = folderAt(dataDir);
    const services = ready(folder.open());
    const report = services.reports.create(SIPING_2024);
    const writer = new Worker(
      `const Database = require('better-sqlite3');
       const { parentPort, workerData } = require('node:worker_threads');
       const db = new Database(workerData);
       db.exec('BEGIN IMMEDIATE');
       db.exec("UPDATE reports SET updated_at = updated_at");
       parentPort.postMessage('holding');
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 600);
       db.exec('COMMIT');`,
      { eval: true, workerData: databaseFile(dataDir) },
    );
    await new Promise((resolve) => writer.once('message', resolve));
    const saved = services.parts.save(report.id, 'measures', generatedPartJson(500));
    expect(saved.ok).toBe(true);
    await writer.terminate();
    folder.close();
  });
});

describe('a full disk', () => {
  it('says 磁盘空间不足 at start-up, not 只读', () => {
    const folder = createDataFolder({
      dataDir: tempDir(),
      version: '0.0.0-test',
      environment: {
        ...localDisk,
        probeWrite: () => {
          throw failing('ENOSPC');
        },
      },
    });
    const state = folder.open();
    expect(state.status === 'refused' && state.reason).toMatch(/磁盘空间不足.*回收站/);
    expect(state.status === 'refused' && state.reason).not.toContain('只读');
  });

  it('says 磁盘空间不足 when a save fails for want of space, and that the text is kept', async () => {
    const router = createRouter(
      {
        'parts:save': () => {
          throw failing('SQLITE_FULL');
        },
      } as unknown as Handlers,
      { logError: () => {} },
    );
    const result = await router.invoke('parts:save', {
      reportId: '00000000-0000-4000-8000-000000000001',
      key: 'measures',
      contentJson: '{"root":{"type":"root","children":[]}}',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(/磁盘空间不足.*没有丢失/);
  });
});

describe('databases set aside', () => {
  it('keeps only the newest few .before-restore copies, with their -wal and -shm', () => {
    const { dataDir, backup } = folderAndBackup();
    let clock = new Date('2025-03-01T09:00:00');
    const folder = createDataFolder({ dataDir, version: '0.0.0-test', environment: localDisk, now: () => clock });
    folder.open();
    for (let restore = 0; restore < 6; restore++) {
      clock = new Date(clock.getTime() + 60_000);
      expect(folder.restoreFrom(backup).ok).toBe(true);
    }
    writeFileSync(join(dataDir, 'fazhi-nianbao.sqlite3.before-restore-20250101-000000-wal'), '');
    clock = new Date(clock.getTime() + 60_000);
    expect(folder.restoreFrom(backup).ok).toBe(true);
    const aside = readdirSync(dataDir).filter((name) => name.includes('.before-restore-'));
    expect(aside.sort()).toEqual([
      'fazhi-nianbao.sqlite3.before-restore-20250301-090500',
      'fazhi-nianbao.sqlite3.before-restore-20250301-090600',
      'fazhi-nianbao.sqlite3.before-restore-20250301-090700',
    ]);
    folder.close();
  });
});
