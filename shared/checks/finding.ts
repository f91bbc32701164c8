import type { PartRef } from './check-document';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Where a finding is: a paragraph of a part (-1 is the part's heading line; see partAddresses for
 * parts sharing a key), or the title, the
 * addressee, the closing block (signature and date) or the lines outside the report.
 */
export type FindingPlace = PartRef | 'title' | 'addressee' | 'closing' | 'outside';

export interface Location {
  place: FindingPlace;
  paragraph: number;
  start: number;
  end: number;
}

/** One exact change: replace [start, end) of a paragraph's text. */
export interface Edit {
  place: FindingPlace;
  paragraph: number;
  start: number;
  end: number;
  replacement: string;
}

export interface Fix {
  /** What the button says, e.g. 改为全角标点. */
  label: string;
  edits: Edit[];
}

export interface Finding {
  id: string;
  severity: Severity;
  /** The part it concerns, or where it stands when it belongs to no part. */
  part: FindingPlace;
  location: Location;
  /** What is wrong and what to do, in Chinese. */
  message: string;
  excerpt: string;
  fix?: Fix;
  /**
   * A calm finding that is still an error for submission: a required part not written yet shows as
   * a hint while the clerk writes, and 提交前检查 asks for it all the same.
   */
  blocksSubmission?: true;
}
