import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Script } from '../../../functions/core/language/types.ts';

/** The three length buckets the issue measures, in characters. */
export const BUCKETS = {
  short: { min: 20, max: 60 },
  medium: { min: 180, max: 220 },
  long: { min: 900, max: 1100 },
} as const;

/** A length bucket. */
export type Bucket = keyof typeof BUCKETS;

/** One text of a data set, with its true language and where it came from. */
export interface LabelledText {
  text: string;
  language: string;
  script: Script;
  bucket: Bucket;
  /** Debian package and file the text was taken from. */
  source: string;
}

/** Reads a gzipped JSON-lines data set. */
export function readDataset(path: string): LabelledText[] {
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as LabelledText);
}
