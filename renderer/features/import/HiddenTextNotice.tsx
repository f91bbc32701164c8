import { includeHiddenText } from '../../../shared/import/edit-draft';
import type { ImportDraft } from '../../../shared/import/import-draft';

interface Props {
  draft: ImportDraft;
  onChange: (draft: ImportDraft) => void;
}

/**
 * 原文件中有隐藏文字: what the file hides (not shown, not printed in WPS or Word) is never imported
 * unasked. Each piece is listed with the paragraph it stood in; the clerk may add it as text.
 */
export function HiddenTextNotice({ draft, onChange }: Props) {
  const hidden = draft.hidden ?? [];
  if (hidden.length === 0) return null;
  return (
    <section className="hidden-text readiness blocked" role="region" aria-label="原文件中有隐藏文字">
      <h2>原文件中有隐藏文字（{hidden.length} 处）</h2>
      <p>
        这些文字在原文件中设成了“隐藏”，在 WPS、Word 中看不到，也不会打印，可能是起草说明或不该公开的内容。
        它们默认不导入；确属报告正文的，点“作为正文加入”，加在它原来所在的段落之后（整段隐藏的放进“未归类”）。
      </p>
      <ol>
        {hidden.map((piece, index) => (
          <li key={index}>
            <q className="hidden-text-piece">{piece.text}</q>
            {piece.near ? <span className="panel-hint">（在“{piece.near.slice(0, 40)}”一段中）</span> : null}{' '}
            {piece.included ? (
              <span className="hidden-text-included">已作为正文加入</span>
            ) : (
              <button type="button" onClick={() => onChange(includeHiddenText(draft, index))}>
                作为正文加入
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
