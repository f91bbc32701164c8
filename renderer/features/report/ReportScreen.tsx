import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CURRENT_OUTLINE, findOutline } from '../../../shared/outline/outlines';
import type { PartKey } from '../../../shared/outline/part-key';
import { partNumbers } from '../../../shared/report/heading-numbers';
import type { Report } from '../../../shared/report/report';
import { isFrozen } from '../../../shared/status/status-moves';
import { call } from '../../api';
import { createStore } from '../../app/create-store';
import { useQuery } from '../../app/use-query';
import { PartEditor } from '../../editor/PartEditor';
import { SubmissionCheck } from '../checks/SubmissionCheck';
import { ExportDialog } from '../export/ExportDialog';
import { useLiveChecks } from '../checks/use-live-checks';
import { FindBar } from '../find/FindBar';
import { createReplaceAllUndo } from '../find/replace-all-undo';
import { FrozenBanner } from '../status/FrozenBanner';
import { ReportDeadlines } from '../status/ReportDeadlines';
import { EditorToolbar } from './EditorToolbar';
import type { LiveParts } from '../../editor/plugins/LivePartPlugin';
import { OutlineSidebar, TotalChars, type SidebarPart } from './OutlineSidebar';
import { ReportHeaderForm } from './ReportHeaderForm';
import { PageClosing, PageHeaderLines } from './PageHeaderLines';
import { createReportHeaderStore, headerValuesOf } from './report-header-store';
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
  const liveParts = useMemo(() => createStore<LiveParts>({}), []);
  const saveStatuses = useMemo(createSaveStatusStore, []);
  const { results: checks, contextChanged } = useLiveChecks(report, outline, liveParts);
  const [find, setFind] = useState<'find' | 'replace'>();
  const [submissionCheck, setSubmissionCheck] = useState(false);
  const [exporting, setExporting] = useState(initialPanel === 'export');
  // Bumped after a restore: the editors are built again from the restored content.
  const [generation, setGeneration] = useState(0);
  // The header fields as edited, shared by the form, the page and 查找替换; made anew by a restore.
  const [header, setHeader] = useState(() => createReportHeaderStore(report.id, headerValuesOf(report), reload));
  const replaceAllUndo = useMemo(createReplaceAllUndo, []);

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

  // Ctrl+Z straight after 全部替换 takes it back in every part and field, wherever the focus is:
  // in the capture phase, before the part with the focus would undo only its own share.
  useEffect(() => {
    const onUndo = (event: KeyboardEvent) => {
      const undoKey = (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey;
      if (!undoKey || event.key.toLowerCase() !== 'z' || event.isComposing) return;
      if (!replaceAllUndo.undo()) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onUndo, true);
    return () => {
      window.removeEventListener('keydown', onUndo, true);
      replaceAllUndo.forget();
    };
  }, [replaceAllUndo]);

  const parts: SidebarPart[] = useMemo(() => {
    const numbers = partNumbers(report.parts.map((part) => part.key));
    return report.parts.map((part, index) => ({
      key: part.key,
      number: numbers[index]!,
      heading: part.key === 'preface' ? '开头段落' : part.heading,
      definition: outline.parts.find((definition) => definition.key === part.key)!,
    }));
  }, [report.parts, outline]);

  const partCallbacks = usePartCallbacks({ report, editors, saveStatuses, liveParts, setActive });

  const restore = useCallback(
    async (revisionId: number) => {
      await flushAll();
      const restored = await call('revisions:restore', { reportId: report.id, revisionId });
      replaceAllUndo.forget(); // the parts it would undo are built again
      setHeader(createReportHeaderStore(report.id, headerValuesOf(restored), reload));
      await reload();
      setGeneration((value) => value + 1);
    },
    [flushAll, reload, report.id, replaceAllUndo],
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
  // A report locked at 已定稿 is not changed by an undo either.
  useEffect(() => {
    if (frozen) replaceAllUndo.forget();
  }, [frozen, replaceAllUndo]);

  return (
    <div className="report-screen">
      <header className="app-header">
        {backLink}
        <h1>{report.title}</h1>
        <SaveStatusText store={saveStatuses} />
        <TotalChars liveParts={liveParts} />
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
        <OutlineSidebar parts={parts} liveParts={liveParts} checks={checks} active={active} actions={actions} />
        <main className="document">
          {frozen && <FrozenBanner reportId={report.id} status={report.status} onReopened={reload} />}
          {/* Stays at the top of the column however far the document is scrolled. */}
          <div className="document-tools">
            {find && (
              <FindBar
                editors={editorList}
                header={header}
                withReplace={find === 'replace' && !frozen}
                onClose={() => setFind(undefined)}
                onReplacedAll={(done) => replaceAllUndo.remember(done, editorList())}
              />
            )}
            {!frozen && <EditorToolbar editor={active && editors.get(active)} undoReplaceAll={replaceAllUndo.undo} />}
          </div>
          <fieldset className="header-lock" disabled={frozen}>
            <ReportHeaderForm key={generation} header={header} year={report.year} />
          </fieldset>
          <article className="page" aria-label="报告正文">
            <PageHeaderLines header={header} />
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
            <PageClosing header={header} />
          </article>
        </main>
        <ReportSidePanel
          report={report}
          outline={outline}
          initialPanel={
            PANELS.find((entry) => entry.key === initialPanel)?.key ??
            (initialPanel === 'export' ? 'status' : 'guidance')
          }
          checks={checks}
          editors={editors}
          liveParts={liveParts}
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
