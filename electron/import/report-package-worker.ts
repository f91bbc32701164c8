import { readReportPackage } from './read-report-package';
import { answerFromWorker } from './run-in-worker';

/** The worker side of read-package-in-worker.ts: one package read and checked, one answer. */
answerFromWorker(({ bytes }: { bytes: Uint8Array }) => readReportPackage(bytes));
