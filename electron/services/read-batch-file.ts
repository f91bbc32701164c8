import { createHash } from 'node:crypto';
import type { BatchReport } from '../../shared/batch-review/batch-review-entry';
import { summarizeReport } from '../../shared/batch-review/summarize-report';
import { runChecks } from '../../shared/checks/run-checks';
import { readReportText } from '../../shared/reading/read-report-text';
import { checkReportSize, readReportBytes } from '../import/read-report-bytes';
import { UnreadableFileError } from '../import/unreadable-file-error';

/** A file of a batch: its bytes, or only its size when it is too large to be sent or read at all. */
export interface BatchFile {
  name: string;
  size: number;
  bytes?: Buffer;
}

export interface ReadBatchFileOptions {
  /** The year every report is checked for; undefined: each report's own title says. */
  year?: number;
  /** The name of an earlier file of the batch with this text, if any. */
  duplicateOf: (textHash: string) => string | undefined;
}

export type BatchFileOutcome =
  | { ok: true; text: string; textHash: string; report: BatchReport }
  | { ok: false; reason: string; text: null; textHash: null; report: null };

const refused = (reason: string): BatchFileOutcome => ({ ok: false, reason, text: null, textHash: null, report: null });

/** Two copies of one report differ at most in spacing and line breaks. */
const hashOf = (text: string) => createHash('sha256').update(text.replace(/\s+/g, '')).digest('hex');

/**
 * Reads and checks one file of a 汇审. Whatever is wrong with the file becomes its Chinese reason,
 * never an exception: one bad file must not stop the batch.
 */
export async function readBatchFile(file: BatchFile, options: ReadBatchFileOptions): Promise<BatchFileOutcome> {
  let text: string;
  try {
    checkReportSize(file.size, file.name);
    if (!file.bytes) throw new UnreadableFileError(`“${file.name}”没有读到内容。请重新选择这个文件。`);
    // What the bureau's file shows is what it reports: hidden text is not checked as part of it.
    text = (await readReportBytes(file.bytes, file.name)).text;
  } catch (error) {
    if (error instanceof UnreadableFileError) return refused(error.message);
    return refused(
      `“${file.name}”读取时出错（${error instanceof Error ? error.message : String(error)}）。请在 WPS 或 Word 中另存为 .docx 后再试。`,
    );
  }
  const textHash = hashOf(text);
  const original = options.duplicateOf(textHash);
  if (original) return refused(`与“${original}”内容相同，可能重复报送或报错了文件。`);
  const doc = readReportText(text, options.year);
  return { ok: true, text, textHash, report: summarizeReport(doc, runChecks(doc)) };
}
