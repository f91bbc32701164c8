import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { FontProfile } from '../../../shared/export/font-profiles';
import type { LayoutPage, PageLine } from '../../../shared/export/layout-pages';
import { CHARACTER, PAGE, pt } from '../../../shared/export/page-geometry';
import type { Span } from '../../../shared/export/break-lines';
import type { LineFont } from '../../../shared/export/layout-pages';
import { previewFonts } from './preview-fonts';

const TYPE_AREA_BOTTOM = pt(PAGE.height - PAGE.bottom);
/** Where the DOCX's header line sits: half-way down the top margin. */
const HEADER_TOP = pt(PAGE.top) / 2;

function Spans({ spans, fonts }: { spans: readonly Span<LineFont>[]; fonts: ReturnType<typeof previewFonts> }) {
  return spans.map((span, index) => (
    <span key={index} className={`span-${span.font}`} style={fonts[span.font]}>
      {span.text}
    </span>
  ));
}

function Line({ line, index, fonts }: { line: PageLine; index: number; fonts: ReturnType<typeof previewFonts> }) {
  const style = {
    top: `${pt(PAGE.top) + index * pt(PAGE.linePitch)}pt`,
    left: `${pt(PAGE.left) + line.indent * pt(CHARACTER)}pt`,
    right: `${pt(PAGE.right) + line.right * pt(CHARACTER)}pt`,
  };
  if (line.cells) {
    return (
      <div
        className="page-line table-row"
        style={{
          ...style,
          gridTemplateColumns: line.cellWidths
            ? line.cellWidths.map((share) => `${share}fr`).join(' ')
            : `repeat(${line.cells.length}, 1fr)`,
        }}
      >
        {line.cells.map((cell, cellIndex) => (
          <span key={cellIndex} className="table-cell">
            <Spans spans={cell} fonts={fonts} />
          </span>
        ))}
      </div>
    );
  }
  return (
    <div className={`page-line align-${line.align}`} style={style}>
      <Spans spans={line.spans} fonts={fonts} />
    </div>
  );
}

/** Pages drawn before any scrolling: the first sheet, and the next ones the pane shows at once. */
const FIRST_PAGES = 2;

/**
 * The page numbers to draw: the first few at once, the others as they scroll near (a screen ahead),
 * and all of them before printing. A long report's 90 sheets would otherwise make the clerk wait for
 * thousands of lines she cannot see; an undrawn sheet keeps its size, so the scroll bar is true.
 */
function useDrawnPages(pages: readonly LayoutPage[]) {
  const preview = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState<ReadonlySet<number>>(() => new Set());
  useEffect(() => {
    const container = preview.current;
    if (!container) return;
    const add = (numbers: readonly number[]) =>
      setDrawn((current) =>
        numbers.every((number) => current.has(number)) ? current : new Set([...current, ...numbers]),
      );
    // The pane that scrolls the sheets is the root, so "a screen ahead" is measured in it.
    const observer = new IntersectionObserver(
      (entries) =>
        add(
          entries
            .filter((entry) => entry.isIntersecting)
            .map((entry) => Number((entry.target as HTMLElement).dataset.page)),
        ),
      { root: container.parentElement, rootMargin: '100% 0px' },
    );
    container.querySelectorAll<HTMLElement>('section.page').forEach((sheet) => observer.observe(sheet));
    // Printing this view prints the document, so every sheet is drawn before the print dialog reads the page.
    const drawAll = () => flushSync(() => add(pages.map((page) => page.number)));
    window.addEventListener('beforeprint', drawAll);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', drawAll);
    };
  }, [pages]);
  return { preview, isDrawn: (page: LayoutPage) => page.number <= FIRST_PAGES || drawn.has(page.number) };
}

/**
 * The exported document's pages as A4 sheets at true size: the same 22 lines of 28 characters, the
 * same line breaks (computed by layoutPages, which the tests hold to LibreOffice's PDF), page numbers
 * "— n —" right on odd pages and left on even ones. Printing this view prints the document.
 */
export const PagePreview = memo(function PagePreview({
  pages,
  profile,
  draftMark,
}: {
  pages: readonly LayoutPage[];
  profile: FontProfile;
  /** 讨论稿 or 征求意见稿, printed at the top right of every sheet as the DOCX's header prints it. */
  draftMark?: string | undefined;
}) {
  const fonts = useMemo(() => previewFonts(profile), [profile]);
  const { preview, isDrawn } = useDrawnPages(pages);
  return (
    <div className="page-preview" aria-label="页面预览" ref={preview}>
      {pages.map((page) => (
        <Sheet key={page.number} page={page} fonts={fonts} drawn={isDrawn(page)} draftMark={draftMark} />
      ))}
    </div>
  );
});

/** One A4 sheet; drawing a newly visible sheet leaves the sheets already drawn alone. */
const Sheet = memo(function Sheet({
  page,
  fonts,
  drawn,
  draftMark,
}: {
  page: LayoutPage;
  fonts: ReturnType<typeof previewFonts>;
  drawn: boolean;
  draftMark: string | undefined;
}) {
  return (
    <section className="page" aria-label={`第 ${page.number} 页`} data-page={page.number}>
      {draftMark && (
        <div className="draft-mark" style={{ ...fonts.heading1, right: `${pt(PAGE.right)}pt`, top: `${HEADER_TOP}pt` }}>
          {draftMark}
        </div>
      )}
      {drawn && page.lines.map((line, index) => <Line key={index} line={line} index={index} fonts={fonts} />)}
      <div
        className={`page-number ${page.number % 2 === 1 ? 'odd' : 'even'}`}
        style={{
          top: `${TYPE_AREA_BOTTOM + 20}pt`,
          ...fonts.pageNumber,
          [page.number % 2 === 1 ? 'right' : 'left']: `${pt(page.number % 2 === 1 ? PAGE.right : PAGE.left) + 14}pt`,
        }}
      >
        — {page.number} —
      </div>
    </section>
  );
});
