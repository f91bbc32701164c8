import type { CheckDocument, DocPart, PartRef } from './check-document';
import { countChars } from '../report/count-chars';
import { parseTypedNumber } from '../report/typed-number';
import type { Finding, FindingPlace, Fix, Severity } from './finding';

/** One piece of text of the document with its address. */
export interface DocText {
  place: FindingPlace;
  /** Negative for a part's heading line (see partAddresses). */
  paragraph: number;
  text: string;
  heading: boolean;
  /** The part the text belongs to (for the title and closing, the place itself). */
  part: FindingPlace;
}

/**
 * How each part's texts are addressed. Parts that share a key (two 未归类 sections of an imported
 * report) are numbered on as one: the second part's paragraphs follow the first's, and its heading
 * is -2 (the third's -3…), so every address names one text and a fix lands where it was found.
 */
export function partAddresses(doc: CheckDocument): Map<DocPart, { base: number; heading: number }> {
  const seen = new Map<PartRef, { paragraphs: number; parts: number }>();
  const addresses = new Map<DocPart, { base: number; heading: number }>();
  for (const part of doc.parts) {
    const before = seen.get(part.key) ?? { paragraphs: 0, parts: 0 };
    addresses.set(part, { base: before.paragraphs, heading: -1 - before.parts });
    seen.set(part.key, { paragraphs: before.paragraphs + part.paragraphs.length, parts: before.parts + 1 });
  }
  return addresses;
}

// Every rule walks the same texts: list them once per document.
const textsByDoc = new WeakMap<CheckDocument, DocText[]>();

/** Every text of the report proper, in reading order: title, addressee, part headings and paragraphs, closing. */
export function docTexts(doc: CheckDocument): DocText[] {
  const cached = textsByDoc.get(doc);
  if (cached) return cached;
  const texts: DocText[] = [];
  if (doc.title) texts.push({ place: 'title', paragraph: 0, text: doc.title, heading: true, part: 'title' });
  if (doc.addressee)
    texts.push({ place: 'addressee', paragraph: 0, text: doc.addressee, heading: false, part: 'addressee' });
  for (const [part, { base, heading }] of partAddresses(doc)) {
    if (part.heading)
      texts.push({ place: part.key, paragraph: heading, text: part.heading, heading: true, part: part.key });
    part.paragraphs.forEach((paragraph, index) =>
      texts.push({
        place: part.key,
        paragraph: base + index,
        text: paragraph.text,
        heading: paragraph.heading,
        part: part.key,
      }),
    );
  }
  if (doc.signature)
    texts.push({ place: 'closing', paragraph: 0, text: doc.signature, heading: false, part: 'closing' });
  if (doc.date) texts.push({ place: 'closing', paragraph: 1, text: doc.date, heading: false, part: 'closing' });
  textsByDoc.set(doc, texts);
  return texts;
}

const partTextsByDoc = new WeakMap<CheckDocument, Map<FindingPlace, DocText[]>>();

/** The texts of one part (all parts with that key, in order). */
export function partTexts(doc: CheckDocument, key: PartRef): DocText[] {
  let byPart = partTextsByDoc.get(doc);
  if (!byPart) {
    byPart = new Map();
    for (const text of docTexts(doc)) {
      const list = byPart.get(text.part);
      if (list) list.push(text);
      else byPart.set(text.part, [text]);
    }
    partTextsByDoc.set(doc, byPart);
  }
  return byPart.get(key) ?? [];
}

const bodiesByDoc = new WeakMap<CheckDocument, Map<PartRef, string>>();

/** A part's text as one string: what its length and keywords are judged on. */
export function partBody(doc: CheckDocument, key: PartRef): string {
  let bodies = bodiesByDoc.get(doc);
  if (!bodies) bodiesByDoc.set(doc, (bodies = new Map()));
  let body = bodies.get(key);
  if (body === undefined) {
    body = doc.parts
      .filter((part) => part.key === key)
      .flatMap((part) => part.paragraphs.map((paragraph) => paragraph.text))
      .join('\n');
    bodies.set(key, body);
  }
  return body;
}

const charsOf = memoByText(countChars);

