import type Database from 'better-sqlite3';
import { z } from 'zod';
import { simhash } from '../../core/fingerprint.ts';
import { BAND_HEX_DIGITS, STORY_BANDS, type StoryCandidate, storyBands } from '../../core/story.ts';

// `story_bands` holds each live article's fingerprint cut into bands (see core/story.ts), keyed
// for lookup by band value. Triggers keep it in step with `articles` inside the very transaction
// that writes or deletes the article, so no code path can forget it and a crash cannot leave
// bands without their article.
const NEW_BANDS = Array.from(
  { length: STORY_BANDS },
  (_, band) =>
    `(${band}, substr(NEW.fingerprint, ${band * BAND_HEX_DIGITS + 1}, ${BAND_HEX_DIGITS}), NEW.doc)`,
).join(', ');

/** Tables and triggers of the near-duplicate lookup (schema version 3). */
export const STORY_SCHEMA = `
CREATE TABLE IF NOT EXISTS story_bands (
  band INTEGER NOT NULL,
  value TEXT NOT NULL,
  doc INTEGER NOT NULL,
  PRIMARY KEY (band, value, doc)
) STRICT, WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS story_bands_by_doc ON story_bands (doc);

CREATE TRIGGER IF NOT EXISTS story_bands_on_insert AFTER INSERT ON articles BEGIN
  INSERT INTO story_bands (band, value, doc) VALUES ${NEW_BANDS};
END;

CREATE TRIGGER IF NOT EXISTS story_bands_on_update AFTER UPDATE OF fingerprint ON articles BEGIN
  DELETE FROM story_bands WHERE doc = OLD.doc;
  INSERT INTO story_bands (band, value, doc) VALUES ${NEW_BANDS};
END;

CREATE TRIGGER IF NOT EXISTS story_bands_on_delete AFTER DELETE ON articles BEGIN
  DELETE FROM story_bands WHERE doc = OLD.doc;
END;
`;

const UNKNOWN_FINGERPRINT = '0'.repeat(16);

/** Adds the version 3 columns to a version 1 or 2 `articles` table. */
export function addStoryColumns(db: Database.Database): void {
  db.exec(`
    ALTER TABLE articles ADD COLUMN place TEXT;
    ALTER TABLE articles ADD COLUMN decode_errors INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE articles ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '${UNKNOWN_FINGERPRINT}';
    ALTER TABLE articles ADD COLUMN story_id TEXT NOT NULL DEFAULT '';
  `);
}

const StoredBody = z.object({ doc: z.number(), body: z.string() });

/**
 * Fingerprints the articles an older file already holds (each its own story), so they take part
 * in near-duplicate lookups at once; the update trigger fills their bands.
 */
export function fingerprintStoredArticles(db: Database.Database): void {
  const update = db.prepare('UPDATE articles SET fingerprint = ?, story_id = id WHERE doc = ?');
  // `all` rather than `iterate`: better-sqlite3 runs no other statement while one iterates.
  for (const row of db.prepare('SELECT doc, body FROM articles').all()) {
    const { doc, body } = StoredBody.parse(row);
    update.run(simhash(body), doc);
  }
}

const CandidateRow = z.object({
  id: z.string(),
  story_id: z.string(),
  fingerprint: z.string(),
  indexed_at: z.string(),
});

const BAND_MATCHES = Array.from(
  { length: STORY_BANDS },
  (_, band) => `(b.band = ${band} AND b.value = @band${band})`,
).join(' OR ');

/** Finds the articles that share at least one fingerprint band with a given fingerprint. */
export class StoryLookup {
  private readonly candidates: Database.Statement<[Record<string, string>]>;

  constructor(db: Database.Database) {
    this.candidates = db.prepare(
      `SELECT DISTINCT a.id, a.story_id, a.fingerprint, a.indexed_at
       FROM story_bands b JOIN articles a ON a.doc = b.doc
       WHERE ${BAND_MATCHES}`,
    );
  }

  /** Articles sharing a band; the caller confirms them by Hamming distance. */
  findSimilar(fingerprint: string): StoryCandidate[] {
    const parameters = Object.fromEntries(
      storyBands(fingerprint).map(([band, value]) => [`band${band}`, value]),
    );
    return this.candidates.all(parameters).map((row) => {
      const r = CandidateRow.parse(row);
      return { id: r.id, storyId: r.story_id, fingerprint: r.fingerprint, indexedAt: r.indexed_at };
    });
  }
}
