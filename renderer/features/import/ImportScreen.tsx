import { useState } from 'react';
import type { ImportDraft } from '../../../shared/import/import-draft';
import { defaultReportYear } from '../../../shared/report/default-report-year';
import type { ImportSource } from '../../../shared/import/import-source';
import { localDate } from '../../../shared/status/deadlines-for';
import { OrganizationName, ReportYear } from '../../../shared/report/report';
import type { PastReportRecord } from '../../../shared/status/status-moves';
import { call, errorMessage } from '../../api';
import { useAction } from '../../app/use-action';
import { navigate } from '../../app/use-hash-route';
import { useQuery } from '../../app/use-query';
import { ImportReview } from './ImportReview';
import { ImportSourceStep } from './ImportSourceStep';
import { PastImportFields } from './PastImportFields';
import {
  FIRST_PAST_IMPORT_CHOICE,
  pastChoiceTo,
  pastDate as proposedPastDate,
  pastRecordOf,
  type PastImportChoice,
} from './past-import-choice';
import './import.css';

/**
 * 导入: read a file or a paste, let the clerk check and correct where each piece went, then save.
 * Nothing reaches the database before 确认导入; an existing report keeps a revision first.
 * With `nextYear` (基于去年报告新建) the file is last year's report: it is saved as such, and the
 * new year's report is made from it as from any report in the library.
 */
export function ImportScreen({ reportId, nextYear = false }: { reportId?: string; nextYear?: boolean }) {
  const target = useQuery(async () => (reportId ? call('reports:get', { id: reportId }) : null), [reportId]);
  const [draft, setDraft] = useState<ImportDraft>();
  // Set when the source names no year and the review proposes one, so the field says so.
  const [yearProposed, setYearProposed] = useState(false);
  const [importedOnly, setImportedOnly] = useState<{ id: string; reason: string }>();
  // Reading the source says its own failures (ImportSourceStep); 确认导入 says them on the review.
  const [reading, setReading] = useState(false);
  const apply = useAction();
  const busy = reading || apply.busy;
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
      ? proposedPastDate(past, pastDue, draft.date ?? target.data?.issuedOn ?? null, localDate(new Date()))
      : null;

  async function read(source: ImportSource) {
    setReading(true);
    try {
      const read = await call('import:read', source);
      // A new report needs a year; importing into a report keeps its year when the draft has none.
      const propose = !reportId && read.year === null;
      setYearProposed(propose);
      const year = defaultReportYear(new Date()) - (nextYear ? 1 : 0);
      setDraft(propose ? { ...read, year } : read);
    } finally {
      setReading(false);
    }
  }

  async function confirm(reviewed: ImportDraft) {
    let pastRecord: PastReportRecord | undefined;
    if (pastDue && past.ticked) {
      const read = pastRecordOf(past, pastDue, pastDate);
      if ('error' in read) return apply.setError(read.error);
      pastRecord = read.record;
    }
    await apply.run(async () => {
      const report = await call('import:apply', {
        draft: reviewed,
        ...(reportId && { reportId }),
        ...(pastRecord && { pastRecord }),
      });
      if (!nextYear) return navigate({ name: 'report', id: report.id });
      try {
        const created = await call('reports:create-from-previous', { id: report.id });
        navigate({ name: 'report', id: created.id });
      } catch (caught) {
        // Last year's report is saved either way, so this failure is not the review's: the review
        // goes, so it cannot be imported twice.
        setImportedOnly({ id: report.id, reason: errorMessage(caught) });
      }
    });
  }

  return (
    <div className="import-screen">
      <header className="app-header">
        <a href={back} className="back">
          ← 返回
        </a>
        <h1>{target.data ? `导入到“${target.data.title}”` : nextYear ? '基于去年报告新建' : '导入已有报告'}</h1>
      </header>
      <main>
        {target.data && (
          <p className="panel-hint">
            导入的内容会替换本报告中对应部分的文字；导入前会自动保存一个历史版本，可以随时恢复。
          </p>
        )}
        {nextYear && (
          <p className="panel-hint">
            先导入去年报送的报告，核对后它作为往年报告保存在报告库；随后据此新建下一年度的报告：沿用结构、正文、主送机关和落款，
            标题年份顺延，段落标“沿用待更新”，去年的工作安排成为“承诺兑现”清单。
          </p>
        )}
        {importedOnly ? (
          <div className="form-error" role="alert">
            <p>去年的报告已导入报告库，但没能据此新建下一年度报告：{importedOnly.reason}</p>
            <a href={`#/reports/${encodeURIComponent(importedOnly.id)}`}>打开导入的去年报告</a>
          </div>
        ) : !draft ? (
          <ImportSourceStep busy={busy} onRead={read} />
        ) : (
          <ImportReview
            draft={draft}
            yearProposed={yearProposed}
            onChange={setDraft}
            busy={busy}
            error={apply.error}
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
                  date={pastDate}
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
