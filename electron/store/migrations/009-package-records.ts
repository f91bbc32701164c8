import type { Migration } from '../migrate';

// Issue 17: status moves and sign-offs that arrived in a 报告包 are the sending office's record,
// not this one's. They are kept (the history stays whole) but marked, so the 审签记录 shows them as
// 来自报告包 and no sign-off rule here counts them. Everything recorded before is this office's own.
export const packageRecords: Migration = {
  name: '009-package-records',
  up(db) {
    db.exec(`
      ALTER TABLE reviews ADD COLUMN from_package INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE status_changes ADD COLUMN from_package INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
