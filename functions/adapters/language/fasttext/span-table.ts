/**
 * A set of text spans (a word or token found at `text[start, end)`), each filed under a slot
 * number, found again by a span of another text with the same characters: no string is cut
 * from the text and no `Map` is asked. An open-addressing hash table (`Int32Array`) over slots
 * whose characters sit in one `Uint16Array` pool; the caller hashes the span with
 * {@link spanHash} (or {@link hashCodeUnit} while scanning it) and keeps what each slot stands
 * for in arrays of its own. The language model looks up every token of every article's
 * opening; splitting the line into strings and asking a `Map<string, number>` of up to
 * 200,000 tokens cost about a quarter more (bench/scale/RESULTS.md, issue-14f).
 */
export class SpanTable {
  /** Slots filed so far (0 to `capacity`). */
  used = 0;
  // Pairs (hash, slot + 1) at each place of the table, slot + 1 = 0 where empty; at most half
  // full. The hash sits beside the slot so that a probe costs one cache line, not two.
  private readonly table: Int32Array;
  private readonly mask: number;
  // Pairs (offset into `chars`, length) per slot.
  private readonly spans: Int32Array;
  private chars = new Uint16Array(1 << 16);
  private charsUsed = 0;

  constructor(readonly capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.table = new Int32Array(size * 2);
    this.mask = size - 1;
    this.spans = new Int32Array(capacity * 2);
  }

  /** The slot of `text[start, end)` (whose {@link spanHash} is `hash`), or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const { table, mask, spans, chars } = this;
    const length = end - start;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const entry = table[2 * at + 1] ?? 0;
      if (entry === 0) return -1;
      if (table[2 * at] !== hash) continue;
      const slot = entry - 1;
      if (spans[2 * slot + 1] !== length) continue;
      const offset = (spans[2 * slot] ?? 0) - start;
      let i = start;
      while (i < end && chars[offset + i] === text.charCodeAt(i)) i++;
      if (i === end) return slot;
    }
  }

  /**
   * Files `text[start, end)` (not held yet: {@link find} said -1) under the next slot and
   * returns it; the caller checks `used < capacity` first.
   */
  add(text: string, start: number, end: number, hash: number): number {
    if (this.used >= this.capacity) throw new RangeError('span table is full');
    const slot = this.used++;
    const length = end - start;
    if (this.charsUsed + length > this.chars.length) {
      const bigger = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + length));
      bigger.set(this.chars.subarray(0, this.charsUsed));
      this.chars = bigger;
    }
    const { chars } = this;
    const offset = this.charsUsed;
    for (let i = 0; i < length; i++) chars[offset + i] = text.charCodeAt(start + i);
    this.charsUsed += length;
    this.spans[2 * slot] = offset;
    this.spans[2 * slot + 1] = length;
    const { table, mask } = this;
    let at = hash & mask;
    while ((table[2 * at + 1] ?? 0) !== 0) at = (at + 1) & mask;
    table[2 * at] = hash;
    table[2 * at + 1] = slot + 1;
    return slot;
  }

  /** Forgets every span (the arrays are kept for reuse). */
  clear(): void {
    this.table.fill(0);
    this.used = 0;
    this.charsUsed = 0;
  }
}

const FNV_OFFSET = 2166136261 | 0;
const FNV_PRIME = 16777619;

/** The hash a span starts from, before its first code unit. */
export const SPAN_HASH_START = FNV_OFFSET;

/** Feeds one UTF-16 code unit to a span's hash (FNV-1a). */
export function hashCodeUnit(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** The hash of `text[start, end)`. */
export function spanHash(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}
