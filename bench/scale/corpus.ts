import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { CYRILLIC_TO_LATIN } from '../../functions/core/text/transliteration.ts';
import { random } from '../opensearch/corpus.ts';

/**
 * An archive of N unrelated news articles for the scale bench, made up deterministically from a
 * seed. Each language's words are the real words of the repository's own texts in that language
 * (the judged news collection of bench/relevance and the language-identification sentences of
 * bench/langid), ranked by frequency and drawn by Zipf's law, so that common words are in most
 * articles of their language and the long tail (extended with made-up words in the language's
 * letters) gives every article rare words, as an archive's vocabulary grows with it. Articles
 * name people (Russian surnames in their cases, the same people transliterated in English),
 * places and agencies, carry dates from 2015 to 2025 (a few none), and come as plain text, JSON
 * or Markdown. A stated share are near-duplicates: an earlier article re-sent by another agency
 * with a few words changed. Nothing is a copy of the seeds.
 */

/** The languages of the archive, with their shares. */
export const LANGUAGES = [
  { language: 'ru', share: 0.45 },
  { language: 'en', share: 0.3 },
  { language: 'kk', share: 0.1 },
  { language: 'uk', share: 0.05 },
  { language: 'de', share: 0.05 },
  { language: 'fr', share: 0.05 },
] as const;

/** Share of articles that are near-duplicates of an earlier one. */
export const NEAR_DUPLICATE_RATE = 0.02;

const VOCABULARY_SIZE = 60_000;
const ZIPF_EXPONENT = 1.05;

/** One generated file. */
export interface ArchiveFile {
  key: string;
  body: Buffer;
  contentType: string;
  /** What the bench queries are drawn from. */
  language: string;
  words: string[];
  surnames: string[];
  publishedAt: string | null;
}

type Language = (typeof LANGUAGES)[number]['language'];

const ROOT = new URL('../../', import.meta.url).pathname;
const WORD = /[\p{L}][\p{L}'’-]*/gu;
const KAZAKH_LETTERS = /[әғқңөұүһі]/iu;

function languageOfNews(text: string): Language {
  if (KAZAKH_LETTERS.test(text)) return 'kk';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  return 'en';
}

/** Texts of each language found in the repository. */
function sourceTexts(): Map<Language, string[]> {
  const texts = new Map<Language, string[]>(LANGUAGES.map((l) => [l.language, []]));
  const news = readFileSync(`${ROOT}bench/relevance/collections/news/docs.jsonl`, 'utf8');
  for (const line of news.split('\n')) {
    if (line.trim() === '') continue;
    const doc = JSON.parse(line) as { title: string; text: string };
    const text = `${doc.title}\n${doc.text}`;
    texts.get(languageOfNews(text))?.push(text);
  }
  for (const file of ['dev', 'heldout']) {
    const data = gunzipSync(readFileSync(`${ROOT}bench/langid/data/${file}.jsonl.gz`)).toString();
    for (const line of data.split('\n')) {
      if (line.trim() === '') continue;
      const item = JSON.parse(line) as { text: string; language: string };
      texts.get(item.language as Language)?.push(item.text);
    }
  }
  return texts;
}

/** Letter trigrams of a language's words, to make up more words that look like its own. */
class WordMaker {
  private readonly next = new Map<string, string[]>();
  constructor(
    words: readonly string[],
    private readonly rand: () => number,
  ) {
    for (const word of words) {
      const padded = `^^${word}$`;
      for (let i = 2; i < padded.length; i++) {
        const context = padded.slice(i - 2, i);
        const list = this.next.get(context) ?? [];
        list.push(padded[i] ?? '$');
        this.next.set(context, list);
      }
    }
  }

  make(): string {
    let word = '^^';
    for (let i = 0; i < 14; i++) {
      const options = this.next.get(word.slice(-2));
      if (!options) break;
      const letter = options[Math.floor(this.rand() * options.length)] ?? '$';
      if (letter === '$') {
        if (word.length >= 5) break;
        continue;
      }
      word += letter;
    }
    return word.slice(2);
  }
}

/** Words ranked by frequency, real ones first, made-up ones after to the vocabulary's size. */
function vocabulary(texts: readonly string[], rand: () => number): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const [word] of text.matchAll(WORD)) {
      const lower = word.toLowerCase();
      if (lower.length < 2) continue;
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
  }
  const real = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const known = new Set(real);
  const maker = new WordMaker(real, rand);
  const words = [...real];
  let attempts = 0;
  while (words.length < VOCABULARY_SIZE && attempts < VOCABULARY_SIZE * 5) {
    attempts++;
    const word = maker.make();
    if (word.length < 4 || known.has(word)) continue;
    known.add(word);
    words.push(word);
  }
  return words;
}

