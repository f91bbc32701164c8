import type { Finding } from './finding';

/**
 * What identifies a finding across edits: the rule, where it stands and the words it is about —
 * not the paragraph number, which changes whenever a paragraph is added above.
 */
export function findingKey(finding: Finding): string {
  return `${finding.id}|${finding.part}|${finding.excerpt || finding.message}`.slice(0, 600);
}
