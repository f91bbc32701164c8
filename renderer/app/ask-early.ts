import type { Channel, Input, Output } from '../../shared/ipc/contract';
import { call } from '../api';

// The first screen's requests, sent from main.tsx before React renders anything. Otherwise the
// recovery state goes out only after the first render and the library's list only after that
// answer: on an old PC the page sat idle for two round trips while the services were ready.
const early = new Map<string, Promise<unknown>>();

const keyOf = (channel: Channel, input: unknown) => `${channel} ${JSON.stringify(input ?? null)}`;

export function askEarly<C extends Channel>(channel: C, input: Input<C>): void {
  const answer = call(channel, input);
  // Whoever takes the answer handles its failure; until then it must not count as unhandled.
  answer.catch(() => undefined);
  early.set(keyOf(channel, input), answer);
}

/** The early answer to exactly this request if one is waiting (each is handed out once), else a fresh call. */
export function callFirst<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const key = keyOf(channel, input);
  const answer = early.get(key) as Promise<Output<C>> | undefined;
  early.delete(key);
  return answer ?? call(channel, input);
}

/** Drops answers no screen took: later they would be stale (a list from before the recovery screen, say). */
export function forgetEarlyAnswers(): void {
  early.clear();
}
