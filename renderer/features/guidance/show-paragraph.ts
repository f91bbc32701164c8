import type { LexicalEditor } from 'lexical';
import type { PartKey } from '../../../shared/outline/part-key';
import { showFinding } from '../checks/finding-in-editor';

/**
 * Scrolls to [start, end) of a paragraph and marks it, the way a check's finding is shown;
 * paragraph -1 goes to the part's heading.
 */
export function showParagraph(
  editors: ReadonlyMap<PartKey, LexicalEditor>,
  part: PartKey,
  paragraph: number,
  start = 0,
  end = 0,
): void {
  showFinding(editors, {
    id: 'navigate',
    severity: 'info',
    part,
    location: { place: part, paragraph, start, end },
    message: '',
    excerpt: '',
  });
}
