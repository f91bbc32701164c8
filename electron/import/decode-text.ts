import { fileSignature } from './file-signature';
import { UnreadableFileError } from './unreadable-file-error';

/** Control characters other than tab, line feed, form feed and carriage return never occur in a report. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/**
 * The text of a .txt report. Windows Notepad and WPS save Chinese text as GBK as often as UTF-8:
 * UTF-8 is tried strictly first. A Word file or a picture renamed .txt is refused with a message
 * that says what it really is.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  const signature = fileSignature(bytes);
  if (signature !== 'other') {
    throw new UnreadableFileError(
      `“${name}”其实是 Word 文档，不是文本文件。请把扩展名改为 ${signature === 'zip' ? '.docx' : '.doc'}，或在 WPS、Word 中另存为 .docx 后再导入。`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gbk').decode(bytes);
  }
  // A few stray control bytes survive copying; a binary file is full of them, and of bytes that
  // are neither UTF-8 nor GBK (decoded as U+FFFD).
  const strays = (text.match(CONTROL)?.length ?? 0) + (text.match(/\uFFFD/g)?.length ?? 0);
  if (text.includes('\u0000') || strays > 8 + text.length / 100) {
    throw new UnreadableFileError(
      `“${name}”不是文本文件（含有二进制内容）。请在 WPS 或 Word 中打开报告，另存为 .txt 或 .docx 后再试。`,
    );
  }
  return text.replace(CONTROL, '');
}
