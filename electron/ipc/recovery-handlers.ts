import { ok } from '../../shared/ipc/result';
import type { FolderDeps } from './handler-deps';
import type { Handlers } from './handlers';

/**
 * The channels that work whatever state the data folder is in: what state that is, recovery from
 * one of the offered backups, and 从备份恢复… from a file the clerk picked (sent as bytes).
 */
export function recoveryHandlers({ folder }: FolderDeps) {
  return {
    'recovery:state': () => ok(folder.recoveryState()),
    'recovery:recover': ({ name }) => folder.recoverFromBackup(name),
    'backups:restore-from': ({ bytesBase64 }) => folder.restoreFromBytes(Buffer.from(bytesBase64, 'base64')),
  } satisfies Partial<Handlers>;
}
