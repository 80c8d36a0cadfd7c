import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import type { NormalisedArticle } from '../../functions/core/article.ts';
import { RejectedArticleError } from '../../functions/core/errors.ts';
import { normaliseArticle } from '../../functions/core/normalise/normalise.ts';

// Every fixture is built from the seed articles by test/fixtures/articles/make-fixtures.ts.
const detector = new ArticleLanguageDetector();
const UPLOADED = new Date('2026-03-01T09:00:00Z');

function fixture(name: string): Uint8Array {
  return readFileSync(new URL(`../fixtures/articles/files/${name}`, import.meta.url));
}

function normalise(name: string, contentType: string | null = null): Promise<NormalisedArticle> {
  return normaliseArticle(
    { bytes: fixture(name), key: `inbox/${name}`, contentType, receivedAt: UPLOADED },
    { detector },
  );
}

async function rejection(name: string): Promise<RejectedArticleError> {
  try {
    await normalise(name);
  } catch (error) {
    if (error instanceof RejectedArticleError) return error;
    throw error;
  }
  throw new Error(`expected ${name} to be rejected`);
}

/** What a reader of the index must find in a normalised article, and must not. */
interface Expected {
  fields: Partial<NormalisedArticle>;
  bodyStarts: string;
  bodyEnds: string;
  absent?: string[];
}

const KAZINFORM_TITLE = 'Первая встреча «Центральная Азия — Великобритания» прошла в Лондоне';
const KAZINFORM_LEAD = 'В четверг в Лондоне состоялась первая встреча';
const KAZINFORM_END = 'можно ознакомиться здесь.';
const CAPITALS = 'Central Asian Foreign Ministers Meet UK Members of Parliament in London';
const COOPER_LEAD = 'В рамках визита в Соединенное Королевство министр';
const COOPER_END = 'на мировой арене.';
const ALMATY_LEAD = 'Kazakh Foreign Minister Yermek Kosherbayev, together with';
const ALMATY_END = 'joint educational and cultural projects.';
const MFA_LEAD = 'В Лондоне министр иностранных дел Республики Казахстан';
const MFA_END = 'между парламентскими делегациями обеих стран.';
const KAZAKH_TITLE = 'Қазақстан мен Ұлыбритания сыртқы істер министрлері Лондонда кездесті';
// What no clean body contains: markup, page furniture, credits and teasers of any fixture.
const FURNITURE = ['<', '**', '](', 'Фото:', 'Сурет:', 'Сейчас читают', 'Референдум', 'cookie'];

const COOPER_DATELINE: Partial<NormalisedArticle> = {
  language: 'ru',
  place: 'Астана',
  publishedAt: '2026-02-27',
  source: 'Kazakhstan Today',
};
const KAZAKH: Partial<NormalisedArticle> = {
  title: KAZAKH_TITLE,
  language: 'kk',
  place: 'Астана',
  publishedAt: '2026-02-27',
  source: 'Kazinform',
  credits: ['ҚР СІМ'],
};

