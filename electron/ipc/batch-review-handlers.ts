import type { BatchFileUpload } from '../../shared/batch-review/batch-review-entry';
import type { BatchFile } from '../services/read-batch-file';
import type { HandlerDeps } from './handler-deps';
import type { Handlers } from './handlers';

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
    'batch-review:save-output': ({ batchId, format }) => batchReviews.saveOutput(batchId, format, chooseSavePath),
  } satisfies Partial<Handlers>;
}
