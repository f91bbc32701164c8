import type { Db } from '../store/open-database';
import { createOrganizationRepository, type Organization } from '../store/organization-repository';

export type OrganizationService = ReturnType<typeof createOrganizationService>;

export function createOrganizationService({ db }: { db: Db }) {
  const organizations = createOrganizationRepository(db);
  return {
    list(): Organization[] {
      return organizations.list();
    },
  };
}
