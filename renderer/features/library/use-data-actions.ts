import { useState } from 'react';
import { DATABASE_FILE_MAX_BYTES } from '../../../shared/backup/database-file-limits';
import type { PackageImportOutcome } from '../../../shared/report/report-package';
import { REPORT_PACKAGE_MAX_BYTES, REPORT_PACKAGE_REVISIONS_KEPT } from '../../../shared/report/report-package-limits';
import { call, errorMessage } from '../../api';
import { formatBytes } from '../../app/format-bytes';
import { readFileUpload } from '../../app/read-file-upload';

export type ImportQuestion = Extract<PackageImportOutcome, { status: 'exists' }>;

export interface DataMessage {
  text: string;
  kind: 'info' | 'error';
}

/**
 * The message 从备份恢复 left for the page it reloaded into, taken once. It rides on the history
 * entry, which a reload keeps: reading that is free, where sessionStorage's first read cost the
 * library ~15 ms of its start-up.
 */
export function takeRestoredMessage(): DataMessage | undefined {
  const state: unknown = window.history.state;
  const text = typeof state === 'object' && state !== null && 'restored' in state ? state.restored : undefined;
  if (typeof text !== 'string') return undefined;
  window.history.replaceState(null, '');
  return { text, kind: 'info' };
}

/**
 * 备份到…, 从备份恢复… and 导入报告包…, each ending in a message (shown by the library, in place of
 * whatever notice was there), a question, or a reload.
 */
export function useDataActions(onChanged: () => Promise<void>, setMessage: (message: DataMessage | undefined) => void) {
  const [question, setQuestion] = useState<ImportQuestion>();
  const [busy, setBusy] = useState(false);
  // What the app is doing while the clerk waits, e.g. reading a package with a long history.
  const [working, setWorking] = useState<string>();

  async function run(action: () => Promise<string | null>, doing?: string) {
    setBusy(true);
    setWorking(doing);
    setMessage(undefined);
    try {
      const text = await action();
      if (text) setMessage({ text, kind: 'info' });
    } catch (error) {
      setMessage({ text: errorMessage(error), kind: 'error' });
    } finally {
      setBusy(false);
      setWorking(undefined);
    }
  }

  const imported = async (outcome: PackageImportOutcome) => {
    if (outcome.status === 'exists') {
      setQuestion(outcome);
      return null;
    }
    await onChanged();
    const leftOut = outcome.revisionsLeftOut
      ? `报告包中的历史版本较多，只导入了最近的 ${REPORT_PACKAGE_REVISIONS_KEPT} 个，较早的 ${outcome.revisionsLeftOut} 个没有导入（对方电脑上仍有）。`
      : '';
    return outcome.replaced
      ? `已用报告包覆盖《${outcome.report.title}》。覆盖前的内容保存在这份报告的“历史版本”中，可以恢复。${leftOut}`
      : `已导入《${outcome.report.title}》，在下面的列表中。${leftOut}`;
  };

  return {
    question,
    busy,
    working,
    dismiss: () => (setMessage(undefined), setQuestion(undefined)),

    backupTo: () =>
      run(async () => {
        const saved = await call('backups:backup-to', undefined);
        return (
          saved &&
          `已备份到“${saved.file}”（${formatBytes(saved.bytes)}）。请把它另存到 U 盘或另一台电脑，需要时用“从备份恢复…”恢复。`
        );
      }),

    // Everything on screen belongs to the database that was replaced, so the window starts afresh.
    restoreFrom: (file: File) =>
      run(async () => {
        const state = await call(
          'backups:restore-from',
          await readFileUpload(file, DATABASE_FILE_MAX_BYTES, '法治年报助手的备份'),
        );
        // Any other state is the recovery screen's to explain after the reload.
        const restored =
          state.status === 'ready'
            ? `已从备份“${file.name}”恢复，下面是备份中的报告。恢复前的数据另存在数据目录中（fazhi-nianbao.sqlite3.before-restore-日期时间），没有删除。`
            : undefined;
        window.history.replaceState(restored ? { restored } : null, '', '#/');
        window.location.reload();
        return null;
      }),

    importPackage: (file: File) =>
      run(
        async () =>
          imported(await call('packages:import', await readFileUpload(file, REPORT_PACKAGE_MAX_BYTES, '一份报告包'))),
        `正在读取和检查报告包“${file.name}”（历史版本多时需要几秒钟）…`,
      ),

    replace: (pendingId: string) =>
      run(async () => {
        setQuestion(undefined);
        return imported(await call('packages:import-replace', { pendingId }));
      }, '正在用报告包覆盖本机的报告…'),
  };
}
