import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { RejectedArticleError } from '../../functions/core/errors.ts';
import { type ArticleFile, normaliseArticle } from '../../functions/core/normalise/normalise.ts';
import type { DocumentLanguageDetector } from '../../functions/core/ports.ts';
import { propertyRuns } from '../support/property-runs.ts';

const detector = new ArticleLanguageDetector();
const utf8 = (text: string) => new TextEncoder().encode(text);
/** The seeds' datelines say `27 февраля` with no year; they were uploaded days later. */
const UPLOADED = new Date('2026-03-02T08:00:00Z');
const normalise = (file: Partial<ArticleFile> & { bytes: Uint8Array }, maxBytes?: number) =>
  normaliseArticle(
    { key: 'article.txt', contentType: 'text/plain', receivedAt: UPLOADED, ...file },
    { detector, ...(maxBytes ? { maxBytes } : {}) },
  );
const seed = (name: string) => ({
  bytes: readFileSync(new URL(`../../seeds/${name}`, import.meta.url)),
  key: name,
});

async function rejection(run: () => Promise<unknown>): Promise<RejectedArticleError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof RejectedArticleError) return error;
    throw error;
  }
  throw new Error('expected the file to be rejected');
}

describe('normaliseArticle on the seed articles', () => {
  it('takes a headline first line as the title and leaves it out of the body', async () => {
    const article = await normalise(seed('001_a691a01f7ef01d8f.txt'));
    expect(article.title).toBe(
      'Central Asian Foreign Ministers Meet UK Members of Parliament in London',
    );
    expect(article.body.startsWith('The Minister of Foreign Affairs')).toBe(true);
    expect(article.language).toBe('en');
    expect(article.languageConfidence).toBeGreaterThan(0.9);
  });

  it('reads the leading date marker and lifts the photo credit out of the body', async () => {
    const article = await normalise(seed('000_3c279b70b705da45.txt'));
    expect(article.publishedAt).toBe('2026-02-27');
    expect(article.credits).toEqual(['МИД РК']);
    expect(article.body).not.toContain('Фото');
    expect(article.body).not.toContain('date 2026');
    expect(article.language).toBe('ru');
  });

  it('separates paragraphs by exactly one blank line and replaces no-break spaces', async () => {
    const article = await normalise(seed('004_a2073437ed539350.txt'));
    expect(article.body).not.toMatch(/\n{3,}/);
    expect(article.body).not.toContain('\u00a0');
    expect(article.body).not.toMatch(/ +\n|\n +/);
    expect(article.title).toBe(
      'Первая встреча «Центральная Азия — Великобритания» прошла в Лондоне',
    );
    // The headline repeated above the photo is not body text.
    expect(article.body).not.toContain(
      'Первая встреча «Центральная Азия — Великобритания» прошла в Лондоне',
    );
  });

  it('derives a title from the opening words when the text has no headline', async () => {
    const article = await normalise(seed('003_6fd011106239a770.txt'));
    expect(article.title.length).toBeLessThanOrEqual(121);
    expect(article.title.endsWith('…')).toBe(true);
    expect(article.title.startsWith('В рамках визита')).toBe(true);
  });

  it('lifts the dateline into place, date (year of the upload) and source', async () => {
    const article = await normalise(seed('003_6fd011106239a770.txt'));
    expect(article).toMatchObject({
      place: 'Астана',
      publishedAt: '2026-02-27',
      source: 'Kazakhstan Today',
    });
    // The body opens with the lead itself, not with its dateline.
    expect(article.body.startsWith('В рамках визита в Соединенное Королевство')).toBe(true);
  });

  it('cuts the trailing teaser block and names the agency the lead credits', async () => {
    const article = await normalise(seed('004_a2073437ed539350.txt'));
    expect(article.body).not.toContain('Сейчас читают');
    expect(article.body).not.toContain('Референдум');
    expect(article.body.endsWith('можно ознакомиться здесь.')).toBe(true);
    expect(article.source).toBe('Kazinform');
    expect(article.credits).toEqual(['Тимур Дюсекеев/Kazinform']);
  });

  it('reads the place of an English dateline in capitals', async () => {
    const article = await normalise(seed('002_5054336fffde1a54.txt'));
    expect(article).toMatchObject({ place: 'Almaty', publishedAt: '2026-02-26' });
    expect(article.body.startsWith('Kazakh Foreign Minister')).toBe(true);
  });

  it('fingerprints the body and counts its words', async () => {
    const a = await normalise(seed('002_5054336fffde1a54.txt'));
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(a.wordCount).toBeGreaterThan(400);
    expect((await normalise(seed('002_5054336fffde1a54.txt'))).contentHash).toBe(a.contentHash);
  });
});

