import { checkStoredReport } from '../../shared/checks/check-stored-report';
import { exportDocumentFromReport } from '../../shared/export/export-document';
import { draftMarkText, type ExportOptions } from '../../shared/export/export-options';
import { ok, type Result } from '../../shared/ipc/result';
import { exportMark, type ExportMark } from '../../shared/status/export-mark';
import { exportBytes, prepareExport, writeExport, type PreparedExport } from './export-pipeline';
import type { ChooseSavePath } from '../files/choose-save-path';
import { saveFileAs } from '../files/save-file-as';
import type { AcknowledgementService } from './acknowledgement-service';
import type { ReportService } from './report-service';
import type { ReviewService } from './review-service';
import type { RevisionService } from './revision-service';

/** A stored report's export: its history records it, and the file says which edition it is and whether final. */
export type PreparedReportExport = PreparedExport & { reportId: string; mark: ExportMark };

interface ExportServiceDeps {
  reports: ReportService;
  reviews: ReviewService;
  revisions: RevisionService;
  acknowledgements: AcknowledgementService;
  now: () => Date;
}

/** Official-format DOCX export of a stored report, as 报送版 or 公开版. */
export function createExportService({ reports, reviews, revisions, acknowledgements, now }: ExportServiceDeps) {
  /** An edition written: the report's history keeps the state that went out. */
  function exported({ reportId, mark }: PreparedReportExport, path: string) {
    revisions.take(reportId, 'export', now().toISOString());
    return { path, mark };
  }

  const service = {
    /** The stored report through the export pipeline, marked final or not by its status and reviews. */
    prepare(reportId: string, options: Pick<ExportOptions, 'edition' | 'sealed'>): Result<PreparedReportExport> {
      const report = reports.get(reportId);
      if (!report.ok) return report;
      const reviewed = acknowledgements.list(reportId);
      if (!reviewed.ok) return reviewed;
      const listed = reviews.list(reportId);
      if (!listed.ok) return listed;
      const mark = exportMark(
        report.value.status,
        options.edition,
        listed.value.filter((review) => review.current),
      );
      const draftMark = draftMarkText(report.value.status, mark.final);
      const prepared = prepareExport(
        {
          title: report.value.title,
          author: report.value.signature,
          ...(draftMark && { draftMark }),
          document: exportDocumentFromReport(report.value),
          findings: options.edition === 'public' ? checkStoredReport(report.value).findings : [],
          reviewed: reviewed.value,
          mark,
        },
        options,
      );
      return prepared.ok ? ok({ ...prepared.value, reportId, mark }) : prepared;
    },

    /** Writes the prepared export and keeps the exported state in the report's history. */
    async write(
      prepared: PreparedReportExport,
      options: Pick<ExportOptions, 'profile' | 'boldLevel3'>,
      path: string,
      convert?: (docx: Buffer) => Promise<Uint8Array>,
    ): Promise<Result<{ path: string; mark: ExportMark }>> {
      const written = await writeExport(prepared, options, path, convert);
      if (!written.ok) return written;
      return ok(exported(prepared, path));
    },

    /** 导出: the edition is checked and laid out before the clerk is asked where to save it (null when they cancel). */
    async saveAs(
      reportId: string,
      options: Pick<ExportOptions, 'edition' | 'sealed' | 'profile' | 'boldLevel3'>,
      chooseSavePath: ChooseSavePath,
    ): Promise<Result<{ path: string; mark: ExportMark } | null>> {
      const prepared = service.prepare(reportId, options);
      if (!prepared.ok) return prepared;
      const saved = await saveFileAs({
        chooseSavePath,
        name: prepared.value.fileName,
        filter: { name: 'Word 文档', extensions: ['docx'] },
        write: await exportBytes(prepared.value, options),
        what: '导出的文件',
      });
      if (!saved.ok) return saved;
      return ok(saved.value && exported(prepared.value, saved.value.file));
    },
  };
  return service;
}
