import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode } from 'lexical';
import { useEffect, useRef } from 'react';
import { countChars } from '../../../shared/report/count-chars';
import { numberHeadings } from '../../../shared/report/heading-numbers';
import { $collectHeadings } from '../commands/collect-headings';
import { $isCarriedOverBlock } from '../nodes/carryover-state';
import { $isLeadSentenceNode } from '../nodes/LeadSentenceNode';
import { $isSectionHeadingNode } from '../nodes/SectionHeadingNode';

export interface OutlineHeading {
  key: string;
  level: number;
  number: string;
  text: string;
}

export interface PartOutline {
  headings: OutlineHeading[];
  /** Counted as the service counts a saved part: the text plus the computed heading numbers. */
  chars: number;
  /** Each top-level block's own text (computed numbers are not text), for the checks. */
  blocks: { text: string; heading: boolean; numbered: boolean; carriedOver: boolean }[];
}

function $readPartOutline(): PartOutline {
  const headings = $collectHeadings();
  const numbers = numberHeadings(headings.map((heading) => heading.level));
  return {
    headings: headings.map((heading, index) => ({
      key: heading.key,
      level: heading.level,
      number: numbers[index]!,
      text: heading.text,
    })),
    chars: countChars($getRoot().getTextContent()) + countChars(numbers.join('')),
    blocks: $getRoot()
      .getChildren()
      .map((block) => ({
        text: block.getTextContent(),
        heading: $isSectionHeadingNode(block),
        numbered: $isSectionHeadingNode(block) || ($isElementNode(block) && $isLeadSentenceNode(block.getFirstChild())),
        carriedOver: $isCarriedOverBlock(block),
      })),
  };
}

/**
 * Tells the outline sidebar about the part's headings and length a moment after typing pauses:
 * the sidebar is not worth a re-render on every keystroke.
 */
export function OutlinePlugin({
  onChange,
  delayMs = 250,
}: {
  onChange: (outline: PartOutline) => void;
  delayMs?: number;
}) {
  const [editor] = useLexicalComposerContext();
  const callback = useRef(onChange);
  callback.current = onChange;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const publish = () => callback.current(editor.getEditorState().read($readPartOutline));
    publish();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(publish, delayMs);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, delayMs]);
  return null;
}
