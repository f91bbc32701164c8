import { ok } from '../../shared/ipc/result';
import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './handlers';

export function appHandlers({ services: { info, organizations } }: HandlerDeps) {
  return {
    'app:info': () => ok(info),
    'organizations:list': () => ok(organizations.list()),
  } satisfies Partial<Handlers>;
}
