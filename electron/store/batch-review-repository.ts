import type { BatchReport, BatchReviewEntry, BatchReviewSummary } from '../../shared/batch-review/batch-review-entry';
import type { Db } from './open-database';

interface BatchRow {
  id: number;
  title: string;
  year: number | null;
  created_at: string;
  files: number;
}

interface FileRow {
  id: number;
  batch_id: number;
  file_name: string;
  text: string | null;
  reason: string | null;
  report_json: string | null;
  notified_at: string | null;
  read_at: string;
}

/** What a read file leaves in its row. */
export interface StoredRead {
  fileName: string;
  text: string | null;
  textHash: string | null;
  reason: string | null;
  report: BatchReport | null;
  at: string;
}

const toSummary = (row: BatchRow): BatchReviewSummary => ({
  id: row.id,
  title: row.title,
  year: row.year,
  createdAt: row.created_at,
  files: row.files,
});

const toEntry = (row: FileRow): BatchReviewEntry => ({
  id: row.id,
  file: row.file_name,
  notified: row.notified_at !== null,
  readAt: row.read_at,
  reason: row.reason,
  report: row.report_json ? (JSON.parse(row.report_json) as BatchReport) : null,
});

const params = (read: StoredRead) => ({
  fileName: read.fileName,
  text: read.text,
  textHash: read.textHash,
  reason: read.reason,
  reportJson: read.report ? JSON.stringify(read.report) : null,
  at: read.at,
});

export type BatchReviewRepository = ReturnType<typeof createBatchReviewRepository>;

/** Batches of 汇审 and their files. */
export function createBatchReviewRepository(db: Db) {
  const summary = `SELECT b.*, (SELECT count(*) FROM batch_review_files f WHERE f.batch_id = b.id) AS files FROM batch_reviews b`;
  const statements = {
    insertBatch: db.prepare<[string, number | null, string]>(
      'INSERT INTO batch_reviews (title, year, created_at) VALUES (?, ?, ?)',
    ),
    batch: db.prepare<[number], BatchRow>(`${summary} WHERE b.id = ?`),
    batches: db.prepare<[], BatchRow>(`${summary} ORDER BY b.id DESC`),
    insertFile: db.prepare(`
      INSERT INTO batch_review_files (batch_id, file_name, text, text_hash, reason, report_json, read_at)
      VALUES (@batchId, @fileName, @text, @textHash, @reason, @reportJson, @at)`),
    replaceFile: db.prepare(`
      UPDATE batch_review_files SET file_name = @fileName, text = @text, text_hash = @textHash, reason = @reason,
        report_json = @reportJson, read_at = @at, notified_at = NULL
      WHERE id = @id`),
    file: db.prepare<[number], FileRow>('SELECT * FROM batch_review_files WHERE id = ?'),
    files: db.prepare<[number], FileRow>('SELECT * FROM batch_review_files WHERE batch_id = ? ORDER BY id'),
    sameText: db.prepare<[number, string, number], { file_name: string }>(
      'SELECT file_name FROM batch_review_files WHERE batch_id = ? AND text_hash = ? AND id != ? ORDER BY id LIMIT 1',
    ),
    setNotified: db.prepare<[string | null, number]>('UPDATE batch_review_files SET notified_at = ? WHERE id = ?'),
  };
  const file = (id: number) => statements.file.get(id);
  return {
    createBatch(title: string, year: number | null, at: string): BatchReviewSummary {
      const { lastInsertRowid } = statements.insertBatch.run(title, year, at);
      return toSummary(statements.batch.get(Number(lastInsertRowid))!);
    },
    batch: (id: number) => {
      const row = statements.batch.get(id);
      return row && toSummary(row);
    },
    batches: () => statements.batches.all().map(toSummary),
    entries: (batchId: number) => statements.files.all(batchId).map(toEntry),
    entry: (id: number) => {
      const row = file(id);
      return row && { batchId: row.batch_id, entry: toEntry(row), text: row.text };
    },
    /** The name of another file of the batch with the same text; `exceptId` is the row being re-read. */
    sameText: (batchId: number, textHash: string, exceptId = 0) =>
      statements.sameText.get(batchId, textHash, exceptId)?.file_name,
    addFile(batchId: number, read: StoredRead): BatchReviewEntry {
      const { lastInsertRowid } = statements.insertFile.run({ batchId, ...params(read) });
      return toEntry(file(Number(lastInsertRowid))!);
    },
    replaceFile(id: number, read: StoredRead): BatchReviewEntry {
      statements.replaceFile.run({ id, ...params(read) });
      return toEntry(file(id)!);
    },
    setNotified(id: number, at: string | null): BatchReviewEntry {
      statements.setNotified.run(at, id);
      return toEntry(file(id)!);
    },
  };
}
