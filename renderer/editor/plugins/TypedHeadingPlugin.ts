import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  HISTORIC_TAG,
  PASTE_TAG,
  type EditorState,
  type ElementNode,
} from 'lexical';
import { useEffect } from 'react';
import { parseTypedNumber } from '../../../shared/report/typed-number';
import { $createLeadSentenceNode, $isLeadSentenceNode } from '../nodes/LeadSentenceNode';
import { $createSectionHeadingNode, $isSectionHeadingNode } from '../nodes/SectionHeadingNode';
import type { SubHeadingLevel } from '../../../shared/report/heading-numbers';

/** The top-level block the caret is in, when the caret stands at its very end. */
function $blockWithCaretAtEnd(): ElementNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const anchor = selection.anchor.getNode();
  const block = anchor.getTopLevelElement();
  if (!block || !$isRootNode(block.getParent())) return null;
  const last = block.getLastDescendant();
  const atEnd = last
    ? selection.anchor.key === last.getKey() && selection.anchor.offset === last.getTextContentSize()
    : selection.anchor.key === block.getKey();
  return atEnd ? block : null;
}

const textBefore = (state: EditorState, key: string) => state.read(() => $getNodeByKey(key)?.getTextContent() ?? '');

/** A typed （一） / 1. / （1） followed by the first words of the line: the heading number and its text. */
function headingStart(text: string): { level: SubHeadingLevel; rest: string; numberLength: number } | null {
  const number = parseTypedNumber(text);
  if (!number || number.level === 1 || text.length <= number.raw.length) return null;
  return { level: number.level, rest: text.slice(number.raw.length), numberLength: number.raw.length };
}

/** A heading whose first sentence is closed and followed by more words: the lead-sentence shape. */
const leadEnd = (text: string) => {
  const end = text.indexOf('。');
  return end > 0 && end < text.length - 1 ? end : -1;
};

/**
 * Typing as a clerk does in WPS: a line begun with （一） / 1. / （1） becomes a heading of that level
 * as soon as its first words follow the number, the typed number giving way to the computed one. A
 * heading typed on past its first 。 becomes the lead-sentence shape: the sentence is the heading
 * and the words after it are the body. Only the change just typed counts, never text opened or
 * undone: an old paragraph that opens with a number stays as it is.
 */
export function TypedHeadingPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, prevEditorState, dirtyLeaves, tags }) => {
        if (
          dirtyLeaves.size === 0 ||
          tags.has(HISTORIC_TAG) ||
          tags.has(PASTE_TAG) ||
          editor.isComposing() ||
          !editor.isEditable()
        )
          return;
        const found = editorState.read(() => {
          const block = $blockWithCaretAtEnd();
          if (!block) return null;
          const text = block.getTextContent();
          const before = textBefore(prevEditorState, block.getKey());
          if ($isParagraphNode(block) && !$isLeadSentenceNode(block.getFirstChild())) {
            const start = headingStart(text);
            return start && !headingStart(before) ? { key: block.getKey(), kind: 'heading' as const } : null;
          }
          if ($isSectionHeadingNode(block) && leadEnd(text) >= 0 && leadEnd(before) < 0)
            return { key: block.getKey(), kind: 'lead' as const };
          return null;
        });
        if (!found) return;
        editor.update(() => {
          const block = $getNodeByKey<ElementNode>(found.key);
          if (!block) return;
          const text = block.getTextContent();
          if (found.kind === 'heading') {
            const start = headingStart(text);
            if (!start) return;
            const heading = $createSectionHeadingNode(start.level).append($createTextNode(start.rest));
            block.replace(heading);
            heading.selectEnd();
          } else if ($isSectionHeadingNode(block)) {
            const end = leadEnd(text);
            const paragraph = $createParagraphNode().append(
              $createLeadSentenceNode(block.getLevel()).append($createTextNode(text.slice(0, end + 1))),
              $createTextNode(text.slice(end + 1)),
            );
            block.replace(paragraph);
            paragraph.selectEnd();
          }
        });
      }),
    [editor],
  );
  return null;
}
