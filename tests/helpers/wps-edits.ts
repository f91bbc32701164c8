import JSZip from 'jszip';

const AUTHOR = 'w:author="张局长" w:date="2025-01-10T09:00:00Z"';

/** The paragraph of document.xml whose text (all its w:t) is `text`. */
function findParagraph(xml: string, text: string): { start: number; end: number; body: string } {
  for (const match of xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)) {
    const joined = [...match[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    if (joined === text) return { start: match.index, end: match.index + match[0].length, body: match[0] };
  }
  throw new Error(`no paragraph ${text}`);
}

/**
 * Edits an exported DOCX the way WPS saves a leader's 修订 and 批注: an inserted sentence and a
 * deleted one as w:ins / w:del, a comment in comments.xml anchored in a paragraph, and a new
 * paragraph whose mark and text are both tracked insertions.
 */
export async function editLikeWps(
  docx: Buffer,
  edits: {
    insertInto?: string;
    inserted?: string;
    deleteFrom?: string;
    deleted?: string;
    comment?: { on: string; text: string };
    newAfter?: string;
    newText?: string;
  },
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  let xml = await zip.file('word/document.xml')!.async('string');
  const replace = (text: string, change: (paragraph: string) => string) => {
    const found = findParagraph(xml, text);
    xml = xml.slice(0, found.start) + change(found.body) + xml.slice(found.end);
  };
  if (edits.insertInto)
    replace(edits.insertInto, (paragraph) =>
      paragraph.replace(
        /<\/w:p>$/,
        `<w:ins w:id="901" ${AUTHOR}><w:r><w:t>${edits.inserted}</w:t></w:r></w:ins></w:p>`,
      ),
    );
  if (edits.deleteFrom)
    replace(edits.deleteFrom, (paragraph) =>
      paragraph.replace(
        /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/,
        (_, properties: string, text: string) => {
          const kept = text.slice(0, text.length - edits.deleted!.length);
          return (
            `<w:r>${properties}<w:t xml:space="preserve">${kept}</w:t></w:r>` +
            `<w:del w:id="902" ${AUTHOR}><w:r>${properties}<w:delText>${edits.deleted}</w:delText></w:r></w:del>`
          );
        },
      ),
    );
  if (edits.comment)
    replace(edits.comment.on, (paragraph) =>
      paragraph
        .replace(/(<\/w:pPr>)/, '$1<w:commentRangeStart w:id="0"/>')
        .replace(/<\/w:p>$/, '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'),
    );
  if (edits.newAfter)
    replace(
      edits.newAfter,
      (paragraph) =>
        paragraph +
        `<w:p><w:pPr><w:ind w:firstLine="632"/><w:rPr><w:ins w:id="903" ${AUTHOR}/></w:rPr></w:pPr>` +
        `<w:ins w:id="904" ${AUTHOR}><w:r><w:t>${edits.newText}</w:t></w:r></w:ins></w:p>`,
    );
  zip.file('word/document.xml', xml);
  zip.file(
    'word/comments.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:comment w:id="0" ${AUTHOR} w:initials="张"><w:p><w:r><w:t>${edits.comment?.text ?? ''}</w:t></w:r></w:p></w:comment></w:comments>`,
  );
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  zip.file(
    'word/_rels/document.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
    ),
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}
