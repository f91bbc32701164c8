import { useMemo } from 'react';
import type { BatchFinding } from '../../../shared/batch-review/batch-review-entry';
import { docTexts, type DocText } from '../../../shared/checks/doc-texts';
import { readReportText } from '../../../shared/reading/read-report-text';
import { call } from '../../api';
import { useQuery } from '../../app/use-query';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;
const keyOf = (place: string, paragraph: number) => `${place}:${paragraph}`;

interface Span {
  start: number;
  end: number;
  finding: BatchFinding;
  index: number;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * The spans one text can show: the most serious first, then the narrowest, each kept only where it
 * overlaps none kept before (a warning on a whole heading must not hide an error on its year).
 */
function shownSpans(spans: Span[]): Span[] {
  const kept: Span[] = [];
  const order = [...spans].sort(
    (a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.end - a.start - (b.end - b.start),
  );
  for (const span of order)
    if (kept.every((other) => span.end <= other.start || span.start >= other.end)) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

/** A text with its findings marked; a finding whose span is hidden by a more serious one stays in the list. */
function Marked({ text, spans }: { text: DocText; spans: Span[] }) {
  const pieces: React.ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    pieces.push(text.text.slice(at, span.start));
    pieces.push(
      <mark
        key={span.index}
        id={`finding-${span.index}`}
        className={span.finding.severity}
        title={span.finding.message}
      >
        {text.text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  pieces.push(text.text.slice(at));
  const Tag = text.heading ? 'h3' : 'p';
  return <Tag className="batch-text-line">{pieces}</Tag>;
}

/** One department's report as it was read, read-only, its findings marked in the text and listed beside it. */
export function BatchReportView({ entryId }: { entryId: number }) {
  const read = useQuery(() => call('batch-review:text', { entryId }), [entryId]);
  const view = useMemo(() => {
    if (!read.data) return undefined;
    const doc = readReportText(read.data.text, read.data.year ?? undefined);
    const texts = docTexts(doc);
    const findings = read.data.entry.report?.findings ?? [];
    const spans = new Map<string, Span[]>();
    const placed = new Set<number>();
    findings.forEach((finding, index) => {
      const { place, paragraph, start, end } = finding.location;
      const text = texts.find((candidate) => candidate.place === place && candidate.paragraph === paragraph);
      if (!text) return;
      // A finding on a whole part marks the part's heading.
      const span = end > start ? { start, end } : { start: 0, end: text.text.length };
      const key = keyOf(place, paragraph);
      spans.set(key, [...(spans.get(key) ?? []), { ...span, finding, index }]);
    });
    for (const [key, list] of spans) {
      spans.set(key, shownSpans(list));
      for (const span of spans.get(key)!) placed.add(span.index);
    }
    const { entry } = read.data;
    return { texts, findings, spans, placed, title: entry.report?.organization || entry.file, file: entry.file };
  }, [read.data]);

  if (read.error)
    return (
      <p className="form-error" role="alert">
        {read.error}
      </p>
    );
  if (!view) return <p role="status">正在打开…</p>;
  return (
    <div className="batch-report">
      <h2 className="batch-report-title">
        {view.title}（{view.file}，只读）
      </h2>
      <article className="batch-text" aria-label="报告原文（只读）">
        {view.texts.map((text, index) => (
          <Marked key={index} text={text} spans={view.spans.get(keyOf(text.place, text.paragraph)) ?? []} />
        ))}
      </article>
      <aside className="batch-findings" aria-label={`${view.title}的检查结果`}>
        <h3>检查结果（{view.findings.length} 条）</h3>
        <ol>
          {view.findings.map((finding, index) => (
            <li key={index} className={`finding ${finding.severity}`}>
              <span className="severity">{SEVERITY[finding.severity]}</span>{' '}
              {view.placed.has(index) ? (
                <button
                  type="button"
                  className="link"
                  onClick={() => document.getElementById(`finding-${index}`)?.scrollIntoView({ block: 'center' })}
                >
                  {finding.message}
                </button>
              ) : (
                finding.message
              )}
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