const RUSSIAN_PARAGRAPHS = [
  'Министр иностранных дел Казахстана провёл в Лондоне переговоры с британскими парламентариями и обсудил с ними торговлю, инвестиции и образование.',
  'Стороны договорились расширить сотрудничество в области возобновляемой энергетики, а также поддержать совместные проекты университетов двух стран.',
  'По итогам встречи министр пригласил делегацию британского парламента посетить Астану в следующем году и познакомиться с новыми проектами.',
];
const ENGLISH_PARAGRAPH =
  'In a joint statement, the delegations said that the talks had been frank and constructive and that both countries would keep working on trade, energy and education together over the coming years.';

describe('normaliseArticle language identification', () => {
  it('weighs the languages of a mixed article paragraph by paragraph', async () => {
    const text = ['Визит министра в Лондон', ...RUSSIAN_PARAGRAPHS, ENGLISH_PARAGRAPH].join('\n\n');

    const article = await normalise({ bytes: utf8(text) });

    // By letters: about 390 Russian (title and three paragraphs) to 160 English.
    expect(article.language).toBe('ru');
    expect(article.script).toBe('Cyrl');
    expect(article.languages.map((l) => l.language)).toEqual(['ru', 'en']);
    expect(article.languages[0]?.share).toBeCloseTo(0.7, 1);
    expect(article.languages[1]?.share).toBeCloseTo(0.3, 1);
    expect(article.languages.reduce((sum, l) => sum + l.share, 0)).toBeCloseTo(1, 10);
  });

  it('recognises a Kazakh article, written in Cyrillic', async () => {
    const article = await normalise({
      bytes: readFileSync(
        new URL('../fixtures/articles/files/kazakh.kz-1048.txt', import.meta.url),
      ),
      key: 'kazakh.txt',
    });

    expect(article).toMatchObject({
      language: 'kk',
      script: 'Cyrl',
      languages: [{ language: 'kk', share: 1 }],
    });
  });

  it('lets a declared page language decide only when the detector is unsure', async () => {
    const page = (lang: string, text: string) =>
      utf8(`<html lang="${lang}"><body><p>${text}</p></body></html>`);

    const short = await normalise({ bytes: page('kk', 'Астана 2026'), key: 'a.html' });
    const clear = await normalise({ bytes: page('ru', ENGLISH_PARAGRAPH), key: 'b.html' });

    expect(short).toMatchObject({ language: 'kk', languages: [{ language: 'kk', share: 1 }] });
    expect(clear).toMatchObject({ language: 'en', languages: [{ language: 'en', share: 1 }] });
  });

  it.each([
    ['000_3c279b70b705da45.txt', 'ru', 'Cyrl'],
    ['001_a691a01f7ef01d8f.txt', 'en', 'Latn'],
    ['002_5054336fffde1a54.txt', 'en', 'Latn'],
    ['003_6fd011106239a770.txt', 'ru', 'Cyrl'],
    ['004_a2073437ed539350.txt', 'ru', 'Cyrl'],
  ])('identifies seed %s as %s in %s', async (name, language, script) => {
    const article = await normalise(seed(name));

    expect(article).toMatchObject({ language, script, languages: [{ language, share: 1 }] });
  });

  it('hands the detector only the opening of a huge article, so detection stays fast', async () => {
    let examined: readonly string[] = [];
    const spy: DocumentLanguageDetector = {
      detectDocument(paragraphs) {
        examined = paragraphs;
        return detector.detectDocument(paragraphs);
      },
    };
    const text = ['Визит министра в Лондон', ...Array(20_000).fill(ENGLISH_PARAGRAPH)].join('\n\n');

    const article = await normaliseArticle(
      { bytes: utf8(text), key: 'a.txt', contentType: 'text/plain', receivedAt: UPLOADED },
      { detector: spy },
    );

    expect(article.body.length).toBeGreaterThan(3_000_000);
    expect(examined[0]).toBe('Визит министра в Лондон');
    expect(examined.length).toBeLessThanOrEqual(256);
    expect(examined.join('').length).toBeLessThanOrEqual(64 * 1024);
  });
});

