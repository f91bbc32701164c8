/** The first year named in a text, not one that only opens a span ("2021年以来", "自2021年起"). */
function yearIn(text: string): number | null {
  for (const match of text.matchAll(/(?<![自从\d])(\d{4})\s*年(?!以来|起|至)/g)) {
    const year = Number(match[1]);
    if (year >= 2000 && year <= 2100) return year;
  }
  return null;
}

export interface YearClues {
  title: string;
  /** The opening of the preface, where "2023年，某某局……" or "现将我局2023年度……" names the year. */
  preface: string;
  /** Headings of the parts about the year itself (measures, shortcomings, leadership). */
  yearHeadings: readonly string[];
  /** Headings of the plans, which name the year after. */
  plansHeadings: readonly string[];
  /** 成文日期 as written. */
  date: string;
}

/**
 * The report year Y, from the first clue that names it: the title, the preface, a heading about
 * the year ("一、2023年主要工作情况"), the plans' year minus one, or the date — a report signed in
 * the first half of a year is about the year before.
 */
export function yearOfReport(clues: YearClues): number | null {
  const fromTitle = yearIn(clues.title) ?? yearIn(clues.preface.slice(0, 80));
  if (fromTitle) return fromTitle;
  for (const heading of clues.yearHeadings) {
    const year = yearIn(heading);
    if (year) return year;
  }
  for (const heading of clues.plansHeadings) {
    const year = yearIn(heading);
    if (year) return year - 1;
  }
  const date = /^(\d{4})\s*年(\d{1,2})月/.exec(clues.date);
  if (date) return Number(date[2]) <= 6 ? Number(date[1]) - 1 : Number(date[1]);
  return null;
}
