import { z } from 'zod';
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

/** 提交前检查: every error must be fixed or acknowledged with a reason. */
export function submissionReadiness(
  findings: readonly Finding[],
  acknowledgements: readonly Acknowledgement[],
): Readiness {
  const byKey = new Map(acknowledgements.map((acknowledgement) => [acknowledgement.findingKey, acknowledgement]));
  const errors = findings.filter((finding) => finding.severity === 'error');
  const blocking = errors.filter((finding) => !byKey.has(findingKey(finding)));
  const acknowledged = errors.flatMap((finding) => {
    const acknowledgement = byKey.get(findingKey(finding));
    return acknowledgement ? [{ finding, acknowledgement }] : [];
  });
  return { blocking, acknowledged, ready: blocking.length === 0 };
}
