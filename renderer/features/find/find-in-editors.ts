import { $getNodeByKey, $getRoot, $isTextNode, HISTORY_PUSH_TAG, type LexicalEditor } from 'lexical';
import type { HeaderValues } from '../report/report-header-store';

/** The report fields 查找替换 covers besides the parts: what the page shows above and below them. */
export type FindField = 'title' | 'addressee' | 'signature';
const FIELDS_BEFORE_PARTS: readonly FindField[] = ['title', 'addressee'];
const FIELDS_AFTER_PARTS: readonly FindField[] = ['signature'];

export type Match =
  | { kind: 'part'; editor: LexicalEditor; nodeKey: string; offset: number; length: number }
  | { kind: 'field'; field: FindField; offset: number; length: number };

/** Where `query` starts in `text`, occurrences not overlapping, as String.replaceAll counts them. */
function offsetsOf(text: string, query: string): number[] {
  const found: number[] = [];
  for (let offset = text.indexOf(query); offset >= 0; offset = text.indexOf(query, offset + query.length)) {
    found.push(offset);
  }
  return found;
}

const fieldMatches = (header: HeaderValues, fields: readonly FindField[], query: string): Match[] =>
  fields.flatMap((field) =>
    offsetsOf(header[field], query).map((offset): Match => ({ kind: 'field', field, offset, length: query.length })),
  );

/**
 * Every occurrence of `query` in document order: the title and addressee, the parts' text
 * (headings are text nodes like any other), then the signature.
 */
export function findMatches(editors: readonly LexicalEditor[], header: HeaderValues, query: string): Match[] {
  if (!query) return [];
  const inParts = editors.flatMap((editor) =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getAllTextNodes()
        .flatMap((node) =>
          offsetsOf(node.getTextContent(), query).map((offset): Match => ({
            kind: 'part',
            editor,
            nodeKey: node.getKey(),
            offset,
            length: query.length,
          })),
        ),
    ),
  );
  return [
    ...fieldMatches(header, FIELDS_BEFORE_PARTS, query),
    ...inParts,
    ...fieldMatches(header, FIELDS_AFTER_PARTS, query),
  ];
}

/** The text node drawing a match: the part's text span, or the page's line for a field. */
function textNodeOf(match: Match): ChildNode | null | undefined {
  if (match.kind === 'part') return match.editor.getElementByKey(match.nodeKey)?.firstChild;
  return document.querySelector(`.page [data-find-field="${match.field}"]`)?.firstChild;
}

/** The match as a DOM range over the rendered text, for highlighting and scrolling. */
export function matchRange(match: Match): Range | null {
  const text = textNodeOf(match);
  if (!text || text.nodeType !== Node.TEXT_NODE || (text.nodeValue?.length ?? 0) < match.offset + match.length)
    return null;
  const range = document.createRange();
  range.setStart(text, match.offset);
  range.setEnd(text, match.offset + match.length);
  return range;
}

/** Marks all matches, and the current one more strongly, without touching the editors' content. */
export function highlightMatches(matches: readonly Match[], current: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const ranges = matches.map(matchRange);
  CSS.highlights.set('find-match', new Highlight(...ranges.filter((range): range is Range => range !== null)));
  const active = ranges[current];
  if (active) CSS.highlights.set('find-current', new Highlight(active));
  else CSS.highlights.delete('find-current');
}

export function clearHighlights(): void {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.clear();
}

const splice = (text: string, offset: number, length: number, replacement: string) =>
  text.slice(0, offset) + replacement + text.slice(offset + length);

/**
 * Replaces one match in a part, if `query` still stands there: the search runs a moment after
 * typing stops, so a match can be older than the text. False when it no longer does.
 */
export function replaceInPart(match: Extract<Match, { kind: 'part' }>, query: string, replacement: string): boolean {
  let replaced = false;
  match.editor.update(
    () => {
      const node = $getNodeByKey(match.nodeKey);
      if (!$isTextNode(node) || !node.getTextContent().startsWith(query, match.offset)) return;
      node.spliceText(match.offset, match.length, replacement);
      replaced = true;
    },
    { discrete: true },
  );
  return replaced;
}

/** The header with one field match replaced. */
export const replaceInHeader = (
  header: HeaderValues,
  match: Extract<Match, { kind: 'field' }>,
  replacement: string,
): HeaderValues => ({ ...header, [match.field]: splice(header[match.field], match.offset, match.length, replacement) });

/** The header with every occurrence replaced in the fields 查找替换 covers. */
export const replaceAllInHeader = (header: HeaderValues, query: string, replacement: string): HeaderValues => ({
  ...header,
  ...Object.fromEntries(
    [...FIELDS_BEFORE_PARTS, ...FIELDS_AFTER_PARTS].map((field) => [
      field,
      header[field].replaceAll(query, replacement),
    ]),
  ),
});

/**
 * Replaces every occurrence in the parts, each part in one update of its own that its undo
 * history keeps as one step, done at once (discrete) so a Ctrl+Z pressed straight after finds it
 * there. Returns the editors it changed.
 */
export function replaceAllInParts(
  editors: readonly LexicalEditor[],
  query: string,
  replacement: string,
): LexicalEditor[] {
  if (!query) return [];
  return editors.filter((editor) => {
    const nodeKeys = editor.getEditorState().read(() =>
      $getRoot()
        .getAllTextNodes()
        .filter((node) => node.getTextContent().includes(query))
        .map((node) => node.getKey()),
    );
    if (nodeKeys.length === 0) return false;
    editor.update(
      () => {
        for (const key of nodeKeys) {
          const node = $getNodeByKey(key);
          if ($isTextNode(node)) node.setTextContent(node.getTextContent().replaceAll(query, replacement));
        }
      },
      { discrete: true, tag: HISTORY_PUSH_TAG },
    );
    return true;
  });
}
