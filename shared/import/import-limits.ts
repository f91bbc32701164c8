// Apart from import-source.ts, which builds zod schemas: the CLI checks a file's size without loading zod.
/** Bounds on what an import reads, so a wrong file is refused at once instead of filling memory. */
export const IMPORT_LIMITS = {
  /** A long report with pictures is a few MB; 20 MB is already far beyond one. */
  fileBytes: 20 * 1024 * 1024,
  /** What a .docx may inflate to: its text and parts, never gigabytes of zip bomb. */
  unzippedBytes: 200 * 1024 * 1024,
  pasteChars: 1_000_000,
} as const;

/** The formats a report is read from; the main process has one reader for each (read-report-bytes.ts). */
export const REPORT_FILE_EXTENSIONS = ['.docx', '.doc', '.wps', '.txt', '.pdf'] as const;
export type ReportFileExtension = (typeof REPORT_FILE_EXTENSIONS)[number];
/** The file chooser's filter for a report. */
export const REPORT_FILE_ACCEPT = REPORT_FILE_EXTENSIONS.join(',');