describe('normaliseArticle cleaning', () => {
  it('folds CRLF, no-break, zero-width and soft-hyphen characters and keeps quotes and dashes', async () => {
    const article = await normalise({
      bytes: utf8('Заголовок\r\n\r\n«Цитата» — текст\u00a0со\u200bсловом пере\u00adнос.\r\n'),
    });
    expect(article.title).toBe('Заголовок');
    expect(article.body).toBe('«Цитата» — текст сословом перенос.');
  });

  it('strips control characters and terminal escape sequences, keeping the text around them', async () => {
    const article = await normalise({
      bytes: utf8(
        'Title\n\nThe council \u001b[1;31mvoted\u001b[0m on Monday\u0007 to dredge\u001b]0;x\u0007 the harbour.\u001b(B',
      ),
    });
    expect(article.body).toBe('The council voted on Monday to dredge the harbour.');
  });

  it('strips bidirectional overrides and isolates (U+202E), keeping the text and the marks', async () => {
    const article = await normalise({
      key: 'story.json',
      contentType: 'application/json',
      bytes: utf8(
        JSON.stringify({
          headline: 'Budget \u202Eapproved\u202C',
          place: 'Al\u202Ematy\u202C',
          body: 'Open \u202Einvoice.exe\u202C today. \u2067שלום\u2069 said the mayor.\n\nعربي\u200F 2026.',
        }),
      ),
    });
    expect(article.title).toBe('Budget approved');
    expect(article.place).toBe('Almaty');
    expect(article.body).toBe('Open invoice.exe today. שלום said the mayor.\n\nعربي\u200F 2026.');
  });

  it('applies NFC so that composed and decomposed letters are one text', async () => {
    const composed = await normalise({ bytes: utf8('Title\n\nCafé й') });
    const decomposed = await normalise({ bytes: utf8('Title\n\nCafe\u0301 и\u0306') });
    expect(decomposed.body).toBe(composed.body);
  });

  it('joins hard-wrapped lines of one sentence into one paragraph', async () => {
    const article = await normalise({
      bytes: utf8('Title here\n\nThe minister said that\nthe talks went well.\nNext paragraph.'),
    });
    expect(article.body).toBe('The minister said that the talks went well.\n\nNext paragraph.');
  });

  it('reads Markdown headings, front matter and inline markup', async () => {
    const article = await normalise({
      key: 'story.md',
      contentType: null,
      bytes: utf8(
        '---\ntitle: "Front title"\ndate: 2026-02-25\nsource: Kazinform\n---\n# Heading\n\nSome **bold** and [a link](http://x).\n\n![photo](a.jpg)\n',
      ),
    });
    expect(article).toMatchObject({
      title: 'Front title',
      publishedAt: '2026-02-25',
      source: 'Kazinform',
      contentType: 'text/markdown',
    });
    // The heading opening the text is the displayed headline (the front matter's title is the
    // metadata one), so it is not body text; a subheading further down is.
    expect(article.body).toBe('Some bold and a link.');
  });

  it('keeps subheadings of a Markdown article in its body', async () => {
    const article = await normalise({
      key: 'story.md',
      bytes: utf8('---\ntitle: Front title\n---\nLead paragraph.\n\n## Background\n\nMore text.\n'),
    });
    expect(article.body).toBe('Lead paragraph.\n\nBackground\n\nMore text.');
  });

  it('takes the first heading of a Markdown file as its title', async () => {
    const article = await normalise({
      key: 'a.md',
      bytes: utf8('# The headline\n\nBody text here.'),
    });
    expect(article.title).toBe('The headline');
    expect(article.body).toBe('Body text here.');
  });

  it('reads UTF-16 with a byte-order mark', async () => {
    const text = 'Заголовок\n\nТекст статьи.';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(await normalise({ bytes })).toMatchObject({ encoding: 'utf-16le', title: 'Заголовок' });
  });

  it('ignores an impossible leading date rather than inventing one', async () => {
    expect(
      (await normalise({ bytes: utf8('date 2026-02-30 Title\n\nBody.') })).publishedAt,
    ).toBeNull();
  });
});

describe('normaliseArticle on runs of millions of one character', () => {
  // Unbounded regular-expression repetitions over millions of non-ASCII letters overflow V8's
  // stack (RangeError): these files crashed normalisation instead of being read or rejected.
  const prose = 'Министр иностранных дел встретился с коллегами в Лондоне. '.repeat(200);
  const run = (letter: string) => letter.repeat(5_000_000);

  it('rejects a file of one Cyrillic letter repeated as not reading as words', async () => {
    expect((await rejection(() => normalise({ bytes: utf8(run('а')) }))).reason).toBe('no-text');
  });

  it.each([
    ['lower-case Cyrillic', 'а'],
    ['capitals', 'А'],
    ['Latin', 'a'],
  ])(
    'reads an article with a paragraph of %s in a row, counting that run as words',
    async (_, letter) => {
      const article = await normalise({ bytes: utf8(`${prose}\n\n${run(letter)}\n\n${prose}`) });

      expect(article.body.startsWith(prose.slice(0, 60))).toBe(true);
      // 3,200 real words, and the run in pieces of 256 letters.
      expect(article.wordCount).toBe(3_200 + Math.ceil(5_000_000 / 256));
    },
  );
});

