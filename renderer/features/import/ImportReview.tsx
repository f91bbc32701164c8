import { useMemo, useState, type ReactNode } from 'react';
import { blockText, includeHiddenText, moveBlock, moveBlocks, movePart } from '../../../shared/import/edit-draft';
import type { ImportDraft, ImportPartKey } from '../../../shared/import/import-draft';
import { IMPORT_PART_LABELS } from '../../../shared/import/import-part-labels';
import { ImportBlockTools } from './ImportBlockTools';
import { HiddenTextNotice } from '../../app/HiddenTextNotice';
import { ImportHeaderFields } from './ImportHeaderFields';
import { FormError } from '../../app/FormError';

interface Props {
  draft: ImportDraft;
  /** The source named no year and the one shown was proposed from today's date. */
  yearProposed: boolean;
  onChange: (draft: ImportDraft) => void;
  busy: boolean;
  error?: string;
  onConfirm: () => void;
  onRestart: () => void;
  /** Asked just before 确认导入: what else the import records (这是往年已报送的报告). */
  beforeConfirm?: ReactNode;
}

const PLACES = Object.entries(IMPORT_PART_LABELS) as [ImportPartKey, string][];

const keyOf = (part: number, block: number) => `${part}:${block}`;

/** The source beside what was made of it: each part, each block, and where the clerk wants it instead. */
export function ImportReview({
  draft,
  yearProposed,
  onChange: change,
  busy,
  error,
  onConfirm,
  onRestart,
  beforeConfirm,
}: Props) {
  // Blocks ticked for 移到…: positions, so any edit (which moves positions) clears the choice.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [target, setTarget] = useState<ImportPartKey>('measures');
  const onChange = (next: ImportDraft) => {
    setSelected(new Set());
    change(next);
  };
  const toggle = (key: string) =>
    setSelected((before) => {
      const after = new Set(before);
      if (!after.delete(key)) after.add(key);
      return after;
    });
  const moveSelected = () =>
    onChange(
      moveBlocks(
        draft,
        [...selected].map((key) => {
          const [part, block] = key.split(':').map(Number);
          return { part: part!, block: block! };
        }),
        target,
      ),
    );
  // Which part each source line landed in, to colour the source the same way.
  const placeOfLine = useMemo(() => {
    const places = new Map<number, ImportPartKey>();
    for (const part of draft.parts)
      for (const block of part.blocks) if (block.line !== null) places.set(block.line, part.key);
    return places;
  }, [draft]);
  const junk = useMemo(() => new Set(draft.junk.map((entry) => entry.line)), [draft]);
  const unassigned = draft.parts
    .filter((part) => part.key === 'unassigned')
    .reduce((sum, part) => sum + part.blocks.length, 0);

  return (
    <div className="import-review">
      <ImportHeaderFields draft={draft} yearProposed={yearProposed} onChange={onChange} />
      <HiddenTextNotice hidden={draft.hidden ?? []} onInclude={(index) => onChange(includeHiddenText(draft, index))}>
        这些文字在原文件中设成了“隐藏”，在 WPS、Word 中看不到，也不会打印，可能是起草说明或不该公开的内容。
        它们默认不导入；确属报告正文的，点“作为正文加入”，加在它原来所在的段落之后（整段隐藏的放进“未归类”）。
      </HiddenTextNotice>
      {unassigned > 0 && (
        <p className="readiness blocked" role="status">
          有 {unassigned} 段没能归入任何部分，列在“未归类”下。请为它们选择部分；不选的会放进“其他”，不会丢失。
        </p>
      )}
      <div className="import-columns">
        <section className="import-source-lines" aria-label="原文">
          <h2>原文</h2>
          <ol>
            {draft.lines.map((line, index) => (
              <li
                key={index}
                className={junk.has(index) ? 'junk' : `place-${placeOfLine.get(index) ?? 'none'}`}
                title={junk.has(index) ? '网页或转换留下的多余内容，不导入' : undefined}
              >
                {line}
              </li>
            ))}
          </ol>
        </section>
        <section className="import-structure" aria-label="识别结果">
          <h2>识别结果</h2>
          <div className="import-selection" role="group" aria-label="选中的段落">
            <span>已选 {selected.size} 段</span>
            <select
              aria-label="选中段落移到"
              value={target}
              onChange={(event) => setTarget(event.target.value as ImportPartKey)}
            >
              {PLACES.map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </select>
            <button type="button" disabled={selected.size === 0} onClick={moveSelected}>
              移过去
            </button>
          </div>
          {draft.parts.map((part, partIndex) => (
            <div
              key={`${part.key}-${partIndex}`}
              className={`import-part place-${part.key}`}
              data-part={part.key}
              aria-label={IMPORT_PART_LABELS[part.key]}
              role="group"
            >
              <h3>
                {IMPORT_PART_LABELS[part.key]}
                {part.heading && <span className="import-heading">（原标题：{part.heading}）</span>}
                {/* The preface is placed by position by definition: no heading to have recognised it by. */}
                {part.key !== 'preface' && (
                  <span className={`confidence ${part.confidence}`}>
                    {part.confidence === 'high' ? '按标题识别' : '请核对'}
                  </span>
                )}
              </h3>
              <label className="move-part">
                整部分移到
                <select
                  value={part.key}
                  onChange={(event) => onChange(movePart(draft, partIndex, event.target.value as ImportPartKey))}
                >
                  {PLACES.map(([key, label]) => (
                    <option key={key} value={key}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
              <ul>
                {part.blocks.map((block, blockIndex) => (
                  <li key={blockIndex} className={`import-block ${block.kind}`}>
                    <input
                      type="checkbox"
                      aria-label="选中此段"
                      checked={selected.has(keyOf(partIndex, blockIndex))}
                      onChange={() => toggle(keyOf(partIndex, blockIndex))}
                    />
                    <span className="block-text">{blockText(block)}</span>
                    <span className="block-actions">
                      <ImportBlockTools draft={draft} at={{ part: partIndex, block: blockIndex }} onChange={onChange} />
                      <select
                        aria-label="移到"
                        value={part.key}
                        onChange={(event) =>
                          onChange(
                            moveBlock(
                              draft,
                              { part: partIndex, block: blockIndex },
                              event.target.value as ImportPartKey,
                            ),
                          )
                        }
                      >
                        {PLACES.map(([key, label]) => (
                          <option key={key} value={key}>
                            {key === part.key ? label : `移到${label}`}
                          </option>
                        ))}
                      </select>
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      </div>
      {beforeConfirm}
      <FormError message={error} />
      <div className="dialog-actions">
        <button type="button" onClick={onRestart} disabled={busy}>
          重新选择
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={(event) => {
            // A date field still holding what cannot be read (DateInput marks it invalid) says why, and nothing is saved.
            const unreadable = event.currentTarget
              .closest('.import-review')
              ?.querySelector<HTMLInputElement>('input:invalid');
            if (unreadable) return unreadable.reportValidity();
            onConfirm();
          }}
        >
          {busy ? '正在导入…' : '确认导入'}
        </button>
      </div>
    </div>
  );
}
