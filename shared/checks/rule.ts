import type { CheckData } from './check-data';
import type { CheckDocument } from './check-document';
import { docTexts, type DocText } from './doc-texts';
import type { Finding } from './finding';

/** One check of the catalogue: a pure function of the document and the data. */
export interface Rule {
  id: string;
  run(doc: CheckDocument, data: CheckData): Finding[];
  /**
   * Set for rules that judge one text at a time: their findings for an unchanged text can be
   * reused, so live checking re-runs them only on the paragraphs that changed.
   */
  perText?(text: DocText, data: CheckData): Finding[];
  /** With perText: what the rule finds beyond the report's texts (lines outside the report). */
  rest?(doc: CheckDocument, data: CheckData): Finding[];
}

/** A rule that looks at each text of the report on its own, and optionally at the document beyond. */
export function textRule(
  id: string,
  perText: (text: DocText, data: CheckData) => Finding[],
  rest?: Rule['rest'],
): Rule {
  return {
    id,
    perText,
    ...(rest ? { rest } : {}),
    run: (doc, data) => {
      const found = rest ? [...rest(doc, data)] : [];
      for (const text of docTexts(doc)) {
        const inText = perText(text, data);
        for (let index = 0; index < inText.length; index++) found.push(inText[index]!);
      }
      return found;
    },
  };
}
