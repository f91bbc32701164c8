import { useRef, useState } from 'react';
import {
  blockText,
  type BlockAt,
  joinWithNext,
  moveOutPart,
  setHeadingLevel,
  splitBlock,
  toggleHeading,
} from '../../../shared/import/edit-draft';
import type { ImportDraft } from '../../../shared/import/import-draft';
import { IMPORT_PART_LABELS } from '../../../shared/import/import-part-labels';
import type { HeadingLevel } from '../../../shared/report/heading-numbers';

interface Props {
  draft: ImportDraft;
  at: BlockAt;
  onChange: (draft: ImportDraft) => void;
}

const LEVELS: [HeadingLevel, string][] = [
  [1, '一级（单列一部分）'],
  [2, '二级（一）'],
  [3, '三级 1.'],
  [4, '四级（1）'],
];

/** What the clerk can do to one block in review: split at the cursor, join, heading level, move out. */
export function ImportBlockTools({ draft, at, onChange }: Props) {
  const [splitting, setSplitting] = useState(false);
  const text = useRef<HTMLTextAreaElement>(null);
  const blocks = draft.parts[at.part]!.blocks;
  const block = blocks[at.block]!;
  if (block.kind === 'table') return null;

  if (splitting)
    return (
      <span className="block-split">
        <textarea ref={text} readOnly aria-label="点在要拆开的位置" defaultValue={blockText(block)} rows={3} />
        <button
          type="button"
          onClick={() => {
            setSplitting(false);
            onChange(splitBlock(draft, at, text.current?.selectionStart ?? 0));
          }}
        >
          在光标处拆开
        </button>
        <button type="button" className="link" onClick={() => setSplitting(false)}>
          取消
        </button>
      </span>
    );

  const next = blocks[at.block + 1];
  return (
    <>
      {block.partOf && !draft.parts.some((part) => part.key === block.partOf) && (
        <button
          type="button"
          title={`这是“${IMPORT_PART_LABELS[block.partOf]}”，写在了别的部分里`}
          onClick={() => onChange(moveOutPart(draft, at))}
        >
          移出为单列部分
        </button>
      )}
      <button type="button" className="link" onClick={() => setSplitting(true)}>
        拆开
      </button>
      {next && next.kind !== 'table' && (
        <button type="button" className="link" onClick={() => onChange(joinWithNext(draft, at))}>
          与下段合并
        </button>
      )}
      {block.kind === 'heading' && (
        <select
          aria-label="标题级别"
          value={block.level}
          onChange={(event) => onChange(setHeadingLevel(draft, at, Number(event.target.value) as HeadingLevel))}
        >
          {LEVELS.map(([level, label]) => (
            <option key={level} value={level}>
              {label}
            </option>
          ))}
        </select>
      )}
      <button type="button" className="link" onClick={() => onChange(toggleHeading(draft, at))}>
        {block.kind === 'heading' ? '设为正文' : '设为标题'}
      </button>
    </>
  );
}
