import { memo } from 'react';
import type { FontProfile } from '../../../shared/export/font-profiles';
import type { LayoutPage, PageLine } from '../../../shared/export/layout-pages';
import { CHARACTER, PAGE, pt } from '../../../shared/export/page-geometry';
import type { Span } from '../../../shared/export/break-lines';
import type { LineFont } from '../../../shared/export/layout-pages';
import { previewFonts } from './preview-fonts';

const TYPE_AREA_BOTTOM = pt(PAGE.height - PAGE.bottom);

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

/**
 * The exported document's pages as A4 sheets at true size: the same 22 lines of 28 characters, the
 * same line breaks (computed by layoutPages, which the tests hold to LibreOffice's PDF), page numbers
 * "— n —" right on odd pages and left on even ones. Printing this view prints the document.
 */
export const PagePreview = memo(function PagePreview({
  pages,
  profile,
}: {
  pages: readonly LayoutPage[];
  profile: FontProfile;
}) {
  const fonts = previewFonts(profile);
  return (
    <div className="page-preview" aria-label="页面预览">
      {pages.map((page) => (
        <section key={page.number} className="page" aria-label={`第 ${page.number} 页`} data-page={page.number}>
          {page.lines.map((line, index) => (
            <Line key={index} line={line} index={index} fonts={fonts} />
          ))}
          <div
            className={`page-number ${page.number % 2 === 1 ? 'odd' : 'even'}`}
            style={{
              top: `${TYPE_AREA_BOTTOM + 20}pt`,
              ...fonts.pageNumber,
              [page.number % 2 === 1 ? 'right' : 'left']:
                `${pt(page.number % 2 === 1 ? PAGE.right : PAGE.left) + 14}pt`,
            }}
          >
            — {page.number} —
          </div>
        </section>
      ))}
    </div>
  );
});
