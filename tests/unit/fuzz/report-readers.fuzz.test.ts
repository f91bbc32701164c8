import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFile } from '../../../electron/import/read-report-file';
import { seededRandom, testSeed, type SeededRandom } from '../../helpers/seeded-random';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const SEED = testSeed(99);
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'reports');
const BOUND_MS = 5_000;

/** Flips, overwrites, truncates, duplicates or inserts bytes: the damage a bad USB stick does. */
function mutate(random: SeededRandom, original: Buffer): Buffer {
  let bytes = Buffer.from(original);
  for (let n = random.int(1, 4); n > 0; n--) {
    const at = random.int(0, Math.max(0, bytes.length - 1));
    switch (random.int(0, 4)) {
      case 0:
        bytes[at] = random.int(0, 255);
        break;
      case 1:
        bytes.fill(random.int(0, 255), at, Math.min(bytes.length, at + random.int(1, 512)));
        break;
      case 2:
        bytes = bytes.subarray(0, at);
        break;
      case 3:
        bytes = Buffer.concat([
          bytes.subarray(0, at),
          bytes.subarray(at, at + random.int(1, 2048)),
          bytes.subarray(at),
        ]);
        break;
      default:
        bytes = Buffer.concat([
          bytes.subarray(0, at),
          Buffer.from(Array.from({ length: random.int(1, 64) }, () => random.int(0, 255))),
          bytes.subarray(at),
        ]);
    }
  }
  return bytes;
}

/** The reader's whole promise: text, or an UnreadableFileError whose message a clerk can read. */
async function readsCleanly(path: string, label: string): Promise<'text' | 'refused'> {
  const started = performance.now();
  try {
    const text = await readReportFile(path);
    expect(typeof text, label).toBe('string');
    return 'text';
  } catch (error) {
    expect((error as Error).name, `${label}: ${String(error)}`).toBe('UnreadableFileError');
    expect((error as Error).message, label).toMatch(/[\u4e00-\u9fff].*[。！]/);
    return 'refused';
  } finally {
    expect(performance.now() - started, `${label} took too long`).toBeLessThan(BOUND_MS);
  }
}

describe('report file readers under damaged files', () => {
  it.each(['clean-2024.docx', 'clean-2024.txt', 'clean-2024.gbk.txt'])(
    `reads or refuses mutated copies of %s (seed ${SEED})`,
    { timeout: 90_000 },
    async (name) => {
      const random = seededRandom(SEED + name.length);
      const original = readFileSync(join(FIXTURES, name));
      const dir = tempDir();
      const outcomes = { text: 0, refused: 0 };
      for (let i = 0; i < 80; i++) {
        const path = join(dir, `${i}${name.slice(name.indexOf('.'))}`);
        writeFileSync(path, mutate(random, original));
        outcomes[await readsCleanly(path, `seed ${SEED}, ${name} mutation ${i}`)]++;
      }
      expect(outcomes.text + outcomes.refused).toBe(80);
    },
  );
});
