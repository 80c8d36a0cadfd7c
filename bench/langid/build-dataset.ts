/**
 * Builds the language-identification data sets from Debian packages that were extracted with
 * `bench/langid/fetch-sources.sh`: gettext catalogues (human translations of program text)
 * and translated man pages. Neither is in the training data of CLD3, franc (UDHR), ELD or
 * fastText lid.176 (Wikipedia, Tatoeba, SETimes).
 *
 * Every text belongs to a "domain" (a catalogue name such as `gtk30`, or a man page name):
 * a domain goes wholly to one split, so held-out texts never share a document with the
 * texts the letter model is trained on or the constants are tuned on.
 *
 *   npx tsx bench/langid/build-dataset.ts /tmp/langdata/x [train-output.jsonl.gz]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { detectScript } from '../../functions/core/language/script.ts';
import type { Script } from '../../functions/core/language/types.ts';
import {
  cleanText,
  isCreditsEntry,
  letterShare,
  looksForeignOrCode,
  wordSet,
} from './lib/clean.ts';
import { BUCKETS, type Bucket, type LabelledText } from './lib/dataset.ts';
import { manPageParagraphs } from './lib/man-page.ts';
import { readMoFile } from './lib/mo-file.ts';

/** Locale directory -> language and the script its texts must be written in. */
const LOCALES: Record<string, { language: string; script: Script | 'any-uz' }> = {
  ru: { language: 'ru', script: 'Cyrl' },
  kk: { language: 'kk', script: 'Cyrl' },
  ky: { language: 'ky', script: 'Cyrl' },
  // Older Uzbek catalogues under `uz` are Cyrillic: the text itself decides the script.
  uz: { language: 'uz', script: 'any-uz' },
  'uz@cyrillic': { language: 'uz', script: 'Cyrl' },
  tg: { language: 'tg', script: 'Cyrl' },
  tk: { language: 'tk', script: 'Latn' },
  mn: { language: 'mn', script: 'Cyrl' },
  uk: { language: 'uk', script: 'Cyrl' },
  be: { language: 'be', script: 'Cyrl' },
  bg: { language: 'bg', script: 'Cyrl' },
  sr: { language: 'sr', script: 'Cyrl' },
  mk: { language: 'mk', script: 'Cyrl' },
  az: { language: 'az', script: 'Latn' },
  tr: { language: 'tr', script: 'Latn' },
  de: { language: 'de', script: 'Latn' },
  fr: { language: 'fr', script: 'Latn' },
  es: { language: 'es', script: 'Latn' },
  it: { language: 'it', script: 'Latn' },
  pt: { language: 'pt', script: 'Latn' },
  pt_BR: { language: 'pt', script: 'Latn' },
  pl: { language: 'pl', script: 'Latn' },
  nl: { language: 'nl', script: 'Latn' },
  ar: { language: 'ar', script: 'Arab' },
  fa: { language: 'fa', script: 'Arab' },
  zh_CN: { language: 'zh', script: 'Hans' },
  zh_TW: { language: 'zh', script: 'Hant' },
  ka: { language: 'ka', script: 'Geor' },
  hy: { language: 'hy', script: 'Armn' },
};

type Split = 'heldout' | 'dev' | 'train';
const CAPS: Record<Exclude<Split, 'train'>, Record<Bucket, number>> = {
  heldout: { short: 300, medium: 200, long: 100 },
  dev: { short: 150, medium: 100, long: 50 },
};

interface Document {
  language: string;
  script: Script;
  domain: string;
  source: string;
  pieces: string[];
}

function main(): void {
  const [root, trainOutput] = process.argv.slice(2);
  if (!root) throw new Error('usage: build-dataset.ts <extracted-packages-dir> [train.jsonl.gz]');
  const documents = [...readCatalogues(root), ...readManPages(root)];
  const bySplit = dedupe(documents);
  const here = new URL('./data/', import.meta.url);
  for (const split of ['heldout', 'dev'] as const) {
    const texts = sample(bySplit[split], CAPS[split], split);
    writeJsonLines(new URL(`${split}.jsonl.gz`, here).pathname, texts);
    report(split, texts);
  }
  if (trainOutput) {
    const pieces = bySplit.train.flatMap((doc) =>
      doc.pieces.map((text) => ({ text, language: doc.language, script: doc.script })),
    );
    writeJsonLines(trainOutput, pieces);
    process.stdout.write(`train: ${pieces.length} pieces -> ${trainOutput}\n`);
  }
}

