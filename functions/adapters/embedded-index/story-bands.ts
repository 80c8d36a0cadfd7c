import type Database from 'better-sqlite3';
import { NEAR_DUPLICATE_DISTANCE, type StoryCandidate } from '../../core/ingest/story.ts';
import { hammingDistance } from '../../core/text/fingerprint.ts';

// `story_bands` holds each live article's fingerprint cut into four 16-bit blocks, keyed for
// lookup by block value. Two fingerprints within 7 bits always agree on some block but for at
// most one bit (pigeonhole: 4 blocks, at most 7 differing bits), so a lookup probes each block's
// own value and its 16 one-bit neighbours: 68 exact lookups, each matching about N / 65,536
// unrelated articles, so the candidates stay a handful at 100,000 articles (8-bit bands matched
// N / 256 each, thousands at that size). Pairs 8 to 10 bits apart are found with probability
// 95 to 75 per cent (the old bands: 94 to 83). Triggers keep the table in step with `articles`
// inside the very transaction that writes or deletes the article, so no code path can forget it
// and a crash cannot leave blocks without their article.
/** Blocks a fingerprint is cut into for the lookup. */
export const STORY_BLOCKS = 4;
const BLOCK_HEX_DIGITS = 4;

const NEW_BLOCKS = Array.from(
  { length: STORY_BLOCKS },
  (_, block) =>
    `(${block}, substr(NEW.fingerprint, ${block * BLOCK_HEX_DIGITS + 1}, ${BLOCK_HEX_DIGITS}), NEW.doc, NEW.fingerprint)`,
).join(', ');

/** Tables and triggers of the near-duplicate lookup (16-bit blocks since schema version 6). */
export const STORY_SCHEMA = `
CREATE TABLE IF NOT EXISTS story_bands (
  band INTEGER NOT NULL,
  value TEXT NOT NULL,
  doc INTEGER NOT NULL,
  fingerprint TEXT NOT NULL,
  PRIMARY KEY (band, value, doc)
) STRICT, WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS story_bands_by_doc ON story_bands (doc);

CREATE TRIGGER IF NOT EXISTS story_bands_on_insert AFTER INSERT ON articles BEGIN
  INSERT INTO story_bands (band, value, doc, fingerprint) VALUES ${NEW_BLOCKS};
END;

CREATE TRIGGER IF NOT EXISTS story_bands_on_update AFTER UPDATE OF fingerprint ON articles BEGIN
  DELETE FROM story_bands WHERE doc = OLD.doc;
  INSERT INTO story_bands (band, value, doc, fingerprint) VALUES ${NEW_BLOCKS};
END;

CREATE TRIGGER IF NOT EXISTS story_bands_on_delete AFTER DELETE ON articles BEGIN
  DELETE FROM story_bands WHERE doc = OLD.doc;
END;
`;

/** A block's own value and every value one bit away, as the table stores them. */
function probes(block: string): string[] {
  const value = Number.parseInt(block, 16);
  const values = [value];
  for (let bit = 0; bit < BLOCK_HEX_DIGITS * 4; bit++) values.push(value ^ (1 << bit));
  return values.map((v) => v.toString(16).padStart(BLOCK_HEX_DIGITS, '0'));
}

interface CandidateRow {
  id: string;
  story_id: string;
  fingerprint: string;
  indexed_at: string;
}

function isCandidateRow(row: unknown): row is CandidateRow {
  const r = row as Partial<CandidateRow> | null;
  return (
    typeof r?.id === 'string' &&
    typeof r.story_id === 'string' &&
    typeof r.fingerprint === 'string' &&
    typeof r.indexed_at === 'string'
  );
}

const PROBES_PER_BLOCK = 1 + BLOCK_HEX_DIGITS * 4;
const BLOCK_MATCHES = Array.from(
  { length: STORY_BLOCKS },
  (_, block) =>
    `(b.band = ${block} AND b.value IN (${Array.from(
      { length: PROBES_PER_BLOCK },
      (_, i) => `@b${block}_${i}`,
    ).join(', ')}))`,
).join(' OR ');

/** Finds the articles whose fingerprints agree with a given one on a block, but for a bit. */
export class StoryLookup {
  private readonly blocks: Database.Statement<[Record<string, string>]>;
  private readonly articles: Database.Statement<[{ docs: string }]>;

  constructor(db: Database.Database) {
    // Each block row carries the whole fingerprint, so candidates are measured without reading
    // their articles (whose rows hold the body); only the few within reach are read.
    this.blocks = db.prepare(
      `SELECT DISTINCT b.doc, b.fingerprint FROM story_bands b WHERE ${BLOCK_MATCHES}`,
    );
    this.articles = db.prepare(
      `SELECT id, story_id, fingerprint, indexed_at FROM articles
       WHERE doc IN (SELECT value FROM json_each(@docs))`,
    );
  }

  /**
   * Articles whose fingerprints agree with a given one on a block but for a bit, and that are
   * within `NEAR_DUPLICATE_DISTANCE` bits of it: the others could never join its story.
   */
  findSimilar(fingerprint: string): StoryCandidate[] {
    const parameters: Record<string, string> = {};
    for (let block = 0; block < STORY_BLOCKS; block++) {
      const value = fingerprint.slice(block * BLOCK_HEX_DIGITS, (block + 1) * BLOCK_HEX_DIGITS);
      probes(value.padEnd(BLOCK_HEX_DIGITS, '0')).forEach((probe, i) => {
        parameters[`b${block}_${i}`] = probe;
      });
    }
    const docs: number[] = [];
    for (const row of this.blocks.all(parameters)) {
      const r = row as { doc?: unknown; fingerprint?: unknown };
      if (typeof r.doc !== 'number' || typeof r.fingerprint !== 'string') continue;
      if (hammingDistance(r.fingerprint, fingerprint) <= NEAR_DUPLICATE_DISTANCE) docs.push(r.doc);
    }
    if (docs.length === 0) return [];
    // Rows are checked, not parsed: a lookup runs for every article ingested.
    return this.articles.all({ docs: JSON.stringify(docs) }).flatMap((row) =>
      isCandidateRow(row)
        ? [
            {
              id: row.id,
              storyId: row.story_id,
              fingerprint: row.fingerprint,
              indexedAt: row.indexed_at,
            },
          ]
        : [],
    );
  }
}
