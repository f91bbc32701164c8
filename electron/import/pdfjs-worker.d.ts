// pdf.js types its main module only; the worker module is imported just to be found on globalThis.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
