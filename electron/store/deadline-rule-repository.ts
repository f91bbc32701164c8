import type { DeadlineRules } from '../../shared/status/deadline-rules';
import type { Db } from './open-database';

export type DeadlineRuleRepository = ReturnType<typeof createDeadlineRuleRepository>;

/** An organization's own deadline dates; no row means the national defaults apply. */
export function createDeadlineRuleRepository(db: Db) {
  const statements = {
    find: db.prepare<[string], { submit_by: string; publish_by: string }>(
      'SELECT submit_by, publish_by FROM deadline_rules WHERE organization_id = ?',
    ),
    upsert: db.prepare<[string, string, string, string]>(`
      INSERT INTO deadline_rules (organization_id, submit_by, publish_by, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (organization_id) DO UPDATE SET submit_by = excluded.submit_by, publish_by = excluded.publish_by, updated_at = excluded.updated_at`),
    remove: db.prepare<[string]>('DELETE FROM deadline_rules WHERE organization_id = ?'),
    organizationOf: db.prepare<[string], { organization_id: string }>(
      'SELECT organization_id FROM reports WHERE id = ?',
    ),
  };
  return {
    find(organizationId: string): DeadlineRules | undefined {
      const row = statements.find.get(organizationId);
      return row && { submitBy: row.submit_by, publishBy: row.publish_by };
    },
    save: (organizationId: string, rules: DeadlineRules, at: string) =>
      void statements.upsert.run(organizationId, rules.submitBy, rules.publishBy, at),
    remove: (organizationId: string) => void statements.remove.run(organizationId),
    organizationOf: (reportId: string): string | undefined => statements.organizationOf.get(reportId)?.organization_id,
  };
}
