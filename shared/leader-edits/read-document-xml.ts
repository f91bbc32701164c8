import { isHiddenRun } from '../import/is-hidden-run';

/** One paragraph of the edited DOCX, read both as it was sent out and as the leader left it. */
export interface EditedParagraph {
  /**
   * The text before the tracked changes: deletions kept, insertions left out. Hidden text is kept:
   * the export hides nothing, so report text found hidden was hidden after it was sent out.
   */
  original: string;
  /** The text with every tracked change taken, hidden text left out (the leader does not see it). */
  edited: string;
  /** The hidden pieces (w:vanish) the paragraph has as the leader left it; consecutive runs make one. */
  hidden: string[];
  /** Who made the tracked changes in it (w:author), in order of first appearance. */
  authors: string[];
  tracked: boolean;
  /** Ids of the comments anchored in it (w:commentRangeStart or w:commentReference). */
  commentIds: string[];
  /** Inside a table: its text is compared but not imported. */
  inTable: boolean;
}

export interface EditedComment {
  id: string;
  author: string;
  text: string;
}

const TAG = /<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name] ?? whole;
  });
}

function attribute(attributes: string, name: string): string {
  const match = new RegExp(`${name}="([^"]*)"`).exec(attributes);
  return match ? decode(match[1]!) : '';
}

/** Elements whose content is formatting history or field code, never text on the page. */
const SKIPPED = new Set([
  'w:rPrChange',
  'w:pPrChange',
  'w:instrText',
  'w:delInstrText',
  'w:pPr',
  'w:rPr',
  // A text box's paragraphs sit inside a paragraph of the body: they are not the report's text.
  'w:txbxContent',
]);

/**
 * The body paragraphs of word/document.xml as WPS and Word save them with 修订 on: text in w:ins
 * is the leader's insertion, w:delText inside w:del the leader's deletion. Read with a small tag
 * scanner rather than a DOM, since shared/ code runs without one.
 */
