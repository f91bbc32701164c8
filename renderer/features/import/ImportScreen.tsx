import { useState } from 'react';
import type { ImportDraft } from '../../../shared/import/import-draft';
import type { ImportSource } from '../../../shared/import/import-source';
import { localDate } from '../../../shared/report/deadlines-for';
import { OrganizationName, ReportYear } from '../../../shared/report/report';
import type { PastReportRecord } from '../../../shared/report/status-moves';
import { call, errorMessage } from '../../api';
import { navigate } from '../../app/use-hash-route';
import { useQuery } from '../../app/use-query';
import { ImportReview } from './ImportReview';
import { ImportSourceStep } from './ImportSourceStep';
import { PastImportFields } from './PastImportFields';
import {
  FIRST_PAST_IMPORT_CHOICE,
  pastChoiceTo,
  pastDateText,
  pastRecordOf,
  type PastImportChoice,
} from './past-import-choice';
import './import.css';

/**
 * 导入: read a file or a paste, let the clerk check and correct where each piece went, then save.
 * Nothing reaches the database before 确认导入; an existing report keeps a revision first.
 */
export function ImportScreen({ reportId }: { reportId?: string }) {
  const target = useQuery(async () => (reportId ? call('reports:get', { id: reportId }) : null), [reportId]);
  const [draft, setDraft] = useState<ImportDraft>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [past, setPast] = useState<PastImportChoice>(FIRST_PAST_IMPORT_CHOICE);
  const back = reportId ? `#/reports/${encodeURIComponent(reportId)}` : '#/';
  // The dates of the report the import lands in: the existing one's, or those of the year and
  // organization the review shows (they follow the clerk's corrections).
  const organizationName = draft?.organization.trim() ?? '';
  const draftYear = draft?.year ?? null;
  const deadlines = useQuery(async () => {
    if (reportId) return (await call('deadlines:get', { reportId })).deadlines;
    // Until the review holds a name and a year a report may have, there is nothing to ask.
    if (!OrganizationName.safeParse(organizationName).success || !ReportYear.safeParse(draftYear).success) return null;
    return call('deadlines:for-year', { organizationName, year: draftYear! });
  }, [reportId, organizationName, draftYear]);
  // Only once the deadline has passed and the report is not marked yet ('done' for an existing one that is).
  const pastDue = deadlines.data?.submit.level === 'late' ? deadlines.data : undefined;
  const pastYear = target.data?.year ?? draftYear;
  const pastDate =
    pastDue && draft
      ? pastDateText(past, pastDue, draft.date ?? target.data?.issuedOn ?? null, localDate(new Date()))
      : '';

  async function read(source: ImportSource) {
    setBusy(true);
    try {
      setDraft(await call('import:read', source));
    } finally {
      setBusy(false);
    }
  }

  async function confirm(reviewed: ImportDraft) {
    let pastRecord: PastReportRecord | undefined;
    if (pastDue && past.ticked) {
      const read = pastRecordOf(past, pastDue, pastDate);
      if ('error' in read) return setError(read.error);
      pastRecord = read.record;
    }
    setBusy(true);
    setError(undefined);
    try {
      const report = await call('import:apply', {
        draft: reviewed,
        ...(reportId && { reportId }),
        ...(pastRecord && { pastRecord }),
      });
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
            onChange={setDraft}
            busy={busy}
            error={error}
            onConfirm={() => void confirm(draft)}
            onRestart={() => {
              setDraft(undefined);
              setPast(FIRST_PAST_IMPORT_CHOICE);
            }}
            beforeConfirm={
              pastDue &&
              pastYear !== null && (
                <PastImportFields
                  year={pastYear}
                  submitBy={pastDue.submit.date}
                  choice={past}
                  to={pastChoiceTo(past, pastDue)}
                  dateText={pastDate}
                  onChange={setPast}
                />
              )
            }
          />
        )}
      </main>
    </div>
  );
}
