import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/ipc/create-router';
import { IMPORT_LIMITS } from '../../../shared/import/import-limits';
import { SIPING_2024, openTestServices, testHandlers } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const TEXT = [
  '某县教育局关于2024年度法治政府建设情况的报告',
  '县委、县政府：',
  '一、2024年度推进法治政府建设的主要举措和成效',
  '（一）加强组织领导',
  '全年专题研究法治工作四次。',
  '某县教育局',
  '2025年1月7日',
].join('\n');

describe('import channels', () => {
  it('reads a paste and applies the draft into a report through the contract', async () => {
    const dataDir = tempDir();
    const { services, close } = openTestServices(dataDir);
    const router = createRouter(testHandlers(services, dataDir));
    const { id } = services.reports.create(SIPING_2024);
    const read = await router.invoke('import:read', { kind: 'text', text: TEXT });
    expect(read).toMatchObject({ ok: true, value: { year: 2024, parts: [{ key: 'measures', confidence: 'high' }] } });
    const draft = read.ok ? read.value : null;
    const applied = await router.invoke('import:apply', { reportId: id, draft });
    expect(applied).toMatchObject({ ok: true, value: { id, issuedOn: '2025-01-07' } });
    close();
  });

  it('refuses a file over the size limit before it reaches the service, in Chinese', async () => {
    const dataDir = tempDir();
    const { services, close } = openTestServices(dataDir);
    const router = createRouter(testHandlers(services, dataDir));
    const bytesBase64 = 'A'.repeat(Math.ceil(IMPORT_LIMITS.fileBytes / 3) * 4 + 4);
    expect(await router.invoke('import:read', { kind: 'file', name: '报告.docx', bytesBase64 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('超过 20 MB') },
    });
    expect(await router.invoke('import:apply', { draft: { title: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    close();
  });
});
