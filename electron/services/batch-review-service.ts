import type {
  BatchOutputFormat,
  BatchReviewEntry,
  BatchReviewSummary,
} from '../../shared/batch-review/batch-review-entry';
import { batchReviewCsv } from '../../shared/batch-review/batch-review-table';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { batchReviewNoticeDocx } from '../export/batch-review-notice-docx';
import { batchReviewXlsx } from '../export/batch-review-xlsx';
import type { ChooseSavePath } from '../files/choose-save-path';
import { saveFileAs } from '../files/save-file-as';
import type { StoredRead } from '../store/batch-review-repository';
import type { Store } from '../store/create-store';
import { readBatchFile, type BatchFile } from './read-batch-file';

interface BatchReviewServiceDeps {
  store: Store;
  now: () => Date;
}

const noBatch = () => fail('not-found', '找不到这次汇审，可能已被删除。请回到汇审列表重新打开。');
const noEntry = () => fail('not-found', '找不到这份报告的汇审记录。请刷新汇审列表后再试。');

const safeName = (title: string) => title.replace(/[\\/:*?"<>|\r\n]+/g, '').trim() || '汇审';

export type BatchReviewService = ReturnType<typeof createBatchReviewService>;

/** What the save dialog filters by, for each output. */
const FILTERS: Record<BatchOutputFormat, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  csv: { name: 'CSV 表格', extensions: ['csv'] },
  notice: { name: 'Word 文档', extensions: ['docx'] },
};

/**
 * 汇审: the county office's batch of departments' reports, each read, checked and remembered
 * with its text, so the office can come back, mark a department 已通知修改 and re-read the
 * corrected file into the same row. The source files are only ever read.
 */
export function createBatchReviewService({ store, now }: BatchReviewServiceDeps) {
  const { batchReviews: repository } = store;

  /** The batch as 汇总 xlsx, CSV or the draft 通报 DOCX, with the name the save dialog offers. */
  async function output(
    batchId: number,
    format: BatchOutputFormat,
  ): Promise<Result<{ fileName: string; bytes: Buffer }>> {
    const batch = repository.batch(batchId);
    if (!batch) return noBatch();
    const entries = repository.entries(batchId);
    const name = safeName(batch.title);
    if (format === 'xlsx') return ok({ fileName: `${name}-汇总.xlsx`, bytes: await batchReviewXlsx(entries) });
    if (format === 'csv')
      return ok({ fileName: `${name}-汇总.csv`, bytes: Buffer.from(batchReviewCsv(entries), 'utf8') });
    const today = now().toISOString().slice(0, 10);
    return ok({
      fileName: `${name}-通报（草稿）.docx`,
      bytes: await batchReviewNoticeDocx(entries, { year: batch.year, today }),
    });
  }

  async function read(batchId: number, year: number | null, file: BatchFile, exceptId?: number): Promise<StoredRead> {
    const outcome = await readBatchFile(file, {
      year: year ?? undefined,
      duplicateOf: (hash) => repository.sameText(batchId, hash, exceptId),
    });
    return {
      fileName: file.name,
      text: outcome.text,
      textHash: outcome.textHash,
      reason: outcome.ok ? null : outcome.reason,
      report: outcome.report,
      at: now().toISOString(),
    };
  }

  return {
    create(input: { title: string; year: number | null }): Result<BatchReviewSummary> {
      return ok(repository.createBatch(input.title.trim() || '汇审', input.year, now().toISOString()));
    },

    list: (): Result<BatchReviewSummary[]> => ok(repository.batches()),

    get(batchId: number): Result<{ batch: BatchReviewSummary; entries: BatchReviewEntry[] }> {
      const batch = repository.batch(batchId);
      return batch ? ok({ batch, entries: repository.entries(batchId) }) : noBatch();
    },

    /** Reads and checks one file into a new row; an unreadable file is a row with its reason. */
    async addFile(batchId: number, file: BatchFile): Promise<Result<BatchReviewEntry>> {
      const batch = repository.batch(batchId);
      if (!batch) return noBatch();
      return ok(repository.addFile(batchId, await read(batchId, batch.year, file)));
    },

    /** A department's corrected file, read into its row; the 已通知修改 mark is cleared with the old text. */
    async reread(entryId: number, file: BatchFile): Promise<Result<BatchReviewEntry>> {
      const found = repository.entry(entryId);
      if (!found) return noEntry();
      const batch = repository.batch(found.batchId)!;
      return ok(repository.replaceFile(entryId, await read(found.batchId, batch.year, file, entryId)));
    },

    setNotified(entryId: number, notified: boolean): Result<BatchReviewEntry> {
      if (!repository.entry(entryId)) return noEntry();
      return ok(repository.setNotified(entryId, notified ? now().toISOString() : null));
    },

    /** A row's report as read, for the read-only view with its findings. */
    text(entryId: number): Result<{ entry: BatchReviewEntry; text: string; year: number | null }> {
      const found = repository.entry(entryId);
      if (!found) return noEntry();
      if (found.text === null) return fail('invalid-input', found.entry.reason ?? '这个文件没有读出文字。');
      const year = repository.batch(found.batchId)!.year ?? found.entry.report?.year ?? null;
      return ok({ entry: found.entry, text: found.text, year });
    },

    output,

    /** 保存汇总/通报: asks where (null when the clerk cancels), then writes the file whole or not at all. */
    async saveOutput(
      batchId: number,
      format: BatchOutputFormat,
      chooseSavePath: ChooseSavePath,
    ): Promise<Result<{ file: string } | null>> {
      const made = await output(batchId, format);
      if (!made.ok) return made;
      const saved = await saveFileAs({
        chooseSavePath,
        name: made.value.fileName,
        filter: FILTERS[format],
        write: made.value.bytes,
        what: format === 'notice' ? '通报' : '汇总表',
      });
      return saved.ok && saved.value ? ok({ file: saved.value.file }) : saved;
    },
  };
}
