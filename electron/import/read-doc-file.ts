import { docxToText } from './docx-to-text';
import { fileSignature } from './file-signature';
import { UnreadableFileError } from './unreadable-file-error';

// Besides tab and line feed, Word's binary text carries field marks and cell ends as control characters.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

const saveAsDocx = (name: string, why: string) =>
  new UnreadableFileError(`“${name}”${why}，无法读取。请在 WPS 或 Word 中打开，另存为 .docx 后再试。`);

/**
 * The text of an old Word (.doc) or WPS (.wps) report, one paragraph a line. Departments still
 * send them; what word-extractor cannot read (an encrypted file, a damaged one, an older WPS
 * format) is refused with the way out: save it as .docx.
 */
export async function docToText(bytes: Buffer, name: string): Promise<string> {
  const signature = fileSignature(bytes);
  // WPS saves .wps and .doc names over the new format too: read it as the .docx it is.
  if (signature === 'zip') return docxToText(bytes, name);
  if (signature !== 'ole') {
    // Word and WPS also save RTF and web pages under a .doc name.
    const head = bytes.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
    if (head.startsWith('{\\rtf')) throw saveAsDocx(name, '其实是 RTF 格式，不是 Word 文档');
    if (/^(?:<!doctype html|<html|mime-version)/.test(head)) throw saveAsDocx(name, '其实是网页格式，不是 Word 文档');
    throw saveAsDocx(name, '不是有效的 Word 或 WPS 文档');
  }
  // Loaded only for an old Word file: a .txt or .docx read (the command line's check and export) never compiles it.
  const { default: WordExtractor } = await import('word-extractor');
  let body: string;
  try {
    // Unfiltered: by default word-extractor turns “ ” into straight quotes, which the checks flag.
    body = (await new WordExtractor().extract(bytes)).getBody({ filterUnicode: false });
  } catch {
    throw saveAsDocx(name, '加了密码、已损坏，或是本程序读不了的旧版格式');
  }
  return body.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}
