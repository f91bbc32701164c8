import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecoveryState } from '../../shared/backup/recovery-state';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { checkDataFolder, realDataFolderEnvironment, type DataFolderEnvironment } from '../store/check-data-folder';
import { listBackups, type BackupFile } from '../store/list-backups';
import type { ReadPackageBytes } from '../import/read-package-in-worker';
import type { ReadReport } from '../import/read-report-in-worker';
import { checkDatabaseContents } from '../store/check-database-contents';
import { acquireFolderLock, folderInUse, type FolderLockDeps } from '../store/data-folder-lock';
import { DatabaseTooNewError } from '../store/migrate';
import { MIGRATIONS } from '../store/migrations';
import { openDatabase } from '../store/open-database';
import {
  finishInterruptedReplace,
  pruneAsideCopies,
  describeRenameFailure,
  ReplaceFailedError,
  replaceDatabaseFile,
  type Rename,
} from '../store/replace-database-file';
import { databaseFile } from '../store/resolve-data-dir';
import { DISK_FULL } from '../store/storage-failure';
import { checkStructure, failedCheck, verifyDatabaseFile, type DatabaseFileCheck } from '../store/verify-database-file';
import { openServices, type Services } from './open-services';

export interface BackupChoice extends BackupFile {
  /** Whether the backup itself passed its check; only usable ones are offered. */
  usable: boolean;
}

export type DataFolderState =
  | { status: 'ready'; services: Services }
  | { status: 'damaged'; reason: string; databaseFile: string; backups: BackupChoice[] }
  | { status: 'refused'; reason: string }
  /** Another program holds the folder or the file: nothing is wrong with the data; retry, never recover. */
  | { status: 'locked'; reason: string }
  | { status: 'closed' };

export interface DataFolderOptions {
  dataDir: string;
  version: string;
  now?: () => Date;
  newId?: () => string;
  environment?: DataFolderEnvironment;
  /** Passed in so tests can make a rename fail as an antivirus makes it fail on Windows. */
  rename?: Rename;
  lock?: FolderLockDeps;
  /** How import reads a file: in a worker thread in the app and the preview. */
  readReport?: ReadReport;
  /** How 导入报告包 reads a package: in a worker thread in the app and the preview. */
  readPackage?: ReadPackageBytes;
}

export type DataFolder = ReturnType<typeof createDataFolder>;

