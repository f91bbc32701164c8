import type { PartKey } from './part-key';

/** A figure worth capturing once a year, as a number with its unit. */
export interface IndicatorDefinition {
  key: string;
  label: string;
  unit: string;
  /** Percentages are 0–100; counts are whole numbers. */
  kind: 'count' | 'percent';
}

/**
 * Something a part is expected to cover; the clerk marks it 已写, 不适用 or 未写, or leaves it to the
 * text: 已写（自动） once the part clearly covers it (see menuCoverage).
 */
export interface MenuItem {
  key: string;
  label: string;
  guidance: string;
  /** Keys of the indicators whose figures belong in this item's text. */
  indicators: readonly string[];
  /**
   * The ways the part's text clearly covers the item: each a set of words that must all stand in
   * one paragraph. Chosen so that a false tick is unlikely — a missed one the clerk ticks by hand.
   * Empty when no words can tell (the clerk alone ticks the item).
   */
  keywords: readonly (readonly string[])[];
}

export interface OutlinePart {
  key: PartKey;
  /** Heading template: {Y} is the report year, {Y+1} the year the plans are for. */
  heading: string;
  required: boolean;
  /** 写作要点: what this part must say, in short points. */
  guidance: readonly string[];
  /** Characters at which a part counts as written rather than in progress (tuned on real reports). */
  targetChars: number;
  /** Second-level headings offered when the clerk adds one. */
  suggestedHeadings: readonly string[];
  menu: readonly MenuItem[];
}

export interface Outline {
  version: string;
  name: string;
  parts: readonly OutlinePart[];
  /**
   * Guidance for the closing block: signature (发文机关署名) and date (成文日期). Templates like the
   * headings ({Y}, {Y+1}), and {submitBy} for the day the report is due; see closingGuidance().
   */
  closingGuidance: readonly string[];
  indicators: readonly IndicatorDefinition[];
}

/** Headings name concrete years, so a copied report never says "上一年度" where 2024 is meant. */
export function partHeading(part: OutlinePart, year: number): string {
  return part.heading.replaceAll('{Y+1}', String(year + 1)).replaceAll('{Y}', String(year));
}
