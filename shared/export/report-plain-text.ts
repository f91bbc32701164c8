import { addresseeLine, type ExportDocument } from './export-document';

/**
 * The whole report as plain text for a website's editor (复制为纯文本): one paragraph a line, the
 * first-line indent as two full-width spaces, headings with their numbers, tables tab-separated.
 */
export function reportPlainText(doc: ExportDocument): string {
  const indent = '\u3000\u3000';
  const body = doc.blocks.map((block) => {
    if (block.kind === 'table') return block.rows.map((row) => row.join('\t')).join('\n');
    if (block.kind === 'heading') return indent + block.text;
    return indent + (block.lead?.text ?? '') + block.text;
  });
  const closing = [doc.signature, doc.date].filter(Boolean);
  return [
    doc.title,
    '',
    ...(doc.addressee ? [addresseeLine(doc.addressee)] : []),
    ...body,
    ...(closing.length ? ['', ...closing] : []),
  ].join('\n');
}
