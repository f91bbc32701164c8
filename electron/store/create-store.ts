import { createAcknowledgementRepository } from './acknowledgement-repository';
import { createBatchReviewRepository } from './batch-review-repository';
import { createChecklistRepository } from './checklist-repository';
import { createDeadlineRuleRepository } from './deadline-rule-repository';
import { createEditAfterReviewRepository } from './edit-after-review-repository';
import { createIndicatorRepository } from './indicator-repository';
import type { Db } from './open-database';
import { createOrganizationRepository } from './organization-repository';
import { createReportPackageRepository } from './report-package-repository';
import { createReportRepository } from './report-repository';
import { createReviewRepository } from './review-repository';
import { createRevisionRepository } from './revision-repository';
import { createStatusRepository } from './status-repository';

export type Store = ReturnType<typeof createStore>;

/**
 * Every repository on one connection, each built once: a repository prepares its statements when
 * it is made, so the services share these instead of each preparing its own copies. `db` is here
 * for the services' transactions; the SQL stays in the repositories.
 */
export function createStore(db: Db) {
  return {
    db,
    acknowledgements: createAcknowledgementRepository(db),
    batchReviews: createBatchReviewRepository(db),
    checklist: createChecklistRepository(db),
    deadlineRules: createDeadlineRuleRepository(db),
    editsAfterReview: createEditAfterReviewRepository(db),
    indicators: createIndicatorRepository(db),
    organizations: createOrganizationRepository(db),
    packages: createReportPackageRepository(db),
    reports: createReportRepository(db),
    reviews: createReviewRepository(db),
    revisions: createRevisionRepository(db),
    statuses: createStatusRepository(db),
  };
}
