import { z } from 'zod';
import { blocksSubmission } from './blocks-submission';
import type { Finding } from './finding';
import { findingKey } from './finding-key';

// The gate and the key live in files without zod, so the command line's export never loads it.
export { findingKey } from './finding-key';
export {
  PRIVACY_NEXT_STEP_IN_APP,
  privacyFindings,
  privacyRecord,
  publicEditionRefusal,
  unreviewedPrivacy,
} from './privacy-review';

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
