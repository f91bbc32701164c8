import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLES, samplesPresent } from '../../helpers/samples';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

describe('the sample folder the sample tests skip on', () => {
  it('is a failure in CI when missing, and a skip elsewhere', () => {
    const missing = join(tempDir(), 'samples');
    expect(() => samplesPresent(missing, { CI: 'true' })).toThrow(/CI 中缺少样本报告文件夹/);
    expect(samplesPresent(missing, {})).toBe(false);
    expect(samplesPresent(missing, { CI: 'false' })).toBe(false);
    expect(samplesPresent(tempDir(), { CI: 'true' })).toBe(true);
  });

  it('is the one test of presence: no test file looks for the samples on its own', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const root = join(import.meta.dirname, '..', '..');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const own = files.filter((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      if (file.endsWith(join('helpers', 'samples.ts')) || file === join('unit', 'helpers', 'samples.test.ts'))
        return false;
      return /shared['"]?,\s*['"]samples|shared\/samples['"]/.test(text);
    });
    expect(own).toEqual([]);
    expect(SAMPLES.endsWith(join('shared', 'samples'))).toBe(true);
  });
});
