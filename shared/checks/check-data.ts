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
  /** Fixed political and legal formulations: a wrong form and the right one (term-form, an error). */
  terms: readonly { wrong: RegExp; right: string; why: string }[];
  /**
   * Usage a reviewer would correct but a careful writer might dispute (wording-form, a warning). The
   * match is what gets replaced; `right` may name the match's groups as $1, $2. `cue` is a cheap
   * test every match passes (a word or a character in it), so most paragraphs are passed over fast.
   */
  wordings: readonly { wrong: RegExp; right: string; why: string; cue: RegExp }[];
  /**
   * What makes a word a person's name for the privacy check: a common surname, one or two
   * given-name characters, and a title after it (王丹波律师) — or a 联系人： before it.
   */
  names: {
    surnames: string;
    titles: readonly string[];
    /** Characters that never stand in a given name (的、等、名…): 律师事务所的律师 names no one. */
    notGiven: string;
    /** Words shaped like a surname and a given name that are roles or plain words (顾问律师, 任课老师). */
    notNames: readonly string[];
    /** What may follow a title to make it part of another word (律师事务所, 律师函). */
    notAfterTitle: readonly string[];
  };
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
  /**
   * Units that count the same thing: a figure is compared with an indicator only when it carries
   * one of the units of the indicator's family (18名 for persons; not 100% or 21份).
   */
  unitFamilies: readonly (readonly string[])[];
  /** Words near a figure that make it something other than the indicator's total (覆盖率, 新增, 较上年). */
  notTotal: RegExp;
}
