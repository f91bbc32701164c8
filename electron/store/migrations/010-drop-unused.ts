import type { Migration } from '../migrate';

// Issue 13: two things of the first schema nothing ever read or wrote — the settings table (the app
// keeps no settings in the database) and a note per indicator (the figures form has none). A
// database that has them loses nothing by their going.
export const dropUnused: Migration = {
  name: '010-drop-unused',
  up(db) {
    db.exec(`
      DROP TABLE settings;
      ALTER TABLE indicators DROP COLUMN note;
    `);
  },
};
