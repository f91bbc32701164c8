import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/ipc/create-router';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { batchReportLines } from '../../helpers/batch-report-lines';
import { canRender, renderDocx } from '../../helpers/render-pdf';
import { openTestServices, testHandlers } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';
import { batchFixtures, EXPECTED_ROWS } from './batch-fixtures';

const tempDir = useTempDirs();

function routerOn(dataDir: string) {
  const opened = openTestServices(dataDir);
  const router = createRouter(testHandlers(opened.services, dataDir), {
    logError: (error) => {
      throw error;
    },
  });
  // The router checks every input and output against the contract; typed here as the window sees it.
  const invoke = <C extends Channel>(channel: C, input: Input<C>) =>
    router.invoke(channel, input) as Promise<Result<Output<C>>>;
  return { ...opened, router: { invoke } };
}

const upload = (name: string, bytes: Buffer) => ({ name, size: bytes.length, bytesBase64: bytes.toString('base64') });

/** A batch through the contract with every committed fixture, one file per request as the screen sends them. */
async function fixtureBatch(dataDir: string) {
  const opened = routerOn(dataDir);
  const created = await opened.router.invoke('batch-review:create', { title: '2024年度汇审', year: 2024 });
  if (!created.ok) throw new Error(created.error.message);
  const batchId = created.value.id;
  for (const { name, bytes } of batchFixtures()) {
    const added = await opened.router.invoke('batch-review:add-file', { batchId, file: upload(name, bytes) });
    expect(added.ok, name).toBe(true);
  }
  return { ...opened, batchId };
}

describe('batch review service', () => {
  it('remembers a batch: every file a row, unreadable ones with their reason, listed after a restart', async () => {
    const dataDir = tempDir();
    const first = await fixtureBatch(dataDir);
    await first.router.invoke('batch-review:add-file', {
      batchId: first.batchId,
      file: { name: '超大.docx', size: 30 * 1024 * 1024 },
    });
    first.close();

    const { router, close } = routerOn(dataDir);
    const list = await router.invoke('batch-review:list', undefined);
    expect(list).toMatchObject({ ok: true, value: [{ title: '2024年度汇审', year: 2024, files: 15 }] });
    const got = await router.invoke('batch-review:get', { batchId: first.batchId });
    if (!got.ok) throw new Error(got.error.message);
    for (const entry of got.value.entries) {
      const expected = EXPECTED_ROWS[entry.file];
      if (!expected) expect(entry.reason, entry.file).toMatch(/超过 20 MB/);
      else if ('reason' in expected) expect(entry.reason, entry.file).toMatch(expected.reason);
      else expect(entry.report?.organization, entry.file).toBe(expected.organization);
    }
    close();
  });

  it('marks a department 已通知修改 and re-reads its corrected file into the same row', async () => {
    const { router, batchId, close } = await fixtureBatch(tempDir());
    const got = await router.invoke('batch-review:get', { batchId });
    const civil = got.ok ? got.value.entries.find((entry) => entry.file === '02-某县民政局.txt')! : undefined;
    expect(civil?.report?.parts.shortcomings.presence).toBe('absent');

    expect(await router.invoke('batch-review:set-notified', { entryId: civil!.id, notified: true })).toMatchObject({
      ok: true,
      value: { notified: true },
    });
    const corrected = Buffer.from(batchReportLines({ organization: '某县民政局' }).join('\n'));
    const reread = await router.invoke('batch-review:reread', {
      entryId: civil!.id,
      file: upload('02-某县民政局（修改稿）.txt', corrected),
    });
    expect(reread).toMatchObject({
      ok: true,
      value: { id: civil!.id, file: '02-某县民政局（修改稿）.txt', notified: false },
    });
    expect(reread.ok && reread.value.report?.parts.shortcomings.presence).toBe('own');
    const again = await router.invoke('batch-review:get', { batchId });
    expect(again.ok && again.value.entries).toHaveLength(14);

    const text = await router.invoke('batch-review:text', { entryId: civil!.id });
    expect(text).toMatchObject({ ok: true, value: { year: 2024, text: expect.stringContaining('存在的不足和原因') } });
    close();
  });

  it('saves the roll-up as xlsx and CSV and the draft 通报 as DOCX into the preview 导出 folder, never beside the sources', async () => {
    const dataDir = tempDir();
    const { router, batchId, close } = await fixtureBatch(dataDir);
    const before = readdirSync(join(import.meta.dirname, '..', '..', 'fixtures', 'batch')).length;
    const saved = {
      xlsx: await router.invoke('batch-review:save-output', { batchId, format: 'xlsx' }),
      csv: await router.invoke('batch-review:save-output', { batchId, format: 'csv' }),
      notice: await router.invoke('batch-review:save-output', { batchId, format: 'notice' }),
    };
    close();
    const path = (result: (typeof saved)['xlsx']) => (result.ok && result.value ? result.value.file : '');
    for (const result of Object.values(saved)) expect(path(result).startsWith(join(dataDir, '导出'))).toBe(true);
    expect(readdirSync(join(import.meta.dirname, '..', '..', 'fixtures', 'batch'))).toHaveLength(before);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path(saved.xlsx));
    const summary = book.getWorksheet('汇总')!;
    expect(summary.getRow(1).values).toEqual(expect.arrayContaining(['单位', '报告年度', '不足和原因', '成文日期']));
    expect(summary.rowCount).toBe(15);
    const civil = summary.getRow(3).values as string[];
    expect(civil).toEqual(expect.arrayContaining(['02-某县民政局.txt', '某县民政局', '✘ 缺', '不完整']));
    const findings = book.getWorksheet('问题清单')!;
    const messages = findings.getColumn(6).values.map(String);
    expect(messages.some((message) => message.includes('缺少必报内容“存在的不足和原因”'))).toBe(true);

    const csv = readFileSync(path(saved.csv));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('13-某县民政局（重复报送）.txt');

    if (canRender) {
      const text = renderDocx(readFileSync(path(saved.notice)))
        .lines.map((line) => line.text)
        .join('');
      expect(text).toContain('关于××县2024年度法治政府建设年度报告报送情况的通报');
      expect(text).toContain('共收到14份报告');
      expect(text).toContain('某县民政局');
      expect(text).toContain('缺少“不足和原因”部分');
    }
  }, 180_000);

  it('refuses a batch or a row that does not exist in Chinese', async () => {
    const { router, close } = routerOn(tempDir());
    expect(await router.invoke('batch-review:get', { batchId: 99 })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('找不到这次汇审') },
    });
    expect(await router.invoke('batch-review:set-notified', { entryId: 5, notified: true })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    close();
  });
});
