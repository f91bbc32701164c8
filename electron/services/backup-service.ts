import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry } from '../../shared/backup/recovery-state';
import { fail, ok, type Result } from '../../shared/ipc/result';
import type { ChooseSavePath } from '../files/choose-save-path';
import { countChanges } from '../store/count-changes';
import { fileStamp } from '../store/file-stamp';
import { backupDir, listBackups, type BackupFile } from '../store/list-backups';
import { MIGRATIONS } from '../store/migrations';
import type { Db } from '../store/open-database';
import { snapshotDatabase } from '../store/snapshot-database';

export interface BackupServiceDeps {
  db: Db;
  dataDir: string;
  now: () => Date;
  /** How many automatic backups to keep (issue: the last 14). */
  keep?: number;
}

export type BackupService = ReturnType<typeof createBackupService>;

const sameLocalDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();

/** Why a copy could not be written, in words a clerk can act on. */
function writeFailure(error: unknown, target: string) {
  const code = (error as NodeJS.ErrnoException).code ?? (error as { code?: string }).code ?? '';
  if (code === 'ENOSPC' || code === 'SQLITE_FULL')
    return fail('internal', `磁盘空间不足，备份没有写成。请清理“${target}”所在磁盘或换一个位置后重试。`);
  if (['EACCES', 'EPERM', 'EROFS', 'SQLITE_CANTOPEN', 'SQLITE_READONLY'].includes(code)) {
    return fail(
      'forbidden',
      `无法写入“${target}”（没有权限或是只读位置），备份没有写成。请换一个文件夹，例如“文档”或 U 盘。`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return fail('internal', `备份没有写成：${detail}。数据库本身没有受到影响，请换一个位置重试。`);
}

/**
 * Snapshots of the whole database: automatic ones in the data folder's backups/ (at most one a
 * day while working, one at quit when something changed; the newest `keep` kept), and a copy to a
 * file the clerk chooses. Every snapshot is checked before it takes its name.
 */
export function createBackupService({ db, dataDir, now, keep = 14 }: BackupServiceDeps) {
  const changesMade = countChanges(db);
  // Changes made through this connection up to the last snapshot: a quit after nothing new needs none.
  let changesAtLastSnapshot = changesMade();

  function take(): Result<BackupFile> {
    try {
      mkdirSync(backupDir(dataDir), { recursive: true });
      const base = `fazhi-nianbao-${fileStamp(now())}`;
      let name = `${base}.sqlite3`;
      for (let n = 2; existsSync(join(backupDir(dataDir), name)); n++) name = `${base}-${n}.sqlite3`;
      snapshotDatabase(db, join(backupDir(dataDir), name), MIGRATIONS);
      changesAtLastSnapshot = changesMade();
      prune();
      return ok(listBackups(dataDir).find((backup) => backup.name === name)!);
    } catch (error) {
      return writeFailure(error, backupDir(dataDir));
    }
  }

  /** Older automatic backups beyond `keep` are ours to remove; nothing else in the folder is. */
  function prune(): void {
    for (const old of listBackups(dataDir).slice(keep)) rmSync(old.file, { force: true });
  }

  /** 备份到…: a checked copy at a place the clerk chose, replacing that file only when complete. */
  function backupTo(file: string): Result<{ file: string; bytes: number }> {
    try {
      return ok(snapshotDatabase(db, file, MIGRATIONS));
    } catch (error) {
      return writeFailure(error, file);
    }
  }

  return {
    /** The window is told each backup's name, time and size, never its path on this computer. */
    list: (): BackupEntry[] => listBackups(dataDir).map(({ name, takenAt, bytes }) => ({ name, takenAt, bytes })),

    /** The daily backup: taken unless one was already taken today. */
    backupIfDue(): Result<BackupFile | null> {
      const [newest] = listBackups(dataDir);
      if (newest && sameLocalDay(new Date(newest.takenAt), now())) return ok(null);
      return take();
    },

    /** At a clean quit: a backup when anything changed since the last one (or none exists yet). */
    backupOnQuit(): Result<BackupFile | null> {
      const changed = changesMade() > changesAtLastSnapshot;
      if (!changed && listBackups(dataDir).length > 0) return ok(null);
      return take();
    },

    backupTo,

    /** 备份到… from the menu: asks where (null when the clerk cancels), offering a dated name. */
    async saveAs(chooseSavePath: ChooseSavePath): Promise<Result<{ file: string; bytes: number } | null>> {
      // The date in the suggested name tells copies on a USB stick apart.
      const suggested = `法治年报助手备份-${fileStamp(now()).slice(0, 8)}.sqlite3`;
      const file = await chooseSavePath(suggested, { name: '法治年报助手备份', extensions: ['sqlite3'] });
      return file === null ? ok(null) : backupTo(file);
    },
  };
}
