import { ok } from '../../shared/ipc/result';
import type { Services } from '../services/open-services';
import type { Handlers } from './handlers';

export function appHandlers({ info, organizations }: Services) {
  return {
    'app:info': () => ok(info),
    'organizations:list': () => ok(organizations.list()),
  } satisfies Partial<Handlers>;
}
