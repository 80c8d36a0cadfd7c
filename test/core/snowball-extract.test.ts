import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { newStemmer as packageStemmer } from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { newStemmer } from '../../functions/core/text/stemming/snowball.generated.js';
import {
  EXTRACT_PATH,
  EXTRACTED_ALGORITHMS,
  extractStemmers,
} from '../../scripts/extract-stemmers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

// Every word of the seeds and of the news lexicon: Russian, Kazakh and English as we index it.
function vocabulary(): string[] {
  const files = [
    ...readdirSync(path.join(ROOT, 'seeds')).map((f) => path.join(ROOT, 'seeds', f)),
    path.join(ROOT, 'functions/core/search/lexicon/news-en-ru.ts'),
  ];
  const text = files.map((file) => readFileSync(file, 'utf8')).join(' ');
  return [...new Set(text.toLowerCase().match(/\p{L}+/gu) ?? [])];
}

describe('the Snowball extract the analyser stems with', () => {
  it('is what scripts/extract-stemmers.ts makes from the installed snowball-stemmers', () => {
    // Fails after an upgrade of snowball-stemmers until `npm run extract:stemmers` is run.
    expect(readFileSync(path.join(ROOT, EXTRACT_PATH), 'utf8')).toBe(extractStemmers());
  });

  it.each(EXTRACTED_ALGORITHMS)('stems every word as the whole package does (%s)', (name) => {
    const words = vocabulary();
    expect(words.length).toBeGreaterThan(3_000);
    const extract = newStemmer(name);
    const reference = packageStemmer(name);
    const differing = words.filter((word) => extract.stem(word) !== reference.stem(word));
    expect(differing).toEqual([]);
  });

  it('holds no other algorithm', () => {
    expect(() => newStemmer('german' as 'english')).toThrow(
      /no extracted Snowball algorithm 'german'/,
    );
  });
});
