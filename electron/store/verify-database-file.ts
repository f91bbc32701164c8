import Database from 'better-sqlite3';

export type DatabaseFileCheck = { ok: true; schemaVersion: number } | { ok: false; reason: string };

/**
 * Whether a file is a sound database of ours: it opens, quick_check passes, it has our tables
 * and a schema version we can read. Opened read-only, so checking never changes the file.
 */
export function verifyDatabaseFile(file: string, supportedVersion: number): DatabaseFileCheck {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return { ok: false, reason: '文件内容已损坏（完整性检查未通过）' };
    const hasReports = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reports'").get();
    if (!hasReports) return { ok: false, reason: '这不是法治年报助手的数据库或备份文件' };
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > supportedVersion) {
      return {
        ok: false,
        reason: `这个文件由更新版本的法治年报助手写入（数据结构版本 ${schemaVersion}），请先安装最新版本`,
      };
    }
    return { ok: true, schemaVersion };
  } catch (error) {
    return { ok: false, reason: describeSqliteError(error) };
  } finally {
    db?.close();
  }
}

/** What an error from SQLite means for the clerk, without the English detail. */
export function describeSqliteError(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') return '这不是法治年报助手的数据库或备份文件（文件头无法识别）';
  if (code.startsWith('SQLITE_CORRUPT')) return '文件内容已损坏';
  if (code.startsWith('SQLITE_CANTOPEN')) return '文件无法打开（不存在或没有读取权限）';
  if (code.startsWith('SQLITE_IOERR')) return '读取文件时磁盘出错，磁盘可能有坏道';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return '文件正被另一个程序使用';
  return `无法读取（${code || (error instanceof Error ? error.message : String(error))}）`;
}
