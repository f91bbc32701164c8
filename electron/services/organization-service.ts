import type { Store } from '../store/create-store';
import type { Organization } from '../store/organization-repository';

export type OrganizationService = ReturnType<typeof createOrganizationService>;

export function createOrganizationService({ store }: { store: Store }) {
  const { organizations } = store;
  return {
    list(): Organization[] {
      return organizations.list();
    },
  };
}
