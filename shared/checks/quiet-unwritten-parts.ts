import type { Finding } from './finding';

/** The rule id of the one hint a required part gets while it has no text. */
export const UNWRITTEN_RULE = 'part-unwritten';

/**
 * A part the clerk has not begun says one thing, 未写: what the other rules would say of it (its
 * checklist items, its figures, how few plans it lists) waits until writing starts there, so a new
 * report is not covered in findings about nothing.
 */
export function quietUnwrittenParts(findings: readonly Finding[]): Finding[] {
  const unwritten = new Set(findings.filter((finding) => finding.id === UNWRITTEN_RULE).map((finding) => finding.part));
  if (!unwritten.size) return [...findings];
  return findings.filter((finding) => finding.id === UNWRITTEN_RULE || !unwritten.has(finding.part));
}
