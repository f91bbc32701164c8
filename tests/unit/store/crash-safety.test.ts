import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/services/open-services';
import { seededRandom, testSeed } from '../../helpers/seeded-random';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const root = join(import.meta.dirname, '..', '..', '..');
// Bundled once to plain JavaScript: starting tsx for each of hundreds of children would cost more
// than the test itself. It sits under node_modules so better-sqlite3 resolves from there.
const writer = join(root, 'node_modules', '.cache', 'crash-test', 'autosave-writer.mjs');
const KILLS = Number(process.env.CRASH_KILLS) || 200;
const SEED = testSeed(20250110);

interface Ack {
  key: string;
  seq: number;
}

/** Runs one writer and SIGKILLs it at a random moment; resolves with the saves it acknowledged. */
function runAndKill(dataDir: string, firstSeq: number, delayMs: number, beforeReady: boolean): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [writer, dataDir, String(firstSeq), String(Date.UTC(2025, 0, 10) + firstSeq * 120_000)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    const kill = () => setTimeout(() => child.kill('SIGKILL'), delayMs);
    if (beforeReady) kill();
    child.stdout.on('data', (chunk: Buffer) => {
      if (!beforeReady && !stdout) kill();
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (${signal}): ${stderr}`));
      // A line cut off by the kill is not an acknowledgement: only whole lines count.
      const acks = [...stdout.matchAll(/^ack (\w+) (\d+)$/gm)].map((match) => ({
        key: match[1]!,
        seq: Number(match[2]),
      }));
      resolve(acks);
    });
  });
}

const storedSeq = (plainText: string) => Number(/第(\d+)次自动保存/.exec(plainText)?.[1] ?? -1);

describe('crash safety', () => {
  beforeAll(async () => {
    mkdirSync(join(writer, '..'), { recursive: true });
    await build({
      entryPoints: [join(root, 'tests', 'helpers', 'autosave-writer.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: writer,
      logLevel: 'warning',
    });
  });

  it(
    `keeps every acknowledged autosave through ${KILLS} SIGKILLs, with an intact database`,
    { timeout: 600_000 },
    async () => {
      const random = seededRandom(SEED);
      const dataDir = tempDir();
      const totals = { kills: 0, reopenings: 0, savesChecked: 0, lost: 0 };
      const lastAcked = new Map<string, number>();
      let nextSeq = 0;
      const failures: string[] = [];

      for (let round = 0; round < KILLS; round++) {
        // Most kills land in the middle of saving; some during start-up, opening and migrating.
        const beforeReady = random.chance(0.15);
        const acks = await runAndKill(
          dataDir,
          nextSeq,
          beforeReady ? random.int(0, 250) : random.int(0, 40),
          beforeReady,
        );
        totals.kills++;
        for (const ack of acks) lastAcked.set(ack.key, Math.max(lastAcked.get(ack.key) ?? -1, ack.seq));

        const opened = openServices({ dataDir, version: 'crash-test' });
        totals.reopenings++;
        const integrity = opened.db.pragma('integrity_check', { simple: true });
        if (integrity !== 'ok') failures.push(`round ${round}: integrity_check ${String(integrity)}`);
        const [summary] = opened.services.reports.list();
        const report = summary && opened.services.reports.get(summary.id);
        const parts = new Map(report?.ok ? report.value.parts.map((part) => [part.key, part]) : []);
        for (const ack of acks) {
          totals.savesChecked++;
          const part = parts.get(ack.key as never);
          // A later save of the same part replaces it, so "present" means this save or a newer one.
          if (!part || storedSeq(part.plainText) < ack.seq) {
            totals.lost++;
            failures.push(`round ${round}: acknowledged save ${ack.seq} of ${ack.key} missing`);
          }
        }
        for (const [key, seq] of lastAcked) {
          const part = parts.get(key as never);
          if (!part || storedSeq(part.plainText) < seq)
            failures.push(`round ${round}: earlier save ${seq} of ${key} missing`);
          // The stored text is derived from the stored JSON in the same transaction: they must agree.
          if (part && !part.contentJson?.includes(`标题${storedSeq(part.plainText)}`))
            failures.push(`round ${round}: ${key} torn`);
        }
        nextSeq = Math.max(nextSeq, ...[...parts.values()].map((part) => storedSeq(part.plainText) + 1));
        opened.close();
      }

      console.log(
        `crash safety (seed ${SEED}): kills ${totals.kills}, reopenings ${totals.reopenings}, ` +
          `saves checked ${totals.savesChecked}, lost ${totals.lost}`,
      );
      expect(failures, `seed ${SEED} (replay with FUZZ_SEED=${SEED})`).toEqual([]);
      expect(totals.kills).toBeGreaterThanOrEqual(Math.min(KILLS, 200));
      expect(totals.savesChecked).toBeGreaterThan(KILLS);
    },
  );
});
