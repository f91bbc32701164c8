import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/api';
import { createEarlyAnswers } from '../../../renderer/app/create-early-answers';

/** A stand-in for api.ts's call that counts the requests and answers each with its number. */
function countingCall(fails = false) {
  let count = 0;
  const call = async () => {
    count += 1;
    if (fails) throw new ApiError('internal', '数据库无法打开');
    return count as never;
  };
  return { call, sent: () => count };
}

describe('createEarlyAnswers', () => {
  it('hands the early answer to the first taker only; the next one asks again', async () => {
    const { call, sent } = countingCall();
    const early = createEarlyAnswers(call);
    early.ask('app:info', undefined);
    expect(sent()).toBe(1);
    expect(await early.take('app:info', undefined)).toBe(1);
    expect(await early.take('app:info', undefined)).toBe(2);
  });

  it('matches the request by its input: the trash list is not the library list', async () => {
    const { call, sent } = countingCall();
    const early = createEarlyAnswers(call);
    early.ask('reports:list', { deleted: false });
    expect(await early.take('reports:list', { deleted: true })).toBe(2);
    expect(await early.take('reports:list', { deleted: false })).toBe(1);
    expect(sent()).toBe(2);
  });

  it('passes an early failure to whoever takes it, after it has waited unhandled', async () => {
    const early = createEarlyAnswers(countingCall(true).call);
    early.ask('recovery:state', undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(early.take('recovery:state', undefined)).rejects.toThrow('数据库无法打开');
  });

  it('forgets answers no screen took', async () => {
    const { call, sent } = countingCall();
    const early = createEarlyAnswers(call);
    early.ask('reports:list', { deleted: false });
    early.forget();
    expect(await early.take('reports:list', { deleted: false })).toBe(2);
    expect(sent()).toBe(2);
  });
});
