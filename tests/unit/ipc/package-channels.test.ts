import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/ipc/create-router';
import { partJson } from '../../helpers/part-json';
import { SIPING_2024, openTestServices, testHandlers } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function routerOn(dataDir: string) {
  const opened = openTestServices(dataDir);
  return {
    ...opened,
    router: createRouter(testHandlers(opened.services, dataDir), {
      logError: (error) => {
        throw error;
      },
    }),
  };
}

/** A report exported through the contract; in the preview the file lands in the data folder's 导出. */
async function exportedPackage() {
  const dataDir = tempDir();
  const { services, router, close } = routerOn(dataDir);
  const report = services.reports.create(SIPING_2024);
  services.parts.save(report.id, 'measures', partJson('全年组织干部集中学习法律法规12次。'));
  const saved = await router.invoke('packages:export', { id: report.id });
  close();
  expect(saved).toEqual({ ok: true, value: { file: join(dataDir, '导出', `${SIPING_2024.title}.fznb`) } });
  return { report, bytesBase64: readFileSync(join(dataDir, '导出', `${SIPING_2024.title}.fznb`)).toString('base64') };
}

describe('report package channels', () => {
  it('imports a package, then asks before replacing the report and keeps a revision when told to', async () => {
    const { report, bytesBase64 } = await exportedPackage();
    const { services, router, close, advance } = routerOn(tempDir());
    const name = `${SIPING_2024.title}.fznb`;
    expect(await router.invoke('packages:import', { name, bytesBase64 })).toMatchObject({
      ok: true,
      value: { status: 'imported', replaced: false },
    });

    advance(60_000);
    services.parts.save(report.id, 'measures', partJson('本机上改过的内容。'));
    const asked = await router.invoke('packages:import', { name, bytesBase64 });
    expect(asked).toMatchObject({
      ok: true,
      value: { status: 'exists', pendingId: expect.any(String), existing: { id: report.id } },
    });
    const { pendingId } = (asked as { value: { pendingId: string } }).value;

    expect(await router.invoke('packages:import-replace', { pendingId })).toMatchObject({
      ok: true,
      value: { status: 'imported', replaced: true },
    });
    const history = services.revisions.list(report.id);
    expect(history.ok && history.value.map((revision) => revision.reason)).toContain('before-import');
    // A question is answered once: the same pendingId does not replace the report again.
    expect(await router.invoke('packages:import-replace', { pendingId })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    close();
  });

  it('refuses a file that is not a report package, in Chinese, and saves nothing', async () => {
    const { services, router, close } = routerOn(tempDir());
    const bytesBase64 = Buffer.from('这不是报告包').toString('base64');
    expect(await router.invoke('packages:import', { name: '报告.fznb', bytesBase64 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('无法导入这个报告包') },
    });
    expect(services.reports.list()).toEqual([]);
    close();
  });

  it('says which report was not found instead of writing a file', async () => {
    const dataDir = tempDir();
    const { router, close } = routerOn(dataDir);
    expect(await router.invoke('packages:export', { id: '00000000-0000-4000-8000-000000000099' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(readdirSync(dataDir)).not.toContain('导出');
    close();
  });
});
