import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $setSelection,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { spliceEdits, type Splice } from '../../../shared/checks/apply-fix';
import type { Edit, Finding, Fix } from '../../../shared/checks/finding';
import type { PartKey } from '../../../shared/outline/part-key';

type Editors = ReadonlyMap<PartKey, LexicalEditor>;

/** The text node and offset at a character offset of a block's text. */
function $pointAt(nodes: readonly TextNode[], offset: number): { node: TextNode; offset: number } | undefined {
  let seen = 0;
  for (const node of nodes) {
    const size = node.getTextContentSize();
    if (offset <= seen + size) return { node, offset: offset - seen };
    seen += size;
  }
  return undefined;
}

/** The splice for one block of the part editor being updated: edits go into its text nodes. */
function $blockSplice(paragraph: number): Splice | undefined {
  const block = $getRoot().getChildAtIndex(paragraph);
  if (!$isElementNode(block)) return undefined;
  return (startOffset, endOffset, replacement) => {
    const nodes = block.getAllTextNodes();
    const start = $pointAt(nodes, startOffset);
    const end = $pointAt(nodes, endOffset);
    if (!start || !end) return;
    if (start.node === end.node) {
      start.node.spliceText(start.offset, end.offset - start.offset, replacement);
    } else {
      const selection = $createRangeSelection();
      selection.anchor.set(start.node.getKey(), start.offset, 'text');
      selection.focus.set(end.node.getKey(), end.offset, 'text');
      $setSelection(selection);
      selection.insertText(replacement);
    }
  };
}

/**
 * Applies fixes in the part editors with the checks' one applier (spliceEdits): one editor update
 * per part, so each is one undo step.
 */
export function applyFixes(editors: Editors, fixes: readonly Fix[]): void {
  const byPart = new Map<PartKey, Edit[]>();
  for (const edit of fixes.flatMap((fix) => fix.edits)) {
    if (!editors.has(edit.place as PartKey)) continue;
    byPart.set(edit.place as PartKey, [...(byPart.get(edit.place as PartKey) ?? []), edit]);
  }
  for (const [part, edits] of byPart) {
    editors.get(part)!.update(() => {
      for (const paragraph of new Set(edits.map((edit) => edit.paragraph))) {
        const splice = $blockSplice(paragraph);
        if (splice)
          spliceEdits(
            edits.filter((edit) => edit.paragraph === paragraph),
            splice,
          );
      }
    });
  }
}

/** Whether a fix can be applied in the editors (it touches part text only). */
export function fixableInEditors(editors: Editors, fix: Fix | undefined): fix is Fix {
  return !!fix && fix.edits.every((edit) => editors.has(edit.place as PartKey) && edit.paragraph >= 0);
}

/** Scrolls to a finding and marks its text; for a whole-part finding, to the part. */
export function showFinding(editors: Editors, finding: Finding): void {
  const editor = editors.get(finding.location.place as PartKey);
  const { paragraph, start, end } = finding.location;
  const part = document.getElementById(`part-${finding.location.place}`);
  if (!editor || paragraph < 0) {
    (part ?? document.querySelector('.report-header-form'))?.scrollIntoView({ block: 'start' });
    return;
  }
  const key = editor.getEditorState().read(() => $getRoot().getChildAtIndex(paragraph)?.getKey());
  const element = key ? editor.getElementByKey(key) : null;
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  const range = domRange(element, start, end);
  if (range && typeof CSS !== 'undefined' && 'highlights' in CSS)
    CSS.highlights.set('check-current', new Highlight(range));
}

/** A DOM range over [start, end) of an element's text; heading numbers are not text, so they do not count. */
function domRange(element: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const size = node.nodeValue?.length ?? 0;
    if (!started && start <= seen + size) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + size) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += size;
  }
  return null;
}
