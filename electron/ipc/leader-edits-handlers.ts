import type { Services } from '../services/open-services';
import type { Handlers } from './handlers';

/** 导入修改稿: the file comes as bytes with each call, so nothing waits in memory between preview and accept. */
export function leaderEditsHandlers({ leaderEdits }: Services) {
  return {
    'leader-edits:preview': ({ reportId, bytesBase64 }) =>
      leaderEdits.preview(reportId, Buffer.from(bytesBase64, 'base64')),
    'leader-edits:accept': ({ reportId, bytesBase64, taken, confirmedOtherReport }) =>
      leaderEdits.accept(reportId, Buffer.from(bytesBase64, 'base64'), taken, confirmedOtherReport),
  } satisfies Partial<Handlers>;
}
