import { useState } from 'react';
import type { ImportDraft } from '../../../shared/import/import-draft';
import { defaultReportYear } from '../../../shared/report/default-report-year';
import type { ImportSource } from '../../../shared/import/import-source';
import { call, errorMessage } from '../../api';
import { navigate } from '../../app/use-hash-route';
import { useQuery } from '../../app/use-query';
import { ImportReview } from './ImportReview';
import { ImportSourceStep } from './ImportSourceStep';
import './import.css';

/**
 * 导入: read a file or a paste, let the clerk check and correct where each piece went, then save.
 * Nothing reaches the database before 确认导入; an existing report keeps a revision first.
 */
export function ImportScreen({ reportId }: { reportId?: string }) {
  const target = useQuery(async () => (reportId ? call('reports:get', { id: reportId }) : null), [reportId]);
  const [draft, setDraft] = useState<ImportDraft>();
  // Set when the source names no year and the review proposes one, so the field says so.
  const [yearProposed, setYearProposed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const back = reportId ? `#/reports/${encodeURIComponent(reportId)}` : '#/';

  async function read(source: ImportSource) {
    setBusy(true);
    try {
      const read = await call('import:read', source);
      // A new report needs a year; importing into a report keeps its year when the draft has none.
      const propose = !reportId && read.year === null;
      setYearProposed(propose);
      setDraft(propose ? { ...read, year: defaultReportYear(new Date()) } : read);
    } finally {
      setBusy(false);
    }
  }

  async function confirm(reviewed: ImportDraft) {
    setBusy(true);
    setError(undefined);
    try {
      const report = await call('import:apply', { draft: reviewed, ...(reportId && { reportId }) });
      navigate({ name: 'report', id: report.id });
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  }

  return (
    <div className="import-screen">
      <header className="app-header">
        <a href={back} className="back">
          ← 返回
        </a>
        <h1>{target.data ? `导入到“${target.data.title}”` : '导入已有报告'}</h1>
      </header>
      <main>
        {target.data && (
          <p className="panel-hint">
            导入的内容会替换本报告中对应部分的文字；导入前会自动保存一个历史版本，可以随时恢复。
          </p>
        )}
        {!draft ? (
          <ImportSourceStep busy={busy} onRead={read} />
        ) : (
          <ImportReview
            draft={draft}
            yearProposed={yearProposed}
            onChange={setDraft}
            busy={busy}
            error={error}
            onConfirm={() => void confirm(draft)}
            onRestart={() => setDraft(undefined)}
          />
        )}
      </main>
    </div>
  );
}
