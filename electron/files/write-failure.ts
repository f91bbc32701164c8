import { basename, dirname } from 'node:path';
import { fail, type Failure } from '../../shared/ipc/result-values';

/**
 * Why a file the clerk saves could not be written, in words they can act on: the one reading of
 * the file system's and SQLite's error codes for every save (导出, 报告包, 汇审, 备份). `what` names
 * the file in the message (“备份没有写成”); every writer here leaves an old file as it was.
 */
export function writeFailure(error: unknown, target: string, what = '文件'): Failure {
  const code = (error as { code?: unknown } | undefined)?.code;
  const folder = dirname(target);
  const untouched = '原有文件没有改动。';
  switch (typeof code === 'string' ? code : '') {
    case 'EBUSY':
      return fail(
        'forbidden',
        `“${basename(target)}”正被其他程序（如 WPS 或 Word）打开，无法覆盖，${what}没有写成。请关闭它后重试。${untouched}`,
      );
    case 'EACCES':
    case 'EPERM':
      return fail(
        'forbidden',
        `没有权限写入“${target}”：文件是只读的，或正在 WPS/Word 中打开，${what}没有写成。` +
          `请关闭文件、取消只读，或换一个文件夹（例如“文档”或 U 盘）。${untouched}`,
      );
    case 'EROFS':
    case 'SQLITE_READONLY':
      return fail('forbidden', `“${folder}”所在的磁盘是只读的，${what}没有写成。请换一个位置。${untouched}`);
    case 'SQLITE_CANTOPEN':
      // SQLite does not say whether the folder is missing or closed to us.
      return fail(
        'forbidden',
        `无法在“${folder}”中写入（文件夹不存在、没有权限或是只读位置），${what}没有写成。` +
          '请换一个文件夹，例如“文档”或 U 盘。',
      );
    case 'ENOSPC':
    case 'SQLITE_FULL':
      return fail(
        'internal',
        `磁盘空间不足，${what}没有写成。请清理“${folder}”所在的磁盘（如清空回收站、删除不用的大文件）或换一个位置后重试。${untouched}`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return fail('invalid-input', `保存位置“${folder}”不存在，${what}没有写成。请换一个文件夹。`);
    default: {
      const detail = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
      return fail('internal', `${what}没有写成（${detail}）。请换一个位置再试。${untouched}`);
    }
  }
}
