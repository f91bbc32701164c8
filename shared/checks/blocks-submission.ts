import type { Finding, Severity } from './finding';

/**
 * What 提交前检查 asks to be fixed or confirmed: every error, and a required part not written yet
 * (a hint while writing, an error for submission). One rule for the dialog, the dashboard and the
 * command line; kept free of zod so the CLI's check loads nothing heavy.
 */
export function blocksSubmission(finding: Finding): boolean {
  return finding.severity === 'error' || finding.blocksSubmission === true;
}

/** Findings counted as submission sees them: a blocking hint counts among the errors. */
export function submissionCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[blocksSubmission(finding) ? 'error' : finding.severity]++;
  return counts;
}
