import { $createRangeSelection, $getNodeByKey, $isTextNode, $setSelection, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { useStore } from '../../app/create-store';
import { headerProblem, sameHeaderValues, type ReportHeaderStore } from '../report/report-header-store';
import {
  clearHighlights,
  findMatches,
  highlightMatches,
  matchRange,
  replaceAllInHeader,
  replaceAllInParts,
  replaceInHeader,
  replaceInPart,
  type Match,
} from './find-in-editors';
import type { ReplaceAllDone } from './replace-all-undo';

interface Props {
  editors: () => LexicalEditor[];
  header: ReportHeaderStore;
  withReplace: boolean;
  onClose: () => void;
  /** Told what a 全部替换 changed, so one Ctrl+Z can take it back. */
  onReplacedAll: (done: ReplaceAllDone) => void;
}

/** A replacement that would leave the header unsavable (an empty title) is refused, saying why. */
const refusal = (problem: string) => `替换后${problem}，未作替换，请改一下替换内容`;

/** Leaves the current match selected in its part, as the find box closes, so writing goes on there. */
function selectInPart(match: Match | undefined): void {
  if (match?.kind !== 'part') return;
  match.editor.update(() => {
    const node = $getNodeByKey(match.nodeKey);
    if (!$isTextNode(node) || node.getTextContentSize() < match.offset + match.length) return;
    const selection = $createRangeSelection();
    selection.anchor.set(match.nodeKey, match.offset, 'text');
    selection.focus.set(match.nodeKey, match.offset + match.length, 'text');
    $setSelection(selection);
  });
  match.editor.focus();
}

/** 查找 (Ctrl+F) and 替换 (Ctrl+H) across the title, addressee, every part and the signature. */
export function FindBar({ editors, header, withReplace, onClose, onReplacedAll }: Props) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matches, setMatches] = useState<Match[]>([]);
  const [current, setCurrent] = useState(0);
  const [problem, setProblem] = useState<string>();
  const headerValues = useStore(header.values);

  const search = useCallback(
    () => setMatches(findMatches(editors(), headerValues, query)),
    [editors, headerValues, query],
  );

  // Search again whenever the text changes: at once for the header, a moment after typing stops in a part.
  useEffect(() => {
    search();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unregister = editors().map((editor) =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // only the selection moved
        clearTimeout(timer);
        timer = setTimeout(search, 200);
      }),
    );
    return () => {
      clearTimeout(timer);
      unregister.forEach((fn) => fn());
    };
  }, [editors, search]);

  const index = matches.length ? Math.min(current, matches.length - 1) : 0;
  const active = matches[index];
  useEffect(() => {
    highlightMatches(matches, index);
    const range = active && matchRange(active);
    // The bar stays at the top of the document column: the match goes to the middle, clear of it.
    if (range) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }, [matches, index, active]);
  useEffect(() => clearHighlights, []);

  const step = (by: number) => setCurrent(matches.length ? (index + by + matches.length) % matches.length : 0);
  const close = () => {
    selectInPart(active);
    onClose();
  };

  const replaceCurrent = () => {
    if (!active) return;
    if (active.kind === 'part') {
      if (!replaceInPart(active, query, replacement)) search();
      return;
    }
    const next = replaceInHeader(header.values.get(), active, replacement);
    const refused = headerProblem(next);
    setProblem(refused && refusal(refused));
    if (refused) return;
    header.values.set(() => next);
    void header.save();
  };

  const replaceAll = () => {
    const before = header.values.get();
    const after = replaceAllInHeader(before, query, replacement);
    const headerChanged = !sameHeaderValues(before, after);
    const refused = headerChanged ? headerProblem(after) : undefined;
    setProblem(refused && refusal(refused));
    if (refused) return;
    const changed = replaceAllInParts(editors(), query, replacement);
    if (headerChanged) {
      header.values.set(() => after);
      void header.save();
    }
    onReplacedAll({ changed, header: headerChanged ? { store: header, before, after } : undefined });
    search();
  };

  return (
    <div className="find-bar" role="search" aria-label="查找和替换">
      <input
        aria-label="查找内容"
        placeholder="查找全文"
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value);
          setCurrent(0);
          setProblem(undefined);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') step(event.shiftKey ? -1 : 1);
          if (event.key === 'Escape') close();
        }}
      />
      <span className="find-count" aria-live="polite">
        {query ? (matches.length ? `第 ${index + 1} / ${matches.length} 处` : '未找到') : ''}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={!matches.length}>
        上一个
      </button>
      <button type="button" onClick={() => step(1)} disabled={!matches.length}>
        下一个
      </button>
      {withReplace && (
        <>
          <input
            aria-label="替换为"
            placeholder="替换为"
            value={replacement}
            onChange={(event) => {
              setReplacement(event.target.value);
              setProblem(undefined);
            }}
            onKeyDown={(event) => event.key === 'Escape' && close()}
          />
          <button type="button" disabled={!matches.length} onClick={replaceCurrent}>
            替换
          </button>
          <button type="button" disabled={!matches.length} onClick={replaceAll}>
            全部替换
          </button>
        </>
      )}
      <button type="button" className="link" aria-label="关闭查找" onClick={close}>
        ×
      </button>
      {problem && (
        <p className="form-error find-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
