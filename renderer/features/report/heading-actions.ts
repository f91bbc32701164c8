import { $getNodeByKey, type LexicalEditor } from 'lexical';
import type { PartKey } from '../../../shared/outline/part-key';
import { $appendHeading, $moveSection, $removeHeading, $renameHeading } from '../../editor/edits/section-edits';
import type { HeadingActions } from './OutlineSidebar';

/** The sidebar's actions, carried out in the editor of the part they concern. */
export function headingActions(editors: ReadonlyMap<PartKey, LexicalEditor>): HeadingActions {
  const inPart = (part: PartKey, fn: () => void) => editors.get(part)?.update(fn);
  return {
    jumpToPart(part) {
      document.getElementById(`part-${part}`)?.scrollIntoView({ block: 'start' });
      editors.get(part)?.focus();
    },
    jumpToHeading(part, key) {
      const editor = editors.get(part);
      editor?.getElementByKey(key)?.scrollIntoView({ block: 'center' });
      editor?.update(() => $getNodeByKey(key)?.selectEnd());
    },
    addHeading(part, level, text) {
      inPart(part, () => $appendHeading(level, text));
      editors.get(part)?.focus();
    },
    renameHeading: (part, key, text) => inPart(part, () => $renameHeading(key, text)),
    moveHeading: (part, key, direction) => inPart(part, () => $moveSection(key, direction)),
    removeHeading: (part, key) => inPart(part, () => $removeHeading(key)),
  };
}
