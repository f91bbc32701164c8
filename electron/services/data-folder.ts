import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { checkDataFolder, realDataFolderEnvironment, type DataFolderEnvironment } from '../store/check-data-folder';
import { listBackups, type BackupFile } from '../store/list-backups';
import { DatabaseTooNewError } from '../store/migrate';
import { MIGRATIONS } from '../store/migrations';
import { openDatabase } from '../store/open-database';
import { replaceDatabaseFile } from '../store/replace-database-file';
import { databaseFile } from '../store/resolve-data-dir';
import { describeSqliteError, verifyDatabaseFile } from '../store/verify-database-file';
import { openServices, type Services } from './open-services';

export interface BackupChoice extends BackupFile {
  /** Whether the backup itself passed its check; only usable ones are offered. */
  usable: boolean;
}

export type DataFolderState =
  | { status: 'ready'; services: Services }
  | { status: 'damaged'; reason: string; databaseFile: string; backups: BackupChoice[] }
  | { status: 'refused'; reason: string }
  | { status: 'closed' };

export interface DataFolderOptions {
  dataDir: string;
  version: string;
  now?: () => Date;
  newId?: () => string;
  environment?: DataFolderEnvironment;
}

export type DataFolder = ReturnType<typeof createDataFolder>;

/** How often a running app asks whether the day's backup is due. */
const BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The start-up layer between the data folder and the services: refuses unsafe folders, runs
 * quick_check before anything is written, and when the database is damaged offers the backups
 * instead of services. It owns the one connection, so it can swap the database for a backup.
 */
export function createDataFolder({
  dataDir,
  version,
  now = () => new Date(),
  newId = randomUUID,
  environment,
}: DataFolderOptions) {
  const file = databaseFile(dataDir);
  let state: DataFolderState = { status: 'closed' };
  let close = () => {};
  let backupTimer: ReturnType<typeof setInterval> | undefined;

  function damaged(reason: string): DataFolderState {
    const backups = listBackups(dataDir).map((backup) => ({
      ...backup,
      usable: verifyDatabaseFile(backup.file, MIGRATIONS.length).ok,
    }));
    const offer = backups.some((backup) => backup.usable)
      ? '可以从下面列出的备份中恢复：损坏的文件会改名留在数据目录里，不会删除。'
      : '数据目录里没有可用的备份。请不要删除或改动数据库文件，联系技术支持。';
    return {
      status: 'damaged',
      reason: `数据库文件“${file}”无法正常读取：${reason}。${offer}`,
      databaseFile: file,
      backups,
    };
  }

  function open(): DataFolderState {
    if (state.status === 'ready') return state;
    const refusal = checkDataFolder(dataDir, environment ?? realDataFolderEnvironment());
    if (refusal) return (state = { status: 'refused', reason: refusal });
    if (existsSync(file)) {
      const problem = quickCheck(file);
      if (problem) return (state = damaged(problem));
    }
    try {
      const opened = openServices({ dataDir, version, now, newId });
      close = opened.close;
      return (state = { status: 'ready', services: opened.services });
    } catch (error) {
      if (error instanceof DatabaseTooNewError) return (state = { status: 'refused', reason: error.message });
      return (state = damaged(describeSqliteError(error)));
    }
  }

  /** Replaces the (closed) database by a checked copy of `source`, setting the old file aside. */
  function replaceWith(source: string, asideLabel: string): Result<DataFolderState> {
    const check = verifyDatabaseFile(source, MIGRATIONS.length);
    if (!check.ok)
      return fail(
        'invalid-input',
        `不能用“${source}”恢复：${check.reason}。请选择法治年报助手的备份文件（.sqlite3）。`,
      );
    shutDown(false);
    try {
      replaceDatabaseFile({ source, target: file, asideLabel, now });
    } catch (error) {
      open();
      return fail(
        'internal',
        `恢复没有完成：${error instanceof Error ? error.message : String(error)}。原来的数据库保持不变。`,
      );
    }
    return ok(open());
  }

  function backupIfDue(): void {
    if (state.status === 'ready') state.services.backups.backupIfDue();
  }

  function shutDown(backup: boolean): void {
    if (state.status === 'ready') {
      // A failed quit backup must not stop the quit: the database itself is intact either way.
      if (backup) state.services.backups.backupOnQuit();
      close();
    }
    state = { status: 'closed' };
  }

  return {
    dataDir,
    open,
    state: () => state,
    /** From the recovery screen: the damaged file is set aside as `….damaged-<time>` and the backup copied in. */
    recover: (backupFile: string): Result<DataFolderState> =>
      state.status === 'damaged'
        ? replaceWith(backupFile, 'damaged')
        : fail('invalid-input', '数据库没有损坏，不需要恢复。'),
    /** 从备份恢复…: the current database is kept as `….before-restore-<time>`, then the chosen file is opened. */
    restoreFrom: (source: string): Result<DataFolderState> => replaceWith(source, 'before-restore'),
    /** The daily snapshot when one is due. */
    backupIfDue,
    /** For the app and the preview: the daily backup now and asked every hour after, for an app left open for days. */
    scheduleBackups(): void {
      backupIfDue();
      backupTimer ??= setInterval(backupIfDue, BACKUP_CHECK_INTERVAL_MS);
    },
    /**
     * A clean quit: the hourly check stopped, a backup when something changed (unless `backup` is
     * false, as for a command line run), then a WAL checkpoint and close.
     */
    close({ backup = true }: { backup?: boolean } = {}): void {
      clearInterval(backupTimer);
      backupTimer = undefined;
      shutDown(backup);
    },
  };
}

/** quick_check on a read-write connection, so a WAL left by a crash is recovered first, as SQLite intends. */
function quickCheck(file: string): string | null {
  let db: ReturnType<typeof openDatabase> | undefined;
  try {
    db = openDatabase(file);
    const result = db.pragma('quick_check', { simple: true });
    return result === 'ok' ? null : '文件内容已损坏（完整性检查未通过）';
  } catch (error) {
    return describeSqliteError(error);
  } finally {
    db?.close();
  }
}