export function readDocumentXml(xml: string, hiddenStyles: ReadonlySet<string> = new Set()): EditedParagraph[] {
  const paragraphs: EditedParagraph[] = [];
  // Paragraph marks the leader put in (a paragraph split) or took out (two joined), by index.
  const markInserted = new Set<number>();
  const markDeleted = new Set<number>();
  let properties = 0;
  let current: EditedParagraph | null = null;
  let inserted = 0;
  let deleted = 0;
  let skipped = 0;
  let tables = 0;
  let textDepth = 0;
  let paragraphStyle: string | undefined;
  // The run being read: inside w:r, whether it is hidden, and where its w:rPr began.
  let inRun = false;
  let runHidden = false;
  let runPropertiesAt = -1;
  // Whether the last text read in the paragraph was hidden, so the next hidden run joins its piece.
  let pieceOpen = false;
  const note = (author: string) => {
    if (current && author && !current.authors.includes(author)) current.authors.push(author);
  };
  for (const match of xml.matchAll(TAG)) {
    const [, closing, name, attributes = '', selfClosing, text] = match;
    if (text !== undefined) {
      if (current && textDepth > 0 && skipped === 0) {
        const value = decode(text);
        if (deleted === 0 && runHidden) {
          if (pieceOpen) current.hidden[current.hidden.length - 1] += value;
          else current.hidden.push(value);
          pieceOpen = true;
        } else if (deleted === 0) {
          current.edited += value;
          if (value.trim()) pieceOpen = false;
        }
        if (inserted === 0) current.original += value;
      }
      continue;
    }
    if (!name || name.startsWith('?')) continue;
    if (SKIPPED.has(name)) {
      if (!selfClosing) skipped += closing ? -1 : 1;
      if (name === 'w:pPr' && !selfClosing) properties += closing ? -1 : 1;
      // The run's own properties, read whole once they close: they say whether its text is hidden.
      if (name === 'w:rPr' && inRun && properties === 0 && !selfClosing) {
        if (!closing && skipped === 1) runPropertiesAt = match.index + match[0].length;
        else if (closing && skipped === 0 && runPropertiesAt >= 0) {
          runHidden = isHiddenRun(xml.slice(runPropertiesAt, match.index), paragraphStyle, hiddenStyles);
          runPropertiesAt = -1;
        }
      }
      continue;
    }
    if (skipped > 0) {
      if (name === 'w:pStyle' && properties === 1 && skipped === 1) paragraphStyle = attribute(attributes, 'w:val');
      // <w:pPr><w:rPr><w:ins/></w:rPr></w:pPr>: the mark that ends this paragraph is tracked.
      if (current && properties === 1 && skipped === 2 && !closing && (name === 'w:ins' || name === 'w:del')) {
        (name === 'w:ins' ? markInserted : markDeleted).add(paragraphs.length);
        current.tracked = true;
        note(attribute(attributes, 'w:author'));
      }
      continue;
    }
    if (name === 'w:tbl' && !selfClosing) tables += closing ? -1 : 1;
    else if (name === 'w:r') {
      inRun = !closing && !selfClosing;
      runHidden = inRun && isHiddenRun(undefined, paragraphStyle, hiddenStyles);
    } else if (name === 'w:p') {
      if (closing) {
        if (current) paragraphs.push(withPiecesTrimmed(current));
        current = null;
      } else {
        paragraphStyle = undefined;
        pieceOpen = false;
        current = {
          original: '',
          edited: '',
          hidden: [],
          authors: [],
          tracked: false,
          commentIds: [],
          inTable: tables > 0,
        };
        if (selfClosing) {
          paragraphs.push(current);
          current = null;
        }
      }
    } else if (name === 'w:ins' || name === 'w:moveTo' || name === 'w:del' || name === 'w:moveFrom') {
      if (selfClosing) continue;
      const insertion = name === 'w:ins' || name === 'w:moveTo';
      if (closing) {
        if (insertion) inserted--;
        else deleted--;
      } else {
        if (insertion) inserted++;
        else deleted++;
        const author = attribute(attributes, 'w:author');
        note(author);
        if (current) current.tracked = true;
      }
    } else if (name === 'w:t' || name === 'w:delText') {
      if (!selfClosing) textDepth += closing ? -1 : 1;
    } else if (name === 'w:tab' && current && !closing) {
      if (deleted === 0 && !runHidden) current.edited += '\t';
      if (inserted === 0) current.original += '\t';
    } else if ((name === 'w:commentRangeStart' || name === 'w:commentReference') && current && !closing) {
      const id = attribute(attributes, 'w:id');
      if (id && !current.commentIds.includes(id)) current.commentIds.push(id);
    }
  }
  return withTrackedMarks(paragraphs, markInserted, markDeleted);
}

function withPiecesTrimmed(paragraph: EditedParagraph): EditedParagraph {
  paragraph.hidden = paragraph.hidden.map((piece) => piece.trim()).filter(Boolean);
  return paragraph;
}

/**
 * Folds tracked paragraph marks into the texts: a paragraph the leader split by pressing Enter
 * was one paragraph before (its original text goes with the first half), and two paragraphs the
 * leader joined are one after. A whole paragraph added or deleted keeps its own text.
 */
function withTrackedMarks(
  paragraphs: EditedParagraph[],
  markInserted: ReadonlySet<number>,
  markDeleted: ReadonlySet<number>,
): EditedParagraph[] {
  for (let index = paragraphs.length - 2; index >= 0; index--) {
    const paragraph = paragraphs[index]!;
    const next = paragraphs[index + 1]!;
    if (markInserted.has(index) && paragraph.original.trim() && next.original.trim()) {
      paragraph.original += next.original;
      next.original = '';
      next.tracked = true;
    }
    if (markDeleted.has(index) && paragraph.edited.trim() && next.edited.trim()) {
      paragraph.edited += next.edited;
      next.edited = '';
      paragraph.hidden.push(...next.hidden.splice(0));
      next.tracked = true;
    }
  }
  return paragraphs;
}

/** The comments of word/comments.xml, each with its visible text joined from its paragraphs. */
export function readCommentsXml(xml: string, hiddenStyles: ReadonlySet<string> = new Set()): EditedComment[] {
  const comments: EditedComment[] = [];
  for (const match of xml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)) {
    const [, attributes = '', body = ''] = match;
    const text = readDocumentXml(body, hiddenStyles)
      .map((paragraph) => paragraph.edited)
      .join('\n')
      .trim();
    comments.push({ id: attribute(attributes, 'w:id'), author: attribute(attributes, 'w:author'), text });
  }
  return comments;
}
