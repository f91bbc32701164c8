import { lineToBlock } from '../../../shared/reading/line-to-block';
import type { DraftBlock } from '../../../shared/report/part-content';

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

function cellText(cell: Element): string {
  return normalize(cell.textContent ?? '').trim();
}

/**
 * Reduces pasted HTML — from Word, WPS or a web page — to our blocks: lines of plain text and
 * simple tables. Fonts, colours, classes and styles are dropped; typed heading numbers become
 * headings by the same rule as pasted plain text.
 */
export function htmlToDraftBlocks(html: string, parseHtml: (html: string) => Document): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  let line = '';
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
    if (tag === 'BR') return flush();
    if (tag === 'TABLE') {
      flush();
      const rows = [...element.querySelectorAll('tr')]
        .map((row) => [...row.querySelectorAll('td, th')].map(cellText))
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
  return blocks;
}
