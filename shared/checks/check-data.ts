import type { PartKey } from '../outline/part-key';

/** The thresholds, word lists and fixed formulations the rules use; a new version is a new data file. */
export interface CheckData {
  version: string;
  /** Below these lengths a part is thin (characters without white space). */
  thinParts: Partial<Record<PartKey, number>>;
  causeWords: readonly string[];
  achievementWords: readonly string[];
  leadershipActs: readonly string[];
  /** Words that show a part's content was written under another part's heading. */
  partHints: Partial<Record<PartKey, RegExp>>;
  minPlanItems: number;
  longSentence: number;
  placeholders: RegExp;
  /** Fixed political and legal formulations: a wrong form and the right one. */
  terms: readonly { wrong: RegExp; right: string; why: string }[];
  /**
   * Leftovers of copying from a web page or converting a file. `wholeLine` patterns (site
   * navigation words) count only on a short line that is not a sentence: 信息报送 is junk as a
   * menu item, not in 规范紧急信息报送。
   */
  junk: readonly { pattern: RegExp; what: string; wholeLine?: boolean }[];
  /** Indicators every report should fill in or mark 不适用. */
  coreIndicators: readonly string[];
  /** Words in the text that introduce an indicator's figure. */
  indicatorWords: Readonly<Record<string, readonly string[]>>;
}
