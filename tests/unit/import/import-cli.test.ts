import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { reportDocx } from '../../helpers/report-docx';
import { cliRunner } from '../../helpers/run-cli';
import { SHAPES } from '../../helpers/report-shapes';
import { hasSamples, samplePath } from '../../helpers/samples';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

const cli = cliRunner(tempDir);

const PART_KEYS = ['preface', 'measures', 'shortcomings', 'leadership', 'plans', 'other', 'unassigned'];

describe('cli import', () => {
  it.skipIf(!hasSamples)('prints the promised JSON for a real sample', async () => {
    const file = samplePath('000');
    const result = await cli(['import', file, '--json']);
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['title', 'organization', 'year', 'addressee', 'parts', 'signature', 'date']);
    expect(json).toMatchObject({ organization: '四平市教育局', year: 2024, signature: '四平市教育局', date: null });
    for (const part of json.parts) {
      expect(Object.keys(part)).toEqual(['key', 'heading', 'chars']);
      expect(PART_KEYS).toContain(part.key);
    }
    expect(json.parts.map((part: { key: string }) => part.key)).toEqual([
      'preface',
      'measures',
      'shortcomings',
      'leadership',
      'plans',
    ]);
  });

  it('prints the promised JSON for a generated .docx, and a short Chinese summary without --json', async () => {
    const file = join(tempDir(), '报告.docx');
    writeFileSync(
      file,
      await reportDocx([
        '某县教育局关于2024年度',
        '法治政府建设情况的报告',
        '县委、县政府：',
        '一、主要举措和成效',
        '（一）加强组织领导',
        '全年专题研究四次。',
        '某县教育局',
        '2025年1月7日',
      ]),
    );
    const json = JSON.parse((await cli(['import', file, '--json'])).stdout);
    expect(json).toEqual({
      title: '某县教育局关于2024年度法治政府建设情况的报告',
      organization: '某县教育局',
      year: 2024,
      addressee: '县委、县政府',
      parts: [{ key: 'measures', heading: '一、主要举措和成效', chars: 15 }],
      signature: '某县教育局',
      date: '2025-01-07',
    });
    const human = await cli(['import', file]);
    expect(human.stdout).toContain('举措和成效：15 字（一、主要举措和成效）');
    expect(human.stdout).toContain('成文日期：2025-01-07');
  });

  it('refuses a 50 MB file and an empty file at once, with exit code 2', async () => {
    const big = join(tempDir(), '报告.docx');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024);
    const start = performance.now();
    expect(await cli(['import', big, '--json'])).toMatchObject({
      exitCode: 2,
      stdout: '',
      stderr: expect.stringContaining('超过 20 MB'),
    });
    expect(performance.now() - start).toBeLessThan(1000);
    const empty = join(tempDir(), '空.txt');
    writeFileSync(empty, '');
    expect(await cli(['import', empty])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('是空的') });
    expect(await cli(['import'])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('请给出一个要导入的文件'),
    });
  });

  it('reads a report with no title line and says where leadership was written instead', async () => {
    const json = JSON.parse((await cli(['import', join(SHAPES, 'no-title-preface.txt'), '--json'])).stdout);
    expect(json).toMatchObject({ title: '', organization: '青山县市场监督管理局', year: 2023 });
    const summary = (await cli(['import', join(SHAPES, 'plain-headings-leadership-inside.txt')])).stdout;
    expect(summary).toContain(
      '第一责任人职责：写在了“举措和成效”的“党政主要负责人履行推进法治建设第一责任人职责情况”中',
    );
  });
});
