import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type EditorState } from 'lexical';
import { useEffect, useRef } from 'react';
import type { DocParagraph } from '../../../shared/checks/check-document';
import { checkParagraph } from '../../../shared/checks/check-paragraph';
import { countChars } from '../../../shared/report/count-chars';
import { numberHeadings } from '../../../shared/report/heading-numbers';
import { stateBlocks } from '../../../shared/report/part-content';
import { $collectHeadings, type HeadingRef } from '../commands/collect-headings';

/** A heading as the outline sidebar lists it: the editor's heading with its computed number. */
export type OutlineHeading = Omit<HeadingRef, 'blockKey'> & { number: string };

export interface PartOutline {
  headings: OutlineHeading[];
  /** Counted as the service counts a saved part: the text plus the computed heading numbers. */
  chars: number;
  /** Each top-level block as the checks see it (shared/checks/check-paragraph). */
  blocks: DocParagraph[];
}

/** The outline of the part an editor state holds. */
export function readPartOutline(state: EditorState): PartOutline {
  return state.read(() => $readPartOutline(state));
}

function $readPartOutline(state: EditorState): PartOutline {
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
    const publish = () => callback.current(readPartOutline(editor.getEditorState()));
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
