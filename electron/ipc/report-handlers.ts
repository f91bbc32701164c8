import { ok } from '../../shared/ipc/result';
import type { Services } from '../services/open-services';
import type { Handlers } from './handlers';

export function reportHandlers({ reports, carryover }: Services) {
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
