/** Said wherever a write fails for want of space, with what the clerk can free. */
export const DISK_FULL =
  '磁盘空间不足。请清空回收站、删除不用的大文件或下载的安装包，或把“backups”文件夹中较早的备份移到 U 盘，然后重试';

/**
 * What a failed write to the database or the data folder means for the clerk, when the cause is
 * one we can name (full disk, another program holding the file, a read-only folder); null for a
 * bug. The text in the editor is kept either way: the window keeps it until a save succeeds.
 */
export function storageFailure(error: unknown): string | null {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return `${DISK_FULL}。这次修改还在窗口中，没有丢失。`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return '数据库正被另一个程序（如命令行工具、备份软件或杀毒软件）占用，等待后仍未能保存。这次修改还在窗口中，请稍后重试。';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return '数据目录现在不能写入（可能被设为只读，或被其他程序锁住），这次修改没有保存，但还在窗口中。请检查后重试。';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO')
    return '写入磁盘时出错，磁盘可能有坏道或 U 盘已拔出。这次修改还在窗口中，请检查磁盘后重试。';
  return null;
}
