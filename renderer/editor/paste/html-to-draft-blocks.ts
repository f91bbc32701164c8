import { lineToBlock } from '../../../shared/reading/line-to-block';
import type { DraftBlock } from '../../../shared/report/part-content';
import { isHiddenElement } from './is-hidden-element';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'UL',
]);
// Word and WPS put their styles, fonts and list markers in these; none of it is the clerk's text.
const SKIPPED_TAGS = new Set([
  'HEAD',
  'STYLE',
  'SCRIPT',
  'NOSCRIPT',
  'TEMPLATE',
  'META',
  'LINK',
  'TITLE',
  'XML',
  'OBJECT',
  'IFRAME',
  'SVG',
  'IMG',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function normalize(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ');
}

/**
 * Reduces pasted HTML — from Word, WPS or a web page — to our blocks: lines of plain text and
 * simple tables. Fonts, colours, classes and styles are dropped; typed heading numbers become
 * headings by the same rule as pasted plain text. Hidden elements (isHiddenElement) are left out,
 * and `hidden` counts those that had text, so the editor can say so.
 */
export function htmlToDraftBlocks(
  html: string,
  parseHtml: (html: string) => Document,
): { blocks: DraftBlock[]; hidden: number } {
  const blocks: DraftBlock[] = [];
  let hidden = 0;
  let line = '';
  /** Whether an element is hidden; counted when it hid some text. */
  const dropped = (element: Element): boolean => {
    if (!isHiddenElement(element)) return false;
    if (element.textContent?.trim()) hidden++;
    return true;
  };
  const visibleText = (node: Node): string => {
    if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
    if (node.nodeType !== ELEMENT_NODE || dropped(node as Element)) return '';
    return [...node.childNodes].map(visibleText).join('');
  };
  const cellText = (cell: Element) => normalize(visibleText(cell)).trim();
  const flush = () => {
    const text = line.trim();
    if (text) blocks.push(lineToBlock(text));
    line = '';
  };

  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      line += normalize(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    // Word's namespaced tags (o:p, v:shape, w:…) hold layout, never text worth keeping.
    if (SKIPPED_TAGS.has(tag) || tag.includes(':')) return;
    if (dropped(element)) return;
    if (tag === 'BR') return flush();
    if (tag === 'TABLE') {
      flush();
      const rows = [...element.querySelectorAll('tr')]
        .filter((row) => !dropped(row))
        .map((row) => [...row.querySelectorAll('td, th')].filter((cell) => !dropped(cell)).map(cellText))
        .filter((row) => row.some((cell) => cell !== ''));
      if (rows.length) blocks.push({ kind: 'table', rows });
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    element.childNodes.forEach(walk);
    if (isBlock) flush();
  };

  walk(parseHtml(html).body);
  flush();
  return { blocks, hidden };
}
