import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChooseSavePath } from '../../../electron/files/choose-save-path';
import { saveFileAs } from '../../../electron/files/save-file-as';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const FILTER = { name: 'Word 文档', extensions: ['docx'] };
const chosen =
  (file: string | null): ChooseSavePath =>
  async () =>
    file;
const failure = (code: string) => Object.assign(new Error(code), { code });

describe('saveFileAs', () => {
  it('writes nothing and answers null when the clerk cancels', async () => {
    let asked: Parameters<ChooseSavePath> | undefined;
    const cancelled: ChooseSavePath = async (...args) => ((asked = args), null);
    const write = () => {
      throw new Error('must not write');
    };
    expect(await saveFileAs({ chooseSavePath: cancelled, name: '报告.docx', filter: FILTER, write })).toEqual({
      ok: true,
      value: null,
    });
    expect(asked).toEqual(['报告.docx', FILTER]);
  });

  it('writes the bytes whole where the clerk chose and says how many', async () => {
    const dir = tempDir();
    const file = join(dir, '报告.docx');
    const bytes = Buffer.from('一份报告');
    expect(await saveFileAs({ chooseSavePath: chosen(file), name: '报告.docx', filter: FILTER, write: bytes })).toEqual(
      { ok: true, value: { file, bytes: bytes.byteLength } },
    );
    expect(readFileSync(file, 'utf8')).toBe('一份报告');
    expect(readdirSync(dir)).toEqual(['报告.docx']);
  });

  it('says in Chinese why a missing folder cannot be written', async () => {
    const file = join(tempDir(), '没有这个文件夹', '报告.docx');
    const saved = await saveFileAs({
      chooseSavePath: chosen(file),
      name: '报告.docx',
      filter: FILTER,
      write: Buffer.from('x'),
    });
    expect(saved).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/保存位置“.*没有这个文件夹”不存在/) },
    });
  });

  it.each([
    ['ENOSPC', /^磁盘空间不足，备份没有写成。请清理/],
    ['SQLITE_FULL', /^磁盘空间不足，备份没有写成/],
    ['EPERM', /^没有权限写入“.*备份\.sqlite3”.*请关闭文件、取消只读，或换一个文件夹/],
    ['EACCES', /^没有权限写入/],
  ])('tells a writer of its own failing with %s in Chinese, naming what was not written', async (code, message) => {
    const file = join(tempDir(), '备份.sqlite3');
    const saved = await saveFileAs({
      chooseSavePath: chosen(file),
      name: '备份.sqlite3',
      filter: FILTER,
      write: () => {
        throw failure(code);
      },
      what: '备份',
    });
    expect(saved).toMatchObject({ ok: false, error: { message: expect.stringMatching(message) } });
  });

  it('answers with the bytes a writer of its own reports', async () => {
    const file = join(tempDir(), '备份.sqlite3');
    const saved = await saveFileAs({
      chooseSavePath: chosen(file),
      name: '备份.sqlite3',
      filter: FILTER,
      write: async () => 4096,
    });
    expect(saved).toEqual({ ok: true, value: { file, bytes: 4096 } });
  });
});
