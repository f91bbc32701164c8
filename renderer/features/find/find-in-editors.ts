import { $getNodeByKey, $getRoot, $isTextNode, type LexicalEditor } from 'lexical';

export interface Match {
  editor: LexicalEditor;
  nodeKey: string;
  offset: number;
  length: number;
}

/** Every occurrence of `query` in the editors' text, in document order. */
export function findMatches(editors: readonly LexicalEditor[], query: string): Match[] {
  if (!query) return [];
  return editors.flatMap((editor) =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getAllTextNodes()
        .flatMap((node) => {
          const text = node.getTextContent();
          const found: Match[] = [];
          for (let offset = text.indexOf(query); offset >= 0; offset = text.indexOf(query, offset + query.length)) {
            found.push({ editor, nodeKey: node.getKey(), offset, length: query.length });
          }
          return found;
        }),
    ),
  );
}

/** The match as a DOM range over the editor's rendered text, for highlighting and scrolling. */
export function matchRange(match: Match): Range | null {
  const text = match.editor.getElementByKey(match.nodeKey)?.firstChild;
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

export function replaceMatch(match: Match, replacement: string): void {
  match.editor.update(() => {
    const node = $getNodeByKey(match.nodeKey);
    if (
      $isTextNode(node) &&
      node.getTextContent().slice(match.offset, match.offset + match.length).length === match.length
    ) {
      node.spliceText(match.offset, match.length, replacement);
    }
  });
}

export function replaceAll(editors: readonly LexicalEditor[], query: string, replacement: string): void {
  if (!query) return;
  for (const editor of editors) {
    editor.update(() => {
      for (const node of $getRoot().getAllTextNodes()) {
        const text = node.getTextContent();
        if (text.includes(query)) node.setTextContent(text.replaceAll(query, replacement));
      }
    });
  }
}
