import { lazy, useEffect, useState } from 'react';
import { call } from '../../api';
import type { EarlyAnswers } from '../../app/create-early-answers';
import { navigate } from '../../app/use-hash-route';
import { useQuery } from '../../app/use-query';
import { Dashboard } from '../dashboard/Dashboard';
import { reportJobText } from '../../../shared/status/report-job-text';
import { DataMenu } from './DataMenu';
import { takeRestoredMessage } from './use-data-actions';
import { LibraryWelcome } from './LibraryWelcome';
import { ReportRow } from './ReportRow';
import { useReportActions } from './use-report-actions';
import './library.css';
import { FormError } from '../../app/FormError';
import { Loading } from '../../app/Loading';

// Loaded on 新建报告: it brings the report's field rules (zod), which showing the list does not need.
const NewReportForm = lazy(async () => ({ default: (await import('./NewReportForm')).NewReportForm }));

export function LibraryScreen({ showTrash, early }: { showTrash: boolean; early: EarlyAnswers }) {
  const reports = useQuery(() => early.take('reports:list', { deleted: showTrash }), [early, showTrash]);
  const organizations = useQuery(() => call('organizations:list', undefined), []);
  const info = useQuery(() => call('app:info', undefined), []);
  // The deadlines, like the dashboard below, are read once the list is there and again whenever it
  // reloads; asking before it is there too would ask twice at start-up.
  const deadlines = useQuery(
    () => (reports.data ? call('deadlines:list', undefined) : Promise.resolve(undefined)),
    [reports.data],
  );
  const { actions, notice, showNotice, dismissNotice } = useReportActions(reports.reload);
  // After 从备份恢复 the page is new: say what happened, once.
  useEffect(() => {
    const restored = takeRestoredMessage();
    if (restored) showNotice(restored);
  }, [showNotice]);
  const [creating, setCreating] = useState(false);
  const empty = reports.data?.length === 0;
  const hasReports = !!reports.data?.length;

  return (
    <div className="library">
      <header className="app-header">
        <h1>法治年报助手</h1>
        <nav aria-label="报告库导航">
          <a href="#/" aria-current={showTrash ? undefined : 'page'}>
            报告库
          </a>
          <a href="#/trash" aria-current={showTrash ? 'page' : undefined}>
            回收站
          </a>
        </nav>
      </header>

      <main>
        {/* Until the list has loaded it is not known whether to welcome or to list. */}
        {!showTrash && empty && !creating && <LibraryWelcome onNew={() => setCreating(true)} />}
        {!showTrash && hasReports && <p className="job-line">{reportJobText()}</p>}
        {!showTrash && reports.data && <Dashboard refreshKey={reports.data} />}
        {!showTrash && hasReports && !creating && (
          <button type="button" className="primary new-report-button" onClick={() => setCreating(true)}>
            ＋ 新建报告
          </button>
        )}
        {!showTrash && hasReports && !creating && (
          <a href="#/import" className="button import-report-link">
            导入已有报告…
          </a>
        )}
        {!showTrash && !creating && (
          <a href="#/batch-review" className="button batch-review-link">
            汇审多份报告…
          </a>
        )}
        {!showTrash && creating && (
          <Loading>
            <NewReportForm
              organizations={organizations.data?.map((organization) => organization.name) ?? []}
              reports={reports.data ?? []}
              onCreated={(id) => navigate({ name: 'report', id })}
              onCancel={() => setCreating(false)}
            />
          </Loading>
        )}

        {!showTrash && <DataMenu onChanged={reports.reload} onMessage={showNotice} />}
        {notice && (
          <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            <span>{notice.text}</span>
            {notice.undo && (
              <button type="button" onClick={notice.undo}>
                撤销
              </button>
            )}
            <button type="button" className="link" aria-label="关闭提示" onClick={dismissNotice}>
              ×
            </button>
          </div>
        )}
        <FormError message={reports.error} />

        {empty ? (
          (showTrash || creating) && (
            <p className="empty">
              {showTrash ? '回收站是空的。删除的报告会先放在这里，可以随时恢复。' : '还没有报告。'}
            </p>
          )
        ) : (
          <table className="reports" aria-label={showTrash ? '回收站中的报告' : '报告列表'}>
            <thead>
              <tr>
                <th>报告</th>
                <th>年度</th>
                <th>状态</th>
                <th>{showTrash ? '删除时间' : '最后修改'}</th>
                <th>操作</th>
              </tr>
            </thead>
            <tbody>
              {reports.data?.map((report) => (
                <ReportRow
                  key={report.id}
                  report={report}
                  inTrash={showTrash}
                  actions={actions}
                  deadlines={deadlines.data?.find((entry) => entry.reportId === report.id)?.deadlines}
                />
              ))}
            </tbody>
          </table>
        )}
      </main>

      {info.data && (
        <footer className="app-footer">
          版本 {info.data.version} · 数据保存在 {info.data.dataDir}
        </footer>
      )}
    </div>
  );
}
