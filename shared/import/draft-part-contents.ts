import type { PartKey } from '../outline/part-key';
import type { DraftBlock } from '../report/part-content';
import type { ImportBlock, ImportDraft } from './import-draft';
import { nestSection } from './nest-section';

const withoutLine = ({ line: _line, ...block }: ImportBlock): DraftBlock => block;

/**
 * What an accepted draft puts in each part of the report. 未归类 sections are not dropped: each
 * goes to 其他, after that part's own content, under its own heading. Parts the draft does not
 * have are absent here, so the report keeps what it had in them.
 */
export function draftPartContents(draft: Pick<ImportDraft, 'parts'>): Map<PartKey, DraftBlock[]> {
  const contents = new Map<PartKey, DraftBlock[]>();
  const add = (key: PartKey, blocks: readonly ImportBlock[]) =>
    contents.set(key, [...(contents.get(key) ?? []), ...blocks.map(withoutLine)]);
  for (const part of draft.parts) if (part.key !== 'unassigned') add(part.key, part.blocks);
  for (const part of draft.parts)
    if (part.key === 'unassigned') add('other', nestSection(part.heading, null, part.blocks));
  return contents;
}
