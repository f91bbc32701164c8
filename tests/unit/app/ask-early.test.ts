import { afterEach, describe, expect, it } from 'vitest';
import { askEarly, callFirst, forgetEarlyAnswers } from '../../../renderer/app/ask-early';
import { fail, ok, type Result } from '../../../shared/ipc/result';

const globals = globalThis as unknown as Record<string, unknown>;

/** A bridge that counts the requests it carries and answers each with its number. */
function countingBridge(answer: (count: number) => Result<number> = ok) {
  let count = 0;
  globals.window = { api: { invoke: async () => answer(++count) } };
  return () => count;
}

afterEach(() => {
  forgetEarlyAnswers();
  delete globals.window;
});

describe('askEarly and callFirst', () => {
  it('hands the early answer to the first caller only; the next one asks again', async () => {
    const sent = countingBridge();
    askEarly('app:info', undefined);
    expect(sent()).toBe(1);
    expect(await callFirst('app:info', undefined)).toBe(1);
    expect(await callFirst('app:info', undefined)).toBe(2);
  });

  it('matches the request by its input: the trash list is not the library list', async () => {
    const sent = countingBridge();
    askEarly('reports:list', { deleted: false });
    expect(await callFirst('reports:list', { deleted: true })).toBe(2);
    expect(await callFirst('reports:list', { deleted: false })).toBe(1);
    expect(sent()).toBe(2);
  });

  it('passes an early failure to whoever takes it, and nothing to an unhandled-rejection handler before', async () => {
    countingBridge(() => fail('internal', '数据库无法打开'));
    askEarly('recovery:state', undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(callFirst('recovery:state', undefined)).rejects.toThrow('数据库无法打开');
  });

  it('forgets answers no screen took', async () => {
    const sent = countingBridge();
    askEarly('reports:list', { deleted: false });
    forgetEarlyAnswers();
    expect(await callFirst('reports:list', { deleted: false })).toBe(2);
    expect(sent()).toBe(2);
  });
});
