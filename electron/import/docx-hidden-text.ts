import { isHiddenRun } from '../../shared/import/is-hidden-run';

/**
 * Hidden text in a .docx (which runs are hidden: shared/import/is-hidden-run.ts): Word and WPS
 * neither show nor print it, but a converter reads it as ordinary words. The reader
 * marks it between these two private-use characters, which no report contains, so that after the
 * conversion it can be taken out and shown to the clerk instead of passed on as visible text.
 */
const HIDDEN_START = '\uE000';
const HIDDEN_END = '\uE001';

/** One piece of hidden text, and the visible paragraph it stood in (empty when it was all hidden). */
export interface HiddenText {
  text: string;
  near: string;
}

/** A paragraph's start and end, its style, and each run, in document order. */
const TOKENS = /<w:p[\s>]|<\/w:p>|<w:pStyle\b[^>]*w:val="([^"]*)"[^>]*\/>|<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g;

/** The document part with the text of every hidden run wrapped in the hidden-text marks. */
export function markHiddenRuns(xml: string, hiddenStyles: ReadonlySet<string>): string {
  // Most files hide nothing: then the part is passed on as it is, unscanned.
  if (hiddenStyles.size === 0 && !xml.includes('w:vanish')) return xml;
  const paragraphStyles: (string | undefined)[] = [];
  return xml.replace(TOKENS, (token, pStyle: string | undefined, run: string | undefined) => {
    if (token.startsWith('</w:p')) paragraphStyles.pop();
    else if (pStyle !== undefined) paragraphStyles[paragraphStyles.length - 1] = pStyle;
    else if (run === undefined) paragraphStyles.push(undefined);
    else {
      const properties = run.match(/^\s*<w:rPr>([\s\S]*?)<\/w:rPr>/)?.[1];
      if (isHiddenRun(properties, paragraphStyles[paragraphStyles.length - 1], hiddenStyles))
        return token.replace(
          /(<w:t(?:\s[^>]*)?>)([^<]*)(<\/w:t>)/g,
          (_t, open: string, text: string, close: string) => `${open}${HIDDEN_START}${text}${HIDDEN_END}${close}`,
        );
    }
    return token;
  });
}

/**
 * The converted text with the hidden pieces taken out, and the pieces. A paragraph that was all
 * hidden goes with them; consecutive hidden runs make one piece.
 */
export function takeOutHiddenText(marked: string): { text: string; hidden: HiddenText[] } {
  if (!marked.includes(HIDDEN_START)) return { text: marked, hidden: [] };
  const hidden: HiddenText[] = [];
  const lines: string[] = [];
  for (const line of marked.split('\n')) {
    if (!line.includes(HIDDEN_START)) {
      lines.push(line);
      continue;
    }
    const joined = line.replaceAll(`${HIDDEN_END}${HIDDEN_START}`, '');
    const pieces: string[] = [];
    const visible = joined
      .replace(new RegExp(`${HIDDEN_START}([^${HIDDEN_END}]*)${HIDDEN_END}`, 'g'), (_m, piece: string) => {
        pieces.push(piece);
        return '';
      })
      .replace(/[\uE000\uE001]/g, '');
    for (const piece of pieces) if (piece.trim()) hidden.push({ text: piece.trim(), near: visible.trim() });
    if (visible.trim()) lines.push(visible);
  }
  return { text: lines.join('\n'), hidden };
}
