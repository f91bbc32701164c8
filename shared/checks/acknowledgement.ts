import { z } from 'zod';
import { blocksSubmission } from './blocks-submission';
import type { Finding } from './finding';

export const Acknowledgement = z.object({
  findingKey: z.string().min(1).max(600),
  note: z
    .string()
    .trim()
    .min(2, { message: '请写明为什么这一处不需要修改' })
    .max(500, { message: '说明不能超过 500 字' }),
  createdAt: z.iso.datetime(),
});
export type Acknowledgement = z.infer<typeof Acknowledgement>;

/**
 * What identifies a finding across edits: the rule, where it stands and the words it is about —
 * not the paragraph number, which changes whenever a paragraph is added above.
 */
export function findingKey(finding: Finding): string {
  return `${finding.id}|${finding.part}|${finding.excerpt || finding.message}`.slice(0, 600);
}

export interface Readiness {
  /** Errors neither fixed nor acknowledged: the report should not go out like this. */
  blocking: Finding[];
  acknowledged: { finding: Finding; acknowledgement: Acknowledgement }[];
  ready: boolean;
}

/** 提交前检查: every error (an unwritten required part included) must be fixed or acknowledged with a reason. */
export function submissionReadiness(
  findings: readonly Finding[],
  acknowledgements: readonly Acknowledgement[],
): Readiness {
  const byKey = new Map(acknowledgements.map((acknowledgement) => [acknowledgement.findingKey, acknowledgement]));
  const errors = findings.filter(blocksSubmission);
  const blocking = errors.filter((finding) => !byKey.has(findingKey(finding)));
  const acknowledged = errors.flatMap((finding) => {
    const acknowledgement = byKey.get(findingKey(finding));
    return acknowledgement ? [{ finding, acknowledgement }] : [];
  });
  return { blocking, acknowledged, ready: blocking.length === 0 };
}

/** The rule whose findings 公开版 waits on: possible personal details. */
const PRIVACY_RULE = 'privacy';

export function privacyFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.id === PRIVACY_RULE);
}

/**
 * 公开版的保密审查: the possible personal details neither fixed nor confirmed as fit to publish.
 * The public copy goes out only when this is empty — the export dialog, the export service and
 * the command line all ask this one function.
 */
export function unreviewedPrivacy(
  findings: readonly Finding[],
  acknowledgements: readonly Pick<Acknowledgement, 'findingKey'>[],
): Finding[] {
  const reviewed = new Set(acknowledgements.map((acknowledgement) => acknowledgement.findingKey));
  return privacyFindings(findings).filter((finding) => !reviewed.has(findingKey(finding)));
}

/** What the app tells the clerk to do about them; the command line names its own option instead. */
export const PRIVACY_NEXT_STEP_IN_APP = '请在“检查”中逐条修改，或确认可以公开并写明理由。';

/** Why the public copy may not go out yet, or null when it may. */
export function publicCopyRefusal(open: readonly Finding[], nextStep = PRIVACY_NEXT_STEP_IN_APP): string | null {
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
