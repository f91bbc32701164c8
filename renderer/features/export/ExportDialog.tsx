import type { LexicalEditor } from 'lexical';
import { useEffect, useMemo, useState } from 'react';
import { findingKey, unreviewedPrivacy } from '../../../shared/checks/acknowledgement';
import { checkStoredReport } from '../../../shared/checks/check-stored-report';
import { editionDocument } from '../../../shared/export/edition-document';
import { exportDocumentFromReport } from '../../../shared/export/export-document';
import {
  DEFAULT_EXPORT_OPTIONS,
  draftMarkText,
  EDITION_LABELS,
  type ExportOptions,
} from '../../../shared/export/export-options';
import { FONT_PROFILES, fontNames } from '../../../shared/export/font-profiles';
import { layoutPages } from '../../../shared/export/layout-pages';
import { reportPlainText } from '../../../shared/export/report-plain-text';
import type { PartKey } from '../../../shared/outline/part-key';
import { exportMark } from '../../../shared/status/export-mark';
import type { Report } from '../../../shared/report/report';
import { call } from '../../api';
import { useQuery } from '../../app/use-query';
import { FindingReviewItem } from '../checks/FindingReviewItem';
import { showFinding } from '../checks/finding-in-editor';
import { ExportOptionsForm } from './ExportOptionsForm';
import { PagePreview } from './PagePreview';
import { useExportRun } from './use-export-run';
import './export.css';

interface Props {
  reportId: string;
  /** Saves what is still being typed, so the preview and the file hold the latest text. */
  flush: () => Promise<void>;
  editors: ReadonlyMap<PartKey, LexicalEditor>;
  onClose: () => void;
}

/** 导出: the pages as they will print, the edition and fonts to choose, and the privacy review for 公开版. */
export function ExportDialog({ reportId, flush, editors, onClose }: Props) {
  const [options, setOptions] = useState<ExportOptions>(DEFAULT_EXPORT_OPTIONS);
  const report = useQuery(async () => (await flush(), call('reports:get', { id: reportId })), [reportId]);
  const acknowledgements = useQuery(() => call('acknowledgements:list', { reportId }), [reportId]);
  const reviews = useQuery(() => call('reviews:list', { reportId }), [reportId]);
  const run = useExportRun();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const view = useMemo(() => report.data && documentView(report.data, options), [report.data, options]);
  const openPrivacy = useMemo(() => {
    if (!report.data || !acknowledgements.data) return [];
    return unreviewedPrivacy(checkStoredReport(report.data).findings, acknowledgements.data);
  }, [report.data, acknowledgements.data]);
  const profile = FONT_PROFILES[options.profile];
  // What the file will say it is: final only once the text is, and a 公开版 after a passed 保密审查.
  const mark =
    report.data &&
    reviews.data &&
    exportMark(
      report.data.status,
      options.edition,
      reviews.data.filter((review) => review.current),
    );
  const blocked = options.edition === 'public' && openPrivacy.length > 0;

  return (
    <div className="export-screen" role="dialog" aria-modal="true" aria-label="导出">
      <div className="export-preview-pane">
        {view ? (
          <PagePreview
            pages={view.pages}
            profile={profile}
            draftMark={mark && !mark.final && report.data ? draftMarkText(report.data.status, false) : undefined}
          />
        ) : (
          <p className="panel-hint">{report.error ?? '正在排版…'}</p>
        )}
      </div>
      <aside className="export-options">
        <h2>导出</h2>
        <ExportOptionsForm options={options} onChange={setOptions} />
        <p className="panel-hint">
          文件使用的字体：{fontNames(profile).join('、')}。
          {options.profile === 'standard' &&
            '电脑上没有这些字体时，WPS 会用相近字体代替显示，送审单位的电脑上会按原字体显示。'}
        </p>
        {view && <p className="panel-hint">共 {view.pages.length} 页，每页 22 行、每行 28 字。</p>}
        {mark && (
          <p className={`export-mark ${mark.final ? 'final' : 'not-final'}`}>
            文件将标注为“{mark.label}”。
            {!mark.final &&
              report.data &&
              `每页右上角印“${draftMarkText(report.data.status, false)}”；定稿后再导出，才是可以报送或公开的正式文本。`}
          </p>
        )}
        {options.edition === 'public' && (
          <section className="privacy-review" aria-label="保密审查">
            <h3>保密审查</h3>
            {openPrivacy.length === 0 ? (
              <p className="readiness ready">没有待确认的个人信息，可以导出公开版。</p>
            ) : (
              <>
                <p className="readiness blocked">
                  还有 {openPrivacy.length} 处可能含个人信息：请修改，或确认可以公开并写明理由。
                </p>
                <ul>
                  {openPrivacy.map((finding) => (
                    <FindingReviewItem
                      key={findingKey(finding)}
                      finding={finding}
                      confirmLabel="确认可以公开…"
                      reasonLabel="为什么可以公开"
                      onShow={() => (onClose(), showFinding(editors, finding))}
                      onAcknowledge={async (note) => {
                        await run.guard(() =>
                          call('acknowledgements:save', { reportId, findingKey: findingKey(finding), note }),
                        );
                        await acknowledgements.reload();
                      }}
                    />
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
        {run.message && (
          <p
            className={run.message.kind === 'error' ? 'form-error' : 'export-done'}
            role={run.message.kind === 'error' ? 'alert' : 'status'}
          >
            {run.message.text}
          </p>
        )}
        {run.busy && (
          <p className="export-progress" role="status">
            正在导出… <progress />
          </p>
        )}
        <div className="export-actions">
          <button
            type="button"
            className="primary"
            disabled={!view || blocked || run.busy}
            onClick={() => void run.exportDocx({ reportId, ...options })}
          >
            导出{EDITION_LABELS[options.edition]} DOCX
          </button>
          <button
            type="button"
            disabled={!view}
            onClick={() => window.print()}
            title="在打印对话框中选择“另存为 PDF”或“Microsoft Print to PDF”即可得到 PDF"
          >
            打印 / 另存为 PDF
          </button>
          <button
            type="button"
            disabled={!view}
            onClick={() => view && void run.copyText(reportPlainText(view.document))}
          >
            复制为纯文本
          </button>
          <button type="button" onClick={onClose}>
            返回编辑
          </button>
        </div>
        {run.fallbackText !== undefined && (
          <label className="plain-text-fallback">
            无法直接写入剪贴板，请全选下面的文字后按 Ctrl+C 复制：
            <textarea
              readOnly
              value={run.fallbackText}
              rows={8}
              onFocus={(event) => event.currentTarget.select()}
              autoFocus
            />
          </label>
        )}
      </aside>
    </div>
  );
}

function documentView(report: Report, options: ExportOptions) {
  const { document, sealed } = editionDocument(exportDocumentFromReport(report), options);
  return { document, pages: layoutPages(document, { boldLevel3: options.boldLevel3, sealed }) };
}
