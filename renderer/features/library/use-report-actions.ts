import { useState } from 'react';
import { call, errorMessage } from '../../api';
import { navigate } from '../../app/use-hash-route';
import type { ReportActions } from './ReportRow';

export interface Notice {
  text: string;
  kind: 'info' | 'error';
  undo?: () => void;
}

/** The list's actions, each followed by a reload and a notice (with 撤销 where it can be undone). */
export function useReportActions(reload: () => Promise<void>) {
  const [notice, setNotice] = useState<Notice>();

  async function run(action: () => Promise<unknown>, success: Omit<Notice, 'kind'>): Promise<boolean> {
    try {
      await action();
      setNotice({ ...success, kind: 'info' });
      return true;
    } catch (error) {
      setNotice({ text: errorMessage(error), kind: 'error' });
      return false;
    } finally {
      await reload();
    }
  }

  const actions: ReportActions = {
    rename: (report, title) =>
      run(() => call('reports:rename', { id: report.id, title }), { text: `已重命名为《${title}》` }),
    duplicate: (report) =>
      void run(() => call('reports:duplicate', { id: report.id }), { text: `已复制《${report.title}》，副本在列表中` }),
    // Opened at once: the clerk goes on to update the copied text.
    createNextYear: (report) =>
      void call('reports:create-from-previous', { id: report.id }).then(
        (created) => navigate({ name: 'report', id: created.id }),
        (error: unknown) => setNotice({ text: errorMessage(error), kind: 'error' }),
      ),
    trash: (report, confirmed) =>
      void run(() => call('reports:delete', { id: report.id, ...(confirmed && { confirmed }) }), {
        text: `已将《${report.title}》移到回收站`,
        undo: () => actions.restore(report),
      }),
    restore: (report) =>
      void run(() => call('reports:restore', { id: report.id }), { text: `已恢复《${report.title}》` }),
    purge: (report) =>
      void run(() => call('reports:purge', { id: report.id }), { text: `已永久删除《${report.title}》` }),
    // Cancelling the save dialog is no news, so only a written file gets a notice.
    exportPackage: (report) =>
      void call('packages:export', { id: report.id }).then(
        (saved) =>
          saved &&
          setNotice({
            kind: 'info',
            text: `已将《${report.title}》导出为报告包“${saved.file}”。在另一台电脑上用“导入报告包…”打开。`,
          }),
        (error: unknown) => setNotice({ text: errorMessage(error), kind: 'error' }),
      ),
  };

  // One notice at a time on the library: a new one (from the 数据 row too) replaces the last.
  return { actions, notice, showNotice: setNotice, dismissNotice: () => setNotice(undefined) };
}