const ARTICLES: Record<string, Expected> = {
  'seed-003.windows-1251.txt': {
    fields: { ...COOPER_DATELINE, encoding: 'windows-1251', decodeErrors: 0 },
    bodyStarts: COOPER_LEAD,
    bodyEnds: COOPER_END,
  },
  'seed-003.iso-8859-5.txt': {
    fields: { ...COOPER_DATELINE, encoding: 'iso-8859-5' },
    bodyStarts: COOPER_LEAD,
    bodyEnds: COOPER_END,
  },
  'seed-003.utf-8-bom.txt': {
    fields: { ...COOPER_DATELINE, encoding: 'utf-8' },
    bodyStarts: COOPER_LEAD,
    bodyEnds: COOPER_END,
    absent: ['\ufeff'],
  },
  'seed-000.koi8-r.txt': {
    fields: { language: 'ru', encoding: 'koi8-r', publishedAt: '2026-02-27', credits: ['МИД РК'] },
    bodyStarts: MFA_LEAD,
    bodyEnds: MFA_END,
    absent: ['\r', 'date 2026'],
  },
  'seed-004.ibm866.txt': {
    // IBM866 has no guillemets or dashes; the writer typed ASCII ones.
    fields: {
      title: 'Первая встреча "Центральная Азия - Великобритания" прошла в Лондоне',
      language: 'ru',
      encoding: 'ibm866',
      source: 'Kazinform',
      credits: ['Тимур Дюсекеев/Kazinform'],
    },
    bodyStarts: KAZINFORM_LEAD,
    bodyEnds: KAZINFORM_END,
  },
  'kazakh.kz-1048.txt': {
    fields: { ...KAZAKH, encoding: 'kz-1048' },
    bodyStarts: 'Қазақстан Республикасының Сыртқы істер министрі',
    bodyEnds: 'студенттер алмасуы да сөз болды.',
  },
  'kazakh.ptcp154.txt': {
    fields: { ...KAZAKH, encoding: 'ptcp154' },
    bodyStarts: 'Қазақстан Республикасының Сыртқы істер министрі',
    bodyEnds: 'студенттер алмасуы да сөз болды.',
  },
  'seed-001.utf-16le.txt': {
    fields: { title: CAPITALS, language: 'en', encoding: 'utf-16le' },
    bodyStarts: 'The Minister of Foreign Affairs',
    bodyEnds: 'parliamentary delegations of both countries.',
  },
  'seed-004.utf-16be.txt': {
    fields: { title: KAZINFORM_TITLE, language: 'ru', encoding: 'utf-16be', source: 'Kazinform' },
    bodyStarts: KAZINFORM_LEAD,
    bodyEnds: KAZINFORM_END,
  },
  'seed-002.utf-16le-unmarked.txt': {
    fields: { language: 'en', encoding: 'utf-16le', place: 'Almaty', publishedAt: '2026-02-26' },
    bodyStarts: ALMATY_LEAD,
    bodyEnds: ALMATY_END,
  },
  'seed-004.damaged-utf-8.txt': {
    fields: { title: KAZINFORM_TITLE, language: 'ru', encoding: 'utf-8', source: 'Kazinform' },
    bodyStarts: KAZINFORM_LEAD,
    bodyEnds: KAZINFORM_END,
  },
  'seed-004.windows-1251.html': {
    fields: {
      title: KAZINFORM_TITLE,
      language: 'ru',
      encoding: 'windows-1251',
      contentType: 'text/html',
      publishedAt: '2026-02-26',
      source: 'Kazinform',
      credits: ['Тимур Дюсекеев/Kazinform'],
    },
    bodyStarts: KAZINFORM_LEAD,
    bodyEnds: KAZINFORM_END,
    absent: [
      'Политика',
      'Поиск',
      'Реклама',
      'Кредит',
      'Facebook',
      'Telegram',
      'Читайте также',
      'Теги',
      'Подписывайтесь',
      'Самое читаемое',
      '©',
      'гиперссылка',
      'Ctrl',
      'dataLayer',
      'просмотр',
      '21:05',
      'не статья',
      'not markup',
    ],
  },
  'seed-002.html': {
    fields: {
      title: 'Kazakh Foreign Minister Meets UK Parliamentarians in London',
      language: 'en',
      encoding: 'utf-8',
      contentType: 'text/html',
      publishedAt: '2026-02-26',
      source: 'The Astana Times',
      place: 'Almaty',
    },
    bodyStarts: ALMATY_LEAD,
    bodyEnds: ALMATY_END,
    absent: [
      'Subscribe',
      'Nation',
      'Share this',
      'Twitter',
      'Related',
      'Critical Minerals Roadmap',
      'Leave a Reply',
      'Most Read',
      'Copyright',
      'Staff Report',
    ],
  },
  'seed-003.md': {
    fields: {
      ...COOPER_DATELINE,
      title: 'Ермек Кошербаев провел встречу с Иветт Купер в Лондоне',
      contentType: 'text/markdown',
      credits: ['пресс-служба МИД РК'],
    },
    bodyStarts: COOPER_LEAD,
    bodyEnds: COOPER_END,
    absent: ['#', '---', '> ', 'https://', 'Встреча в Лондоне', '[^1]'],
  },
  'seed-002.json': {
    fields: {
      title: 'Kazakh FM Discusses Interparliamentary Cooperation With UK Lawmakers',
      language: 'en',
      contentType: 'application/json',
      publishedAt: '2026-02-26',
      source: 'The Astana Times',
      place: 'Almaty',
      credits: ['Kazakh Foreign Ministry'],
    },
    bodyStarts: ALMATY_LEAD,
    bodyEnds: ALMATY_END,
    absent: ['at-2026', 'APPG"', 'keywords'],
  },
  'seed-000.docx': {
    fields: {
      title: 'Глава МИД Казахстана встретился с британскими парламентариями',
      language: 'ru',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      credits: ['МИД РК'],
    },
    bodyStarts: MFA_LEAD,
    bodyEnds: MFA_END,
  },
  'seed-001.pdf': {
    fields: { title: CAPITALS, language: 'en', contentType: 'application/pdf' },
    bodyStarts:
      'The Minister of Foreign Affairs of the Republic of Kazakhstan Yermek Kosherbayev together',
    bodyEnds: 'parliamentary delegations of both countries.',
    absent: ['Press release', '\n1\n', '-\n'],
  },
  'seed-003.pdf': {
    fields: {
      ...COOPER_DATELINE,
      title: 'Ермек Кошербаев встретился с Иветт Купер',
      contentType: 'application/pdf',
    },
    bodyStarts: COOPER_LEAD,
    bodyEnds: 'для долгосрочного развития экономики и инноваций.',
  },
};

