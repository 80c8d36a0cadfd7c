import { SpanTable } from './span-table.ts';

/**
 * The summed input rows of the tokens a classifier has met, kept in flat arrays and found by a
 * token's place in the line being read: no token string is cut from the line, no `Map` is
 * asked. Each generation is an open-addressing hash table (`Int32Array`) over slots whose
 * characters sit in one `Uint16Array` pool, with one `Float64Array` of sums and one
 * `Int32Array` of row counts. A token is hashed while the line is scanned and compared
 * character by character only when its hash matches, where the line split into strings and a
 * `Map<string, number>` of up to 200,000 tokens cost about a quarter more
 * (bench/scale/RESULTS.md, issue-14f).
 *
 * Two generations bound it: a token is stored in the current one; when that is full, the older
 * one is dropped and the current one becomes the older. A token found in the older one is
 * copied into the current one, so the words a long run keeps meeting stay, as with
 * `BoundedMemo` dropping its older half. Which tokens are kept changes only the time taken:
 * a stored sum is the very sum computed afresh, to the bit.
 */
/**
 * The longest token kept, in UTF-16 code units. A generation's characters sit in a pool that
 * keeps its size once grown (span-table.ts), so one run of text without a separator (a
 * base64 blob, a table of digits: a paragraph of megabytes) would hold its size in memory for
 * the life of the process; such a token is not met again, and a word is far shorter. With the
 * limit a generation's pool needs at most `capacity × 64` code units (12.2 MiB at 100,000,
 * up to twice that as it grows by doubling).
 */
export const LONGEST_TOKEN_KEPT = 64;

export class TokenVectors {
  private current: Generation;
  private older: Generation | undefined;

  constructor(
    private readonly dim: number,
    /** Tokens each generation holds. */
    private readonly capacity: number,
  ) {
    this.current = new Generation(dim, capacity);
  }

  /**
   * Adds the stored sum of the token `text[start, end)` (whose `spanHash` is `hash`)
   * into `target` and returns its row count; -1 (and `target` untouched) when not stored.
   */
  addInto(text: string, start: number, end: number, hash: number, target: Float64Array): number {
    const { dim } = this;
    let slot = this.current.find(text, start, end, hash);
    if (slot < 0) {
      const older = this.older;
      const found = older === undefined ? -1 : older.find(text, start, end, hash);
      if (older === undefined || found < 0) return -1;
      slot = this.store(
        text,
        start,
        end,
        hash,
        older.sums.subarray(found * dim, (found + 1) * dim),
        older.counts[found] ?? 0,
      );
    }
    const { sums, counts } = this.current;
    const base = slot * dim;
    for (let k = 0; k < dim; k++) target[k] = (target[k] ?? 0) + (sums[base + k] ?? 0);
    return counts[slot] ?? 0;
  }

  /**
   * Stores the sum of the token's rows (`dim` values) and their count; returns its slot, or -1
   * for a token longer than {@link LONGEST_TOKEN_KEPT}, which is not kept.
   */
  store(
    text: string,
    start: number,
    end: number,
    hash: number,
    sum: ArrayLike<number>,
    count: number,
  ): number {
    if (end - start > LONGEST_TOKEN_KEPT) return -1;
    if (this.current.used === this.capacity) {
      // The older generation's arrays are reused for the new current one.
      const recycled = this.older ?? new Generation(this.dim, this.capacity);
      recycled.clear();
      this.older = this.current;
      this.current = recycled;
    }
    const generation = this.current;
    const slot = generation.add(text, start, end, hash);
    const base = slot * this.dim;
    for (let k = 0; k < this.dim; k++) generation.sums[base + k] = sum[k] ?? 0;
    generation.counts[slot] = count;
    return slot;
  }

  /** Tokens held (both generations; a token promoted from the older counts twice). */
  get size(): number {
    return this.current.used + (this.older?.used ?? 0);
  }
}

class Generation extends SpanTable {
  readonly sums: Float64Array;
  readonly counts: Int32Array;

  constructor(dim: number, capacity: number) {
    super(capacity);
    this.sums = new Float64Array(dim * capacity);
    this.counts = new Int32Array(capacity);
  }
}
