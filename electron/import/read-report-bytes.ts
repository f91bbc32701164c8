import { extname } from 'node:path';
import { IMPORT_LIMITS, REPORT_FILE_EXTENSIONS, type ReportFileExtension } from '../../shared/import/import-limits';
import { decodeText } from './decode-text';
import { takeOutHiddenText, type HiddenText } from './docx-hidden-text';
import { docxToText } from './docx-to-text';
import { docToText } from './read-doc-file';
import { pdfToText } from './read-pdf-text';
import { checkReportText } from './import-text-limits';
import { UnreadableFileError } from './unreadable-file-error';

/** Refuses a file that cannot be a report by its size alone, before its bytes are read or parsed. */
export function checkReportSize(size: number, name: string): void {
  if (size === 0)
    throw new UnreadableFileError(`文件“${name}”是空的。请确认选对了文件，或在 WPS、Word 中重新保存报告。`);
  if (size > IMPORT_LIMITS.fileBytes)
    throw new UnreadableFileError(`文件“${name}”超过 20 MB，不像是一份年度报告。请确认选对了文件。`);
}

const IMAGE = /^\.(?:jpe?g|png|gif|bmp|tiff?|webp|heic)$/;

/** Every format a report is read from, by extension. */
const READERS: Record<ReportFileExtension, (bytes: Buffer, name: string) => string | Promise<string>> = {
  '.txt': decodeText,
  '.docx': docxToText,
  '.doc': docToText,
  '.wps': docToText,
  '.pdf': pdfToText,
};

/** A report file's visible text, and the hidden text (a .docx's `w:vanish`) taken out of it. */
export interface ReportText {
  text: string;
  hidden: HiddenText[];
}

/**
 * The text of a report file from its bytes, whether read from disk (CLI) or sent by the window
 * (import, 汇审): a .txt in UTF-8 or GBK, a .docx, an old Word .doc or WPS .wps, or a text PDF.
 * Text the file hides is never part of `text`: it is listed apart, for the import to show.
 * Throws UnreadableFileError with a Chinese message.
 */
export async function readReportBytes(bytes: Buffer, name: string): Promise<ReportText> {
  checkReportSize(bytes.length, name);
  const extension = extname(name).toLowerCase();
  const reader = (REPORT_FILE_EXTENSIONS as readonly string[]).includes(extension)
    ? READERS[extension as ReportFileExtension]
    : undefined;
  if (IMAGE.test(extension))
    throw new UnreadableFileError(
      `“${name}”是图片，不是报告文件。请向报送单位要报告的 .docx 文件；只有拍照或扫描件的，请先转成文字。`,
    );
  if (!reader)
    throw new UnreadableFileError(
      `不支持“${extension || '无扩展名'}”文件。请使用 ${REPORT_FILE_EXTENSIONS.join('、')} 格式的报告。`,
    );
  const { text, hidden } = takeOutHiddenText(await reader(bytes, name));
  if (!text.trim())
    throw new UnreadableFileError(
      hidden.length
        ? `“${name}”里的文字都设成了隐藏（在 WPS 或 Word 中看不到），没有可导入的内容。请在原文件中取消隐藏后再导入。`
        : `“${name}”里没有文字。请确认选对了文件；若报告是扫描的图片，请先转成文字。`,
    );
  checkReportText(text, name);
  return { text, hidden };
}
