import { publicCopyRefusal, unreviewedPrivacy, type Acknowledgement } from '../../shared/checks/acknowledgement';
import { checkStoredReport } from '../../shared/checks/check-stored-report';
import type { Finding } from '../../shared/checks/finding';
import { copyDocument } from '../../shared/export/copy-document';
import { exportDocumentFromReport, type ExportDocument } from '../../shared/export/export-document';
import { draftMarkText, exportFileName, type ExportOptions } from '../../shared/export/export-options';
import { FONT_PROFILES } from '../../shared/export/font-profiles';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { exportMark, type ExportMark } from '../../shared/report/export-mark';
import { buildDocx } from '../export/docx/build-docx';
import type { ChooseSavePath } from '../files/choose-save-path';
import { ExportWriteError, writeFileSafely } from '../export/write-file-safely';
import type { AcknowledgementService } from './acknowledgement-service';
import type { ReportService } from './report-service';
import type { ReviewService } from './review-service';
import type { RevisionService } from './revision-service';

/** A copy ready to be written: the page it shows and the name the save dialog offers. */
export interface PreparedExport {
  document: ExportDocument;
  sealed: boolean;
  fileName: string;
  /** What the copy is — 报送版（已定稿）, 公开版（未经保密审查，非定稿）…; written into the file's properties. */
  mark?: ExportMark;
  /** 讨论稿 or 征求意见稿 on every page of a copy that is not final. */
  draftMark?: string;
  /** The organization, as the file's author. */
  author: string;
}

/** A stored report or a file, as the one export pipeline takes it. */
export interface ExportSource {
  title: string;
  document: ExportDocument;
  findings: readonly Finding[];
  /** The privacy findings confirmed as fit to publish. */
  reviewed: readonly Pick<Acknowledgement, 'findingKey'>[];
  mark?: ExportMark;
  draftMark?: string;
  author: string;
  /** What the refusal tells the user to do, when it is not the app's 检查 panel. */
  privacyNextStep?: string;
}

/**
 * Checks that the copy may go out and lays it out: the public copy waits until every possible
 * personal detail (the `privacy` findings) is fixed or confirmed as fit to publish.
 */
export function prepareExport(
  source: ExportSource,
  options: Pick<ExportOptions, 'copy' | 'sealed'>,
): Result<PreparedExport> {
  if (options.copy === 'public') {
    const refusal = publicCopyRefusal(unreviewedPrivacy(source.findings, source.reviewed), source.privacyNextStep);
    if (refusal) return fail('invalid-input', refusal);
  }
  const { document, sealed } = copyDocument(source.document, options);
  return ok({
    document,
    sealed,
    ...(source.mark && { mark: source.mark }),
    ...(source.draftMark && { draftMark: source.draftMark }),
    author: source.author,
    fileName: exportFileName(source.title, options.copy, source.draftMark),
  });
}

/** Writes the DOCX safely to `path`, or what `convert` makes of it (the command line's PDF). */
export async function writeExport(
  prepared: PreparedExport,
  options: Pick<ExportOptions, 'profile' | 'boldLevel3'>,
  path: string,
  convert?: (docx: Buffer) => Promise<Uint8Array>,
): Promise<Result<{ path: string }>> {
  const docx = await buildDocx(prepared.document, {
    profile: FONT_PROFILES[options.profile],
    boldLevel3: options.boldLevel3,
    sealed: prepared.sealed,
    ...(prepared.mark && { description: prepared.mark.label }),
    draftMark: prepared.draftMark,
    author: prepared.author,
  });
  try {
    await writeFileSafely(path, convert ? await convert(docx) : docx);
  } catch (error) {
    if (error instanceof ExportWriteError) return fail('invalid-input', error.message);
    throw error;
  }
  return ok({ path });
}

/** A stored report's copy: its history records the export, and the file says what copy it is. */
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
  const service = {
    /** The stored report through the export pipeline, marked final or not by its status and reviews. */
    prepare(reportId: string, options: Pick<ExportOptions, 'copy' | 'sealed'>): Result<PreparedReportExport> {
      const report = reports.get(reportId);
      if (!report.ok) return report;
      const reviewed = acknowledgements.list(reportId);
      if (!reviewed.ok) return reviewed;
      const listed = reviews.list(reportId);
      if (!listed.ok) return listed;
      const mark = exportMark(
        report.value.status,
        options.copy,
        listed.value.filter((review) => review.current),
      );
      const draftMark = draftMarkText(report.value.status, mark.final);
      const prepared = prepareExport(
        {
          title: report.value.title,
          author: report.value.signature,
          ...(draftMark && { draftMark }),
          document: exportDocumentFromReport(report.value),
          findings: options.copy === 'public' ? checkStoredReport(report.value).findings : [],
          reviewed: reviewed.value,
          mark,
        },
        options,
      );
      return prepared.ok ? ok({ ...prepared.value, reportId, mark }) : prepared;
    },

    /** Writes the prepared copy and keeps the exported state in the report's history. */
    async write(
      prepared: PreparedReportExport,
      options: Pick<ExportOptions, 'profile' | 'boldLevel3'>,
      path: string,
      convert?: (docx: Buffer) => Promise<Uint8Array>,
    ): Promise<Result<{ path: string; mark: ExportMark }>> {
      const { reportId, mark } = prepared;
      const written = await writeExport(prepared, options, path, convert);
      if (!written.ok) return written;
      revisions.take(reportId, 'export', now().toISOString());
      return ok({ path, mark });
    },

    /** 导出: the copy is checked before the clerk is asked where to save it (null when they cancel), then written. */
    async saveAs(
      reportId: string,
      options: Pick<ExportOptions, 'copy' | 'sealed' | 'profile' | 'boldLevel3'>,
      chooseSavePath: ChooseSavePath,
    ): Promise<Result<{ path: string; mark: ExportMark } | null>> {
      const prepared = service.prepare(reportId, options);
      if (!prepared.ok) return prepared;
      const path = await chooseSavePath(prepared.value.fileName, { name: 'Word 文档', extensions: ['docx'] });
      if (!path) return ok(null);
      return service.write(prepared.value, options, path);
    },
  };
  return service;
}
