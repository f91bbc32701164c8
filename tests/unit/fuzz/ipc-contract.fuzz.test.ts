import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/ipc/create-router';
import { CHANNELS } from '../../../shared/ipc/contract';
import { ErrorCode } from '../../../shared/ipc/result';
import { mutateValue, randomValue } from '../../helpers/random-values';
import { seededRandom, testSeed } from '../../helpers/seeded-random';
import { SIPING_2024, openTestServices, testHandlers } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const SEED = testSeed(4242);
const PER_CHANNEL = 150;
const TIME_BOUND_MS = 20_000;

describe('IPC contract under random payloads', () => {
  it(`answers every channel with a typed result, never a crash (seed ${SEED})`, { timeout: 60_000 }, async () => {
    const random = seededRandom(SEED);
    const dataDir = tempDir();
    const { services, close } = openTestServices(dataDir);
    const report = services.reports.create(SIPING_2024);
    const bugs: unknown[] = [];
    const router = createRouter(testHandlers(services, dataDir), { logError: (error) => bugs.push(error) });
    // Payloads near the valid ones reach deeper than noise: the real report id, real shapes.
    const near = [
      { id: report.id },
      { reportId: report.id },
      { deleted: false },
      SIPING_2024,
      { reportId: report.id, key: 'measures', contentJson: '{}' },
    ];
    const started = Date.now();
    let requests = 0;
    for (const channel of CHANNELS) {
      for (let i = 0; i < PER_CHANNEL && Date.now() - started < TIME_BOUND_MS; i++) {
        const payload = random.chance(0.5) ? randomValue(random) : mutateValue(random, random.pick(near));
        let result: unknown;
        try {
          result = await router.invoke(random.chance(0.02) ? randomValue(random, 1) : channel, payload);
        } catch (error) {
          throw new Error(`seed ${SEED}: ${channel} threw on ${String(JSON.stringify(payload))}: ${String(error)}`, {
            cause: error,
          });
        }
        requests++;
        const typed = result as { ok: boolean; error?: { code: string; message: string } };
        expect(typeof typed.ok, `seed ${SEED} ${channel}`).toBe('boolean');
        if (!typed.ok) {
          expect(ErrorCode.options, `seed ${SEED} ${channel}`).toContain(typed.error!.code);
          expect(typed.error!.message, `seed ${SEED} ${channel}`).toMatch(/[\u4e00-\u9fff]/);
        }
        // Plain JSON only may cross the boundary.
        expect(JSON.parse(JSON.stringify(result)), `seed ${SEED} ${channel}`).toEqual(result);
      }
    }
    close();
    expect(bugs, `seed ${SEED}: internal errors`).toEqual([]);
    expect(requests).toBeGreaterThan(CHANNELS.length * 10);
  });
});
