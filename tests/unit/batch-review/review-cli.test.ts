import ExcelJS from 'exceljs';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRunner } from '../../helpers/run-cli';
import { useTempDirs } from '../../helpers/temp-dir';
import { BATCH_FIXTURES, EXPECTED_ROWS } from './batch-fixtures';

const tempDir = useTempDirs();
const cli = cliRunner(tempDir);

/** The fixtures copied into a folder of their own, with a 30 MB file added as a department might send one. */
function folderOfReports(): string {
  const folder = tempDir();
  for (const name of readdirSync(BATCH_FIXTURES)) copyFileSync(join(BATCH_FIXTURES, name), join(folder, name));
  writeFileSync(join(folder, '15-超大附件.docx'), Buffer.alloc(30 * 1024 * 1024, 1));
  writeFileSync(join(folder, '~$某县教育局.docx'), 'Word 打开文件时留下的锁文件');
  return folder;
}

describe('npm run cli -- review', () => {
  it('prints one JSON object a report, unreadable files with their reason, and exits 0', async () => {
    const folder = folderOfReports();
    const before = readdirSync(folder).sort();
    const result = await cli(['review', folder, '--json', '--year', '2024']);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file)).toEqual([...Object.keys(EXPECTED_ROWS), '15-超大附件.docx']);
    for (const line of lines) {
      const expected = EXPECTED_ROWS[line.file];
      if (!expected) expect(line.reason).toMatch(/超过 20 MB/);
      else if ('reason' in expected) expect(line.reason, line.file).toMatch(expected.reason);
      else
        expect(line, line.file).toMatchObject({
          organization: expected.organization,
          year: 2024,
          parts: { measures: { presence: 'own' } },
          counts: { error: expect.any(Number), warning: expect.any(Number) },
          findings: expect.any(Array),
        });
    }
    expect(lines[1]).toMatchObject({ parts: { shortcomings: { presence: 'absent', chars: 0 } }, complete: false });
    expect(lines[3]).toMatchObject({ plansYear: 'wrong' });
    expect(lines[4]).toMatchObject({ date: { text: '2025年3月20日', onTime: false }, leadershipConcrete: false });
    expect(readdirSync(folder).sort()).toEqual(before);
  });

  it('prints a readable table and writes the xlsx and the 通报 where told', async () => {
    const folder = folderOfReports();
    const out = tempDir();
    const result = await cli([
      'review',
      folder,
      '--xlsx',
      join(out, '汇总.xlsx'),
      '--notice',
      join(out, '通报.docx'),
      '--csv',
      join(out, '汇总.csv'),
    ]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('【2/15】02-某县民政局.txt');
    expect(result.stdout).toContain('不足和原因：✘ 缺');
    expect(result.stdout).toContain('共 15 份：完整 3 份，不完整 4 份，无法读取 8 份。');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, '汇总.xlsx'));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '问题清单']);
    expect(existsSync(join(out, '通报.docx')) && existsSync(join(out, '汇总.csv'))).toBe(true);
  });

  it('refuses a missing folder and a bad year in Chinese', async () => {
    expect(await cli(['review', join(tempDir(), '没有')])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('找不到文件夹'),
    });
    expect(await cli(['review', tempDir(), '--year', '24'])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('年度“24”无效'),
    });
  });
});