describe('normaliseArticle rejections', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['a file of only spaces', utf8('  \n\n \t '), 'no-text'],
    ['a damaged PDF', utf8('%PDF-1.7\n...'), 'malformed'],
    ['a damaged zip (DOCX)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'malformed'],
    [
      'a PNG image',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'unsupported-type',
    ],
    ['binary with NUL bytes', new Uint8Array([0x41, 0x00, 0x42]), 'binary'],
    [
      'base64 data saved as text',
      utf8(
        Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)).toString('base64'),
      ),
      'no-text',
    ],
  ])('rejects %s with a reason', async (_, bytes, reason) => {
    const error = await rejection(() => normalise({ bytes }));
    expect(error.reason).toBe(reason);
    expect(error.message.length).toBeGreaterThan(5);
  });

  it('judges a long text by its first 2,000 words, however many characters they take', async () => {
    // Prepare: 2,400 words of prose, then encoded data; and 1,200 words of 20 letters spread
    // over more than 32 KiB (each followed by a run of spaces and points), then the prose.
    const words = 'Министр встретился с коллегами в Лондоне. '.repeat(400);
    const data = Buffer.from(Array.from({ length: 60_000 }, (_, i) => (i * 7919) % 256)).toString(
      'base64',
    );
    const long = `${'Абвгдежзиклмнопрстуф'}${' .'.repeat(20)} `.repeat(1_200);

    // Act
    const prose = await normalise({ bytes: utf8(`${words}\n\n${data}`) });
    const dataFirst = await rejection(() => normalise({ bytes: utf8(`${data}\n\n${words}`) }));
    const longFirst = await rejection(() => normalise({ bytes: utf8(`${long}\n\n${words}`) }));

    // Assess: the prose decides in the first; in the others, the data and the 1,200 long words
    // are most of the first 2,000 words, though the whole text has more short words than long.
    expect(long.length).toBeGreaterThan(32 * 1024);
    expect(prose.wordCount).toBeGreaterThan(2_000);
    expect(dataFirst.reason).toBe('no-text');
    expect(longFirst.reason).toBe('no-text');
  });

  it('judges words of letters outside the BMP by their length as it does any other', async () => {
    // Prepare: words of 40 Gothic letters (each a surrogate pair: 80 UTF-16 units), and words of
    // 5 such letters, as data and as prose.
    const gothic = (length: number, i: number) =>
      Array.from({ length }, (_, k) => String.fromCodePoint(0x10330 + ((i + k) % 26))).join('');
    const longWords = Array.from({ length: 300 }, (_, i) => gothic(40, i)).join(' ');
    const shortWords = Array.from({ length: 300 }, (_, i) => gothic(5, i)).join(' ');

    // Act
    const data = await rejection(() => normalise({ bytes: utf8(longWords) }));
    const prose = await normalise({ bytes: utf8(shortWords) });

    // Assess
    expect(data.reason).toBe('no-text');
    expect(prose.wordCount).toBe(300);
  });

  it('rejects a file over the size limit, naming both sizes', async () => {
    const error = await rejection(() => normalise({ bytes: utf8('x'.repeat(101)) }, 100));
    expect(error.reason).toBe('too-large');
    expect(error.message).toContain('101');
    expect(error.message).toContain('100');
  });

  it('never throws anything but a rejection on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        try {
          const article = await normalise({ bytes });
          expect(article.body.length).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(RejectedArticleError);
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('is idempotent: normalising its own output changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 300 }), async (text) => {
        let first: Awaited<ReturnType<typeof normalise>>;
        try {
          first = await normalise({ bytes: utf8(text) });
        } catch {
          return;
        }
        // Written back as a file: the headline line, unless the title was only a preview of
        // the opening paragraph, which the body still holds.
        const preview = first.body.startsWith(first.title.replace(/…$/, ''));
        const again = await normalise({
          bytes: utf8(preview ? first.body : `${first.title}\n\n${first.body}`),
        });
        expect({ title: again.title, body: again.body }).toEqual({
          title: first.title,
          body: first.body,
        });
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
