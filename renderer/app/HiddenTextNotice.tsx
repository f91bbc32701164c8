import type { ReactNode } from 'react';

export interface HiddenPiece {
  text: string;
  /** The visible paragraph it stood in; empty when the whole paragraph was hidden. */
  near: string;
  included?: boolean;
}

interface Props {
  hidden: readonly HiddenPiece[];
  /** What happens to the pieces on this screen, said under the heading. */
  children: ReactNode;
  /** When given, each piece not yet included has 作为正文加入. */
  onInclude?: (index: number) => void;
}

/**
 * 原文件中有隐藏文字: what a file hides (not shown, not printed in WPS or Word) never passes
 * silently. The import review and 导入修改稿 list each piece with the paragraph it stood in.
 */
export function HiddenTextNotice({ hidden, children, onInclude }: Props) {
  if (hidden.length === 0) return null;
  return (
    <section className="hidden-text readiness blocked" role="region" aria-label="原文件中有隐藏文字">
      <h2>原文件中有隐藏文字（{hidden.length} 处）</h2>
      <p>{children}</p>
      <ol>
        {hidden.map((piece, index) => (
          <li key={index}>
            <q className="hidden-text-piece">{piece.text}</q>
            {piece.near ? <span className="panel-hint">（在“{piece.near.slice(0, 40)}”一段中）</span> : null}
            {onInclude && ' '}
            {onInclude &&
              (piece.included ? (
                <span className="hidden-text-included">已作为正文加入</span>
              ) : (
                <button type="button" onClick={() => onInclude(index)}>
                  作为正文加入
                </button>
              ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
