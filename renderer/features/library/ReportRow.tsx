import { useState } from 'react';
import type { ReportSummary } from '../../../shared/report/report';
import type { Deadlines } from '../../../shared/status/deadlines-for';
import { REPORT_STATUS_LABELS } from '../../../shared/status/report-status-labels';
import { deleteConfirmationText, deleteNeedsConfirmation } from '../../../shared/status/delete-confirmation';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { formatDateTime } from '../../app/format-date-time';
import { navigate } from '../../app/use-hash-route';
import { DeadlineBadges } from '../status/DeadlineBadges';

export interface ReportActions {
  rename: (report: ReportSummary, title: string) => Promise<boolean>;
  duplicate: (report: ReportSummary) => void;
  /** 基于此报告新建下一年度, then open the new report. */
  createNextYear: (report: ReportSummary) => void;
  /** To 回收站; `confirmed` once the clerk answered the question a sent report needs. */
  trash: (report: ReportSummary, confirmed?: boolean) => void;
  restore: (report: ReportSummary) => void;
  /** 永久删除 from 回收站, after the clerk confirmed. */
  purge: (report: ReportSummary) => void;
  exportPackage: (report: ReportSummary) => void;
}

interface Props {
  report: ReportSummary;
  inTrash: boolean;
  actions: ReportActions;
  /** Days left to 报送 / 公开; not shown in the trash. */
  deadlines?: Deadlines;
}

export function ReportRow({ report, inTrash, actions, deadlines }: Props) {
  const [draftTitle, setDraftTitle] = useState<string>();
  const [titleError, setTitleError] = useState<string>();
  const [asking, setAsking] = useState<'trash' | 'purge'>();

  function cancelRename() {
    setDraftTitle(undefined);
    setTitleError(undefined);
  }

  async function saveTitle() {
    // The title's rule comes with the report schemas (zod), loaded on first use: the list does not need them.
    const { ReportTitle } = await import('../../../shared/report/report');
    const parsed = ReportTitle.safeParse(draftTitle);
    if (!parsed.success) return setTitleError(parsed.error.issues[0]?.message);
    if (await actions.rename(report, parsed.data)) cancelRename();
  }

  return (
    <tr data-report-id={report.id}>
      <td className="title-cell">
        {draftTitle === undefined ? (
          <span className="report-title">{report.title}</span>
        ) : (
          <span className="rename">
            <input
              aria-label="新标题"
              value={draftTitle}
              autoFocus
              onChange={(event) => setDraftTitle(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') void saveTitle();
                if (event.key === 'Escape') cancelRename();
              }}
            />
            <button type="button" className="primary" onClick={() => void saveTitle()}>
              保存
            </button>
            <button type="button" onClick={cancelRename}>
              取消
            </button>
            {titleError && <span className="field-error">{titleError}</span>}
          </span>
        )}
        <span className="organization">{report.organizationName}</span>
      </td>
      <td className="year">{report.year}年度</td>
      <td className="status-cell">
        {REPORT_STATUS_LABELS[report.status]}
        {deadlines && !inTrash && <DeadlineBadges deadlines={deadlines} compact />}
      </td>
      <td>{formatDateTime(inTrash && report.deletedAt ? report.deletedAt : report.updatedAt)}</td>
      <td className="row-actions">
        {inTrash ? (
          <>
            <button type="button" onClick={() => actions.restore(report)}>
              恢复
            </button>
            <button type="button" className="danger" onClick={() => setAsking('purge')}>
              永久删除…
            </button>
          </>
        ) : (
          <>
            <button type="button" className="primary" onClick={() => navigate({ name: 'report', id: report.id })}>
              打开
            </button>
            <button type="button" onClick={() => setDraftTitle(report.title)}>
              重命名
            </button>
            <button type="button" onClick={() => actions.duplicate(report)}>
              复制
            </button>
            <button
              type="button"
              onClick={() => actions.createNextYear(report)}
              title={`复制结构和正文，新建${report.year + 1}年度的报告`}
            >
              基于此报告新建下一年度
            </button>
            <button type="button" onClick={() => actions.exportPackage(report)}>
              导出报告包
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => (deleteNeedsConfirmation(report.status) ? setAsking('trash') : actions.trash(report))}
            >
              删除
            </button>
          </>
        )}
        {asking === 'trash' && (
          <ConfirmDialog
            title="删除报告"
            confirmLabel="删除"
            onConfirm={() => (setAsking(undefined), actions.trash(report, true))}
            onCancel={() => setAsking(undefined)}
          >
            <p>{deleteConfirmationText(report)}</p>
          </ConfirmDialog>
        )}
        {asking === 'purge' && (
          <ConfirmDialog
            title="永久删除报告"
            confirmLabel="永久删除"
            onConfirm={() => (setAsking(undefined), actions.purge(report))}
            onCancel={() => setAsking(undefined)}
          >
            <p>
              永久删除《{report.title}》？它的正文、历史版本、数据指标和审签记录都会从本机删除，无法恢复。
              需要留底的，请先“恢复”后导出报告包或 DOCX。
            </p>
          </ConfirmDialog>
        )}
      </td>
    </tr>
  );
}
