import type { Channel, Input, Output } from '../../shared/ipc/contract';

export interface EarlyAnswers {
  /** Sends the request now; its answer waits for the screen that takes it. */
  ask<C extends Channel>(channel: C, input: Input<C>): void;
  /** The early answer to exactly this request if one is waiting (each is handed out once), else a fresh call. */
  take<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  /** Drops answers no screen took: later they would be stale (a list from before the recovery screen, say). */
  forget(): void;
}

type Call = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

/**
 * The first screen's requests, sent from main.tsx before React renders anything. Otherwise the
 * recovery state goes out only after the first render and the library's list only after that
 * answer: on an old PC the page sat idle for two round trips while the services were ready.
 */
export function createEarlyAnswers(call: Call): EarlyAnswers {
  const waiting = new Map<string, Promise<unknown>>();
  const keyOf = (channel: Channel, input: unknown) => `${channel} ${JSON.stringify(input ?? null)}`;
  return {
    ask(channel, input) {
      const answer = call(channel, input);
      // Whoever takes the answer handles its failure; until then it must not count as unhandled.
      answer.catch(() => undefined);
      waiting.set(keyOf(channel, input), answer);
    },
    take<C extends Channel>(channel: C, input: Input<C>) {
      const key = keyOf(channel, input);
      const answer = waiting.get(key) as Promise<Output<C>> | undefined;
      waiting.delete(key);
      return answer ?? call(channel, input);
    },
    forget: () => waiting.clear(),
  };
}
