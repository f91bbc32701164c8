import { CHANNELS, type Channel } from '../../shared/ipc/contract';
import type { Handlers } from './handlers';

/** The handler maps as one map's type: every channel any of them answers. */
type Merged<T extends readonly object[]> = T extends readonly [infer First, ...infer Rest extends readonly object[]]
  ? First & Merged<Rest>
  : unknown;

/**
 * The handler modules' maps as one. Two modules answering the same channel, or none answering a
 * contract channel, is a bug of the build: it throws when the handlers are built at start-up,
 * instead of one handler silently replacing the other.
 */
export function mergeHandlers<T extends readonly Partial<Handlers>[]>(...maps: T): Merged<T> {
  const merged: Partial<Record<Channel, unknown>> = {};
  for (const map of maps) {
    for (const channel of Object.keys(map) as Channel[]) {
      if (Object.hasOwn(merged, channel)) throw new Error(`two handler modules answer the channel ${channel}`);
      merged[channel] = map[channel];
    }
  }
  const missing = CHANNELS.filter((channel) => !Object.hasOwn(merged, channel));
  if (missing.length > 0) throw new Error(`no handler module answers the channels ${missing.join(', ')}`);
  return merged as Merged<T>;
}
