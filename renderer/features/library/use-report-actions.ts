import { useState } from 'react';
import type { ReportSummary } from '../../../shared/report/report';
import { call, errorMessage } from '../../api';
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
    rename: (report, title) => run(() => call('reports:rename', { id: report.id, title }), { text: `已重命名为《${title}》` }),
    duplicate: (report) =>
      void run(() => call('reports:duplicate', { id: report.id }), { text: `已复制《${report.title}》，副本在列表中` }),
    trash: (report) =>
      void run(() => call('reports:delete', { id: report.id }), {
        text: `已将《${report.title}》移到回收站`,
        undo: () => actions.restore(report),
      }),
    restore: (report) => void run(() => call('reports:restore', { id: report.id }), { text: `已恢复《${report.title}》` }),
  };

  return { actions, notice, dismissNotice: () => setNotice(undefined) };
}
