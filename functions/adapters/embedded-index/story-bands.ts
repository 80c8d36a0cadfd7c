import type Database from 'better-sqlite3';
import { NEAR_DUPLICATE_DISTANCE, type StoryCandidate } from '../../core/ingest/story.ts';

// `story_bands` holds each live article's fingerprint cut into four 16-bit blocks, keyed for
// lookup by block value. Two fingerprints within 7 bits always agree on some block but for at
// most one bit (pigeonhole: 4 blocks, at most 7 differing bits), so a lookup probes each block's
// own value and its 16 one-bit neighbours: 68 exact lookups, each matching about N / 65,536
// unrelated articles, so the candidates stay a handful at 100,000 articles (8-bit bands matched
// N / 256 each, thousands at that size). Pairs 8 to 10 bits apart are found with probability
// 95 to 75 per cent (the old bands: 94 to 83). Triggers keep the table in step with `articles`
// inside the very transaction that writes or deletes the article, so no code path can forget it
// and a crash cannot leave blocks without their article.
//
// Each block row also carries the whole fingerprint as two 32-bit integers (`high`, `low`,
// version 10), so that every candidate's distance is measured as SQLite reads it and only the
// few within reach are returned: fingerprints clustered (the common words of a language voted
// alike, until version 12 left function words out of them), so at 100,000 articles the probes
// of one lookup could match a thousand rows, and reading each into JavaScript and parsing its
// hex was most of a lookup.
/** Blocks a fingerprint is cut into for the lookup. */
export const STORY_BLOCKS = 4;
const BLOCK_HEX_DIGITS = 4;
const HALF_HEX_DIGITS = 8;

/**
 * SQL for the integer value of `length` hex digits of a fingerprint expression from `start`
 * (1-based), for triggers: SQLite has no hex parser, but fingerprints are lower-case hex.
 */
function hexValue(fingerprint: string, start: number, length: number): string {
  return Array.from(
    { length },
    (_, i) =>
      `((instr('0123456789abcdef', substr(${fingerprint}, ${start + i}, 1)) - 1) << ${4 * (length - 1 - i)})`,
  ).join(' + ');
}

function blockRows(fingerprint: string, doc: string): string {
  return Array.from(
    { length: STORY_BLOCKS },
    (_, block) =>
      `(${block}, ${hexValue(fingerprint, block * BLOCK_HEX_DIGITS + 1, BLOCK_HEX_DIGITS)}, ${doc}, ${hexValue(fingerprint, 1, HALF_HEX_DIGITS)}, ${hexValue(fingerprint, HALF_HEX_DIGITS + 1, HALF_HEX_DIGITS)})`,
  ).join(',\n    ');
}

const NEW_BLOCKS = blockRows('NEW.fingerprint', 'NEW.doc');

/** Tables and triggers of the near-duplicate lookup (integer blocks since schema version 10). */
export const STORY_SCHEMA = `
CREATE TABLE IF NOT EXISTS story_bands (
  band INTEGER NOT NULL,
  value INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  high INTEGER NOT NULL,
  low INTEGER NOT NULL,
  PRIMARY KEY (band, value, doc)
) STRICT, WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS story_bands_by_doc ON story_bands (doc);

CREATE TRIGGER IF NOT EXISTS story_bands_on_insert AFTER INSERT ON articles BEGIN
  INSERT INTO story_bands (band, value, doc, high, low) VALUES ${NEW_BLOCKS};
END;

CREATE TRIGGER IF NOT EXISTS story_bands_on_update AFTER UPDATE OF fingerprint ON articles BEGIN
  DELETE FROM story_bands WHERE doc = OLD.doc;
  INSERT INTO story_bands (band, value, doc, high, low) VALUES ${NEW_BLOCKS};
END;

CREATE TRIGGER IF NOT EXISTS story_bands_on_delete AFTER DELETE ON articles BEGIN
  DELETE FROM story_bands WHERE doc = OLD.doc;
END;
`;

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
const BLOCK_PARAMETERS = 2 + PROBES_PER_BLOCK;
const DISTANCE_FUNCTION = 'story_distance';
/**
 * Most block rows one block's probes read. With fingerprints spread as they should be, a block's
 * 17 probes match about 17 × N / 65,536 rows (27 at 100,000 articles), so this bound is reached
 * only past a million articles or by a flood of copies of one story (identical blocks: the key
 * reads them oldest first, and they carry the story's id). It keeps a lookup's cost flat, at
 * most 4 × 256 rows measured, whatever the index holds.
 */