/** A part's length in characters, counted paragraph by paragraph so an edit recounts only its paragraph. */
export function partChars(doc: CheckDocument, key: PartRef): number {
  return doc.parts
    .filter((part) => part.key === key)
    .reduce((sum, part) => sum + part.paragraphs.reduce((inner, paragraph) => inner + charsOf(paragraph.text), 0), 0);
}

/** The typed heading number a text opens with, remembered per text. */
export const typedNumberOf = memoByText(parseTypedNumber);

export function excerpt(text: string, start: number, end: number, context = 16): string {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** A finding at a range of one text. */
export function findingAt(
  id: string,
  severity: Severity,
  at: DocText,
  start: number,
  end: number,
  message: string,
  fix?: Fix,
): Finding {
  return {
    id,
    severity,
    part: at.part,
    location: { place: at.place, paragraph: at.paragraph, start, end },
    message,
    excerpt: excerpt(at.text, start, end),
    ...(fix ? { fix } : {}),
  };
}

/** A finding about a whole part or the whole report, placed at its heading or first paragraph. */
export function findingOnPart(
  id: string,
  severity: Severity,
  part: FindingPlace,
  message: string,
  excerptText = '',
): Finding {
  return {
    id,
    severity,
    part,
    location: { place: part, paragraph: -1, start: 0, end: 0 },
    message,
    excerpt: excerptText,
  };
}

// Rules state their patterns once; the global form each needs is compiled once too. Found by the
// pattern's source alone (a rule's literal hands the same source string every time), its flags
// compared as booleans: building a key string per text was the checks' hottest path.
const globalForms = new Map<string, RegExp[]>();

const sameFlags = (a: RegExp, b: RegExp) =>
  a.ignoreCase === b.ignoreCase &&
  a.multiline === b.multiline &&
  a.unicode === b.unicode &&
  a.dotAll === b.dotAll &&
  a.sticky === b.sticky;

function globalFormOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let forms = globalForms.get(pattern.source);
  if (!forms) globalForms.set(pattern.source, (forms = []));
  for (const form of forms) if (sameFlags(form, pattern)) return form;
  const form = new RegExp(pattern.source, `${pattern.flags}g`);
  forms.push(form);
  return form;
}

/** Non-overlapping regex matches with their positions. */
export function matchesOf(text: string, pattern: RegExp): RegExpExecArray[] {
  const global = globalFormOf(pattern);
  const matches: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let match = global.exec(text); match; match = global.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step over it, a whole character in u mode.
    if (match[0] === '') global.lastIndex += global.unicode && (text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1;
  }
  return matches;
}

export const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';

/** A short line with no sentence in it: where a navigation word or a file name is the whole line (CheckData `wholeLine`). */
export const lineLike = (text: string) => text.length <= 40 && !/[。；]/.test(text);

const combined = new WeakMap<readonly RegExp[], RegExp>();

/**
 * One regex that matches wherever any of `patterns` does: a cheap first test per paragraph, so
 * rules with many patterns look closer only at the few paragraphs that can match.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  let union = combined.get(patterns);
  if (!union) {
    union = new RegExp(
      patterns.map((pattern) => `(?:${pattern.source})`).join('|'),
      patterns.some((pattern) => pattern.flags.includes('i')) ? 'i' : '',
    );
    combined.set(patterns, union);
  }
  return union;
}

/**
 * Remembers a pure function of a paragraph's text, so document-wide rules re-checking an edited
 * report redo only the paragraphs that changed. Bounded: a long session does not grow it forever.
 */
export function memoByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined && !cache.has(text)) {
      if (cache.size >= limit) cache = new Map();
      value = compute(text);
      cache.set(text, value);
    }
    return value as T;
  };
}

/** Two-character words of a text, for a rough "does this mention that" comparison. */
export const bigrams = memoByText((text: string): Set<string> => {
  const chinese = text.replace(/[^\u4e00-\u9fff]/g, '');
  return new Set(
    Array.from({ length: Math.max(0, chinese.length - 1) }, (_, index) => chinese.slice(index, index + 2)),
  );
}, 2000);

/** The share of `item`'s two-character words that also occur in `other`. */
export function overlap(item: string, other: Set<string>): number {
  const words = [...bigrams(item)];
  return words.length ? words.filter((word) => other.has(word)).length / words.length : 1;
}
