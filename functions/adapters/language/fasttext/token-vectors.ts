/**
 * The summed input rows of the tokens a classifier has met, kept in flat arrays: one
 * `Float64Array` of sums and one `Int32Array` of row counts per generation, and a map from
 * token to slot. A map of `{ sum: number[], count }` objects held 200,000 arrays and objects
 * on the heap (about 45 MiB of the normaliser's heap after a bulk ingest); these hold the
 * same sums, to the bit, outside the heap: 12.6 MiB a generation of 100,000 tokens of
 * lid.176's 16 dimensions, plus the map's keys.
 *
 * Two generations bound it: a token is stored in the current one; when that is full, the older
 * one is dropped and the current one becomes the older. A token found in the older one is
 * copied into the current one, so the words a long run keeps meeting stay, as with
 * `BoundedMemo` dropping its older half.
 */
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
   * Adds the stored sum of `token` into `target` and returns its row count; -1 (and `target`
   * untouched) when the token is not stored.
   */
  addInto(token: string, target: Float64Array): number {
    const { dim } = this;
    let slot = this.current.slots.get(token);
    if (slot === undefined) {
      const older = this.older;
      const found = older?.slots.get(token);
      if (older === undefined || found === undefined) return -1;
      slot = this.store(
        token,
        older.sums.subarray(found * dim, (found + 1) * dim),
        older.counts[found] ?? 0,
      );
    }
    const { sums, counts } = this.current;
    const base = slot * dim;
    for (let k = 0; k < dim; k++) target[k] = (target[k] ?? 0) + (sums[base + k] ?? 0);
    return counts[slot] ?? 0;
  }

  /** Stores the sum of `token`'s rows (`dim` values) and their count; returns its slot. */
  store(token: string, sum: ArrayLike<number>, count: number): number {
    if (this.current.used === this.capacity) {
      // The older generation's arrays are reused for the new current one.
      const recycled = this.older ?? new Generation(this.dim, this.capacity);
      recycled.clear();
      this.older = this.current;
      this.current = recycled;
    }
    const generation = this.current;
    const slot = generation.used++;
    const base = slot * this.dim;
    for (let k = 0; k < this.dim; k++) generation.sums[base + k] = sum[k] ?? 0;
    generation.counts[slot] = count;
    generation.slots.set(ownCopy(token), slot);
    return slot;
  }

  /** Tokens held (both generations; a token promoted from the older counts twice). */
  get size(): number {
    return this.current.used + (this.older?.used ?? 0);
  }
}

class Generation {
  readonly slots = new Map<string, number>();
  readonly sums: Float64Array;
  readonly counts: Int32Array;
  used = 0;

  constructor(dim: number, capacity: number) {
    this.sums = new Float64Array(dim * capacity);
    this.counts = new Int32Array(capacity);
  }

  clear(): void {
    this.slots.clear();
    this.used = 0;
  }
}

// A token split from a line is, when 13 characters or longer, a slice that keeps the whole line
// alive in V8; a key kept for a long run is copied so that it holds only its own characters.
function ownCopy(token: string): string {
  return token.length < 13 ? token : Buffer.from(token, 'utf8').toString('utf8');
}
