import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The real sample reports: public documents kept beside the project, not in it. */
export const SAMPLES = join(import.meta.dirname, '..', '..', '..', 'shared', 'samples');

/**
 * Whether the sample folder is there. On a developer's machine the tests of it are skipped where it is not;
 * in CI (CI=true) a missing folder is an error, so a checkout without shared/ cannot pass by skipping them.
 */
export function samplesPresent(folder: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (existsSync(folder)) return true;
  if (env.CI === 'true' || env.CI === '1')
    throw new Error(`CI 中缺少样本报告文件夹 ${folder}：请把 shared/samples 放到项目旁边再运行测试。`);
  return false;
}

/** Whether the samples are there; every test of them skips on this, and only this. */
export const hasSamples = samplesPresent(SAMPLES);

/** The path of the sample whose file name starts with `prefix` (000 … 004). */
export function samplePath(prefix: string): string {
  const name = readdirSync(SAMPLES).find((candidate) => candidate.startsWith(prefix));
  if (!name) throw new Error(`no sample ${prefix}* in ${SAMPLES}`);
  return join(SAMPLES, name);
}

/** The text of the sample whose file name starts with `prefix`. */
export const sampleText = (prefix: string): string => readFileSync(samplePath(prefix), 'utf8');
