/**
 * A memo that keeps at most `limit` entries: when full, the older half is dropped (a Map keeps
 * insertion order), so the words a long run keeps meeting stay, where clearing everything at
 * once made a large vocabulary start over every `limit` words.
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    if (this.entries.size >= this.limit) {
      let drop = this.entries.size / 2;
      for (const old of this.entries.keys()) {
        if (drop-- <= 0) break;
        this.entries.delete(old);
      }
    }
    this.entries.set(key, value);
  }

  get size(): number {
    return this.entries.size;
  }
}
