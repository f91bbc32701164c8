import JSZip from 'jszip';

/** What the leader does to the exported file in WPS, each change found by the paragraph's whole text. */
export interface LeaderEdits {
  /** With 修订 on: `text` typed at the end of the paragraph that reads `in`. */
  insert?: { in: string; text: string }[];
  /** With 修订 on: the closing `text` of the paragraph that reads `in` deleted. */
  delete?: { in: string; text: string }[];
  /** A 批注 over the whole paragraph that reads `on`. */
  comment?: { on: string; text: string }[];
  /** With 修订 off: a new paragraph typed after the one that reads `after`. */
  add?: { after: string; text: string }[];
  /**
   * 隐藏 set on the closing `text` of the paragraph that reads `in` (the whole paragraph when
   * they are the same): on the words themselves, or through a hidden character style.
   */
  hide?: { in: string; text: string; via: 'run' | 'style' }[];
  /** A paragraph in a hidden paragraph style (a drafting note) typed after the one that reads `after`. */
  note?: { after: string; text: string }[];
}

const HIDDEN_STYLES =
  '<w:style w:type="character" w:styleId="LeaderSecret"><w:name w:val="领导隐藏"/><w:rPr><w:vanish/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="LeaderNoteBase"><w:name w:val="批注底稿"/><w:rPr><w:vanish/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="LeaderNote"><w:name w:val="内部说明"/><w:basedOn w:val="LeaderNoteBase"/></w:style>';

const AUTHOR = 'w:author="王局长" w:date="2025-01-12T09:00:00Z"';
const run = (value: string) => `<w:r><w:t xml:space="preserve">${value}</w:t></w:r>`;

/** The paragraph of document.xml whose text is `value`, replaced by what `replace` makes of its properties. */
function replaceParagraph(xml: string, value: string, replace: (properties: string) => string): string {
  let found = false;
  const result = xml.replace(/<w:p(?:\s[^>]*)?>(.*?)<\/w:p>/gs, (whole, inner: string) => {
    const words = [...inner.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
    if (found || words !== value) return whole;
    found = true;
    return replace(/<w:pPr>.*?<\/w:pPr>/s.exec(inner)?.[0] ?? '');
  });
  if (!found) throw new Error(`no paragraph reads ${value}`);
  return result;
}

/**
 * The exported DOCX edited the way WPS saves the leader's work: w:ins / w:del with w:author for
 * 修订, word/comments.xml with its relationship and content type for 批注, plain runs otherwise.
 */
export async function leaderEditedDocx(docx: Buffer, edits: LeaderEdits): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  let xml = await zip.file('word/document.xml')!.async('string');
  let id = 900;
  for (const edit of edits.insert ?? [])
    xml = replaceParagraph(
      xml,
      edit.in,
      (pPr) => `<w:p>${pPr}${run(edit.in)}<w:ins w:id="${++id}" ${AUTHOR}>${run(edit.text)}</w:ins></w:p>`,
    );
  for (const edit of edits.delete ?? []) {
    const kept = edit.in.slice(0, edit.in.length - edit.text.length);
    xml = replaceParagraph(
      xml,
      edit.in,
      (pPr) =>
        `<w:p>${pPr}${run(kept)}<w:del w:id="${++id}" ${AUTHOR}><w:r><w:delText>${edit.text}</w:delText></w:r></w:del></w:p>`,
    );
  }
  const comments = (edits.comment ?? []).map((edit, index) => {
    xml = replaceParagraph(
      xml,
      edit.on,
      (pPr) =>
        `<w:p>${pPr}<w:commentRangeStart w:id="${index}"/>${run(edit.on)}<w:commentRangeEnd w:id="${index}"/><w:r><w:commentReference w:id="${index}"/></w:r></w:p>`,
    );
    return `<w:comment w:id="${index}" ${AUTHOR} w:initials="王"><w:p>${run(edit.text)}</w:p></w:comment>`;
  });
  for (const edit of edits.add ?? [])
    xml = replaceParagraph(
      xml,
      edit.after,
      (pPr) => `<w:p>${pPr}${run(edit.after)}</w:p><w:p>${pPr}${run(edit.text)}</w:p>`,
    );
  for (const edit of edits.hide ?? []) {
    const kept = edit.in.slice(0, edit.in.length - edit.text.length);
    const properties =
      edit.via === 'run' ? '<w:rPr><w:vanish/></w:rPr>' : '<w:rPr><w:rStyle w:val="LeaderSecret"/></w:rPr>';
    xml = replaceParagraph(
      xml,
      edit.in,
      (pPr) =>
        `<w:p>${pPr}${kept ? run(kept) : ''}<w:r>${properties}<w:t xml:space="preserve">${edit.text}</w:t></w:r></w:p>`,
    );
  }
  for (const edit of edits.note ?? [])
    xml = replaceParagraph(
      xml,
      edit.after,
      (pPr) =>
        `<w:p>${pPr}${run(edit.after)}</w:p><w:p><w:pPr><w:pStyle w:val="LeaderNote"/></w:pPr>${run(edit.text)}</w:p>`,
    );
  zip.file('word/document.xml', xml);
  if (edits.hide?.length || edits.note?.length) {
    const styles = await zip.file('word/styles.xml')!.async('string');
    zip.file('word/styles.xml', styles.replace('</w:styles>', `${HIDDEN_STYLES}</w:styles>`));
  }
  if (comments.length) {
    zip.file(
      'word/comments.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${comments.join('')}</w:comments>`,
    );
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    zip.file(
      'word/_rels/document.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdLeaderComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
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
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}
