import { draftPartContents } from '../../shared/import/draft-part-contents';
import { importReport } from '../../shared/import/import-report';
import type { ImportApply, ImportDraft } from '../../shared/import/import-draft';
import type { ImportSource } from '../../shared/import/import-source';
import { fail, ok, type Failure, type Result } from '../../shared/ipc/result';
import { draftBlocksToJson } from '../../shared/report/draft-blocks-to-json';
import { blocksPlainText, partBlocks } from '../../shared/report/part-content';
import { NewReport, type Report } from '../../shared/report/report';
import { checkedDraft } from '../import/checked-draft';
import { checkReportText } from '../import/import-text-limits';
import { readReportBytes } from '../import/read-report-bytes';
import type { ReadReport } from '../import/read-report-in-worker';
import { UnreadableFileError } from '../import/unreadable-file-error';
import type { Store } from '../store/create-store';
import { refuseIfFrozen } from './refuse-if-frozen';
import { reportMissing } from './report-missing';
import type { ReportService } from './report-service';
import type { RevisionService } from './revision-service';
import type { StatusService } from './status-service';
import { issueMessages } from '../../shared/ipc/issue-messages';

export interface ImportServiceDeps {
  store: Store;
  now: () => Date;
  reports: ReportService;
  revisions: RevisionService;
  /** Records an imported past report as sent, by the same rule as the 审签报送 panel. */
  statuses: Pick<StatusService, 'recordPast'>;
  /** How a file's bytes become text: in a worker thread in the app and the preview (see open-services). */
  readReport?: ReadReport;
}

export type ImportService = ReturnType<typeof createImportService>;

/** The report fields a new report takes from the draft, when the review did not give them. */
function newReportOf({ newReport, draft }: ImportApply): Result<NewReport> {
  if (newReport) return ok(newReport);
  const parsed = NewReport.safeParse({
    organizationName: draft.organization,
    year: draft.year,
    addressee: draft.addressee,
    title: draft.title,
  });
  if (parsed.success) return ok(parsed.data);
  return fail('invalid-input', `导入前请补全报告信息：${issueMessages(parsed.error)}。`);
}

/** Carries a refusal out of the transaction, so better-sqlite3 rolls back what the import wrote before it. */
class ImportRefused extends Error {
  constructor(readonly result: Failure) {
    super('import refused');
  }
}

/** Import: read a file or a paste into a draft (nothing saved), then apply the reviewed draft. */
export function createImportService({
  store,
  now,
  reports,
  revisions,
  statuses,
  readReport = readReportBytes,
}: ImportServiceDeps) {
  const { db, reports: repository } = store;

  return {
    /** The draft of a pasted report or a .txt/.docx file; the database is not touched. */
    async read(source: ImportSource): Promise<Result<ImportDraft>> {
      try {
        const name = source.kind === 'text' ? '粘贴的文字' : source.name;
        const { text, hidden } =
          source.kind === 'text'
            ? { text: source.text, hidden: [] }
            : await readReport(Buffer.from(source.bytesBase64, 'base64'), source.name);
        if (!text.trim()) return fail('invalid-input', '没有可导入的文字。请粘贴整篇报告，或选择 .docx、.txt 文件。');
        checkReportText(text, name);
        // Hidden text is never imported unasked: the review lists it (原文件中有隐藏文字) for the clerk.
        const draft = importReport(text);
        return ok(
          checkedDraft(
            hidden.length ? { ...draft, hidden: hidden.map((piece) => ({ ...piece, included: false })) } : draft,
            name,
          ),
        );
      } catch (error) {
        if (error instanceof UnreadableFileError) return fail('invalid-input', error.message);
        throw error;
      }
    },

    /**
     * Saves the reviewed draft in one transaction: into a new report, or into an existing one after
     * a revision of what it held ('before-import'), so the import can be undone from the history.
     * Header fields the draft leaves empty keep their values.
     */
    apply(input: ImportApply): Result<Report> {
      try {
        return save(input);
      } catch (error) {
        if (error instanceof ImportRefused) return error.result;
        throw error;
      }
    },
  };

  function save(input: ImportApply): Result<Report> {
    const { draft } = input;
    return db.transaction((): Result<Report> => {
      const at = now().toISOString();
      let id: string;
      if (input.reportId) {
        id = input.reportId;
        const frozen = refuseIfFrozen(repository, id);
        if (frozen) return frozen;
        if (revisions.take(id, 'before-import', at) === undefined) return reportMissing('导入没有进行');
      } else {
        const fields = newReportOf(input);
        if (!fields.ok) return fields;
        id = reports.create(fields.value).id;
      }
      const current = repository.find(id)!;
      // A new report already has the title and addressee the review confirmed in newReport.
      const existing = input.reportId !== undefined;
      repository.updateHeader(
        id,
        {
          title: (existing && draft.title.trim()) || current.title,
          addressee: (existing && draft.addressee.trim()) || current.addressee,
          signature: draft.signature.trim() || current.signature,
          issuedOn: draft.date ?? current.issuedOn,
        },
        at,
      );
      for (const [key, blocks] of draftPartContents(draft)) {
        const json = blocks.length ? draftBlocksToJson(blocks) : null;
        repository.savePart(id, key, json, json ? blocksPlainText(partBlocks(json)) : '', at);
      }
      // Last, on the report as imported: a refusal (a day to come, a year not yet due) undoes the whole import.
      if (input.pastRecord) {
        const recorded = statuses.recordPast(id, input.pastRecord);
        if (!recorded.ok) throw new ImportRefused(recorded);
      }
      return ok(repository.find(id)!);
    })();
  }
}
