import type { Services } from '../services/open-services';
import type { Handlers } from './handlers';

/** 导入修改稿: the leader's edited DOCX compared with the report, then the chosen changes taken. */
export function leaderEditsHandlers({ leaderEdits }: Services) {
  return {
    'leader-edits:read': (input) => leaderEdits.read(input),
    'leader-edits:accept': (input) => leaderEdits.accept(input),
  } satisfies Partial<Handlers>;
}
