import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CURRENT_OUTLINE, findOutline } from '../../../shared/outline/outlines';
import type { PartKey } from '../../../shared/outline/part-key';
import { formatIssueDate } from '../../../shared/report/format-issue-date';
import { partNumbers } from '../../../shared/report/heading-numbers';
import type { Report } from '../../../shared/report/report';
import { isFrozen } from '../../../shared/report/status-moves';
import { call } from '../../api';
import { createStore } from '../../app/create-store';
import { useQuery } from '../../app/use-query';
import { PartEditor } from '../../editor/PartEditor';
import { SubmissionCheck } from '../checks/SubmissionCheck';
import { ExportDialog } from '../export/ExportDialog';
import { useLiveChecks } from '../checks/use-live-checks';
import { FindBar } from '../find/FindBar';
import { FrozenBanner } from '../status/FrozenBanner';
import { ReportDeadlines } from '../status/ReportDeadlines';
import { EditorToolbar } from './EditorToolbar';
import { OutlineSidebar, TotalChars, type Outlines, type SidebarPart } from './OutlineSidebar';
import { ReportHeaderForm } from './ReportHeaderForm';
import { PANELS, ReportSidePanel } from './ReportSidePanel';
import { usePartCallbacks } from './use-part-callbacks';
import { headingActions } from './heading-actions';
import { createSaveStatusStore, SaveStatusText } from './SaveStatusText';
import './report.css';

const backLink = (
  <a href="#/" className="back">
    ← 报告库
  </a>
);

/** `panel` opens the report at one panel (from the dashboard); 'export' opens the export dialog. */
export function ReportScreen({ id, panel }: { id: string; panel?: string }) {
  const report = useQuery(() => call('reports:get', { id }), [id]);
  if (report.error) {
    return (
      <div className="report-screen">
        <header className="app-header">{backLink}</header>
        <main>
          <p className="form-error" role="alert">
            {report.error}
          </p>
        </main>
      </div>
    );
  }
  return report.data ? <ReportWorkspace report={report.data} reload={report.reload} initialPanel={panel} /> : null;
}

