import JSZip from 'jszip';
import {
  readCommentsXml,
  readDocumentXml,
  type EditedComment,
  type EditedParagraph,
} from '../../shared/leader-edits/read-document-xml';
import { hiddenStyleIds } from '../../shared/import/is-hidden-run';
import { checkReportSize } from './read-report-bytes';
import { checkDocxZip } from './check-docx-zip';
import { fileSignature } from './file-signature';
import { UnreadableFileError } from './unreadable-file-error';

/**
 * The paragraphs, tracked changes and comments of the DOCX that came back from the leader. Read
 * from the XML itself: mammoth takes every tracked change as accepted and drops the comments.
 * Throws UnreadableFileError with the import's Chinese messages for a file that is not a .docx.
 */
export async function readEditedDocx(
  bytes: Buffer,
  name: string,
): Promise<{ paragraphs: EditedParagraph[]; comments: EditedComment[] }> {
  checkReportSize(bytes.length, name);
  if (!/\.docx$/i.test(name))
    throw new UnreadableFileError(`修改稿须是 .docx 文件。请在 WPS 或 Word 中把“${name}”另存为 .docx 后再导入。`);
  const signature = fileSignature(bytes);
  if (signature === 'ole')
    throw new UnreadableFileError(
      `“${name}”加了密码，或是旧版 Word 格式（.doc），无法读取。请在 WPS 或 Word 中打开，取消密码后另存为 .docx 再导入。`,
    );
  if (signature !== 'zip')
    throw new UnreadableFileError(
      `“${name}”不是有效的 Word 文档（.docx），只是扩展名为 .docx。请在原来的程序中打开它，另存为 .docx 后再试。`,
    );
  checkDocxZip(bytes, name);
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')!.async('string');
  const comments = await zip.file('word/comments.xml')?.async('string');
  // Styles can hide text too (a hidden character or paragraph style), so they are read with the body.
  const hiddenStyles = hiddenStyleIds(await zip.file('word/styles.xml')?.async('string'));
  const paragraphs = readDocumentXml(document, hiddenStyles);
  if (!paragraphs.some((paragraph) => paragraph.original.trim() || paragraph.edited.trim()))
    throw new UnreadableFileError(`“${name}”里没有文字。请确认选对了修改稿。`);
  return { paragraphs, comments: comments ? readCommentsXml(comments, hiddenStyles) : [] };
}
