import { findOutline } from '../../../shared/outline/outlines';
import { REPORT_STATUS_LABELS } from '../../../shared/report/report-status';
import { call } from '../../api';
import { formatDateTime } from '../../app/format-date-time';
import { useQuery } from '../../app/use-query';
import './report.css';

/** The opened report: its header data and the mandated parts. Writing in them comes with the editor. */
export function ReportScreen({ id }: { id: string }) {
  const report = useQuery(() => call('reports:get', { id }), [id]);
  const outline = report.data && findOutline(report.data.outlineVersion);

  return (
    <div className="report-screen">
      <header className="app-header">
        <a href="#/" className="back">
          ← 报告库
        </a>
        <h1>{report.data?.title ?? '报告'}</h1>
      </header>
      <main>
        {report.error && (
          <p className="form-error" role="alert">
            {report.error}
          </p>
        )}
        {report.data && (
          <>
            <dl className="report-facts">
              <dt>单位</dt>
              <dd>{report.data.organizationName}</dd>
              <dt>报告年度</dt>
              <dd>{report.data.year}年度</dd>
              <dt>主送机关</dt>
              <dd>{report.data.addressee || '（未填写）'}</dd>
              <dt>状态</dt>
              <dd>{REPORT_STATUS_LABELS[report.data.status]}</dd>
              <dt>最后修改</dt>
              <dd>{formatDateTime(report.data.updatedAt)}</dd>
            </dl>
            <h2>报告提纲（{outline?.name ?? report.data.outlineVersion}）</h2>
            <ol className="parts">
              {report.data.parts.map((part) => {
                const required = outline?.parts.find((candidate) => candidate.key === part.key)?.required;
                return (
                  <li key={part.key} data-part={part.key}>
                    <span>{part.heading}</span>
                    {required && <span className="badge">必写</span>}
                    <span className="chars">{part.plainText.length} 字</span>
                  </li>
                );
              })}
            </ol>
            <p className="placeholder-note">正文编辑器尚在开发中：下一版本起可在这里逐部分撰写报告正文。</p>
          </>
        )}
      </main>
    </div>
  );
}
