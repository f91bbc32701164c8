import { findingKey } from '../../shared/checks/acknowledgement';
import { checkStoredReport } from '../../shared/checks/check-stored-report';
import { copyDocument } from '../../shared/export/copy-document';
import { exportDocumentFromReport, type ExportDocument } from '../../shared/export/export-document';
import { draftMarkText, exportFileName, type ExportOptions } from '../../shared/export/export-options';
import { FONT_PROFILES } from '../../shared/export/font-profiles';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { exportMark, type ExportMark } from '../../shared/report/export-mark';
import { buildDocx } from '../export/docx/build-docx';
import { ExportWriteError, writeFileSafely } from '../export/write-file-safely';
import type { AcknowledgementService } from './acknowledgement-service';
import type { ReportService } from './report-service';
import type { ReviewService } from './review-service';
import type { RevisionService } from './revision-service';

/** A report ready to be written: the page it shows and the name the save dialog offers. */
export interface PreparedExport {
  reportId: string;
  document: ExportDocument;
  sealed: boolean;
  fileName: string;
  /** What the copy is — 报送版（已定稿）, 公开版（未经保密审查，非定稿）…; written into the file's properties. */
  mark: ExportMark;
  /** 讨论稿 or 征求意见稿 on every page of a copy that is not final. */
  draftMark?: string;
  /** The organization, as the file's author. */
  author: string;
}

interface ExportServiceDeps {
  reports: ReportService;
  reviews: ReviewService;
  revisions: RevisionService;
  acknowledgements: AcknowledgementService;
  now: () => Date;
}

/** Official-format DOCX export of a stored report, as 报送版 or 公开版. */
export function createExportService({ reports, reviews, revisions, acknowledgements, now }: ExportServiceDeps) {
  return {
    /**
     * Checks that the copy may go out and lays it out. The public copy waits until every possible
     * personal detail (the `privacy` findings) is fixed or confirmed as fit to publish.
     */
    prepare(reportId: string, options: Pick<ExportOptions, 'copy' | 'sealed'>): Result<PreparedExport> {
      const report = reports.get(reportId);
      if (!report.ok) return report;
      if (options.copy === 'public') {
        const reviewed = acknowledgements.list(reportId);
        if (!reviewed.ok) return reviewed;
        const keys = new Set(reviewed.value.map((entry) => entry.findingKey));
        const open = checkStoredReport(report.value).findings.filter(
          (finding) => finding.id === 'privacy' && !keys.has(findingKey(finding)),
        );
        if (open.length > 0) {
          const sample = open
            .slice(0, 3)
            .map((finding) => `“${finding.excerpt}”`)
            .join('、');
          return fail(
            'invalid-input',
            `公开版导出前要先做保密审查：还有 ${open.length} 处可能含个人信息（${sample}）。请在“检查”中逐条修改，或确认可以公开并写明理由。`,
          );
        }
      }
      const listed = reviews.list(reportId);
      if (!listed.ok) return listed;
      const mark = exportMark(
        report.value.status,
        options.copy,
        listed.value.filter((review) => review.current),
      );
      const { document, sealed } = copyDocument(exportDocumentFromReport(report.value), options);
      const draftMark = draftMarkText(report.value.status, mark.final);
      return ok({
        reportId,
        document,
        sealed,
        mark,
        ...(draftMark && { draftMark }),
        author: report.value.signature,
        fileName: exportFileName(report.value.title, options.copy, draftMark),
      });
    },

    /**
     * Writes the DOCX safely to `path` (or what `convert` makes of it, as the CLI's PDF) and keeps
     * the exported state in the report's history.
     */
    async write(
      prepared: PreparedExport,
      options: Pick<ExportOptions, 'profile' | 'boldLevel3'>,
      path: string,
      convert?: (docx: Buffer) => Promise<Uint8Array>,
    ): Promise<Result<{ path: string; mark: ExportMark }>> {
      const docx = await buildDocx(prepared.document, {
        profile: FONT_PROFILES[options.profile],
        boldLevel3: options.boldLevel3,
        sealed: prepared.sealed,
        description: prepared.mark.label,
        draftMark: prepared.draftMark,
        author: prepared.author,
      });
      try {
        await writeFileSafely(path, convert ? await convert(docx) : docx);
      } catch (error) {
        if (error instanceof ExportWriteError) return fail('invalid-input', error.message);
        throw error;
      }
      revisions.take(prepared.reportId, 'export', now().toISOString());
      return ok({ path, mark: prepared.mark });
    },
  };
}
