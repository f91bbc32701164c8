import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useEffect } from 'react';
import { numberHeadings } from '../../../shared/report/heading-numbers';
import { $collectHeadings } from '../edits/collect-headings';

/**
 * Shows each heading's number from its position, through a data attribute the stylesheet puts
 * before the text. Nothing is written into the editor state, so numbering can never disturb an
 * IME composition or the undo history, and the number can never be typed or deleted by hand.
 */
export function NumberingPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const renumber = () => {
      const headings = editor.getEditorState().read($collectHeadings);
      const numbers = numberHeadings(headings.map((heading) => heading.level));
      headings.forEach((heading, index) => {
        const element = editor.getElementByKey(heading.key);
        if (element && element.dataset.number !== numbers[index]) element.dataset.number = numbers[index];
      });
    };
    return mergeRegister(
      // A new root element is drawn afresh, numbers and all, without any node being dirty.
      editor.registerRootListener((root) => void (root && renumber())),
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0) renumber(); // not when only the selection moved
      }),
    );
  }, [editor]);
  return null;
}
