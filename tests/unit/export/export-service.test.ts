import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/ipc/create-router';
import { findingKey } from '../../../shared/checks/acknowledgement';
import { checkStoredReport } from '../../../shared/checks/check-stored-report';
import { CHARACTER } from '../../../shared/export/page-geometry';
import { exportMark } from '../../../shared/status/export-mark';
import { docxParts, hasElement, paragraphs } from '../../helpers/docx-xml';
import { partJson } from '../../helpers/part-json';
import { useTempDirs } from '../../helpers/temp-dir';
import { SIPING_2024, createSipingReport, openTestServices, testHandlers } from '../../helpers/test-services';

const tempDir = useTempDirs();
const OPTIONS = { profile: 'standard', boldLevel3: false, sealed: false } as const;

function setUp() {
  const dataDir = tempDir();
  const opened = openTestServices(dataDir);
  const router = createRouter(testHandlers(opened.services, dataDir));
  const id = createSipingReport(opened.services);
  opened.services.parts.save(
    id,
    'measures',
    partJson({ heading: 2, text: '加强组织领导' }, '聘请王丹波律师为法律顾问，全年审查合同十二份。'),
  );
  return { ...opened, dataDir, router, id };
}

describe('exporting a report from the app', () => {
  it('writes 报送版 where the clerk chose, keeps the exported state in the history', async () => {
    const { router, id, services, dataDir, close } = setUp();
    const saved = await router.invoke('export:docx', { reportId: id, edition: 'submission', ...OPTIONS });
    expect(saved).toEqual({
      ok: true,
      value: {
        path: join(dataDir, '导出', `《${SIPING_2024.title}》（报送版·讨论稿）.docx`),
        mark: { final: false, label: '报送版（草稿，非定稿）' },
      },
    });
    const document = (
      await docxParts(readFileSync(join(dataDir, '导出', `《${SIPING_2024.title}》（报送版·讨论稿）.docx`)))
    )['word/document.xml']!;
    expect(document).toContain('市委、市政府：');
    expect(document).toContain('（一）加强组织领导');
    // The file says what it is, in its properties: not final while the report is a draft.
    const core = (
      await docxParts(readFileSync(join(dataDir, '导出', `《${SIPING_2024.title}》（报送版·讨论稿）.docx`)))
    )['docProps/core.xml']!;
    expect(core).toContain('报送版（草稿，非定稿）');
    expect(core).toContain('<dc:creator>四平市教育局</dc:creator>');
    // … and on every page: the draft says it is one.
    const parts = await docxParts(
      readFileSync(join(dataDir, '导出', `《${SIPING_2024.title}》（报送版·讨论稿）.docx`)),
    );
    const headers = Object.entries(parts).filter(([path]) => /word\/header\d+\.xml/.test(path));
    expect(headers.length).toBeGreaterThan(0);
    for (const [, header] of headers) expect(header).toContain('>讨论稿</w:t>');
    const history = services.revisions.list(id);
    expect(history.ok && history.value[0]!.reason).toBe('export');
    close();
  });

  it('lays out the sealed 报送版 with the date four characters in and room for the seal', async () => {
    const { router, id, dataDir, close } = setUp();
    await router.invoke('export:docx', { reportId: id, edition: 'submission', ...OPTIONS, sealed: true });
    const document = (
      await docxParts(readFileSync(join(dataDir, '导出', `《${SIPING_2024.title}》（报送版·讨论稿）.docx`)))
    )['word/document.xml']!;
    const date = paragraphs(document).find((paragraph) => paragraph.text === '2025年1月7日')!;
    expect(hasElement(date.properties, 'w:ind', { 'w:right': 4 * CHARACTER })).toBe(true);
    const index = paragraphs(document).findIndex((paragraph) => paragraph.text === '四平市教育局');
    expect(
      paragraphs(document)
        .slice(index - 3, index)
        .map((paragraph) => paragraph.text),
    ).toEqual(['', '', '']);
    close();
  });

  it('holds back 公开版 until each possible personal detail is reviewed, then leaves out the addressee', async () => {
    const { router, id, services, dataDir, close } = setUp();
    const refused = await router.invoke('export:docx', { reportId: id, edition: 'public', ...OPTIONS });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('保密审查') },
    });
    expect(existsSync(join(dataDir, '导出'))).toBe(false);

    const report = services.reports.get(id);
    const privacy = report.ok
      ? checkStoredReport(report.value).findings.filter((finding) => finding.id === 'privacy')
      : [];
    expect(privacy).toHaveLength(1);
    services.acknowledgements.acknowledge(id, findingKey(privacy[0]!), '法律顾问姓名已在政府网站公示，可以公开');
    const saved = await router.invoke('export:docx', { reportId: id, edition: 'public', ...OPTIONS, sealed: true });
    const publicEdition = join(dataDir, '导出', `《${SIPING_2024.title}》（公开版·讨论稿）.docx`);
    expect(saved).toMatchObject({ ok: true, value: { path: publicEdition, mark: { final: false } } });
    const document = (await docxParts(readFileSync(publicEdition)))['word/document.xml']!;
    expect(document).not.toContain('市委、市政府');
    close();
  });

  it('says why in Chinese when the file cannot be written, and keeps no revision for it', async () => {
    const dataDir = tempDir();
    const opened = openTestServices(dataDir);
    const router = createRouter(testHandlers(opened.services, dataDir));
    const { id } = opened.services.reports.create(SIPING_2024);
    const prepared = opened.services.exports.prepare(id, { edition: 'submission', sealed: false });
    if (!prepared.ok) throw new Error(prepared.error.message);
    const missingFolder = await opened.services.exports.write(
      prepared.value,
      OPTIONS,
      join(dataDir, '没有这个文件夹', 'a.docx'),
    );
    expect(missingFolder).toMatchObject({ ok: false, error: { message: expect.stringContaining('不存在') } });
    expect(opened.services.revisions.list(id)).toMatchObject({ ok: true, value: [] });
    expect(
      await router.invoke('export:docx', {
        reportId: '00000000-0000-4000-8000-999999999999',
        edition: 'submission',
        ...OPTIONS,
      }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
    opened.close();
  });

  it('marks an export final only when the text is, and 公开版 only after a passed 保密审查', () => {
    const review = (stage: 'final' | 'confidentiality') => ({
      id: 1,
      stage,
      reviewer: '张三',
      reviewedOn: '2025-02-20',
      result: 'passed' as const,
      comment: '',
      privacyFindings: [],
      createdAt: '2025-02-20T00:00:00.000Z',
      fromPackage: false,
    });
    expect(exportMark('draft', 'submission', [])).toEqual({ final: false, label: '报送版（草稿，非定稿）' });
    expect(exportMark('final', 'submission', [review('final')])).toEqual({ final: true, label: '报送版（已定稿）' });
    expect(exportMark('submitted', 'public', [review('final')])).toEqual({
      final: false,
      label: '公开版（未经保密审查，非定稿）',
    });
    expect(exportMark('submitted', 'public', [review('confidentiality')])).toEqual({
      final: true,
      label: '公开版（已报送）',
    });
  });
});
