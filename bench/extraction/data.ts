// The development set lives outside the repository, in the workspace's `shared/extraction-dev/`
// (news pages are the publishers' copyrighted text: they are read in place, never copied here).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as z from 'zod';

const SET = join('shared', 'extraction-dev');

const paragraphSchema = z.object({
  text: z.string(),
  kind: z.string(),
  optional: z.boolean().optional(),
});
const recordSchema = z.object({
  id: z.string(),
  url: z.string(),
  lang: z.string(),
  file: z.string(),
  body: z.string(),
  paragraphs: z.array(paragraphSchema),
  optional: z.array(z.string()).optional(),
  title: z.string().nullable().optional(),
  source: z.string(),
  publisher: z.string(),
  crawl_date: z.string(),
  dom_recall: z.number(),
});

/** Which half of the set a page is in: tuning was done on `tune`, `check` is looked at last. */
export type Half = 'tune' | 'check';

/** One page of the set, with its gold. */
export interface DevPage {
  id: string;
  url: string;
  lang: string;
  publisher: string;
  /** `fundus-evaluation-manual` (hand-made gold) or `fundus-parser-fixture`. */
  source: string;
  domRecall: number;
  crawledAt: Date;
  /** The gold body, and the gold with its optional paragraphs when it has any. */
  references: string[];
  body: string;
  title: string | null;
  half: Half;
  html: Uint8Array;
}

/** Where the set is: `--data`, `EXTRACTION_DEV`, or `shared/extraction-dev` in a parent folder. */
export function findDataDirectory(explicit: string | undefined, from: string): string | null {
  const given = explicit ?? process.env.EXTRACTION_DEV;
  if (given) return existsSync(join(given, 'gold.jsonl')) ? resolve(given) : null;
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, SET);
    if (existsSync(join(candidate, 'gold.jsonl'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

// Pages of one publisher share a template, so the halves are split by publisher: tuning on one
// page of a site and checking on its twin would measure memory, not generality.
function halfOf(publisher: string): Half {
  const first = createHash('sha256').update(publisher).digest()[0] ?? 0;
  return first % 2 === 0 ? 'tune' : 'check';
}

function date(text: string): Date {
  const parsed = new Date(text.replace(' ', 'T').replace(/(\.\d{3})\d+$/, '$1'));
  return Number.isNaN(parsed.getTime()) ? new Date('2025-01-01T00:00:00Z') : parsed;
}

/** Reads gold.jsonl and every page it names (gunzipped, still bytes). */
export function loadDevSet(directory: string): DevPage[] {
  const lines = readFileSync(join(directory, 'gold.jsonl'), 'utf8').split('\n');
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const record = recordSchema.parse(JSON.parse(line));
      const references = [record.body];
      if (record.paragraphs.some((p) => p.optional)) {
        references.push(record.paragraphs.map((p) => p.text).join('\n\n'));
      }
      return {
        id: record.id,
        url: record.url,
        lang: record.lang,
        publisher: record.publisher,
        source: record.source,
        domRecall: record.dom_recall,
        crawledAt: date(record.crawl_date),
        references,
        body: record.body,
        title: record.title ?? null,
        half: halfOf(record.publisher),
        html: gunzipSync(readFileSync(join(directory, record.file))),
      };
    });
}
