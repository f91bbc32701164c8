import { fail, ok } from '../../shared/ipc/result';
import type { BatchFileUpload, BatchOutputFormat } from '../../shared/batch-review/batch-review-entry';
import { ExportWriteError, writeFileSafely } from '../export/write-file-safely';
import type { BatchFile } from '../services/read-batch-file';
import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './handlers';

const FILTERS: Record<BatchOutputFormat, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  csv: { name: 'CSV 表格', extensions: ['csv'] },
  notice: { name: 'Word 文档', extensions: ['docx'] },
};

const batchFile = ({ name, size, bytesBase64 }: BatchFileUpload): BatchFile => ({
  name,
  size,
  bytes: bytesBase64 === undefined ? undefined : Buffer.from(bytesBase64, 'base64'),
});

/** 汇审: batches, their files one per request, marks, and the outputs saved where main decides. */
export function batchReviewHandlers({ services: { batchReviews }, chooseSavePath }: HandlerDeps) {
  return {
    'batch-review:create': (input) => batchReviews.create(input),
    'batch-review:list': () => batchReviews.list(),
    'batch-review:get': ({ batchId }) => batchReviews.get(batchId),
    'batch-review:add-file': ({ batchId, file }) => batchReviews.addFile(batchId, batchFile(file)),
    'batch-review:reread': ({ entryId, file }) => batchReviews.reread(entryId, batchFile(file)),
    'batch-review:set-notified': ({ entryId, notified }) => batchReviews.setNotified(entryId, notified),
    'batch-review:text': ({ entryId }) => batchReviews.text(entryId),
    'batch-review:save-output': async ({ batchId, format }) => {
      const output = await batchReviews.output(batchId, format);
      if (!output.ok) return output;
      const file = await chooseSavePath(output.value.fileName, FILTERS[format]);
      if (file === null) return ok(null);
      try {
        await writeFileSafely(file, output.value.bytes);
      } catch (error) {
        if (error instanceof ExportWriteError) return fail('internal', error.message);
        throw error;
      }
      return ok({ file });
    },
  } satisfies Partial<Handlers>;
}
