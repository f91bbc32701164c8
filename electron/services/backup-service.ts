import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry } from '../../shared/backup/recovery-state';
import { ok, type Result } from '../../shared/ipc/result';
import type { ChooseSavePath } from '../files/choose-save-path';
import { saveFileAs } from '../files/save-file-as';
import { writeFailure } from '../files/write-failure';
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
    const base = `fazhi-nianbao-${fileStamp(now())}`;
    let name = `${base}.sqlite3`;
    try {
      mkdirSync(backupDir(dataDir), { recursive: true });
      for (let n = 2; existsSync(join(backupDir(dataDir), name)); n++) name = `${base}-${n}.sqlite3`;
      snapshotDatabase(db, join(backupDir(dataDir), name), MIGRATIONS);
      changesAtLastSnapshot = changesMade();
      prune();
      return ok(listBackups(dataDir).find((backup) => backup.name === name)!);
    } catch (error) {
      return writeFailure(error, join(backupDir(dataDir), name), '备份');
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
      return writeFailure(error, file, '备份');
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
      return saveFileAs({
        chooseSavePath,
        name: `法治年报助手备份-${fileStamp(now()).slice(0, 8)}.sqlite3`,
        filter: { name: '法治年报助手备份', extensions: ['sqlite3'] },
        write: (file) => snapshotDatabase(db, file, MIGRATIONS).bytes,
        what: '备份',
      });
    },
  };
}
