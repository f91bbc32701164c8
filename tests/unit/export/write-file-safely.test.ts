import * as fs from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportWriteError, writeFileSafely, type FileSystem } from '../../../electron/export/write-file-safely';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const failure = (code: string) => Object.assign(new Error(code), { code });

/** The real file system, with one operation made to fail as a full disk or a locked file would. */
function failing(operation: 'write' | 'rename', code: string): FileSystem {
  return {
    open: (async (path: string, flags: string) => {
      const handle = await fs.open(path, flags);
      if (operation !== 'write') return handle;
      return Object.assign(Object.create(handle), {
        writeFile: async (bytes: Uint8Array) => {
          await handle.writeFile(bytes.slice(0, 10));
          throw failure(code);
        },
        close: () => handle.close(),
      });
    }) as FileSystem['open'],
    rename: (async (from: string, to: string) =>
      operation === 'rename' ? Promise.reject(failure(code)) : fs.rename(from, to)) as FileSystem['rename'],
    unlink: fs.unlink,
  };
}

describe('safe writing of exports', () => {
  it('writes a new file and replaces an old one whole', async () => {
    const target = join(tempDir(), '报告.docx');
    await writeFileSafely(target, Buffer.from('first version'));
    await writeFileSafely(target, Buffer.from('second'));
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(readdirSync(join(target, '..'))).toEqual(['报告.docx']);
  });

  it.each([
    ['a full disk', 'write', 'ENOSPC', /磁盘空间不足/],
    ['a file open in WPS', 'rename', 'EBUSY', /正被其他程序（如 WPS 或 Word）打开/],
    ['a read-only file', 'rename', 'EACCES', /文件是只读的/],
  ] as const)(
    'on %s leaves the old file untouched, no partial file, and says so in Chinese',
    async (_case, operation, code, message) => {
      const dir = tempDir();
      const target = join(dir, '报告.docx');
      writeFileSync(target, 'the old report');
      const attempt = writeFileSafely(
        target,
        Buffer.from('a new report that will not arrive'),
        failing(operation, code),
      );
      await expect(attempt).rejects.toThrow(ExportWriteError);
      await expect(attempt).rejects.toThrow(message);
      await expect(attempt).rejects.toThrow(/原有文件没有改动/);
      expect(readFileSync(target, 'utf8')).toBe('the old report');
      expect(readdirSync(dir)).toEqual(['报告.docx']);
    },
  );

  it('names a folder that does not exist', async () => {
    const target = join(tempDir(), 'missing', '报告.docx');
    await expect(writeFileSafely(target, Buffer.from('x'))).rejects.toThrow(/保存位置“.*missing”不存在/);
    expect(existsSync(target)).toBe(false);
  });
});
