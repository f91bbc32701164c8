import type { PartKey } from '../../../shared/outline/part-key';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type EditorState } from 'lexical';
import { useEffect, useRef } from 'react';
import type { DocParagraph } from '../../../shared/checks/check-document';
import { checkParagraph } from '../../../shared/checks/check-paragraph';
import { countChars } from '../../../shared/report/count-chars';
import { numberHeadings } from '../../../shared/report/heading-numbers';
import { stateBlocks } from '../../../shared/report/part-content';
import { $collectHeadings, type HeadingRef } from '../edits/collect-headings';

/** A heading as the outline sidebar lists it: the editor's heading with its computed number. */
export type LiveHeading = Omit<HeadingRef, 'blockKey'> & { number: string };

/**
 * A part as its editor last published it (headings, length, blocks) — the live state the sidebar,
 * the checks and the guidance read while the clerk types; not the statutory Outline of shared/outline.
 */
export interface LivePart {
  headings: LiveHeading[];
  /** Counted as the service counts a saved part: the text plus the computed heading numbers. */
  chars: number;
  /** Each top-level block as the checks see it (shared/checks/check-paragraph). */
  blocks: DocParagraph[];
}

/** Every part of the open report as its editor last published it. */
export type LiveParts = Partial<Record<PartKey, LivePart>>;

/** What the checks, the outline sidebar and the guidance read of a part, from its editor state. */
export function readLivePart(state: EditorState): LivePart {
  return state.read(() => $readLivePart(state));
}

function $readLivePart(state: EditorState): LivePart {
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
    blocks: stateBlocks(state.toJSON()).map(checkParagraph),
  };
}

/**
 * Tells the outline sidebar about the part's headings and length a moment after typing pauses:
 * the sidebar is not worth a re-render on every keystroke.
 */
export function LivePartPlugin({ onChange, delayMs = 250 }: { onChange: (part: LivePart) => void; delayMs?: number }) {
  const [editor] = useLexicalComposerContext();
  const callback = useRef(onChange);
  callback.current = onChange;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const publish = () => callback.current(readLivePart(editor.getEditorState()));
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
