import { reportJobText } from '../../../shared/status/report-job-text';

/**
 * The first screen of an empty library: what the job is, and the three ways a clerk starts — from
 * the outline, from last year's report, or from a report already begun in WPS.
 */
export function LibraryWelcome({ onNew }: { onNew: () => void }) {
  return (
    <section className="library-welcome" aria-label="开始撰写">
      <h2>撰写本单位的法治政府建设年度报告</h2>
      <p className="job-line">{reportJobText()}</p>
      <ul className="welcome-actions">
        <li>
          <button type="button" className="primary" onClick={onNew}>
            ＋ 新建报告
          </button>
          <span className="panel-hint">按法定提纲从头写。</span>
        </li>
        <li>
          <a href="#/import/next-year" className="button">
            基于去年报告新建…
          </a>
          <span className="panel-hint">选择去年报送的报告文件，在它的结构和正文上写今年的。</span>
        </li>
        <li>
          <a href="#/import" className="button">
            导入已有报告…
          </a>
          <span className="panel-hint">已在 WPS 或 Word 里写了，导入后接着写和检查。</span>
        </li>
      </ul>
    </section>
  );
}