export const MAX_BLOCK_ROWS = 256;
// One branch per block, each a set of point lookups on the primary key, at most
// `MAX_BLOCK_ROWS` of its rows measured where they are read; UNION ALL rather than OR, whose
// row-id sets and DISTINCT cost a temporary B-tree per lookup. A doc found by two blocks comes
// back twice and is merged below. Positional parameters, bound from one array reused by every
// lookup (`BLOCK_PARAMETERS` per block: the fingerprint's halves, then the block's probes),
// where an object of 70 named ones was built for each.
const BLOCK_MATCHES = Array.from(
  { length: STORY_BLOCKS },
  (_, block) =>
    `SELECT doc, ${DISTANCE_FUNCTION}(high, low, ?, ?) AS distance FROM (
       SELECT doc, high, low FROM story_bands
       WHERE band = ${block} AND value IN (${Array.from(
         { length: PROBES_PER_BLOCK },
         () => '?',
       ).join(', ')})
       LIMIT ${MAX_BLOCK_ROWS})`,
).join('\nUNION ALL\n');

/** Bits in which two fingerprints, each as two 32-bit halves, differ. */
function distance(high: unknown, low: unknown, otherHigh: unknown, otherLow: unknown): number {
  return bitCount(Number(high) ^ Number(otherHigh)) + bitCount(Number(low) ^ Number(otherLow));
}

/** Set bits of a 32-bit integer (the SWAR population count). */
function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * Most candidates a lookup reads from `articles`, nearest first: a story's copies all carry its
 * id, so a few of them decide it, and a flood of copies of one release cannot make a lookup slow.
 */
export const MAX_STORY_CANDIDATES = 32;

/** Finds the articles whose fingerprints agree with a given one on a block, but for a bit. */
export class StoryLookup {
  private readonly nearest: Database.Statement<number[]>;
  // The bound values of `nearest`, in parameter order, refilled for each lookup.
  private readonly parameters = new Array<number>(STORY_BLOCKS * BLOCK_PARAMETERS).fill(0);
  private readonly articles: Database.Statement<[{ docs: string }]>;

  constructor(db: Database.Database) {
    // Each candidate's distance is measured as SQLite reads its block row, from the integers
    // the row carries, by a function of ours: SQLite has no XOR or population count, and the
    // same arithmetic written in SQL cost three times as much per row. Only the docs within
    // reach come back to JavaScript, and only their articles are read.
    db.function(DISTANCE_FUNCTION, { deterministic: true, directOnly: true }, distance);
    this.nearest = db.prepare(
      `SELECT doc, distance FROM (${BLOCK_MATCHES}) WHERE distance <= ${NEAR_DUPLICATE_DISTANCE}`,
    );
    this.nearest.raw();
    this.articles = db.prepare(
      `SELECT id, story_id, fingerprint, indexed_at FROM articles
       WHERE doc IN (SELECT value FROM json_each(@docs))`,
    );
  }

  /**
   * Articles whose fingerprints agree with a given one on a block but for a bit, and that are
   * within `NEAR_DUPLICATE_DISTANCE` bits of it (the others could never join its story): the
   * nearest `MAX_STORY_CANDIDATES` of them.
   */
  findSimilar(fingerprint: string): StoryCandidate[] {
    const padded = fingerprint.padEnd(STORY_BLOCKS * BLOCK_HEX_DIGITS, '0');
    const { parameters } = this;
    const high = Number.parseInt(padded.slice(0, HALF_HEX_DIGITS), 16);
    const low = Number.parseInt(padded.slice(HALF_HEX_DIGITS, 2 * HALF_HEX_DIGITS), 16);
    for (let block = 0; block < STORY_BLOCKS; block++) {
      const value = Number.parseInt(
        padded.slice(block * BLOCK_HEX_DIGITS, (block + 1) * BLOCK_HEX_DIGITS),
        16,
      );
      // A block's own value, then every value one bit away.
      const first = block * BLOCK_PARAMETERS;
      parameters[first] = high;
      parameters[first + 1] = low;
      parameters[first + 2] = value;
      for (let bit = 0; bit < BLOCK_HEX_DIGITS * 4; bit++) {
        parameters[first + 3 + bit] = value ^ (1 << bit);
      }
    }
    const distances = new Map<number, number>();
    for (const row of this.nearest.all(...parameters)) {
      const [doc, bits] = row as unknown[];
      if (typeof doc === 'number' && typeof bits === 'number') distances.set(doc, bits);
    }
    if (distances.size === 0) return [];
    const docs = [...distances]
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .slice(0, MAX_STORY_CANDIDATES)
      .map(([doc]) => doc);
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
