import { readReportBytes } from './read-report-bytes';
import { answerFromWorker } from './run-in-worker';

/** The worker side of read-report-in-worker.ts: one file read, one answer, then the thread ends. */
answerFromWorker(({ bytes, name }: { bytes: Uint8Array; name: string }) =>
  readReportBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name),
);