function readCatalogues(root: string): Document[] {
  const documents: Document[] = [];
  const englishDomains = new Set<string>();
  for (const pkg of readdirSync(root).sort()) {
    const localeRoot = join(root, pkg, 'usr/share/locale');
    for (const locale of safeList(localeRoot)) {
      const target = LOCALES[locale];
      for (const file of safeList(join(localeRoot, locale, 'LC_MESSAGES'))) {
        if (!file.endsWith('.mo')) continue;
        const domain = `mo:${file.replace(/\.mo$/, '')}`;
        // Weather-station catalogues are lists of transliterated foreign place names.
        if (domain.includes('-locations')) continue;
        const messages = readMoFile(readFileSync(join(localeRoot, locale, 'LC_MESSAGES', file)));
        // The msgids are the English originals: one English document per catalogue.
        if (!englishDomains.has(domain) && messages.length > 0) {
          englishDomains.add(domain);
          const pieces = messages
            .filter((m) => !isCreditsEntry(m.original))
            .map((m) => cleanText(m.original))
            .filter((t) => t !== '');
          documents.push(...toDocuments('en', 'Latn', domain, `${pkg}:${file}`, pieces));
        }
        if (!target) continue;
        const pieces: string[] = [];
        for (const { original, translation } of messages) {
          if (isCreditsEntry(original)) continue;
          const text = cleanText(translation);
          if (text === '' || text === cleanText(original)) continue;
          if (
            target.script !== 'Cyrl' &&
            target.script !== 'any-uz' &&
            copiesOriginal(text, original)
          ) {
            continue;
          }
          pieces.push(text);
        }
        const source = `${pkg}:${locale}/${file}`;
        documents.push(...toDocuments(target.language, target.script, domain, source, pieces));
      }
    }
  }
  return documents;
}

function readManPages(root: string): Document[] {
  const documents: Document[] = [];
  for (const pkg of readdirSync(root).sort()) {
    const manRoot = join(root, pkg, 'usr/share/man');
    for (const dir of safeList(manRoot)) {
      const english = /^man\d/.test(dir);
      const target = english ? { language: 'en', script: 'Latn' as const } : LOCALES[dir];
      if (!target) continue;
      const sections = english
        ? [join(manRoot, dir)]
        : safeList(join(manRoot, dir)).map((s) => join(manRoot, dir, s));
      for (const section of sections) {
        for (const file of safeList(section)) {
          const path = join(section, file);
          if (!file.endsWith('.gz') || !statSync(path).isFile()) continue;
          const source = gunzipSync(readFileSync(path)).toString('utf8');
          if (/^\.so\s/m.test(source.slice(0, 200))) continue;
          const name = file.replace(/\.gz$/, '').replace(/\.[0-9][a-z]*$/, '');
          const pieces = manPageParagraphs(source).map(cleanText);
          documents.push(
            ...toDocuments(
              target.language,
              target.script,
              `man:${name}`,
              `${pkg}:${dir}/${file}`,
              pieces,
            ),
          );
        }
      }
    }
  }
  return documents;
}

/** Keeps the pieces that are running text in the expected script; splits Uzbek by script. */
function toDocuments(
  language: string,
  expected: Script | 'any-uz',
  domain: string,
  source: string,
  pieces: string[],
): Document[] {
  const byScript = new Map<Script, string[]>();
  for (const piece of pieces) {
    if (letterShare(piece) < 0.6) continue;
    if (language !== 'en' && looksForeignOrCode(piece)) continue;
    if (language === 'en' && looksForeignOrCode(piece.replace(/\p{L}+/gu, 'x'))) continue;
    const profile = detectScript(piece);
    if (profile.letters < 3 || profile.dominant / profile.letters < 0.8) continue;
    const han = expected === 'Hans' || expected === 'Hant';
    if (han ? profile.script !== 'Hani' : expected !== 'any-uz' && profile.script !== expected)
      continue;
    if (expected === 'any-uz' && profile.script !== 'Latn' && profile.script !== 'Cyrl') continue;
    const script = expected === 'any-uz' ? profile.script : expected;
    byScript.set(script, [...(byScript.get(script) ?? []), piece]);
  }
  return [...byScript].map(([script, kept]) => ({
    language,
    script,
    domain,
    source,
    pieces: kept,
  }));
}

/** A Latin-script "translation" that shares most words with its English original is a copy. */
function copiesOriginal(text: string, original: string): boolean {
  const words = wordSet(text);
  if (words.size === 0) return true;
  const english = wordSet(original);
  let shared = 0;
  for (const word of words) if (english.has(word)) shared++;
  return shared / words.size >= 0.5;
}

