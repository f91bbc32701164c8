import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../../electron/ipc/create-router';
import type { Handlers } from '../../../electron/ipc/handlers';
import { CHANNELS } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/ipc/result';
import { SIPING_2024, openTestServices, testHandlers } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

/** Real handlers on a real database, each wrapped in a spy so a test can see whether it was reached. */
function spiedRouter() {
  const dataDir = tempDir();
  const opened = openTestServices(dataDir);
  const handlers = testHandlers(opened.services, dataDir);
  const spies = Object.fromEntries(
    CHANNELS.map((channel) => [channel, vi.fn(handlers[channel])]),
  ) as unknown as Handlers;
  const logError = vi.fn();
  return { router: createRouter(spies, { logError }), spies, logError, close: opened.close };
}

describe('router', () => {
  it('creates and lists reports through the contract', async () => {
    const { router, close } = spiedRouter();
    const created = await router.invoke('reports:create', SIPING_2024);
    expect(created).toMatchObject({ ok: true, value: { title: SIPING_2024.title } });
    expect(await router.invoke('reports:list', { deleted: false })).toMatchObject({
      ok: true,
      value: [{ year: 2024 }],
    });
    close();
  });

  it.each([
    ['a missing field', 'reports:create', { organizationName: '某县教育局', year: 2024, addressee: '' }],
    ['a year as text', 'reports:create', { ...SIPING_2024, year: '2024' }],
    ['a year out of range', 'reports:create', { ...SIPING_2024, year: 1850 }],
    ['an empty organization', 'reports:create', { ...SIPING_2024, organizationName: '   ' }],
    ['an id that is not a UUID', 'reports:get', { id: "1' OR 1=1 --" }],
    ['no payload at all', 'reports:rename', undefined],
    ['a string instead of an object', 'reports:list', 'everything'],
  ])('rejects %s with a typed error before any service runs', async (_case, channel, payload) => {
    const { router, spies, close } = spiedRouter();
    const result = await router.invoke(channel, payload);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/^提交的内容不符合要求/) },
    });
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
    close();
  });

  it('says in Chinese which field is wrong', async () => {
    const { router, close } = spiedRouter();
    const result = await router.invoke('reports:create', { ...SIPING_2024, organizationName: '' });
    expect(result.ok === false && result.error.message).toContain('请填写单位名称');
    close();
  });

  it('says in Chinese what zod found when a schema has no message of its own', async () => {
    const { router, close } = spiedRouter();
    const result = await router.invoke('reports:list', { deleted: 'yes' });
    expect(result.ok === false && result.error.message).toContain('应为是或否');
    expect(result.ok === false && result.error.message).not.toMatch(/Invalid|expected|received|boolean|string/i);
    close();
  });

  it('answers a forged or deeply nested channel or payload as malformed, without throwing', async () => {
    const { router, close } = spiedRouter();
    const deepArray = JSON.parse('['.repeat(200_000) + ']'.repeat(200_000)) as unknown;
    for (const channel of [{ toString: 'x' }, deepArray, null]) {
      expect(await router.request(channel, {})).toMatchObject({ malformed: true, result: { ok: false } });
    }
    const deepInput = await router.request('reports:get', deepArray);
    expect(deepInput).toMatchObject({ malformed: true, result: { ok: false, error: { code: 'invalid-input' } } });
    expect(await router.request('reports:list', { deleted: false })).toMatchObject({ malformed: false });
    close();
  });

  it('rejects a channel outside the contract', async () => {
    const { router, close } = spiedRouter();
    expect(await router.invoke('fs:readFile', '/etc/passwd')).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(await router.invoke('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    close();
  });

  it('turns a bug in a handler into an internal error the clerk can read, and logs it', async () => {
    const handlers = {
      'reports:list': () => {
        throw new Error('disk I/O error');
      },
    } as unknown as Handlers;
    const logError = vi.fn();
    const result = await createRouter(handlers, { logError }).invoke('reports:list', { deleted: false });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('已保存的内容不受影响') },
    });
    expect(logError).toHaveBeenCalledOnce();
  });

  it('refuses to send out a value that breaks the contract', async () => {
    const handlers = { 'app:info': () => ok({ version: 1 }) } as unknown as Handlers;
    const logError = vi.fn();
    const result = await createRouter(handlers, { logError }).invoke('app:info', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logError).toHaveBeenCalledOnce();
  });
});
