import { CHECK_DATA_2025 } from './check-data-2025';
import type { CheckData } from './check-data';
import type { CheckDocument } from './check-document';
import { docTexts, type DocText } from './doc-texts';
import type { Finding } from './finding';
import { RULES } from './rules';
import type { Rule } from './rule';
import { summarize, type CheckResult } from './run-checks';

/** A finding found for the same text elsewhere, moved to where the text stands now. */
function readdress(finding: Finding, text: DocText): Finding {
  const moved: Finding = {
    ...finding,
    part: text.part,
    location: { ...finding.location, place: text.place, paragraph: text.paragraph },
  };
  if (finding.fix)
    moved.fix = {
      ...finding.fix,
      edits: finding.fix.edits.map((edit) => ({ ...edit, place: text.place, paragraph: text.paragraph })),
    };
  return moved;
}

/**
 * Checking while the clerk types: rules that judge one paragraph at a time run only on paragraphs
 * whose text changed since the last check; document-wide rules (structure, numbering, years) run
 * each time. The result is the same as runChecks on the whole document.
 */
export function createIncrementalChecker(data: CheckData = CHECK_DATA_2025, rules: readonly Rule[] = RULES) {
  const perText = rules.filter((rule) => rule.perText);
  const whole = rules.filter((rule) => !rule.perText);
  let cache = new Map<string, Finding[]>();

  return function check(doc: CheckDocument): CheckResult {
    const next = new Map<string, Finding[]>();
    const findings: Finding[] = whole.flatMap((rule) => rule.run(doc, data));
    for (const rule of perText) if (rule.rest) findings.push(...rule.rest(doc, data));
    for (const text of docTexts(doc)) {
      // Headings are judged differently from body text, so the kind is part of the key.
      const key = `${text.heading ? 'h' : 'p'}${text.place === 'title' || text.place === 'closing' || text.place === 'addressee' ? text.place : ''}\u0000${text.text}`;
      let found = next.get(key) ?? cache.get(key);
      if (!found) found = perText.flatMap((rule) => rule.perText!(text, data));
      next.set(key, found);
      for (const finding of found) findings.push(readdress(finding, text));
    }
    cache = next;
    return summarize(findings);
  };
}
