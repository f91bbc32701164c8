import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { checkDatabaseContents, describeSchema, expectedSchema, schemaDifference } from './check-database-contents';
import { migrate, type Migration } from './migrate';
import type { Db } from './open-database';
import { DISK_FULL } from './storage-failure';

export type DatabaseFileCheck =
  | { ok: true; schemaVersion: number }
  | {
      ok: false;
      reason: string;
      /** Another program holds the file: nothing is wrong with it. */
      locked?: true;
      /** Written by a newer version: nothing is wrong with it either. */
      tooNew?: true;
    };

/**
 * Whether a file is a sound database of ours: not empty, it opens, integrity_check passes, its
 * structure is exactly what our migrations make for its version (no table missing, nothing
 * added — no trigger can delete reports behind the app's back), and every row reads through the
 * app's own schemas. Opened read-only, so checking never changes the file.
 */
export function verifyDatabaseFile(file: string, migrations: readonly Migration[]): DatabaseFileCheck {
  let db: Database.Database | undefined;
  try {
    if (statSync(file).size === 0) return { ok: false, reason: '文件是空的（0 字节），里面没有任何报告' };
    db = new Database(file, { readonly: true, fileMustExist: true });
    const structure = checkStructure(db, migrations);
    if (!structure.ok) return structure;
    const problem =
      structure.schemaVersion === migrations.length ? checkDatabaseContents(db) : checkMigratedCopy(db, migrations);
    return problem ? { ok: false, reason: problem } : structure;
  } catch (error) {
    return failedCheck(error);
  } finally {
    db?.close();
  }
}

/** integrity_check, our tables and a version we can read, and exactly the structure of that version. */
export function checkStructure(db: Db, migrations: readonly Migration[]): DatabaseFileCheck {
  const check = db.pragma('integrity_check(1)', { simple: true });
  if (check !== 'ok') return { ok: false, reason: '文件内容已损坏（完整性检查未通过）' };
  const hasReports = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reports'").get();
  if (!hasReports) return { ok: false, reason: '这不是法治年报助手的数据库或备份文件' };
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  if (schemaVersion > migrations.length) {
    return {
      ok: false,
      reason: `这个文件由更新版本的法治年报助手写入（数据结构版本 ${schemaVersion}），请先安装最新版本`,
      tooNew: true,
    };
  }
  const difference = schemaDifference(describeSchema(db), expectedSchema(migrations, schemaVersion));
  if (difference) return { ok: false, reason: difference };
  return { ok: true, schemaVersion };
}

/** A backup from an older version is read as the app will read it: after the migrations, on a copy in memory. */
function checkMigratedCopy(db: Db, migrations: readonly Migration[]): string | null {
  const copy = new Database(db.serialize());
  try {
    migrate(copy, migrations);
    return checkDatabaseContents(copy);
  } finally {
    copy.close();
  }
}

export function failedCheck(error: unknown): { ok: false; reason: string; locked?: true } {
  const reason = describeSqliteError(error);
  return isLocked(error) ? { ok: false, reason, locked: true } : { ok: false, reason };
}

/** SQLite's answer when another connection or process holds the file. */
export function isLocked(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

/** What an error from SQLite means for the clerk, without the English detail. */
export function describeSqliteError(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return '这不是法治年报助手的数据库或备份文件（文件头无法识别）';
  if (code.startsWith('SQLITE_CORRUPT')) return '文件内容已损坏';
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT') return '文件无法打开（不存在或没有读取权限）';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return DISK_FULL;
  if (code.startsWith('SQLITE_IOERR')) return '读取文件时磁盘出错，磁盘可能有坏道';
  if (isLocked(error)) return '文件正被另一个程序使用（可能是另一个打开的法治年报助手、备份软件或杀毒软件正在扫描）';
  if (code.startsWith('SQLITE_READONLY')) return '文件是只读的，或所在文件夹不允许写入';
  return `无法读取（${code || '未知原因'}）`;
}
