import { requiredPartsSummary } from '../../../shared/outline/part-status';
import { REPORT_STATUS_LABELS } from '../../../shared/status/report-status-labels';
import { call } from '../../api';
import { navigate } from '../../app/use-hash-route';
import { useQuery } from '../../app/use-query';
import { DeadlineBadges } from '../status/DeadlineBadges';
import { IndicatorComparison } from './IndicatorComparison';
import { PartLengthChart } from './PartLengthChart';
import './dashboard.css';

/**
 * The top of the library: the report whose deadline is nearest and not yet met — where it stands, what is missing, how long is
 * left — and the one thing to do next, a click away. Read again whenever `refreshKey` changes (the list reloaded).
 */
export function Dashboard({ refreshKey }: { refreshKey: unknown }) {
  const dashboard = useQuery(() => call('dashboard:get', undefined), [refreshKey]);
  if (!dashboard.data) return null;
  const { focus, others } = dashboard.data;
  const { report, findings, parts, deadlines, nextAction, indicators } = focus;

  return (
    <section className="dashboard" aria-label="本年度报告">
      <header className="dashboard-header">
        <h2>
          {report.year}年度 · {report.title}
        </h2>
        <span className={`dashboard-status status-${report.status}`}>{REPORT_STATUS_LABELS[report.status]}</span>
      </header>
      <div className="dashboard-facts">
        <div className="dashboard-deadlines" aria-label="截止日期">
          <DeadlineBadges deadlines={deadlines} />
        </div>
        <div className="dashboard-completeness" aria-label="完成情况">
          {requiredPartsSummary(parts)} · 错误 {findings.openErrors}
          {findings.error > findings.openErrors && `（另有 ${findings.error - findings.openErrors} 个已确认）`} · 警告{' '}
          {findings.warning}
        </div>
      </div>
      <div className="dashboard-next" aria-label="下一步">
        <span>下一步：</span>
        {nextAction.panel ? (
          <button
            type="button"
            className="primary"
            onClick={() => navigate({ name: 'report', id: report.id, panel: nextAction.panel! })}
          >
            {nextAction.text}
          </button>
        ) : (
          <strong>{nextAction.text}</strong>
        )}
        <span className="panel-hint">{nextAction.detail}</span>
      </div>
      <div className="dashboard-charts">
        <PartLengthChart parts={parts} />
        <IndicatorComparison year={report.year} indicators={indicators} />
      </div>
      {others.length > 0 && (
        <ul className="dashboard-others" aria-label="其他报告">
          {others.map((other) => (
            <li key={other.report.id} data-report={other.report.id}>
              <button type="button" className="link" onClick={() => navigate({ name: 'report', id: other.report.id })}>
                {other.report.year}年度 · {other.report.title}
              </button>{' '}
              <span className={`dashboard-status status-${other.report.status}`}>
                {REPORT_STATUS_LABELS[other.report.status]}
              </span>{' '}
              <DeadlineBadges deadlines={other.deadlines} compact />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
