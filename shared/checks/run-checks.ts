import { CHECK_DATA_2025 } from './check-data-2025';
import type { CheckData } from './check-data';
import type { CheckDocument } from './check-document';
import type { Finding, Severity } from './finding';
import { quietUnwrittenParts } from './quiet-unwritten-parts';
import { RULES } from './rules';
import type { Rule } from './rule';

export interface CheckResult {
  findings: Finding[];
  counts: Record<Severity, number>;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Runs every rule over the document: pure, no I/O, the same in the window, the main process and the CLI. */
export function runChecks(
  doc: CheckDocument,
  data: CheckData = CHECK_DATA_2025,
  rules: readonly Rule[] = RULES,
): CheckResult {
  return summarize(rules.flatMap((rule) => rule.run(doc, data)));
}

/**
 * Findings in a stable order — errors first, then by where they stand — with their counts; an
 * unwritten part's other findings left out (see quietUnwrittenParts).
 */
export function summarize(found: readonly Finding[]): CheckResult {
  const findings = quietUnwrittenParts(found).sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compare(a.id, b.id) ||
      compare(a.location.place, b.location.place) ||
      a.location.paragraph - b.location.paragraph ||
      a.location.start - b.location.start,
  );
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return { findings, counts };
}
