import type { RecoveryState } from '../../shared/backup/recovery-state';
import type { DataFolderState } from './data-folder';

/** The folder's state as the window may see it: no services, no paths of backups. */
export function recoveryStateOf(state: DataFolderState, dataDir: string): RecoveryState {
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
