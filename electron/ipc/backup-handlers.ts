import { ok } from '../../shared/ipc/result';
import { fileStamp } from '../store/file-stamp';
import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './handlers';

/** The automatic backups in the data folder, and 备份到…: a checked copy of the whole database where the clerk chooses. */
export function backupHandlers({ services: { backups }, chooseSavePath }: HandlerDeps) {
  return {
    'backups:list': () => ok(backups.list().map(({ name, takenAt, bytes }) => ({ name, takenAt, bytes }))),
    'backups:backup-to': async () => {
      // The date in the suggested name tells copies on a USB stick apart.
      const suggested = `法治年报助手备份-${fileStamp(new Date()).slice(0, 8)}.sqlite3`;
      const file = await chooseSavePath(suggested, { name: '法治年报助手备份', extensions: ['sqlite3'] });
      return file === null ? ok(null) : backups.backupTo(file);
    },
  } satisfies Partial<Handlers>;
}
