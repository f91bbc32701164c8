import type { MenuItemState } from '../outline/menu-coverage';
import type { PartKey } from '../outline/part-key';
import type { IndicatorValue } from '../report/report-snapshot';

/** Where a paragraph sits: one of the parts, or text that fits no part. */
export type PartRef = PartKey | 'unassigned';

export interface DocParagraph {
  /** The line as it reads, typed or computed heading numbers included. */
  text: string;
  /** A standalone heading line (not a paragraph that merely opens with a lead sentence). */
  heading: boolean;
  /** The app draws a computed number before it (a heading or a lead sentence): its text has none. */
  numbered?: boolean;
  /** Still word for word as copied from last year's report (沿用待更新). */
  carriedOver?: boolean;
}

export interface DocPart {
  key: PartRef;
  /** The part's own heading line, e.g. "四、2025年主要工作安排"; empty when the part has none. */
  heading: string;
  paragraphs: DocParagraph[];
}

/**
 * A required part written as a sub-item of another part instead of on its own: "（一）党政主要负责人
 * 履行推进法治建设第一责任人职责情况" under "一、工作开展情况". Found by the text reader only.
 */
export interface EmbeddedPart {
  key: PartKey;
  /** Index into `parts` of the part it is written in, and of its heading paragraph there. */
  part: number;
  paragraph: number;
  /** The sub-item's number as typed, e.g. "（一）" or "1."; empty when it has none. */
  number: string;
  /** The sub-heading line as written, number included. */
  heading: string;
  /** The heading of the part it is written in, e.g. "一、工作开展情况"; empty when that part has none. */
  hostHeading: string;
}

/**
 * A report as the checks see it, whichever way it came: from the editor (numbers computed) or from
 * a .txt/.docx file (numbers typed, junk included). Optional data that only some sources have
 * leaves the rules that need it silent when absent.
 */
export interface CheckDocument {
  /** The report year Y; null when neither the caller nor the title says. */
  year: number | null;
  title: string;
  addressee: string;
  /** Lines outside the report proper: website navigation before the title, footer after the date. */
  outside: string[];
  /** In the order they stand in the report; the preface is the part with key 'preface'. */
  parts: DocPart[];
  signature: string;
  /** 成文日期 as written, e.g. "2025年1月7日"; empty when missing. */
  date: string;
  indicators?: readonly IndicatorValue[];
  /** Last year's plans, one item a line, when last year's report is known. */
  previousPlans?: readonly string[];
  /** Paragraphs copied from last year's report and not edited since. */
  carriedOver?: readonly { part: PartRef; paragraph: number }[];
  /** Menu items and their states (the clerk's mark, else what the text covers), when the report has a checklist. */
  menu?: readonly { key: string; label: string; part: PartKey; state: MenuItemState }[];
  /** Required parts the reader found written inside another part, when read from text. */
  embedded?: readonly EmbeddedPart[];
  /**
   * The report being written in the app, not a finished file: a required part with no text yet is
   * 未写 (a hint that still blocks submission) rather than missing, and nothing else is said of it.
   */
  beingWritten?: boolean;
}
