import type { LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import {
  clearHighlights,
  findMatches,
  highlightMatches,
  matchRange,
  replaceAll,
  replaceMatch,
  type Match,
} from './find-in-editors';

interface Props {
  editors: () => LexicalEditor[];
  withReplace: boolean;
  onClose: () => void;
}

/** 查找 (Ctrl+F) and 替换 (Ctrl+H) across every part of the report. */
export function FindBar({ editors, withReplace, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matches, setMatches] = useState<Match[]>([]);
  const [current, setCurrent] = useState(0);

  // Search again whenever the text changes, a moment after typing stops.
  useEffect(() => {
    const search = () => setMatches(findMatches(editors(), query));
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
  }, [editors, query]);

  const index = matches.length ? Math.min(current, matches.length - 1) : 0;
  useEffect(() => {
    highlightMatches(matches, index);
    const active = matches[index];
    if (active) matchRange(active)?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }, [matches, index]);
  useEffect(() => clearHighlights, []);

  const step = (by: number) => setCurrent(matches.length ? (index + by + matches.length) % matches.length : 0);

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
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') step(event.shiftKey ? -1 : 1);
          if (event.key === 'Escape') onClose();
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
            onChange={(event) => setReplacement(event.target.value)}
          />
          <button type="button" disabled={!matches.length} onClick={() => replaceMatch(matches[index]!, replacement)}>
            替换
          </button>
          <button type="button" disabled={!matches.length} onClick={() => replaceAll(editors(), query, replacement)}>
            全部替换
          </button>
        </>
      )}
      <button type="button" className="link" aria-label="关闭查找" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