/** The opened report: outline on the left, the parts as one document, guidance and data on the right. */
function ReportWorkspace({
  report,
  reload,
  initialPanel,
}: {
  report: Report;
  reload: () => Promise<void>;
  initialPanel?: string;
}) {
  const outline = findOutline(report.outlineVersion) ?? CURRENT_OUTLINE;
  const editors = useRef(new Map<PartKey, LexicalEditor>()).current;
  const flushers = useRef(new Set<() => Promise<void>>()).current;
  const [active, setActive] = useState<PartKey>();
  const outlines = useMemo(() => createStore<Outlines>({}), []);
  const saveStatuses = useMemo(createSaveStatusStore, []);
  const { results: checks, contextChanged } = useLiveChecks(report, outline, outlines);
  const [find, setFind] = useState<'find' | 'replace'>();
  const [submissionCheck, setSubmissionCheck] = useState(false);
  const [exporting, setExporting] = useState(initialPanel === 'export');
  // Bumped after a restore: the editors are built again from the restored content.
  const [generation, setGeneration] = useState(0);

  const flushAll = useCallback(async () => void (await Promise.all([...flushers].map((flush) => flush()))), [flushers]);
  /**
   * Ctrl+S, pressed by reflex: saves every part now (a header field saves as it is left) and says
   * 已保存 for all that is stored; a part still waiting for an IME composition or failing keeps its
   * own status.
   */
  const saveNow = useCallback(async () => {
    const field = document.activeElement;
    if (field instanceof HTMLInputElement && field.form?.classList.contains('report-header-form')) {
      field.blur();
      field.focus();
    }
    await flushAll();
    const at = new Date();
    saveStatuses.set((current) =>
      Object.fromEntries(
        report.parts.map(({ key }) => {
          const status = current[key];
          return [key, !status || status.kind === 'saved' ? { kind: 'saved', at } : status];
        }),
      ),
    );
  }, [flushAll, saveStatuses, report.parts]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'f' || key === 'h') {
        event.preventDefault();
        setFind(key === 'f' ? 'find' : 'replace');
      } else if (key === 's') {
        event.preventDefault();
        void saveNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [saveNow]);

  const parts: SidebarPart[] = useMemo(() => {
    const numbers = partNumbers(report.parts.map((part) => part.key));
    return report.parts.map((part, index) => ({
      key: part.key,
      number: numbers[index]!,
      heading: part.key === 'preface' ? '开头段落' : part.heading,
      definition: outline.parts.find((definition) => definition.key === part.key)!,
    }));
  }, [report.parts, outline]);

  const partCallbacks = usePartCallbacks({ report, editors, saveStatuses, outlines, setActive });

  const restore = useCallback(
    async (revisionId: number) => {
      await flushAll();
      await call('revisions:restore', { reportId: report.id, revisionId });
      await reload();
      setGeneration((value) => value + 1);
    },
    [flushAll, reload, report.id],
  );

  const editorList = useCallback(() => [...editors.values()], [editors]);
  const actions = useMemo(() => headingActions(editors), [editors]);
  const partNames = useMemo(
    () => Object.fromEntries(parts.map((part) => [part.key, `${part.number}${part.heading}`])),
    [parts],
  );
  const activePart = outline.parts.find((part) => part.key === active);
  // From 已定稿 on the text is locked: read-only editors, no toolbar, a banner with 重新打开.
  const frozen = isFrozen(report.status);

  return (
    <div className="report-screen">
      <header className="app-header">
        {backLink}
        <h1>{report.title}</h1>
        <SaveStatusText store={saveStatuses} />
        <TotalChars outlines={outlines} />
        <ReportDeadlines reportId={report.id} status={report.status} />
        <button type="button" onClick={() => setFind('find')} title="Ctrl+F 查找，Ctrl+H 替换">
          查找替换
        </button>
        <button type="button" className="primary" onClick={() => setSubmissionCheck(true)}>
          提交前检查
        </button>
        <a href={`#/reports/${encodeURIComponent(report.id)}/import`} className="button">
          导入
        </a>
        <a href={`#/reports/${encodeURIComponent(report.id)}/leader-edits`} className="button">
          导入修改稿
        </a>
        <button type="button" onClick={() => setExporting(true)}>
          导出
        </button>
      </header>
      {exporting && (
        <ExportDialog reportId={report.id} flush={flushAll} editors={editors} onClose={() => setExporting(false)} />
      )}
      {submissionCheck && (
        <SubmissionCheck
          reportId={report.id}
          results={checks}
          editors={editors}
          onClose={() => setSubmissionCheck(false)}
        />
      )}
      <div className="workspace">
        <OutlineSidebar parts={parts} outlines={outlines} checks={checks} active={active} actions={actions} />
        <main className="document">
          {find && <FindBar editors={editorList} withReplace={find === 'replace'} onClose={() => setFind(undefined)} />}
          {frozen && <FrozenBanner reportId={report.id} status={report.status} onReopened={reload} />}
          {!frozen && <EditorToolbar editor={active && editors.get(active)} />}
          <fieldset className="header-lock" disabled={frozen}>
            <ReportHeaderForm key={generation} report={report} onSaved={reload} />
          </fieldset>
          <article className="page" aria-label="报告正文">
            <h2 className="page-title">{report.title}</h2>
            {report.addressee && <p className="addressee">{report.addressee}：</p>}
            {report.parts.map((part, index) => {
              const sidebar = parts[index]!;
              return (
                <section
                  key={`${part.key}-${generation}`}
                  id={`part-${part.key}`}
                  className={`part part-${part.key}`}
                  data-part={part.key}
                >
                  {part.key !== 'preface' && (
                    <h3 className="part-heading">
                      {sidebar.number}
                      {part.heading}
                      {!sidebar.definition.required && <span className="optional">（可选）</span>}
                    </h3>
                  )}
                  <PartEditor
                    label={part.key === 'preface' ? '开头段落' : `${sidebar.number}${part.heading}`}
                    contentJson={part.contentJson}
                    placeholder={
                      part.key === 'preface'
                        ? '开头段落：概括全年情况，以“现将有关情况报告如下：”结尾'
                        : '在这里撰写这一部分……'
                    }
                    flushers={flushers}
                    editable={!frozen}
                    {...partCallbacks[part.key]}
                  />
                </section>
              );
            })}
            <footer className="closing">
              <p>{report.signature || '（发文机关署名）'}</p>
              <p>{report.issuedOn ? formatIssueDate(report.issuedOn) : '（成文日期）'}</p>
            </footer>
          </article>
        </main>
        <ReportSidePanel
          report={report}
          outline={outline}
          initialPanel={
            PANELS.find(([key]) => key === initialPanel)?.[0] ?? (initialPanel === 'export' ? 'status' : 'guidance')
          }
          checks={checks}
          editors={editors}
          outlines={outlines}
          activePart={activePart}
          partNames={partNames}
          generation={generation}
          contextChanged={contextChanged}
          restore={restore}
          flushAll={flushAll}
          reload={reload}
          onExport={() => setExporting(true)}
        />
      </div>
    </div>
  );
}
