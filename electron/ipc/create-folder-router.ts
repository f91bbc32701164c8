import { CHANNELS } from '../../shared/ipc/contract';
import { fail } from '../../shared/ipc/result';
import type { DataFolderState } from '../services/data-folder';
import { createHandlers } from './create-handlers';
import { createRouter, type Router, type RouterOptions } from './create-router';
import type { FolderDeps } from './handler-deps';
import type { Handlers } from './handlers';
import { mergeHandlers } from './merge-handlers';
import { recoveryHandlers } from './recovery-handlers';

/**
 * The handlers for a folder without a usable database: the recovery channels work, every other
 * channel answers the same Chinese failure.
 */
function recoveryOnlyHandlers(state: Exclude<DataFolderState, { status: 'ready' }>, deps: FolderDeps): Handlers {
  const message =
    state.status === 'damaged'
      ? '数据库无法读取，这个操作没有进行。请先在“数据需要恢复”页面中从备份恢复。'
      : state.status === 'refused' || state.status === 'locked'
        ? state.reason
        : '数据库已经关闭，这个操作没有进行。请关闭并重新打开法治年报助手。';
  const unavailable = () => fail('forbidden', message);
  const recovery = recoveryHandlers(deps);
  const others = CHANNELS.filter((channel) => !Object.hasOwn(recovery, channel));
  const refusals = Object.fromEntries(others.map((channel) => [channel, unavailable])) as unknown as Omit<
    Handlers,
    keyof typeof recovery
  >;
  return mergeHandlers(refusals, recovery) satisfies Handlers;
}

/**
 * The router the window talks to, registered once. Its handlers are rebuilt whenever the data
 * folder's state changes (opened, recovered from a backup, restored from a file), so requests
 * always reach the services on the database that is open now. While the database is damaged or
 * the folder refused, only the recovery channels work.
 */
export function createFolderRouter(deps: FolderDeps, options?: RouterOptions): Router {
  let builtFor: DataFolderState | undefined;
  let current: Router | undefined;

  function routerNow(): Router {
    const state = deps.folder.state();
    if (state !== builtFor || !current) {
      builtFor = state;
      const handlers =
        state.status === 'ready' ? createHandlers(state.services, deps) : recoveryOnlyHandlers(state, deps);
      current = createRouter(handlers, options);
    }
    return current;
  }

  // Built now, so a handler bug caught by mergeHandlers (two modules answering one channel) stops
  // the start instead of the clerk's first request.
  routerNow();
  return {
    request: (channel, input) => routerNow().request(channel, input),
    invoke: (channel, input) => routerNow().invoke(channel, input),
  };
}
