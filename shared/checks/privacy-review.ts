import type { Finding } from './finding';
import { findingKey } from './finding-key';

/** The rule whose findings 公开版 waits on: possible personal details. */
const PRIVACY_RULE = 'privacy';

export function privacyFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.id === PRIVACY_RULE);
}

/**
 * 公开版的保密审查: the possible personal details neither fixed nor confirmed as fit to publish.
 * 公开版 goes out only when this is empty — the export dialog, the export service and
 * the command line all ask this one function.
 */
export function unreviewedPrivacy(
  findings: readonly Finding[],
  acknowledgements: readonly { findingKey: string }[],
): Finding[] {
  const reviewed = new Set(acknowledgements.map((acknowledgement) => acknowledgement.findingKey));
  return privacyFindings(findings).filter((finding) => !reviewed.has(findingKey(finding)));
}

/** What the app tells the clerk to do about them; the command line names its own option instead. */
export const PRIVACY_NEXT_STEP_IN_APP = '请在“检查”中逐条修改，或确认可以公开并写明理由。';

/** Why 公开版 may not go out yet, or null when it may. */
export function publicEditionRefusal(open: readonly Finding[], nextStep = PRIVACY_NEXT_STEP_IN_APP): string | null {
  if (open.length === 0) return null;
  const sample = open
    .slice(0, 3)
    .map((finding) => `“${finding.excerpt}”`)
    .join('、');
  return `公开版导出前要先做保密审查：还有 ${open.length} 处可能含个人信息（${sample}）。${nextStep}`;
}

/**
 * What 保密审查 records of each possible personal detail it was shown: the finding's first
 * sentence (“…”可能是手机号码), without the advice that follows it.
 */
export function privacyRecord(finding: Finding): string {
  return finding.message.split('。')[0]!;
}