function splitOf(domain: string): Split {
  const digit = (createHash('sha256').update(domain).digest()[0] ?? 0) % 10;
  return digit < 4 ? 'heldout' : digit < 6 ? 'dev' : 'train';
}

/** Drops repeated pieces; a piece in the held-out split is removed from the other two. */
function dedupe(documents: Document[]): Record<Split, Document[]> {
  const result: Record<Split, Document[]> = { heldout: [], dev: [], train: [] };
  const seen = new Map<string, Set<string>>();
  const order: Split[] = ['heldout', 'dev', 'train'];
  for (const split of order) {
    for (const doc of documents) {
      if (splitOf(doc.domain) !== split) continue;
      const key = `${doc.language}/${doc.script}`;
      const keys = seen.get(key) ?? new Set<string>();
      seen.set(key, keys);
      const pieces = doc.pieces.filter((piece) => {
        const normal = piece
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim();
        if (keys.has(normal)) return false;
        keys.add(normal);
        return true;
      });
      if (pieces.length > 0) result[split].push({ ...doc, pieces });
    }
  }
  return result;
}

/** Texts of each bucket length, drawn round-robin across domains so no program dominates. */
function sample(documents: Document[], caps: Record<Bucket, number>, seed: string): LabelledText[] {
  const groups = new Map<string, Document[]>();
  for (const doc of documents) {
    const key = `${doc.language}/${doc.script}`;
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  const texts: LabelledText[] = [];
  for (const [key, docs] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    for (const bucket of Object.keys(BUCKETS) as Bucket[]) {
      const perDomain = shuffle(
        docs.map((doc) => ({
          doc,
          items: shuffle(windows(doc.pieces, bucket), `${seed}${key}${doc.source}`),
        })),
        `${seed}${key}${bucket}`,
      );
      const chosen: LabelledText[] = [];
      for (let round = 0; chosen.length < caps[bucket]; round++) {
        let any = false;
        for (const { doc, items } of perDomain) {
          const text = items[round];
          if (text === undefined) continue;
          any = true;
          chosen.push({
            text,
            language: doc.language,
            script: doc.script,
            bucket,
            source: doc.source,
          });
          if (chosen.length >= caps[bucket]) break;
        }
        if (!any) break;
      }
      texts.push(...chosen);
    }
  }
  return texts;
}

/** Non-overlapping texts of a bucket's length made of consecutive pieces of one document. */
function windows(pieces: string[], bucket: Bucket): string[] {
  const { min, max } = BUCKETS[bucket];
  const out: string[] = [];
  if (bucket === 'short') {
    for (const piece of pieces) {
      const text = piece.length <= max ? piece : cutAt(piece, max);
      if (text.length >= min && text.length <= max) out.push(text);
    }
    return out;
  }
  let current = '';
  for (const piece of pieces) {
    if ((piece.match(/\p{L}/gu)?.length ?? 0) < 8) continue;
    current =
      current === '' ? piece : `${current}${/[.!?:;…。！？]$/.test(current) ? '' : '.'} ${piece}`;
    if (current.length >= min) {
      const text = current.length <= max ? current : cutAt(current, max);
      if (text.length >= min) out.push(text);
      current = '';
    }
  }
  return out;
}

/** The longest prefix of at most `max` characters that ends at a word boundary. */
function cutAt(text: string, max: number): string {
  const head = Array.from(text)
    .slice(0, max + 1)
    .join('');
  const space = head.lastIndexOf(' ', max);
  return (space > 0 ? head.slice(0, space) : Array.from(head).slice(0, max).join('')).trim();
}

function shuffle<T>(items: T[], seed: string): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function seededRandom(seed: string): () => number {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0) || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function writeJsonLines(path: string, rows: object[]): void {
  writeFileSync(
    path,
    gzipSync(`${rows.map((row) => JSON.stringify(row)).join('\n')}\n`, { level: 9 }),
  );
}

function report(split: string, texts: LabelledText[]): void {
  const counts = new Map<string, Record<Bucket, number>>();
  for (const t of texts) {
    const key = `${t.language}/${t.script}`;
    const row = counts.get(key) ?? { short: 0, medium: 0, long: 0 };
    row[t.bucket]++;
    counts.set(key, row);
  }
  process.stdout.write(`${split}: ${texts.length} texts\n`);
  for (const [key, row] of [...counts].sort()) {
    process.stdout.write(`  ${key.padEnd(8)} ${row.short} ${row.medium} ${row.long}\n`);
  }
}

main();
