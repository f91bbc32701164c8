import { randomUUID } from 'node:crypto';
import { CURRENT_OUTLINE } from '../../shared/outline/outlines';
import type { ReadPackageBytes } from '../import/read-package-in-worker';
import type { ReadReport } from '../import/read-report-in-worker';
import { MIGRATIONS } from '../store/migrations';
import { createStore } from '../store/create-store';
import { migrate } from '../store/migrate';
import { closeDatabase, openDatabase, type Db } from '../store/open-database';
import { databaseFile } from '../store/resolve-data-dir';
import { createAcknowledgementService } from './acknowledgement-service';
import { createBackupService } from './backup-service';
import { createBatchReviewService } from './batch-review-service';
import { createCarryoverService } from './carryover-service';
import { createCheckContextService } from './check-context-service';
import { createChecklistService } from './checklist-service';
import { createDeadlineService } from './deadline-service';
import { createExportService } from './export-service';
import { createLeaderEditsService } from './leader-edits-service';
import { createImportService } from './import-service';
import { createIndicatorService } from './indicator-service';
import { createOrganizationService } from './organization-service';
import { createOverviewService } from './overview-service';
import { createPartService } from './part-service';
import { createReportPackageService } from './report-package-service';
import { createReportService } from './report-service';
import { createReviewService } from './review-service';
import { createRevisionService } from './revision-service';
import { createStatusService } from './status-service';

export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
}

export interface Services {
  info: AppInfo;
  reports: ReturnType<typeof createReportService>;
  carryover: ReturnType<typeof createCarryoverService>;
  organizations: ReturnType<typeof createOrganizationService>;
  parts: ReturnType<typeof createPartService>;
  revisions: ReturnType<typeof createRevisionService>;
  indicators: ReturnType<typeof createIndicatorService>;
  checklist: ReturnType<typeof createChecklistService>;
  checkContexts: ReturnType<typeof createCheckContextService>;
  acknowledgements: ReturnType<typeof createAcknowledgementService>;
  backups: ReturnType<typeof createBackupService>;
  reportPackages: ReturnType<typeof createReportPackageService>;
  imports: ReturnType<typeof createImportService>;
  leaderEdits: ReturnType<typeof createLeaderEditsService>;
  exports: ReturnType<typeof createExportService>;
  statuses: ReturnType<typeof createStatusService>;
  reviews: ReturnType<typeof createReviewService>;
  deadlines: ReturnType<typeof createDeadlineService>;
  overviews: ReturnType<typeof createOverviewService>;
  batchReviews: ReturnType<typeof createBatchReviewService>;
}

export interface OpenServicesOptions {
  dataDir: string;
  version: string;
  now?: () => Date;
  newId?: () => string;
  /** How import reads a file; the app and the preview pass a worker-thread reader. */
  readReport?: ReadReport;
  /** How 导入报告包 unpacks and checks a package; the app and the preview pass a worker-thread reader. */
  readPackage?: ReadPackageBytes;
}

/**
 * Opens the database and builds every service on it — the same sequence for the app, the CLI
 * and the browser preview. Throws DatabaseTooNewError for a database from a newer version.
 */
export function openServices({
  dataDir,
  version,
  now = () => new Date(),
  newId = randomUUID,
  readReport,
  readPackage,
}: OpenServicesOptions): {
  services: Services;
  db: Db;
  close(): void;
} {
  const file = databaseFile(dataDir);
  const db = openDatabase(file);
  try {
    const { to } = migrate(db, MIGRATIONS);
    const store = createStore(db);
    const revisions = createRevisionService({ store, now });
    const reports = createReportService({ store, now, newId, outline: CURRENT_OUTLINE });
    const acknowledgements = createAcknowledgementService({ store, now });
    const reviews = createReviewService({ store, now });
    const deadlines = createDeadlineService({ store, now });
    const statuses = createStatusService({ store, now, reviews, deadlines });
    const indicators = createIndicatorService({ store, now });
    const checklist = createChecklistService({ store, now });
    const checkContexts = createCheckContextService({ reports, indicators, checklist });
    const parts = createPartService({ store, now, revisions });
    const services: Services = {
      info: { version, dataDir, databaseFile: file, schemaVersion: to },
      reports,
      carryover: createCarryoverService({ store, now, newId, outline: CURRENT_OUTLINE }),
      organizations: createOrganizationService({ store }),
      parts,
      revisions,
      indicators,
      checklist,
      checkContexts,
      acknowledgements,
      backups: createBackupService({ db, dataDir, now }),
      reportPackages: createReportPackageService({ store, now, newId, version, revisions, readPackage }),
      imports: createImportService({ store, now, reports, revisions, statuses, readReport }),
      leaderEdits: createLeaderEditsService({ store, now, revisions }),
      exports: createExportService({ reports, reviews, revisions, acknowledgements, now }),
      statuses,
      reviews,
      deadlines,
      overviews: createOverviewService({
        now,
        reports,
        indicators,
        checkContexts,
        acknowledgements,
        reviews,
        revisions,
        statuses,
        deadlines,
      }),
      batchReviews: createBatchReviewService({ store, now }),
    };
    return { services, db, close: () => closeDatabase(db) };
  } catch (error) {
    db.close();
    throw error;
  }
}
