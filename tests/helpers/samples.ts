import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The real sample reports: public documents kept beside the project, not in it. */
export const SAMPLES = join(import.meta.dirname, '..', '..', '..', 'shared', 'samples');

/** Whether the samples are there; tests of them are skipped where they are not. */
export const hasSamples = existsSync(SAMPLES);

/** The path of the sample whose file name starts with `prefix` (000 … 004). */
export function samplePath(prefix: string): string {
  const name = readdirSync(SAMPLES).find((candidate) => candidate.startsWith(prefix));
  if (!name) throw new Error(`no sample ${prefix}* in ${SAMPLES}`);
  return join(SAMPLES, name);
}

/** The text of the sample whose file name starts with `prefix`. */
export const sampleText = (prefix: string): string => readFileSync(samplePath(prefix), 'utf8');
