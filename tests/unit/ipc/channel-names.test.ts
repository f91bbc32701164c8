import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, isChannelName } from '../../../shared/ipc/channel-names';
import { contract } from '../../../shared/ipc/contract';

describe('the preload’s plain list of channel names', () => {
  it('names exactly the contract’s channels', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });

  it('lets no other name through', () => {
    expect(isChannelName('reports:list')).toBe(true);
    for (const name of ['reports:drop', 'toString', '__proto__', 42, undefined])
      expect(isChannelName(name)).toBe(false);
  });
});
