import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFixtures } from '../fixtures/articles/build/fixtures.ts';

const directory = new URL('../fixtures/articles/files/', import.meta.url);

describe('the article fixtures', () => {
  it('are exactly what make-fixtures.ts builds from the seeds (rerun it after changing either)', async () => {
    const built = await buildFixtures();

    expect(readdirSync(directory).sort()).toEqual([...built.keys()].sort());
    for (const [name, bytes] of built) {
      expect(
        Buffer.from(readFileSync(new URL(name, directory))).equals(Buffer.from(bytes)),
        name,
      ).toBe(true);
    }
  });
});
