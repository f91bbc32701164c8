import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewSavePath } from '../../../electron/files/preview-save-path';
import { createFolderRouter } from '../../../electron/ipc/create-folder-router';
import { createDataFolder } from '../../../electron/services/data-folder';
import type { DataFolderEnvironment } from '../../../electron/store/check-data-folder';
import { databaseFile } from '../../../electron/store/resolve-data-dir';
import { DATABASE_FILE_MAX_BYTES } from '../../../shared/backup/database-file-limits';
import { SIPING_2024 } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const localDisk: DataFolderEnvironment = {
  platform: 'linux',
  mounts: '/dev/sda1 / ext4 rw,relatime 0 0',
  probeWrite: () => {},
};

/** The router as the app and the preview build it, on a real data folder. */
function routerOn(dataDir: string, environment = localDisk) {
  const folder = createDataFolder({ dataDir, version: '0.0.0-test', environment });
  folder.open();
  return {
    folder,
    router: createFolderRouter(
      { folder, chooseSavePath: previewSavePath(dataDir) },
      {
        logError: (error) => {
          throw error;
        },
      },
    ),
  };
}

/** A folder holding one report, closed cleanly (which leaves an automatic backup), then its header overwritten. */
async function damagedFolder() {
  const dataDir = tempDir();
  const { folder, router } = routerOn(dataDir);
  await router.invoke('reports:create', SIPING_2024);
  folder.close();
  const fd = openSync(databaseFile(dataDir), 'r+');
  writeSync(fd, Buffer.alloc(100, 0x5a), 0, 100, 0);
  closeSync(fd);
  return dataDir;
}

describe('the router over the data folder', () => {
  it('offers only recovery while the database is damaged, then serves the recovered reports', async () => {
    const dataDir = await damagedFolder();
    const { folder, router } = routerOn(dataDir);
    const state = await router.invoke('recovery:state', undefined);
    expect(state).toMatchObject({ ok: true, value: { status: 'damaged', dataDir, backups: [{ usable: true }] } });
    expect(await router.invoke('reports:list', { deleted: false })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('请先在“数据需要恢复”页面中从备份恢复') },
    });
    // The page names a backup; a path or anything else is refused before the folder is touched.
    expect(await router.invoke('recovery:recover', { name: '../fazhi-nianbao.sqlite3' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await router.invoke('recovery:recover', { name: 'fazhi-nianbao-20000101-000000.sqlite3' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });

    const [newest] = (state as { value: { backups: Array<{ name: string }> } }).value.backups;
    const name = newest!.name;
    expect(await router.invoke('recovery:recover', { name })).toEqual({ ok: true, value: { status: 'ready' } });
    expect(await router.invoke('reports:list', { deleted: false })).toMatchObject({
      ok: true,
      value: [{ title: SIPING_2024.title }],
    });
    expect(readdirSync(dataDir).filter((file) => file.includes('.damaged-'))).toHaveLength(1);
    folder.close();
  });

  it('answers every other channel with the refusal when the folder may not be used', async () => {
    const readOnly: DataFolderEnvironment = {
      ...localDisk,
      probeWrite: () => {
        throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
      },
    };
    const { router } = routerOn(tempDir(), readOnly);
    expect(await router.invoke('recovery:state', undefined)).toMatchObject({
      ok: true,
      value: { status: 'refused', reason: expect.stringContaining('只读') },
    });
    expect(await router.invoke('app:info', undefined)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('只读') },
    });
    expect(await router.invoke('backups:restore-from', { name: 'a.sqlite3', bytesBase64: 'AAAA' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('backs up to the chosen place, or does nothing when the clerk cancels', async () => {
    const dataDir = tempDir();
    const { folder, router } = routerOn(dataDir);
    await router.invoke('reports:create', SIPING_2024);
    const saved = await router.invoke('backups:backup-to', undefined);
    expect(saved).toMatchObject({
      ok: true,
      value: { file: expect.stringMatching(/导出[\\/]法治年报助手备份-\d{8}\.sqlite3$/), bytes: expect.any(Number) },
    });

    const cancelling = createFolderRouter({ folder, chooseSavePath: async () => null });
    expect(await cancelling.invoke('backups:backup-to', undefined)).toEqual({ ok: true, value: null });
    folder.close();
  });

  it('restores from a file sent as bytes, keeping the current database aside and no temporary file', async () => {
    const source = routerOn(tempDir());
    await source.router.invoke('reports:create', { ...SIPING_2024, title: '备份里的报告' });
    const saved = await source.router.invoke('backups:backup-to', undefined);
    source.folder.close();
    const bytesBase64 = readFileSync((saved as { value: { file: string } }).value.file).toString('base64');

    const dataDir = tempDir();
    const { folder, router } = routerOn(dataDir);
    await router.invoke('reports:create', { ...SIPING_2024, title: '恢复前的报告' });
    expect(await router.invoke('backups:restore-from', { name: '备份.sqlite3', bytesBase64 })).toEqual({
      ok: true,
      value: { status: 'ready' },
    });
    expect(await router.invoke('reports:list', { deleted: false })).toMatchObject({
      ok: true,
      value: [{ title: '备份里的报告' }],
    });
    const names = readdirSync(dataDir);
    expect(names.some((name) => name.includes('.before-restore-'))).toBe(true);
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    folder.close();
  });

  it('refuses bytes that are not a database of ours and keeps working on the current one', async () => {
    const dataDir = tempDir();
    const { folder, router } = routerOn(dataDir);
    await router.invoke('reports:create', SIPING_2024);
    const bytesBase64 = Buffer.from('这只是一个文本文件'.repeat(500)).toString('base64');
    expect(await router.invoke('backups:restore-from', { name: '笔记.sqlite3', bytesBase64 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('这不是法治年报助手的数据库') },
    });
    expect(await router.invoke('reports:list', { deleted: false })).toMatchObject({
      ok: true,
      value: [{ title: SIPING_2024.title }],
    });
    expect(readdirSync(dataDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    folder.close();
  });

  it('refuses a file over the size limit before decoding it, in Chinese', async () => {
    const { folder, router } = routerOn(tempDir());
    const bytesBase64 = 'A'.repeat(Math.ceil(DATABASE_FILE_MAX_BYTES / 3) * 4 + 4);
    expect(await router.invoke('backups:restore-from', { name: '大.sqlite3', bytesBase64 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('超过 200 MB') },
    });
    expect(await router.invoke('backups:list', undefined)).toMatchObject({ ok: true, value: [] });
    folder.close();
  });
});
