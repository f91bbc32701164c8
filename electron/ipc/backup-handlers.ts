import { ok } from '../../shared/ipc/result';
import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './handlers';

/** The automatic backups in the data folder, and 备份到…: a checked copy of the whole database where the clerk chooses. */
export function backupHandlers({ services: { backups }, chooseSavePath }: HandlerDeps) {
  return {
    'backups:list': () => ok(backups.list()),
    'backups:backup-to': () => backups.saveAs(chooseSavePath),
  } satisfies Partial<Handlers>;
}
