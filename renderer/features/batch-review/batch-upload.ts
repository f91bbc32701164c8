import type { BatchFileUpload } from '../../../shared/batch-review/batch-review-entry';
import { IMPORT_LIMITS, REPORT_FILE_ACCEPT } from '../../../shared/import/import-limits';
import { readFileUpload } from '../../app/read-file-upload';

/** The formats departments send; the services read each or say why not. */
export const BATCH_ACCEPT = REPORT_FILE_ACCEPT;

/**
 * A picked file as the 汇审 channel carries it. One over the size limit goes as its name and size,
 * so the services give it its reason in the table instead of the window refusing it.
 */
export async function batchUpload(file: File): Promise<BatchFileUpload> {
  if (file.size > IMPORT_LIMITS.fileBytes) return { name: file.name, size: file.size };
  return { ...(await readFileUpload(file, IMPORT_LIMITS.fileBytes, '一份年度报告')), size: file.size };
}
