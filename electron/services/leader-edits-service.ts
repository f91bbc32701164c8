import { alignLeaderEdits, fileTitleAndSignature } from '../../shared/leader-edits/align-leader-edits';
import { applyLeaderEdits } from '../../shared/leader-edits/apply-leader-edits';
import { foreignFileWarning } from '../../shared/leader-edits/foreign-file-warning';
import type { LeaderEditsProposal } from '../../shared/leader-edits/leader-edits-proposal';
import { fail, ok, type Result } from '../../shared/ipc/result';
import type { Report } from '../../shared/report/report';
import { readEditedDocx } from '../import/read-edited-docx';
import { UnreadableFileError } from '../import/unreadable-file-error';
import type { Store } from '../store/create-store';
import { refuseIfFrozen } from './refuse-if-frozen';
import { reportMissing } from './report-missing';
import type { RevisionService } from './revision-service';

export interface LeaderEditsServiceDeps {
  store: Store;
  now: () => Date;
  revisions: RevisionService;
}

export interface LeaderEditsFile {
  reportId: string;
  name: string;
  bytesBase64: string;
}

export type LeaderEditsService = ReturnType<typeof createLeaderEditsService>;

/** The report's last save, parts included: a proposal is only good for the state it was read against. */
const savedAt = (report: Report) => [report.updatedAt, ...report.parts.map((part) => part.updatedAt)].sort().at(-1)!;

/**
 * 导入修改稿: the DOCX the leader edited (修订 and 批注 included) compared with the report, and
 * the changes the clerk takes saved, with the state before and after kept in the history.
 */
export function createLeaderEditsService({ store, now, revisions }: LeaderEditsServiceDeps) {
  const { db, reports } = store;

  async function propose(file: LeaderEditsFile): Promise<Result<LeaderEditsProposal>> {
    const report = reports.find(file.reportId);
    if (!report) return reportMissing('它可能已被删除');
    // Refused before the comparison, so the clerk does not review changes that cannot be taken.
    const frozen = refuseIfFrozen(reports, report.id);
    if (frozen) return frozen;
    let read;
    try {
      read = await readEditedDocx(Buffer.from(file.bytesBase64, 'base64'), file.name);
    } catch (error) {
      if (error instanceof UnreadableFileError) return fail('invalid-input', error.message);
      throw error;
    }
    const rows = alignLeaderEdits(report, read.paragraphs, read.comments);
    return ok({
      reportId: report.id,
      reportUpdatedAt: savedAt(report),
      fileName: file.name,
      foreignWarning: foreignFileWarning(report, fileTitleAndSignature(read.paragraphs, report.title)),
      rows,
      hidden: read.paragraphs.flatMap((paragraph) =>
        paragraph.hidden.map((text) => ({ text, near: paragraph.edited.trim() })),
      ),
    });
  }

  return {
    /** The side-by-side comparison; nothing is saved. */
    read: propose,

    /**
     * Takes the chosen rows: a revision of the state before, the changed text saved, and a
     * revision 领导修改稿 after, all or nothing. A file that looks like another report's is only
     * taken once the clerk has confirmed it.
     */
    async accept(
      input: LeaderEditsFile & { reportUpdatedAt: string; rowIds: number[]; confirmForeign: boolean },
    ): Promise<Result<Report>> {
      const proposal = await propose(input);
      if (!proposal.ok) return proposal;
      if (proposal.value.reportUpdatedAt !== input.reportUpdatedAt)
        return fail('invalid-input', '报告在比对之后又有修改，请重新导入修改稿再选择要采纳的修改。');
      if (proposal.value.foreignWarning && !input.confirmForeign)
        return fail('invalid-input', proposal.value.foreignWarning);
      const chosen = new Set(input.rowIds);
      if (!proposal.value.rows.some((row) => row.change && !row.change.notTakeable && chosen.has(row.id)))
        return fail('invalid-input', '没有选择要采纳的修改。请勾选要采纳的修改，或点“全部采纳”。');
      return db.transaction((): Result<Report> => {
        const frozenNow = refuseIfFrozen(reports, input.reportId);
        if (frozenNow) return frozenNow;
        const report = reports.find(input.reportId);
        if (!report) return reportMissing('它可能已被删除');
        const at = now().toISOString();
        revisions.take(report.id, 'before-leader-edits', at);
        const result = applyLeaderEdits(report, proposal.value.rows, chosen);
        reports.updateHeader(report.id, result.header, at);
        for (const part of result.parts) reports.savePart(report.id, part.key, part.contentJson, part.plainText, at);
        revisions.take(report.id, 'leader-edits', at);
        return ok(reports.find(report.id)!);
      })();
    },
  };
}
