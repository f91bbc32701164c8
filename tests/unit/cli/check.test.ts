import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cliRunner } from '../../helpers/run-cli';
import { hasSamples, samplePath } from '../../helpers/samples';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const root = join(import.meta.dirname, '..', '..', '..');
const fixture = (name: string) => join(root, 'tests', 'fixtures', 'reports', name);

const cli = cliRunner(tempDir);

interface CheckJson {
  findings: { id: string; severity: string; part: string; message: string; excerpt: string }[];
  counts: { error: number; warning: number; info: number };
}
const json = async (file: string, ...extra: string[]) =>
  JSON.parse((await cli(['check', file, '--json', ...extra])).stdout) as CheckJson;

describe('cli check', () => {
  it('prints findings and counts as JSON, with the promised fields only', async () => {
    const result = await json(fixture('clean-2024.txt'));
    expect(result.counts).toEqual({ error: 0, warning: 3, info: 0 });
    expect(Object.keys(result.findings[0]!).sort()).toEqual(['excerpt', 'id', 'message', 'part', 'severity']);
  });

  it('reads the same report from UTF-8, GBK and .docx alike', async () => {
    const utf8 = await json(fixture('clean-2024.txt'));
    expect(await json(fixture('clean-2024.gbk.txt'))).toEqual(utf8);
    expect(await json(fixture('clean-2024.docx'))).toEqual(utf8);
  });

  it('checks against the year given with --year', async () => {
    const result = await json(fixture('clean-2024.txt'), '--year', '2025');
    expect(result.findings.map((finding) => finding.id)).toContain('title-year');
  });

  it('prints a readable list without --json', async () => {
    const result = await cli(['check', fixture('clean-2024.txt')]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('警告 [part-thin] 举措和成效：');
    expect(result.stdout).toMatch(/共 3 条：错误 0，警告 3，提示 0。\n$/);
  });

  it('exits 1 for a report not ready to submit: an empty one lists every required part as missing', async () => {
    const empty = write(
      'empty-2024.txt',
      '四平市教育局关于2024年度法治政府建设情况的报告\n县委、县政府：\n四平市教育局\n2025年1月7日\n',
    );
    const result = await cli(['check', empty, '--json']);
    expect(result.exitCode).toBe(1);
    const { findings } = JSON.parse(result.stdout) as CheckJson;
    expect(
      findings
        .filter((finding) => finding.id === 'part-missing')
        .map((finding) => finding.part)
        .sort(),
    ).toEqual(['leadership', 'measures', 'plans', 'shortcomings']);
    expect(findings.every((finding) => finding.id !== 'part-unwritten')).toBe(true);
    const readable = await cli(['check', empty]);
    expect(readable.exitCode).toBe(1);
    expect(readable.stdout).toMatch(/这份报告还不能报送。\n$/);
  });

  it.skipIf(!hasSamples)(
    'finds on each real sample what the issue asks (samples kept beside the project)',
    async () => {
      const expected: Record<string, string[]> = {
        '000': ['date-malformed', 'halfwidth-punctuation', 'enumeration-gap', 'conversion-junk'],
        '001': ['part-missing', 'part-order', 'conversion-junk'],
        '002': ['numbering-gap', 'part-missing', 'conversion-junk', 'term-form', 'repeated-word'],
        '003': ['numbering-level', 'part-thin', 'date-missing'],
        '004': ['part-missing', 'date-missing', 'missing-colon'],
      };
      for (const [prefix, ids] of Object.entries(expected)) {
        const found = new Set((await json(samplePath(prefix))).findings.map((finding) => finding.id));
        for (const id of ids) expect(found.has(id), `${prefix} ${id}`).toBe(true);
      }
    },
  );

  it.each([
    ['a file that does not exist', () => join(tempDir(), 'missing.txt'), /找不到文件/],
    ['an empty file', () => write('empty.txt', ''), /是空的/],
    [
      'a binary file renamed .txt',
      () => write('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])),
      /不是文本文件/,
    ],
    ['a .docx that is not a zip', () => write('broken.docx', '这其实是一段文字'), /不是有效的 Word 文档/],
    ['an unsupported type', () => write('report.xls', 'PK'), /不支持“\.xls”/],
  ])('refuses %s with a Chinese message and exit code 2', async (_case, make, message) => {
    const result = await cli(['check', make(), '--json']);
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toMatch(message);
  });

  it('refuses a missing file argument and a bad year', async () => {
    expect(await cli(['check'])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('请给出一个要检查的文件'),
    });
    expect(await cli(['check', fixture('clean-2024.txt'), '--year', '24'])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('年度“24”无效'),
    });
  });

  it('runs as a real process through npm run cli', { timeout: 20_000 }, async () => {
    const { stdout } = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'cli', '--', 'check', fixture('clean-2024.docx'), '--json'],
      { cwd: root },
    );
    expect((JSON.parse(stdout) as CheckJson).counts.error).toBe(0);
  });
});

function write(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}
