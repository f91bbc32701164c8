import { useState } from 'react';
import type { OutlinePart } from '../../../shared/outline/outline';
import type { PartKey } from '../../../shared/outline/part-key';
import type { Finding } from '../../../shared/checks/finding';
import type { CheckResult } from '../../../shared/checks/run-checks';
import { useStore, type Store } from '../../app/create-store';
import { PART_STATUS_LABELS, partStatus } from '../../../shared/outline/part-status';
import type { SubHeadingLevel } from '../../../shared/report/heading-numbers';
import type { LivePart, LiveParts } from '../../editor/plugins/LivePartPlugin';

export interface SidebarPart {
  key: PartKey;
  /** 一、 … or empty for the preface. */
  number: string;
  heading: string;
  definition: OutlinePart;
}

export interface HeadingActions {
  jumpToPart: (part: PartKey) => void;
  jumpToHeading: (part: PartKey, key: string) => void;
  addHeading: (part: PartKey, level: SubHeadingLevel, text: string) => void;
  renameHeading: (part: PartKey, key: string, text: string) => void;
  moveHeading: (part: PartKey, key: string, direction: -1 | 1) => void;
  removeHeading: (part: PartKey, key: string) => void;
}

const LEVEL_LABELS: Record<SubHeadingLevel, string> = { 2: '二级（一）', 3: '三级 1.', 4: '四级（1）' };

function AddHeadingForm({ part, actions, onDone }: { part: SidebarPart; actions: HeadingActions; onDone: () => void }) {
  const [level, setLevel] = useState<SubHeadingLevel>(2);
  const [text, setText] = useState('');
  const listId = `suggested-headings-${part.key}`;
  return (
    <form
      className="add-heading"
      aria-label="添加小标题"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return;
        actions.addHeading(part.key, level, text.trim());
        onDone();
      }}
    >
      <select
        aria-label="标题级别"
        value={level}
        onChange={(event) => setLevel(Number(event.target.value) as SubHeadingLevel)}
      >
        {([2, 3, 4] as const).map((option) => (
          <option key={option} value={option}>
            {LEVEL_LABELS[option]}
          </option>
        ))}
      </select>
      <input
        aria-label="小标题文字"
        list={listId}
        value={text}
        autoFocus
        onChange={(event) => setText(event.target.value)}
        placeholder="小标题文字"
      />
      <datalist id={listId}>
        {part.definition.suggestedHeadings.map((heading) => (
          <option key={heading} value={heading} />
        ))}
      </datalist>
      <button type="submit" className="primary">
        添加
      </button>
      <button type="button" onClick={onDone}>
        取消
      </button>
    </form>
  );
}

function HeadingItem({
  part,
  heading,
  actions,
}: {
  part: SidebarPart;
  heading: LivePart['headings'][number];
  actions: HeadingActions;
}) {
  const [draft, setDraft] = useState<string>();
  if (draft !== undefined) {
    return (
      <li className={`heading-item level-${heading.level}`}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (draft.trim()) actions.renameHeading(part.key, heading.key, draft.trim());
            setDraft(undefined);
          }}
        >
          <input
            aria-label="小标题新文字"
            value={draft}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => setDraft(undefined)}
          />
        </form>
      </li>
    );
  }
  return (
    <li className={`heading-item level-${heading.level}`}>
      <button type="button" className="link heading-link" onClick={() => actions.jumpToHeading(part.key, heading.key)}>
        {heading.number}
        {heading.text}
      </button>
      <span className="heading-actions">
        <button
          type="button"
          aria-label={`上移“${heading.text}”`}
          title="上移"
          onClick={() => actions.moveHeading(part.key, heading.key, -1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`下移“${heading.text}”`}
          title="下移"
          onClick={() => actions.moveHeading(part.key, heading.key, 1)}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={`重命名“${heading.text}”`}
          title="重命名"
          onClick={() => setDraft(heading.text)}
        >
          改
        </button>
        <button
          type="button"
          aria-label={`删除小标题“${heading.text}”`}
          title="删除标题行（正文保留，可撤销）"
          onClick={() => actions.removeHeading(part.key, heading.key)}
        >
          删
        </button>
      </span>
    </li>
  );
}

/** The mandated parts as the spine of the report: counts, status, headings, and moving among them. */
export function OutlineSidebar({
  parts,
  liveParts,
  checks,
  active,
  actions,
}: {
  parts: readonly SidebarPart[];
  liveParts: Store<LiveParts>;
  checks: Store<CheckResult | undefined>;
  active: PartKey | undefined;
  actions: HeadingActions;
}) {
  const [adding, setAdding] = useState<PartKey>();
  const current = useStore(liveParts);
  const findings = useStore(checks)?.findings ?? [];
  return (
    <nav className="outline-sidebar" aria-label="报告提纲">
      <ol>
        {parts.map((part) => {
          const outline = current[part.key];
          const chars = outline?.chars ?? 0;
          const status = partStatus(chars, part.definition.targetChars);
          return (
            <li key={part.key} className={part.key === active ? 'active' : undefined} data-part={part.key}>
              <button type="button" className="link part-link" onClick={() => actions.jumpToPart(part.key)}>
                {part.number}
                {part.heading}
              </button>
              <div className="part-meta">
                <span className={`status status-${status}`}>{PART_STATUS_LABELS[status]}</span>
                <span className="chars">{chars} 字</span>
                {part.definition.required && <span className="required">必写</span>}
                <PartFindingsBadge findings={findings.filter((finding) => finding.part === part.key)} />
                {part.key !== 'preface' && (
                  <button type="button" className="link" onClick={() => setAdding(part.key)}>
                    ＋ 小标题
                  </button>
                )}
              </div>
              {adding === part.key && (
                <AddHeadingForm part={part} actions={actions} onDone={() => setAdding(undefined)} />
              )}
              {outline && outline.headings.length > 0 && (
                <ul className="headings">
                  {outline.headings.map((heading) => (
                    <HeadingItem key={heading.key} part={part} heading={heading} actions={actions} />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** 全文字数, from the same published liveParts. */
export function TotalChars({ liveParts }: { liveParts: Store<LiveParts> }) {
  const total = Object.values(useStore(liveParts)).reduce((sum, part) => sum + part.chars, 0);
  return <span className="total-chars">全文 {total} 字</span>;
}

/** Errors and warnings of one part, on its entry in the outline. */
function PartFindingsBadge({ findings }: { findings: readonly Finding[] }) {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  if (!errors && !warnings) return null;
  return (
    <span className={`findings-badge ${errors ? 'error' : 'warning'}`} title={`错误 ${errors}，警告 ${warnings}`}>
      {errors ? `错 ${errors}` : ''}
      {errors && warnings ? ' · ' : ''}
      {warnings ? `警 ${warnings}` : ''}
    </span>
  );
}
