import { CHECK_DATA_2025 } from './check-data-2025';
import type { CheckData } from './check-data';
import type { CheckDocument } from './check-document';
import type { Finding, Severity } from './finding';
import { RULES } from './rules';
import type { Rule } from './rule';

export interface CheckResult {
  findings: Finding[];
  counts: Record<Severity, number>;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Runs every rule over the document: pure, no I/O, the same in the window, the main process and the CLI. */
export function runChecks(doc: CheckDocument, data: CheckData = CHECK_DATA_2025, rules: readonly Rule[] = RULES): CheckResult {
  const findings = rules.flatMap((rule) => rule.run(doc, data)).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return { findings, counts };
}