/** How many databases set aside by restores (and, separately, as damaged) stay in the data folder. */
export const ASIDE_COPIES_KEPT = 3;

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
  rename,
  lock: lockDeps,
  readReport,
  readPackage,
}: DataFolderOptions) {
  const file = databaseFile(dataDir);
  let state: DataFolderState = { status: 'closed' };
  let close = () => {};
  let backupTimer: ReturnType<typeof setInterval> | undefined;
  let releaseLock: (() => void) | undefined;
  const isSound = (candidate: string) => verifyDatabaseFile(candidate, MIGRATIONS).ok;

  function damaged(reason: string): DataFolderState {
    const backups = listBackups(dataDir).map((backup) => ({
      ...backup,
      usable: isSound(backup.file),
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

  function locked(reason: string): DataFolderState {
    return {
      status: 'locked',
      reason: `数据库文件“${file}”暂时无法打开：${reason}。数据没有问题，请关闭那个程序后点“重试”。`,
    };
  }

  /** A failed start-up check as a state: locked, too new, the disk full, or damaged. */
  function stateOf(check: Extract<DatabaseFileCheck, { ok: false }>): DataFolderState {
    if (check.locked) return locked(check.reason);
    if (check.tooNew) return { status: 'refused', reason: `${check.reason}；数据库未作任何改动。` };
    if (check.reason === DISK_FULL) return { status: 'refused', reason: `${DISK_FULL}。` };
    return damaged(check.reason);
  }

  function open(): DataFolderState {
    if (state.status === 'ready') return state;
    const refusal = checkDataFolder(dataDir, environment ?? realDataFolderEnvironment());
    if (refusal) return (state = { status: 'refused', reason: refusal });
    if (!releaseLock) {
      const lock = acquireFolderLock(dataDir, lockDeps);
      if (!lock.held) return (state = { status: 'locked', reason: folderInUse(dataDir, lock.owner) });
      releaseLock = lock.release;
    }
    // A restore a crash or power cut interrupted is finished or undone before anything opens the file.
    try {
      finishInterruptedReplace(file, isSound, rename);
    } catch (error) {
      return (state = locked(describeRenameFailure(error)));
    }
    if (existsSync(file)) {
      // SQLite would take an empty file for a new database and show an empty library.
      if (statSync(file).size === 0 && listBackups(dataDir).length > 0)
        return (state = damaged('文件是空的（0 字节），里面的报告已经丢失'));
      const check = startUpCheck(file);
      if (!check.ok) return (state = stateOf(check));
    }
    try {
      const opened = openServices({ dataDir, version, now, newId, readReport, readPackage });
      const problem = checkDatabaseContents(opened.db);
      if (problem) {
        opened.db.close();
        return (state = damaged(problem));
      }
      close = opened.close;
      return (state = { status: 'ready', services: opened.services });
    } catch (error) {
      if (error instanceof DatabaseTooNewError) return (state = { status: 'refused', reason: error.message });
      // Only SQLite's own answers say something about the file; anything else is a bug, and must not
      // lead the clerk to replace a sound database with an older backup.
      if (!String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_')) {
        console.error(error);
        return (state = {
          status: 'refused',
          reason: '程序内部出错，数据库没有打开，也没有被改动。请重新打开法治年报助手；若反复出现，请联系技术支持。',
        });
      }
      return (state = stateOf(failedCheck(error)));
    }
  }

  /** Replaces the (closed) database by a checked copy of `source`, setting the old file aside. */
  function replaceWith(source: string, asideLabel: string): Result<DataFolderState> {
    const check = verifyDatabaseFile(source, MIGRATIONS);
    if (!check.ok)
      return fail(
        check.locked ? 'refused' : 'invalid-input',
        `不能用这个文件恢复：${check.reason}。原来的数据库没有改动。请选择法治年报助手的备份文件（.sqlite3）。`,
      );
    shutDown(false);
    try {
      replaceDatabaseFile({ source, target: file, asideLabel, now, rename });
    } catch (error) {
      const reopened = open();
      const why = error instanceof ReplaceFailedError ? error.message : String(error);
      const kept = reopened.status === 'ready' ? '原来的数据库保持不变，已重新打开。' : '原来的数据库文件保持不变。';
      return fail('refused', `恢复没有完成：${why}。${kept}`);
    }
    try {
      pruneAsideCopies(file, asideLabel, ASIDE_COPIES_KEPT);
    } catch {
      // An old copy that cannot be removed now is removed after the next restore.
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

  function retry(): DataFolderState {
    return state.status === 'locked' ? open() : state;
  }

  const forWindow = (result: Result<DataFolderState>): Result<RecoveryState> =>
    result.ok ? ok(recoveryStateOf(result.value, dataDir)) : result;

  /** 从备份恢复… from bytes the window sent, refused while the folder cannot take a database. */
  function restoreFromBytes(bytes: Uint8Array): Result<RecoveryState> {
    if (state.status === 'refused') return fail('forbidden', state.reason);
    if (state.status === 'locked') return fail('refused', state.reason);
    // Beside the database (same disk, so the copy in is cheap); checked before anything is
    // replaced and removed afterwards either way.
    const incoming = join(dataDir, `.restore-${randomBytes(6).toString('hex')}.sqlite3.tmp`);
    try {
      writeFileSync(incoming, bytes, { flush: true });
      return forWindow(replaceWith(incoming, 'before-restore'));
    } finally {
      rmSync(incoming, { force: true });
    }
  }

  /** Recovery from a backup the folder itself offered, named, so a page cannot point at any file. */
  function recoverFromBackup(name: string): Result<RecoveryState> {
    if (state.status === 'locked') return fail('refused', state.reason);
    if (state.status !== 'damaged')
      return fail('invalid-input', '数据库没有损坏，不需要恢复。请关闭此页面，重新打开法治年报助手。');
    const backup = state.backups.find((offered) => offered.name === name);
    if (!backup) return fail('not-found', `找不到备份“${name}”。请从列表中重新选择一份备份。`);
    if (!backup.usable)
      return fail('invalid-input', `备份“${name}”本身也已损坏，不能用来恢复。请选择另一份标为“可用”的备份。`);
    return forWindow(replaceWith(backup.file, 'damaged'));
  }

  return {
    dataDir,
    open,
    /** The state the window is shown, asked again by 重试 (a folder another program held is tried once more). */
    recoveryState: (): RecoveryState => recoveryStateOf(retry(), dataDir),
    recoverFromBackup,
    restoreFromBytes,
    /** 重试 on the "in use" screen: opens again once the other program has let go. */
    retry,
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
      releaseLock?.();
      releaseLock = undefined;
    },
  };
}

/**
 * The start-up check on a read-write connection, so a WAL left by a crash is recovered first, as
 * SQLite intends: integrity and exactly our structure. The rows are read once the migrations ran.
 */
function startUpCheck(file: string): DatabaseFileCheck {
  let db: ReturnType<typeof openDatabase> | undefined;
  try {
    // Another program holding the file is said within a second; the clerk can retry at once.
    db = openDatabase(file, { busyTimeoutMs: 1000 });
    return checkStructure(db, MIGRATIONS);
  } catch (error) {
    return failedCheck(error);
  } finally {
    db?.close();
  }
}

/** The folder's state as the window may see it: no services, no paths of backups. */
export function recoveryStateOf(state: DataFolderState, dataDir: string): RecoveryState {
  switch (state.status) {
    case 'ready':
      return { status: 'ready' };
    case 'damaged':
      return {
        status: 'damaged',
        reason: state.reason,
        dataDir,
        databaseFile: state.databaseFile,
        backups: state.backups.map(({ name, takenAt, bytes, usable }) => ({ name, takenAt, bytes, usable })),
      };
    case 'refused':
      return { status: 'refused', reason: state.reason };
    case 'locked':
      return { status: 'locked', reason: state.reason };
    case 'closed':
      return {
        status: 'refused',
        reason: '数据库已经关闭（程序正在退出，或上一次恢复没有完成）。请关闭并重新打开法治年报助手。',
      };
  }
}
