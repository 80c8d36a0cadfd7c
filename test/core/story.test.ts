import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import type { NormalisedArticle } from '../../functions/core/article.ts';
import {
  assignStoryId,
  NEAR_DUPLICATE_DISTANCE,
  type StoryCandidate,
  type StoryIndex,
  storyBands,
} from '../../functions/core/ingest/story.ts';
import { normaliseArticle } from '../../functions/core/normalise/normalise.ts';
import { hammingDistance, simhash } from '../../functions/core/text/fingerprint.ts';

const detector = new ArticleLanguageDetector();

async function seed(name: string): Promise<NormalisedArticle> {
  return normaliseArticle(
    {
      bytes: readFileSync(new URL(`../../seeds/${name}`, import.meta.url)),
      key: name,
      contentType: null,
      receivedAt: new Date('2026-03-01T00:00:00Z'),
    },
    { detector },
  );
}

const SEEDS = [
  '000_3c279b70b705da45.txt',
  '001_a691a01f7ef01d8f.txt',
  '002_5054336fffde1a54.txt',
  '003_6fd011106239a770.txt',
  '004_a2073437ed539350.txt',
];

/** A story index over a fixed list, for testing the assignment rule alone. */
class ListedStories implements StoryIndex {
  constructor(readonly articles: StoryCandidate[]) {}

  async findSimilar(fingerprint: string): Promise<StoryCandidate[]> {
    const bands = new Set(storyBands(fingerprint).map(([b, v]) => `${b}:${v}`));
    return this.articles.filter((a) =>
      storyBands(a.fingerprint).some(([b, v]) => bands.has(`${b}:${v}`)),
    );
  }
}

describe('simhash', () => {
  it('is 16 hex digits, stable, and blind to case and word forms', () => {
    const fingerprint = simhash('Министр провел встречу в Лондоне');
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash('Министр провел встречу в Лондоне')).toBe(fingerprint);
    expect(simhash('МИНИСТР ПРОВЕЛ ВСТРЕЧИ В ЛОНДОНЕ')).toBe(fingerprint);
  });

  it('puts two outlets’ copies of one press release within the near-duplicate distance', async () => {
    const [english, astanaTimes] = await Promise.all([seed(SEEDS[1] ?? ''), seed(SEEDS[2] ?? '')]);
    expect(hammingDistance(english.fingerprint, astanaTimes.fingerprint)).toBeLessThanOrEqual(
      NEAR_DUPLICATE_DISTANCE,
    );
  });

  it('keeps different stories, even on the same topic and in one language, far apart', async () => {
    const articles = await Promise.all(SEEDS.map(seed));
    for (let a = 0; a < articles.length; a++) {
      for (let b = a + 1; b < articles.length; b++) {
        if (a === 1 && b === 2) continue;
        const d = hammingDistance(articles[a]?.fingerprint ?? '', articles[b]?.fingerprint ?? '');
        // Measured: 000/003 24, 000/004 33, 003/004 27; across languages 22 to 35.
        expect(d, `seeds ${a} and ${b}`).toBeGreaterThan(NEAR_DUPLICATE_DISTANCE + 8);
      }
    }
  });

  it('leaves function words out: they do not vote', () => {
    expect(simhash('The minister visited the press in London, and then he left for Astana')).toBe(
      simhash('minister visited press London left Astana'),
    );
    expect(simhash('Министр встретился с прессой в Лондоне, а он уехал в Астану')).toBe(
      simhash('Министр встретился прессой Лондоне уехал Астану'),
    );
  });

  it('keeps unrelated texts of one language apart however many function words they share', () => {
    // Texts three quarters made of the same function words, as every text of a language is in
    // good part, and otherwise sharing no word: counted, the function words outvoted the rest
    // and put such texts 13 to 21 bits apart, so one language's unrelated articles came close
    // to reading as one story (measured 25 to 37 without them).
    const functionWords =
      'и в не на что он с как а то по но к у из за от же для о бы вот уже так его ее все только мы еще при был или если до когда они было ни даже'.split(
        ' ',
      );
    const syllables = ['ка', 'ро', 'ми', 'ту', 'ле', 'зо', 'ны', 'ва', 'пе', 'ди', 'шу', 'гра'];
    const word = (n: number) =>
      `${[n % 12, Math.floor(n / 12) % 12, Math.floor(n / 144) % 12].map((i) => syllables[i]).join('')}ность`;
    const text = (offset: number) =>
      Array.from({ length: 400 }, (_, i) =>
        i % 4 === 3 ? word(offset + i) : functionWords[(i * 7) % functionWords.length],
      ).join(' ');
    for (const offset of [400, 650, 900, 1_150]) {
      const distance = hammingDistance(simhash(text(0)), simhash(text(offset)));
      expect(distance, `texts 0 and ${offset}`).toBeGreaterThan(NEAR_DUPLICATE_DISTANCE + 8);
    }
  });

  it('counts differing bits', () => {
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('00000000000000ff', '000000000000000f')).toBe(4);
  });
});

describe('assignStoryId', () => {
  it('finds every fingerprint within 7 bits through the bands', () => {
    // Any 7 flipped bits leave at least one of the 8 bands untouched.
    const base = 'a5a5a5a5a5a5a5a5';
    const flipped = (BigInt(`0x${base}`) ^ 0x0102040810204080n).toString(16).padStart(16, '0');
    expect(hammingDistance(base, flipped)).toBe(8);
    const seven = (BigInt(`0x${base}`) ^ 0x0102040810204000n).toString(16).padStart(16, '0');
    const shared = storyBands(seven).filter(
      ([band, value]) => storyBands(base)[band]?.[1] === value,
    );
    expect(shared.length).toBeGreaterThanOrEqual(1);
  });

  it('gives the first article of a story its own id', async () => {
    expect(await assignStoryId('new', 'a5a5a5a5a5a5a5a5', new ListedStories([]))).toBe('new');
  });

  it('joins the earliest near-duplicate’s story, ignoring far ones and itself', async () => {
    const stories = new ListedStories([
      {
        id: 'later',
        storyId: 'first',
        fingerprint: 'a5a5a5a5a5a5a5a4',
        indexedAt: '2026-02-27T10:00:00.000Z',
      },
      {
        id: 'first',
        storyId: 'first',
        fingerprint: 'a5a5a5a5a5a5a5a1',
        indexedAt: '2026-02-27T09:00:00.000Z',
      },
      {
        id: 'far',
        storyId: 'far',
        fingerprint: 'a55a5a5a5a5a5a5a',
        indexedAt: '2026-02-26T00:00:00.000Z',
      },
      {
        id: 'new',
        storyId: 'new',
        fingerprint: 'a5a5a5a5a5a5a5a5',
        indexedAt: '2026-02-25T00:00:00.000Z',
      },
    ]);
    expect(await assignStoryId('new', 'a5a5a5a5a5a5a5a5', stories)).toBe('first');
  });
});
