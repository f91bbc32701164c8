import type { Db } from './open-database';

export interface Organization {
  id: string;
  name: string;
}

export type OrganizationRepository = ReturnType<typeof createOrganizationRepository>;

export function createOrganizationRepository(db: Db) {
  const statements = {
    list: db.prepare<[], Organization>('SELECT id, name FROM organizations ORDER BY name'),
    findByName: db.prepare<[string], Organization>('SELECT id, name FROM organizations WHERE name = ?'),
    insert: db.prepare<[string, string, string]>('INSERT INTO organizations (id, name, created_at) VALUES (?, ?, ?)'),
  };

  return {
    list(): Organization[] {
      return statements.list.all();
    },
    find(name: string): Organization | undefined {
      return statements.findByName.get(name);
    },
    /** A clerk types the bureau's name each time; the same name means the same organization. */
    findOrCreate(name: string, newId: () => string, at: string): Organization {
      const existing = statements.findByName.get(name);
      if (existing) return existing;
      const created = { id: newId(), name };
      statements.insert.run(created.id, created.name, at);
      return created;
    },
  };
}
