import { ok } from '../../shared/ipc/result';
import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './handlers';

export function reportHandlers({ services: { reports, carryover } }: HandlerDeps) {
  return {
    'reports:list': ({ deleted }) => ok(reports.list(deleted)),
    'reports:get': ({ id }) => reports.get(id),
    'reports:create': (input) => ok(reports.create(input)),
    'reports:rename': ({ id, title }) => reports.rename(id, title),
    'reports:duplicate': ({ id }) => reports.duplicate(id),
    'reports:create-from-previous': ({ id }) => carryover.createFromPrevious(id),
    'reports:delete': ({ id, confirmed }) => reports.trash(id, { confirmed }),
    'reports:purge': ({ id }) => reports.purge(id),
    'reports:restore': ({ id }) => reports.restore(id),
  } satisfies Partial<Handlers>;
}
