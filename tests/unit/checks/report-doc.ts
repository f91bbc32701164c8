import type { CheckDocument, DocParagraph, PartRef } from '../../../shared/checks/check-document';
import type { Finding } from '../../../shared/checks/finding';
import { runChecks } from '../../../shared/checks/run-checks';

/** A short line with a typed number and no sentence in it stands alone as a heading. */
const paragraph = (text: string): DocParagraph => ({
  text,
  heading: /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^。；]{0,40}。?$/.test(text),
});

/**
 * A small report for one rule's test: each part its heading line and paragraphs. Year, title and
 * closing are sound unless the test says otherwise.
 */
export function reportDoc(
  parts: Partial<Record<PartRef, readonly string[]>>,
  extra: Partial<CheckDocument> = {},
): CheckDocument {
  return {
    year: 2023,
    title: '某某县司法局关于2023年度法治政府建设情况的报告',
    addressee: '县委、县政府',
    outside: [],
    parts: Object.entries(parts).map(([key, lines]) => ({
      key: key as PartRef,
      heading: key === 'preface' ? '' : lines![0]!,
      paragraphs: (key === 'preface' ? lines! : lines!.slice(1)).map(paragraph),
    })),
    signature: '某某县司法局',
    date: '2024年1月15日',
    ...extra,
  };
}

/** The measures part alone, with a plain heading: for rules that look at sentences. */
export const measuresDoc = (...paragraphs: string[]) => reportDoc({ measures: ['一、2023年主要工作', ...paragraphs] });

export const findingsOf = (doc: CheckDocument, id: string): Finding[] =>
  runChecks(doc).findings.filter((finding) => finding.id === id);

/** The matched words of a rule's findings. */
export function matchedBy(doc: CheckDocument, id: string): string[] {
  const texts = new Map<string, string>();
  for (const part of doc.parts) {
    if (part.heading) texts.set(`${part.key}/-1`, part.heading);
    part.paragraphs.forEach((p, index) => texts.set(`${part.key}/${index}`, p.text));
  }
  return findingsOf(doc, id).map((finding) => {
    const { place, paragraph, start, end } = finding.location;
    return (texts.get(`${place}/${paragraph}`) ?? '').slice(start, end);
  });
}
