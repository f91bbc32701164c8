import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { convertToPdf } from '../../../electron/export/convert-to-pdf';
import { canRender } from '../../helpers/render-pdf';
import { docxParts } from '../../helpers/docx-xml';
import { partJson } from '../../helpers/part-json';
import { SIPING_2024, openTestServices } from '../../helpers/test-services';
import { cliRunner } from '../../helpers/run-cli';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const fixture = (name: string) => join(import.meta.dirname, '..', '..', 'fixtures', 'reports', name);

const cli = cliRunner(tempDir);

describe('cli export', () => {
  it('exports a .txt report to an official-format DOCX and names the fonts it uses', async () => {
    const out = join(tempDir(), '报告.docx');
    const result = await cli(['export', fixture('clean-2024.gbk.txt'), '--out', out]);
    expect(result).toMatchObject({
      exitCode: 0,
      stdout: expect.stringContaining('方正小标宋简体、黑体、楷体_GB2312、仿宋_GB2312'),
    });
    const document = (await docxParts(await readFile(out)))['word/document.xml']!;
    expect(document).toContain('清河县教育局关于2024年度');
    expect(document).toContain('（一）加强组织领导');
  });

  it('keeps the table of a .docx report a table, as the app does, instead of tab-separated lines', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const row = (...texts: string[]) => new TableRow({ children: texts.map(cell) });
    const input = join(tempDir(), '带表格.docx');
    await writeFile(
      input,
      await Packer.toBuffer(
        new Document({
          sections: [
            {
              children: [
                new Paragraph('清河县教育局关于2024年度法治政府建设情况的报告'),
                new Paragraph('县委、县政府：'),
                new Paragraph('一、2024年度推进法治政府建设的主要举措和成效'),
                new Paragraph('全年办理行政复议和诉讼案件情况如下。'),
                new Table({ rows: [row('项目', '件数'), row('行政复议', '3'), row('行政诉讼', '1')] }),
                new Paragraph('清河县教育局'),
                new Paragraph('2025年1月7日'),
              ],
            },
          ],
        }),
      ),
    );
    const out = join(tempDir(), '导出.docx');
    expect(await cli(['export', input, '--out', out])).toMatchObject({ exitCode: 0 });
    const document = (await docxParts(await readFile(out)))['word/document.xml']!;
    expect(document.match(/<w:tbl>/g)).toHaveLength(1);
    expect(document.match(/<w:tr>/g)).toHaveLength(3);
    expect(document).toContain('<w:tblHeader/>');
    expect(document).not.toMatch(/行政复议\t/);
  });

  it('exports a report from the database by id, keeping the exported state as a revision', async () => {
    const dataDir = tempDir();
    const { services, close } = openTestServices(dataDir);
    const report = services.reports.create(SIPING_2024);
    services.parts.save(report.id, 'measures', partJson({ heading: 2, text: '加强组织领导' }, '全年召开会议4次。'));
    close();
    const out = join(tempDir(), 'out.docx');
    expect(await cli(['export', report.id, '--data-dir', dataDir, '--out', out, '--profile', 'system'])).toMatchObject({
      exitCode: 0,
    });
    const document = (await docxParts(await readFile(out)))['word/document.xml']!;
    expect(document).toContain('一、2024年度推进法治政府建设的主要举措和成效');
    expect(document).toContain('（一）加强组织领导');
    expect(document).toContain('w:eastAsia="仿宋"');
    const reopened = openTestServices(dataDir);
    const revisions = reopened.services.revisions.list(report.id);
    expect(revisions.ok && revisions.value.map((revision) => revision.reason)).toContain('export');
    reopened.close();
  });

  it.each([
    [['export', 'report.txt'], /请给出要导出的报告和 --out 输出文件/],
    [['export', 'x.txt', '--out', 'x.doc'], /输出文件应以 \.docx 或 \.pdf 结尾/],
    [['export', 'x.txt', '--out', 'x.docx', '--edition', 'web'], /不认识文本“web”/],
    [['export', 'x.txt', '--out', 'x.docx', '--copy', 'web'], /不认识文本“web”/],
    [['export', 'x.txt', '--out', 'x.docx', '--edition', 'public', '--copy', 'submission'], /不一致/],
    [['export', 'x.txt', '--out', 'x.docx', '--profile', 'fancy'], /不认识字体方案“fancy”/],
    [['export', '/nowhere/report.txt', '--out', 'x.docx'], /找不到文件/],
  ])('refuses %j with a Chinese message and exit code 2', async (argv, message) => {
    const result = await cli(argv);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync('x.docx')).toBe(false);
  });

  it('exports 公开版 without the addressee, and only once the privacy review is stated', async () => {
    const dir = tempDir();
    const source = join(dir, '报告.txt');
    const text = await readFile(fixture('clean-2024.txt'), 'utf8');
    await writeFile(source, text.replace('全年', '聘请王丹波律师为法律顾问，全年'));
    const out = join(dir, '公开版.docx');
    const refused = await cli(['export', source, '--edition', 'public', '--out', out]);
    expect(refused).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('保密审查') });
    expect(existsSync(out)).toBe(false);
    expect(await cli(['export', source, '--edition', 'public', '--privacy-reviewed', '--out', out])).toMatchObject({
      exitCode: 0,
      stdout: expect.stringContaining('已导出公开版'),
    });
    const document = (await docxParts(await readFile(out)))['word/document.xml']!;
    expect(document).not.toContain('县委、县政府：');
  });

  it('still takes --copy, the flag’s first name, so that older scripts keep working', async () => {
    const out = join(tempDir(), '公开版.docx');
    expect(
      await cli(['export', fixture('clean-2024.txt'), '--copy', 'public', '--privacy-reviewed', '--out', out]),
    ).toMatchObject({ exitCode: 0, stdout: expect.stringContaining('已导出公开版') });
    const document = (await docxParts(await readFile(out)))['word/document.xml']!;
    expect(document).not.toContain('县委、县政府：');
  });

  it.skipIf(!canRender)(
    'converts to PDF through LibreOffice when the output ends in .pdf',
    { timeout: 120_000 },
    async () => {
      const out = join(tempDir(), '报告.pdf');
      expect(await cli(['export', fixture('clean-2024.txt'), '--out', out])).toMatchObject({ exitCode: 0 });
      expect((await readFile(out)).subarray(0, 5).toString()).toBe('%PDF-');
    },
  );

  it('says plainly that LibreOffice is needed for PDF when it is not installed', async () => {
    await expect(convertToPdf(new Uint8Array([1]), 'soffice-not-installed')).rejects.toThrow(/没有找到 LibreOffice/);
  });
});
