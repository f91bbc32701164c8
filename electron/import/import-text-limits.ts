import { UnreadableFileError } from './unreadable-file-error';

/**
 * The bounds on a report's text, one set for every way in (a file or a paste, through the window,
 * the preview or the CLI), matching what an import draft may hold (shared/import/import-draft.ts).
 */
export const TEXT_LIMITS = { lines: 50_000, lineChars: 100_000, titleChars: 200 } as const;

// Vertical tab and form feed are line breaks as WPS's and Word's text export write them.
const LINE_BREAK = /\r\n|[\n\r\v\f\u2028\u2029]/;

/** Refuses text no report has: too many lines, or one line longer than a whole report. */
export function checkReportText(text: string, name: string): void {
  let lines = 0;
  let number = 0;
  for (const line of text.split(LINE_BREAK)) {
    number++;
    if (line.length > TEXT_LIMITS.lineChars) {
      throw new UnreadableFileError(
        `“${name}”第 ${number} 行有 ${line.length} 个字，超过一行 10 万字的上限，像是没有分段的文字或其他文件。` +
          '请在 WPS 或 Word 中打开，确认每段单独成行后再导入。',
      );
    }
    if (line.trim() && ++lines > TEXT_LIMITS.lines) {
      throw new UnreadableFileError(`“${name}”超过 5 万行，远多于一份年度报告。请确认选对了文件，或只导入报告本身。`);
    }
  }
}
