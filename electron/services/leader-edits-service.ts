import { exportDocumentFromReport } from '../../shared/export/export-document';
import { splitTitle } from '../../shared/export/split-title';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { applyToParts } from '../../shared/leader-edits/apply-to-parts';
import { leaderChanges, reportLines, sameReport, type LeaderChange } from '../../shared/leader-edits/leader-changes';
import { readEditedDocx } from '../export/docx/read-edited-docx';
import type { PartService } from './part-service';
import type { ReportService } from './report-service';
import type { RevisionService } from './revision-service';

interface LeaderEditsServiceDeps {
  reports: ReportService;
  parts: PartService;
  revisions: RevisionService;
  now: () => Date;
}

/** What the returned file proposes: each change, and a warning when it does not look like this report. */
export interface LeaderEditsPreview {
  changes: LeaderChange[];
  warning?: string;
}

/** 导入修改稿: the DOCX that came back from the leader, compared with the report and taken in change by change. */
export function createLeaderEditsService({ reports, parts, revisions, now }: LeaderEditsServiceDeps) {
  async function compare(reportId: string, bytes: Uint8Array) {
    const report = reports.get(reportId);
    if (!report.ok) return report;
    let edited;
    try {
      edited = await readEditedDocx(bytes);
    } catch {
      return fail(
        'invalid-input',
        '读不出这份文件。请确认是 WPS 或 Word 保存的 .docx 文件（不是 .wps 或 .doc），再导入。',
      );
    }
    const doc = exportDocumentFromReport(report.value);
    const titleLines = splitTitle(doc.title).length;
    const lines = reportLines(doc);
    const editedTitle = edited
      .slice(0, titleLines)
      .map((paragraph) => paragraph.after)
      .join('');
    const same = sameReport(doc.title, editedTitle);
    return ok({
      report: report.value,
      headerLines: titleLines + (doc.addressee ? 1 : 0),
      changes: leaderChanges(lines, edited),
      ...(same.reason && { warning: same.reason }),
    });
  }

  return {
    async preview(reportId: string, bytes: Uint8Array): Promise<Result<LeaderEditsPreview>> {
      const compared = await compare(reportId, bytes);
      if (!compared.ok) return compared;
      return ok({
        changes: compared.value.changes,
        ...(compared.value.warning && { warning: compared.value.warning }),
      });
    },

    /**
     * Takes the chosen changes into the report: the state before is kept as a revision, the result
     * as the revision 领导修改稿. A file that is not this report is refused unless the clerk confirmed it.
     */
    async accept(
      reportId: string,
      bytes: Uint8Array,
      taken: readonly number[],
      confirmedOtherReport = false,
    ): Promise<Result<{ applied: number; skipped: LeaderChange[] }>> {
      const compared = await compare(reportId, bytes);
      if (!compared.ok) return compared;
      const { report, headerLines, changes, warning } = compared.value;
      if (warning && !confirmedOtherReport) return fail('invalid-input', warning);
      const chosen = new Set(taken);
      const { parts: changed, skipped } = applyToParts(report, headerLines, changes, chosen);
      const at = now().toISOString();
      revisions.take(reportId, 'before-import', at);
      for (const [key, json] of changed) {
        const saved = parts.save(reportId, key, json);
        if (!saved.ok) return saved;
      }
      revisions.take(reportId, 'leader-edits', at);
      const applied = changes.filter(
        (change) => chosen.has(change.id) && change.kind !== 'comment' && !skipped.includes(change),
      ).length;
      return ok({ applied, skipped });
    },
  };
}