/** Draws ranks 0..n-1 by Zipf's law (inverse of the cumulative weights). */
function zipf(n: number, rand: () => number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / (i + 1) ** ZIPF_EXPONENT;
    cumulative[i] = total;
  }
  return () => {
    const target = rand() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A person: a made-up Russian surname, its cases, and its English spelling. */
interface Person {
  cases: string[];
  latin: string;
}

function people(count: number, maker: WordMaker, rand: () => number): Person[] {
  const result: Person[] = [];
  const seen = new Set<string>();
  while (result.length < count) {
    const root = maker.make().replace(/[^а-я]/g, '');
    if (root.length < 4 || root.length > 8) continue;
    const base = capitalise(`${root}${rand() < 0.5 ? 'ов' : 'ев'}`);
    if (seen.has(base)) continue;
    seen.add(base);
    const latin = capitalise(
      [...base.toLowerCase()]
        .map((c) => CYRILLIC_TO_LATIN[c] ?? c)
        .join('')
        .replace(/ev$/, 'yev'),
    );
    result.push({ cases: [base, `${base}а`, `${base}у`, `${base}ым`, `${base}е`], latin });
  }
  return result;
}

const AGENCIES = [
  'Kazinform',
  'Tengrinews',
  'Reuters',
  'Interfax',
  'TASS',
  'AFP',
  'Vlast.kz',
  'Kursiv',
  'Zakon.kz',
  'KazTAG',
  'Azattyq',
  'Ukrinform',
  'dpa',
  'Le Monde',
  'BBC',
  'Eurasianet',
];
const PLACES: Record<Language, string[]> = {
  ru: ['Астана', 'Алматы', 'Москва', 'Шымкент', 'Караганда', 'Бишкек', 'Ташкент'],
  en: ['Astana', 'Almaty', 'London', 'Tashkent', 'Bishkek', 'Geneva', 'Brussels'],
  kk: ['Астана', 'Алматы', 'Шымкент', 'Атырау', 'Ақтөбе', 'Түркістан'],
  uk: ['Київ', 'Львів', 'Одеса', 'Харків', 'Дніпро'],
  de: ['Berlin', 'München', 'Hamburg', 'Wien', 'Zürich'],
  fr: ['Paris', 'Lyon', 'Marseille', 'Genève', 'Bruxelles'],
};

/** Everything needed to make articles of one language. */
interface LanguageModelForBench {
  words: string[];
  draw: () => number;
}

/** Makes the archive's files one by one (N of 100,000 fit in memory as a stream, not a list). */
export class ArchiveGenerator {
  private readonly rand: () => number;
  private readonly models = new Map<Language, LanguageModelForBench>();
  private readonly persons: Person[];
  private readonly earlier: ArchiveFile[] = [];
  private produced = 0;

  constructor(seed = 12) {
    this.rand = random(seed);
    const texts = sourceTexts();
    for (const { language } of LANGUAGES) {
      const words = vocabulary(texts.get(language) ?? [], this.rand);
      this.models.set(language, { words, draw: zipf(words.length, this.rand) });
    }
    const russian = this.models.get('ru')?.words ?? [];
    this.persons = people(3_000, new WordMaker(russian.slice(0, 5_000), this.rand), this.rand);
  }

  /** The words of a language by rank (0 is the most common). */
  wordsOf(language: Language): readonly string[] {
    return this.models.get(language)?.words ?? [];
  }

  /** The people articles name: Russian cases and the English spelling. */
  get names(): readonly Person[] {
    return this.persons;
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)] as T;
  }

  private language(): Language {
    let roll = this.rand();
    for (const { language, share } of LANGUAGES) {
      roll -= share;
      if (roll <= 0) return language;
    }
    return 'ru';
  }

  private sentence(language: Language, model: LanguageModelForBench, names: string[]): string {
    const length = 8 + Math.floor(this.rand() * 16);
    const words: string[] = [];
    for (let i = 0; i < length; i++) {
      const roll = this.rand();
      if (roll < 0.03) {
        const person = this.pick(this.persons);
        const name =
          language === 'ru' || language === 'kk' || language === 'uk'
            ? this.pick(person.cases)
            : person.latin;
        names.push(name);
        words.push(name);
      } else if (roll < 0.045) {
        words.push(this.pick(PLACES[language]));
      } else if (roll < 0.06) {
        words.push(String(Math.floor(this.rand() * 2_000)));
      } else {
        words.push(model.words[model.draw()] ?? 'x');
      }
    }
    return `${capitalise(words.join(' '))}.`;
  }

  /** The next file of the archive. */
  next(): ArchiveFile {
    const index = this.produced++;
    if (this.earlier.length > 0 && this.rand() < NEAR_DUPLICATE_RATE) {
      return this.nearDuplicate(index, this.pick(this.earlier));
    }
    const language = this.language();
    const model = this.models.get(language);
    if (!model) throw new Error(`no words for ${language}`);
    const names: string[] = [];
    const title = this.sentence(language, model, names).replace(/\.$/, '').split(' ').slice(0, 9);
    const paragraphs = Array.from({ length: 3 + Math.floor(this.rand() * 8) }, () =>
      Array.from({ length: 2 + Math.floor(this.rand() * 3) }, () =>
        this.sentence(language, model, names),
      ).join(' '),
    );
    const dated = this.rand() > 0.05;
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(this.rand() * 4_018) * 86_400_000);
    const publishedAt = dated ? day.toISOString().slice(0, 10) : null;
    const file = this.render(index, {
      title: title.join(' '),
      paragraphs,
      publishedAt,
      source: this.pick(AGENCIES),
      language,
      names,
    });
    if (this.earlier.length < 2_000) this.earlier.push(file);
    else this.earlier[Math.floor(this.rand() * this.earlier.length)] = file;
    return file;
  }

  private nearDuplicate(index: number, original: ArchiveFile): ArchiveFile {
    const text = original.body.toString('utf8');
    // A few words changed, as an agency re-sending a story edits it.
    const changed = text.replace(/\p{L}{6,}/gu, (word) => (this.rand() < 0.04 ? `${word}а` : word));
    return { ...original, key: keyOf(index, original.contentType), body: Buffer.from(changed) };
  }

  private render(
    index: number,
    article: {
      title: string;
      paragraphs: string[];
      publishedAt: string | null;
      source: string;
      language: string;
      names: string[];
    },
  ): ArchiveFile {
    const roll = this.rand();
    let body: string;
    let contentType: string;
    if (roll < 0.7) {
      contentType = 'text/plain';
      const date = article.publishedAt ? [`date ${article.publishedAt}`, ''] : [];
      body = [
        article.title,
        '',
        ...date,
        article.paragraphs.join('\n\n'),
        '',
        `${/^(ru|kk|uk)$/.test(article.language) ? 'Источник' : 'Source'}: ${article.source}`,
      ].join('\n');
    } else if (roll < 0.9) {
      contentType = 'application/json';
      body = JSON.stringify({
        headline: article.title,
        body: article.paragraphs.join('\n\n'),
        ...(article.publishedAt ? { date: article.publishedAt } : {}),
        source: article.source,
      });
    } else {
      contentType = 'text/markdown';
      body = [
        '---',
        `title: "${article.title.replaceAll('"', "'")}"`,
        ...(article.publishedAt ? [`date: ${article.publishedAt}`] : []),
        `source: ${article.source}`,
        '---',
        '',
        article.paragraphs.join('\n\n'),
      ].join('\n');
    }
    const words = article.paragraphs.join(' ').toLowerCase().match(WORD) ?? [];
    return {
      key: keyOf(index, contentType),
      body: Buffer.from(body, 'utf8'),
      contentType,
      language: article.language,
      words,
      surnames: article.names,
      publishedAt: article.publishedAt,
    };
  }
}

function keyOf(index: number, contentType: string): string {
  const extension =
    contentType === 'application/json' ? 'json' : contentType === 'text/markdown' ? 'md' : 'txt';
  const folder = String(Math.floor(index / 1_000)).padStart(3, '0');
  return `archive/${folder}/${String(index).padStart(6, '0')}.${extension}`;
}
