import { parentPort, workerData } from 'node:worker_threads';
import { readReportBytes } from './read-report-bytes';
import { UnreadableFileError } from './unreadable-file-error';

/** The worker side of read-report-in-worker.ts: one file read, one answer, then the thread ends. */
const { bytes, name } = workerData as { bytes: Uint8Array; name: string };
readReportBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name).then(
  (text) => parentPort!.postMessage({ ok: true, text }),
  (error: unknown) =>
    parentPort!.postMessage(
      error instanceof UnreadableFileError
        ? { ok: false, message: error.message }
        : { ok: false, bug: error instanceof Error ? (error.stack ?? error.message) : String(error) },
    ),
);
