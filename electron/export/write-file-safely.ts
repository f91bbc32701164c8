import * as fs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Why an export could not be written; the message is Chinese and says what to do. */
export class ExportWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportWriteError';
  }
}

export type FileSystem = Pick<typeof fs, 'open' | 'rename' | 'unlink'>;

function explain(error: NodeJS.ErrnoException, target: string): string {
  const untouched = '原有文件没有改动。';
  switch (error.code) {
    case 'EBUSY':
      return `“${basename(target)}”正被其他程序（如 WPS 或 Word）打开，无法覆盖。请关闭它后再导出。${untouched}`;
    case 'EACCES':
    case 'EPERM':
      return `没有权限写入“${target}”：文件是只读的，或正在 WPS/Word 中打开。请关闭文件、取消只读，或换一个位置导出。${untouched}`;
    case 'EROFS':
      return `“${dirname(target)}”所在的磁盘是只读的。请换一个位置导出。${untouched}`;
    case 'ENOSPC':
      return `磁盘空间不足，导出没有完成。请清理磁盘或换一个位置后再导出。${untouched}`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `保存位置“${dirname(target)}”不存在。请换一个文件夹。`;
    default:
      return `导出文件没有写成（${error.code ?? error.message}）。请换一个位置再试。${untouched}`;
  }
}

/**
 * Writes to a temporary file beside the target, flushes it to disk, then renames it over the
 * target: the real name only ever holds a whole file, and a failure leaves any old file as it was.
 */
export async function writeFileSafely(target: string, bytes: Uint8Array, files: FileSystem = fs): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  let written = false;
  try {
    const handle = await files.open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    written = true;
    await files.rename(temporary, target);
  } catch (error) {
    if (written || (error as NodeJS.ErrnoException).code !== 'ENOENT')
      await files.unlink(temporary).catch(() => undefined);
    throw new ExportWriteError(explain(error as NodeJS.ErrnoException, target));
  }
}
