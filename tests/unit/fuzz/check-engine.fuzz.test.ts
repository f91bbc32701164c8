import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks/run-checks';
import { readReportText } from '../../../shared/reading/read-report-text';
import { randomText } from '../../helpers/random-values';
import { seededRandom, testSeed } from '../../helpers/seeded-random';

const SEED = testSeed(7);
/** Longer than any real report by far; each document must be checked well within this. */
const BOUND_MS = 3_000;

const LEVELS = [
  (n: number) => `（${'一二三四五六七八九十'[n % 10]}）`,
  (n: number) => `${n + 1}.`,
  (n: number) => `（${n + 1}）`,
  (n: number) => `${'一二三四五'[n % 5]}是`,
];

/** Headings nested as deep as the random walk goes, skipping and repeating levels. */
function nestedHeadings(random: ReturnType<typeof seededRandom>, lines: number): string {
  const out: string[] = ['一、2024年度推进法治政府建设的主要举措和成效'];
  let level = 0;
  for (let i = 0; i < lines; i++) {
    level = Math.max(0, Math.min(LEVELS.length * 3, level + random.int(-2, 2)));
    out.push(
      `${'　'.repeat(level)}${LEVELS[level % LEVELS.length]!(random.int(0, 30))}加强组织领导${randomText(random, 20)}`,
    );
  }
  return out.join('\n');
}

function timedCheck(text: string, label: string): void {
  const started = performance.now();
  const result = runChecks(readReportText(text, 2024));
  const elapsed = performance.now() - started;
  expect(elapsed, `seed ${SEED}: ${label} took ${Math.round(elapsed)} ms`).toBeLessThan(BOUND_MS);
  for (const finding of result.findings) expect(finding.message, `seed ${SEED}: ${label}`).toMatch(/\S/);
}

describe('check engine under hostile text', () => {
  it(`finishes on random Unicode documents (seed ${SEED})`, { timeout: 60_000 }, () => {
    const random = seededRandom(SEED);
    for (let i = 0; i < 60; i++) timedCheck(randomText(random, 4000), `random document ${i}`);
  });

  it('finishes on very long lines', { timeout: 60_000 }, () => {
    const random = seededRandom(SEED + 1);
    timedCheck('一、主要举措\n' + '全年组织干部学习法律法规，'.repeat(40_000), 'one 480,000-character line');
    timedCheck('（一）'.repeat(50_000), 'a line of 50,000 heading numbers');
    timedCheck(`${'“'.repeat(30_000)}${'，'.repeat(30_000)}2023年`, 'unbalanced quotes');
    timedCheck(randomText(random, 200_000).replace(/\n/g, ''), 'a random 200,000-character line');
  });

  it(`finishes on deeply nested and skipping numbered headings (seed ${SEED})`, { timeout: 60_000 }, () => {
    const random = seededRandom(SEED + 2);
    for (let i = 0; i < 10; i++) timedCheck(nestedHeadings(random, 3_000), `nested headings ${i}`);
    timedCheck(Array.from({ length: 20_000 }, (_, n) => `${n + 1}.`).join('\n'), '20,000 bare numbers');
  });
});
