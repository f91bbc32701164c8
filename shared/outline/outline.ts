import type { PartKey } from './part-key';

export interface OutlinePart {
  key: PartKey;
  /** Heading template: {Y} is the report year, {Y+1} the year the plans are for. */
  heading: string;
  required: boolean;
}

export interface Outline {
  version: string;
  name: string;
  parts: readonly OutlinePart[];
}

/** Headings name concrete years, so a copied report never says "上一年度" where 2024 is meant. */
export function partHeading(part: OutlinePart, year: number): string {
  return part.heading.replaceAll('{Y+1}', String(year + 1)).replaceAll('{Y}', String(year));
}
