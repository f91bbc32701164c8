import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../electron/ipc/handlers';
import { mergeHandlers } from '../../../electron/ipc/merge-handlers';
import { CHANNELS } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/ipc/result';

/** A stand-in answer for every channel: what the handlers do does not matter here, only who answers. */
const everyChannel = Object.fromEntries(CHANNELS.map((channel) => [channel, () => ok(null)])) as unknown as Handlers;

describe('mergeHandlers', () => {
  it('merges modules that answer each channel once', () => {
    const { 'app:info': info, ...rest } = everyChannel;
    const merged = mergeHandlers({ 'app:info': info }, rest);
    expect(Object.keys(merged).sort()).toEqual([...CHANNELS].sort());
    expect(merged['app:info']).toBe(info);
  });

  it('throws when two modules answer the same channel, instead of one silently replacing the other', () => {
    const { 'reports:list': list, ...rest } = everyChannel;
    expect(() => mergeHandlers(rest, { 'reports:list': list }, { 'reports:list': () => ok([]) })).toThrow(
      'two handler modules answer the channel reports:list',
    );
  });

  it('throws when no module answers a contract channel', () => {
    const { 'dashboard:get': _dashboard, 'parts:save': _save, ...rest } = everyChannel;
    expect(() => mergeHandlers(rest)).toThrow('no handler module answers the channels parts:save, dashboard:get');
  });
});
