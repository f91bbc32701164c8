import { fail, ok, type Result } from '../../shared/ipc/result';
import type { PartKey } from '../../shared/outline/part-key';
import { blocksPlainText, partBlocks } from '../../shared/report/part-content';
import type { Store } from '../store/create-store';
import { createEditsAfterReview } from './edits-after-review';
import { refuseIfFrozen } from './refuse-if-frozen';
import type { RevisionService } from './revision-service';

export interface PartServiceDeps {
  store: Store;
  now: () => Date;
  revisions: RevisionService;
}

export type PartService = ReturnType<typeof createPartService>;

export function createPartService({ store, now, revisions }: PartServiceDeps) {
  const { db, reports } = store;
  const editsAfterReview = createEditsAfterReview(store);
  return {
    /**
     * Autosave of one part. The plain text is derived here from the editor JSON, so the stored
     * text the checks and counts read can never disagree with the content.
     */
    save(reportId: string, key: PartKey, contentJson: string): Result<null> {
      let plainText: string;
      try {
        plainText = blocksPlainText(partBlocks(contentJson));
      } catch {
        return fail('invalid-input', '正文内容无法解析，这次没有保存。编辑器中的文字仍在，请复制保存后重新打开报告。');
      }
      return db.transaction((): Result<null> => {
        const frozen = refuseIfFrozen(reports, reportId);
        if (frozen) return frozen;
        const at = now().toISOString();
        if (editsAfterReview.partChanges(reportId, key, plainText)) editsAfterReview.note(reportId, key, at);
        if (!reports.savePart(reportId, key, contentJson, plainText, at)) {
          return fail('not-found', '找不到这份报告或这一部分，这次没有保存。请复制正文后返回报告库检查。');
        }
        revisions.takeIfDue(reportId, at);
        return ok(null);
      })();
    },
  };
}
