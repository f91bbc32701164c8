// Apart from import-source.ts, which builds zod schemas: the CLI checks a file's size without loading zod.
/** Bounds on what an import reads, so a wrong file is refused at once instead of filling memory. */
export const IMPORT_LIMITS = {
  /** A long report with pictures is a few MB; 20 MB is already far beyond one. */
  fileBytes: 20 * 1024 * 1024,
  /** What a .docx may inflate to: its text and parts, never gigabytes of zip bomb. */
  unzippedBytes: 200 * 1024 * 1024,
  pasteChars: 1_000_000,
} as const;
