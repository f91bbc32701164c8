import { fail, type Failure } from '../../shared/ipc/result';

/**
 * The one answer for a report id that is not in the database (deleted for good, or a stale list);
 * `consequence` says what did not happen, e.g. 状态没有改变.
 */
export function reportMissing(consequence?: string): Failure {
  return fail('not-found', `找不到这份报告${consequence ? `，${consequence}` : ''}。请返回报告库刷新列表。`);
}