describe('normalising the fixture articles', () => {
  it.each(Object.entries(ARTICLES))('reads %s', async (name, expected) => {
    const article = await normalise(name);

    expect(article).toMatchObject(expected.fields);
    expect(article.body.startsWith(expected.bodyStarts), article.body.slice(0, 120)).toBe(true);
    expect(article.body.endsWith(expected.bodyEnds), article.body.slice(-120)).toBe(true);
    for (const text of [...FURNITURE, ...(expected.absent ?? [])]) {
      expect(article.body, `body contains ${JSON.stringify(text)}`).not.toContain(text);
    }
    expect(article.body).not.toMatch(/\n{3,}| +\n|\n +|\u00a0|\u00ad|\u200b/);
    expect(article.body).not.toContain(article.title);
    expect(article.wordCount).toBeGreaterThan(80);
  });

  it('counts the bytes it had to replace in damaged UTF-8, and keeps reading', async () => {
    const article = await normalise('seed-004.damaged-utf-8.txt');
    // A lost continuation byte, a stray 0xFF, an overlong pair (two) and a cut final sequence,
    // replaced as WHATWG decoders do; the last one falls in the teaser block that is cut.
    expect(article.decodeErrors).toBe(5);
    expect(article.body.match(/\ufffd/g)?.length).toBe(4);
  });

  it('reads one story alike from every format and encoding it came in', async () => {
    const cooper = await Promise.all(
      [
        'seed-003.windows-1251.txt',
        'seed-003.iso-8859-5.txt',
        'seed-003.utf-8-bom.txt',
        'seed-003.md',
      ].map((n) => normalise(n)),
    );
    expect(new Set(cooper.slice(0, 3).map((a) => a.contentHash)).size).toBe(1);
    expect(new Set(cooper.map((a) => a.fingerprint)).size).toBeLessThanOrEqual(2);
  });

  it('trusts the bytes over a stale charset declaration', async () => {
    const article = await normalise('seed-003.utf-8-bom.txt', 'text/plain; charset=windows-1251');
    expect(article.encoding).toBe('utf-8');
    expect(article.body.startsWith(COOPER_LEAD)).toBe(true);
  });
});

describe('rejecting fixture files that are not articles', () => {
  it.each([
    ['empty.txt', 'empty'],
    ['blank.txt', 'no-text'],
    ['junk.bin', 'binary'],
    ['photo.txt', 'unsupported-type'],
    ['legacy.doc', 'unsupported-type'],
    ['sheet.xlsx', 'unsupported-type'],
    ['rss.xml', 'unsupported-type'],
    ['feed.json', 'unsupported-type'],
    ['broken.json', 'malformed'],
    ['no-body.json', 'no-text'],
    ['cookie-wall.html', 'no-text'],
    ['deep.html', 'too-complex'],
    ['zip-bomb.docx', 'too-complex'],
    ['lying-zip-bomb.docx', 'too-complex'],
    ['scanned.pdf', 'no-text-layer'],
    ['encrypted.pdf', 'encrypted'],
    ['truncated.pdf', 'malformed'],
  ])('rejects %s as %s, with a short one-line reason', async (name, reason) => {
    const error = await rejection(name);
    expect(error.reason).toBe(reason);
    expect(error.message).not.toContain('\n');
    expect(error.message.length).toBeGreaterThan(10);
    expect(error.message.length).toBeLessThan(160);
  });

  it('refuses a zip bomb in well under a second, before expanding it', async () => {
    const started = performance.now();
    await rejection('zip-bomb.docx');
    await rejection('lying-zip-bomb.docx');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
