import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecoveryState } from '../../shared/backup/recovery-state';
import { fail, ok, type Result } from '../../shared/ipc/result';
import type { DataFolderState } from '../services/data-folder';
import type { FolderDeps } from './handler-deps';
import type { Handlers } from './handlers';

/** The folder's state as the window may see it: no services, no paths of backups. */
function recoveryStateOf(state: DataFolderState, dataDir: string): RecoveryState {
  switch (state.status) {
    case 'ready':
      return { status: 'ready' };
    case 'damaged':
      return {
        status: 'damaged',
        reason: state.reason,
        dataDir,
        databaseFile: state.databaseFile,
        backups: state.backups.map(({ name, takenAt, bytes, usable }) => ({ name, takenAt, bytes, usable })),
      };
    case 'refused':
      return { status: 'refused', reason: state.reason };
    case 'locked':
      return { status: 'locked', reason: state.reason };
    case 'closed':
      return {
        status: 'refused',
        reason: '数据库已经关闭（程序正在退出，或上一次恢复没有完成）。请关闭并重新打开法治年报助手。',
      };
  }
}

/**
 * The channels that work whatever state the data folder is in: what state that is, recovery from
 * one of the offered backups, and 从备份恢复… from a file the clerk picked (sent as bytes).
 */
export function recoveryHandlers({ folder }: FolderDeps) {
  const answer = (result: Result<DataFolderState>): Result<RecoveryState> =>
    result.ok ? ok(recoveryStateOf(result.value, folder.dataDir)) : result;

  return {
    // Asked again by 重试: a folder another program held is tried once more.
    'recovery:state': () => ok(recoveryStateOf(folder.retry(), folder.dataDir)),

    // Only a backup the folder itself offered can be named, so a page cannot point at any file.
    'recovery:recover': ({ name }) => {
      const state = folder.state();
      if (state.status === 'locked') return fail('refused', state.reason);
      if (state.status !== 'damaged')
        return fail('invalid-input', '数据库没有损坏，不需要恢复。请关闭此页面，重新打开法治年报助手。');
      const backup = state.backups.find((offered) => offered.name === name);
      if (!backup) return fail('not-found', `找不到备份“${name}”。请从列表中重新选择一份备份。`);
      if (!backup.usable)
        return fail('invalid-input', `备份“${name}”本身也已损坏，不能用来恢复。请选择另一份标为“可用”的备份。`);
      return answer(folder.recover(backup.file));
    },

    // The bytes go to a file beside the database (same disk, so the copy in is cheap), which is
    // checked before anything is replaced and removed afterwards either way.
    'backups:restore-from': ({ bytesBase64 }) => {
      const state = folder.state();
      if (state.status === 'refused') return fail('forbidden', state.reason);
      if (state.status === 'locked') return fail('refused', state.reason);
      const incoming = join(folder.dataDir, `.restore-${randomBytes(6).toString('hex')}.sqlite3.tmp`);
      try {
        writeFileSync(incoming, Buffer.from(bytesBase64, 'base64'), { flush: true });
        return answer(folder.restoreFrom(incoming));
      } finally {
        rmSync(incoming, { force: true });
      }
    },
  } satisfies Partial<Handlers>;
}
