import type { StoryCandidate, StoryIndex } from '../ports.ts';
import { hammingDistance } from '../text/fingerprint.ts';

/**
 * Most bits in which two near-duplicates' fingerprints differ. Measured on the normalised seeds
 * (SimHash of stemmed words but function words, weight 1 + ln count): the two outlets' English
 * copies of one press release (001, 002) differ in 5 bits, and a seed with a seventh or a quarter
 * of its paragraphs removed in 1 to 12; different stories on the same topic (000, 003, 004: the
 * same minister, the same London visit) differ in 24 to 33, the two halves of one article in 17
 * to 28, and texts in different languages in 22 to 35. 10 keeps a margin of 7 bits below the
 * closest unrelated texts while taking in copies that were cut or rewritten. On the scale
 * bench's archive (8,000 articles, near-duplicates re-sent with 4 % of their long words changed)
 * 99 % of such copies are within it and share a block (`story-bands.ts`), and 8 of 32 million
 * pairs of unrelated articles are.
 */
export const NEAR_DUPLICATE_DISTANCE = 10;

/**
 * The fingerprint is cut into this many bands of `BAND_HEX_DIGITS` hex digits (8 × 8 bits), and
 * candidates are the articles that agree with it on a whole band. Any two fingerprints within 7
 * bits always share a band (8 bands, at most 7 differing bits); at 8 to 10 bits a pair shares one
 * with probability 94 to 83 per cent (bits flipping independently). Each band value matches about
 * 1/256 of unrelated articles, which the distance check then discards; 16-bit bands would cut
 * that load but miss a quarter of pairs already at 4 bits.
 */
export const STORY_BANDS = 8;
/** Hex digits per band. */
export const BAND_HEX_DIGITS = 2;

/** The band keys of a fingerprint: `[band number, band value]` pairs. */
export function storyBands(fingerprint: string): Array<[number, string]> {
  return Array.from({ length: STORY_BANDS }, (_, band) => [
    band,
    fingerprint.slice(band * BAND_HEX_DIGITS, (band + 1) * BAND_HEX_DIGITS),
  ]);
}

// The story port (`StoryIndex`) is defined with every other port.
export type { StoryCandidate, StoryIndex } from '../ports.ts';

/**
 * The story an article belongs to: the story of the earliest indexed near-duplicate (another
 * object within `NEAR_DUPLICATE_DISTANCE` bits), or the article's own id when it has none, so
 * the first article of a story names it. `unindexed` are candidates not in the index yet (the
 * articles before this one in a batch being written together).
 */
export async function assignStoryId(
  id: string,
  fingerprint: string,
  stories: StoryIndex,
  unindexed: readonly StoryCandidate[] = [],
): Promise<string> {
  const candidates = [...(await stories.findSimilar(fingerprint)), ...unindexed];
  const matches = candidates.filter(
    (c) => c.id !== id && hammingDistance(c.fingerprint, fingerprint) <= NEAR_DUPLICATE_DISTANCE,
  );
  matches.sort((a, b) => a.indexedAt.localeCompare(b.indexedAt) || a.id.localeCompare(b.id));
  return matches[0]?.storyId ?? id;
}
