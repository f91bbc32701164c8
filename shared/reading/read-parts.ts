import type { DocParagraph, DocPart, EmbeddedPart, PartRef } from '../checks/check-document';
import type { PartKey } from '../outline/part-key';
import { namesPartCertainly, namesShortcomingsAndPlans, partOfHeading } from './part-of-heading';
import { parseTypedNumber } from '../report/typed-number';

/** A paragraph as read, with the index of the line it was read from. */
export interface ReadParagraph extends DocParagraph {
  line: number;
}

/** A part as read: where its heading stands, and how surely it was placed. */
export interface ReadPart extends DocPart {
  paragraphs: ReadParagraph[];
  /** Index of its heading line; null when it has none (the preface, a part placed by position). */
  headingLine: number | null;
  /** high: its heading names it in words that leave no doubt; low: a weak word, a theme, or position. */
  confidence: 'high' | 'low';
}

function isUnnumberedPartHeading(line: string): boolean {
  return (
    line.length <= 40 &&
    !/[。；，,;：:]$/.test(line) &&
    !/[。；]/.test(line) &&
    partOfHeading(line) !== undefined &&
    !/^下一步[，,]/.test(line)
  );
}

/** How the plans open inside a part headed for two ("三、存在问题及下步打算"). */
const PLANS_OPEN =
  /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?(?:下一步|下步|今后|下一年度|新的一年|\d{4}年[，,]?(?:我局|我委|我镇|我们|全局|本局|将))/;

/**
 * Where the plans open inside a paragraph: a sentence after 。 that starts as plans do ("……等问题。
 * 2024年，我局将……"). One paragraph often holds both when a report gives the two parts one heading.
 */
function plansOpenInside(text: string): number {
  for (let at = text.indexOf('。'); at >= 0 && at < text.length - 1; at = text.indexOf('。', at + 1)) {
    if (PLANS_OPEN.test(text.slice(at + 1))) return at + 1;
  }
  return -1;
}

/** Splits a part headed for both shortcomings and plans where the plans begin; both stay uncertain. */
function splitMerged(part: ReadPart): ReadPart[] {
  const paragraphs = [...part.paragraphs];
  let start = paragraphs.findIndex(
    (paragraph, index) =>
      index > 0 &&
      (PLANS_OPEN.test(paragraph.text) || (paragraph.heading && partOfHeading(paragraph.text) === 'plans')),
  );
  if (start < 0) {
    const inside = paragraphs.findIndex((paragraph) => !paragraph.heading && plansOpenInside(paragraph.text) > 0);
    if (inside >= 0) {
      const paragraph = paragraphs[inside]!;
      const at = plansOpenInside(paragraph.text);
      paragraphs.splice(
        inside,
        1,
        { ...paragraph, text: paragraph.text.slice(0, at) },
        { ...paragraph, text: paragraph.text.slice(at) },
      );
      start = inside + 1;
    }
  }
  const shortcomings: ReadPart = { ...part, key: 'shortcomings', confidence: 'low' };
  if (start < 0) return [shortcomings];
  return [
    { ...shortcomings, paragraphs: paragraphs.slice(0, start) },
    { key: 'plans', heading: '', headingLine: null, confidence: 'low', paragraphs: paragraphs.slice(start) },
  ];
}

/** Words that make a sub-heading the content of a required part written inside another one. */
const EMBEDDED_WORDS: Partial<Record<PartKey, RegExp>> = {
  leadership: /第一责任人|主要负责人/,
  shortcomings: /存在.{0,8}问题|不足|差距/,
  plans: /下一步|下步|工作计划|工作安排|工作打算|主要安排/,
};

/** Required parts that have no part of their own but a sub-heading inside another part. */
function findEmbedded(parts: readonly ReadPart[]): EmbeddedPart[] {
  const found: EmbeddedPart[] = [];
  for (const [key, words] of Object.entries(EMBEDDED_WORDS) as [PartKey, RegExp][]) {
    if (parts.some((part) => part.key === key)) continue;
    parts.some((part, partIndex) => {
      if (part.key === 'preface') return false;
      const paragraph = part.paragraphs.findIndex((candidate) => {
        const number = parseTypedNumber(candidate.text);
        const lead = number ? candidate.text.slice(number.raw.length).split('。')[0]! : '';
        return (
          (candidate.heading || (number && lead.length <= 40)) && words.test(candidate.heading ? candidate.text : lead)
        );
      });
      if (paragraph < 0) return false;
      const text = part.paragraphs[paragraph]!.text;
      found.push({
        key,
        part: partIndex,
        paragraph,
        number: parseTypedNumber(text)?.raw.trim() ?? '',
        heading: text,
        hostHeading: part.heading,
      });
      return true;
    });
  }
  return found;
}

/**
 * The parts of a report's body, lines [from, to). A 一、 heading opens a part named by its words;
 * a 一、 heading that names none is a theme of the measures when it stands before the first
 * shortcomings or plans part (or when the report has no measures heading at all), else 未归类.
 */
export function readParts(
  lines: readonly string[],
  from: number,
  to: number,
): { parts: ReadPart[]; embedded: EmbeddedPart[] } {
  let parts: ReadPart[] = [{ key: 'preface', heading: '', headingLine: null, confidence: 'high', paragraphs: [] }];
  const current = () => parts.at(-1)!;
  const open = (heading: string, line: number | null, key: PartRef = partOfHeading(heading) ?? 'unassigned') =>
    parts.push({
      key,
      heading,
      headingLine: line,
      confidence: !!heading && namesPartCertainly(heading, key) ? 'high' : 'low',
      paragraphs: [],
    });
  for (let index = from; index < to; index++) {
    const line = lines[index]!;
    const number = parseTypedNumber(line);
    if ((number?.level === 1 && line.length <= 60) || (!number && isUnnumberedPartHeading(line))) {
      open(line, index);
      continue;
    }
    // Sub-headings before any part heading mean the report dropped its level-one headings:
    // what follows the opening is the measures.
    if (number && current().key === 'preface') open('', null, 'measures');
    // A short numbered line with no sentence inside is a heading, even when it wrongly ends in 。.
    const heading = !!number && line.length <= 40 && !/[。；]./.test(line);
    current().paragraphs.push({ text: line, heading, line: index });
  }

  parts = parts.flatMap((part) =>
    part.headingLine !== null && namesShortcomingsAndPlans(part.heading) ? splitMerged(part) : [part],
  );
  const boundary = parts.findIndex((part) => part.key === 'shortcomings' || part.key === 'plans');
  const hasMeasures = parts.some((part) => part.key === 'measures' && part.heading);
  parts = parts.map((part, index) =>
    part.key === 'unassigned' &&
    parseTypedNumber(part.heading)?.level === 1 &&
    (boundary < 0 ? !hasMeasures : index < boundary)
      ? { ...part, key: 'measures', confidence: 'low' }
      : part,
  );
  parts = parts.filter((part) => part.key !== 'preface' || part.paragraphs.length > 0);
  return { parts, embedded: findEmbedded(parts) };
}
