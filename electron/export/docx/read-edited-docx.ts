import JSZip from 'jszip';
import type { EditedParagraph } from '../../../shared/leader-edits/leader-changes';

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of `<w:t>` (or, inside a deletion, `<w:delText>`) elements in order; tabs as tabs. */
function texts(xml: string, tag: 'w:t' | 'w:delText'): string {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>|<w:tab/>`, 'g'))]
    .map((match) => (match[0] === '<w:tab/>' ? '\t' : decode(match[1]!)))
    .join('');
}

/**
 * The paragraphs of a DOCX as the leader sent it back from WPS or Word: tracked insertions
 * (`w:ins`) count only after, deletions (`w:del`) only before, and each paragraph carries the
 * comments anchored in it. mammoth cannot see tracked changes, so document.xml is read directly.
 */
export async function readEditedDocx(bytes: Uint8Array): Promise<EditedParagraph[]> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')?.async('string');
  if (!document) throw new Error('这不是 Word 文档（.docx），或文件已损坏。请在 WPS 中另存为 .docx 后再导入。');
  const commentsXml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  const comments = new Map(
    [...commentsXml.matchAll(/<w:comment\b[^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)].map((match) => [
      match[1]!,
      texts(match[2]!, 'w:t'),
    ]),
  );
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(document)?.[1] ?? '';
  return [...body.matchAll(/<w:p\b(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)]
    .map((match): EditedParagraph => {
      const xml = match[1]!.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, '');
      const ids = new Set(
        [...xml.matchAll(/<w:comment(?:RangeStart|Reference)\b[^>]*w:id="(\d+)"/g)].map((id) => id[1]!),
      );
      return {
        before: beforeText(xml),
        after: texts(xml.replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, ''), 'w:t'),
        comments: [...ids].map((id) => comments.get(id) ?? '').filter(Boolean),
      };
    })
    .filter((paragraph) => paragraph.before.trim() || paragraph.after.trim() || paragraph.comments.length > 0);
}

/** The paragraph as it was: kept text and deleted text in document order, insertions left out. */
function beforeText(xml: string): string {
  const withoutInserted = xml.replace(/<w:ins\b[^>]*>[\s\S]*?<\/w:ins>/g, '');
  return [...withoutInserted.matchAll(/<w:(t|delText)(?:\s[^>]*)?>([^<]*)<\/w:\1>|<w:tab\/>/g)]
    .map((match) => (match[0] === '<w:tab/>' ? '\t' : decode(match[2]!)))
    .join('');
}
