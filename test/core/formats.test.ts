import { describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import type { NormalisedArticle } from '../../functions/core/article.ts';
import { RejectedArticleError } from '../../functions/core/errors.ts';
import { guardDocx } from '../../functions/core/normalise/formats/docx.ts';
import { withoutSiteName } from '../../functions/core/normalise/formats/html-meta.ts';
import { normaliseArticle } from '../../functions/core/normalise/normalise.ts';
import { writeDocx, writeZip } from '../fixtures/articles/build/docx-writer.ts';
import { writePdf } from '../fixtures/articles/build/pdf-writer.ts';

const detector = new ArticleLanguageDetector();
const UPLOADED = new Date('2026-03-01T09:00:00Z');
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const LEAD = 'The minister met members of parliament in London on Thursday to discuss cooperation.';
const MORE =
  'Both sides agreed to expand trade, investment and education ties over the coming years.';

function normalise(
  bytes: Uint8Array,
  key: string,
  contentType: string | null = null,
): Promise<NormalisedArticle> {
  return normaliseArticle({ bytes, key, contentType, receivedAt: UPLOADED }, { detector });
}

async function rejection(bytes: Uint8Array, key: string): Promise<RejectedArticleError> {
  try {
    await normalise(bytes, key);
  } catch (error) {
    if (error instanceof RejectedArticleError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('HTML pages', () => {
  it('reads a fragment without <html> or <body>', async () => {
    const article = await normalise(
      utf8(`<h1>Talks in London</h1><p>${LEAD}</p><p>${MORE}</p>`),
      'a.html',
    );
    expect(article).toMatchObject({
      title: 'Talks in London',
      body: `${LEAD}\n\n${MORE}`,
      contentType: 'text/html',
    });
  });

  it('keeps line breaks and lists as text, and drops images and captions but keeps credits', async () => {
    const page = `<html><body><article><h1>Talks</h1><p>${LEAD}<br>${MORE}</p>
      <figure><img src="x.jpg"><figcaption>The minister in London. Photo: Reuters</figcaption></figure>
      <ul><li>First point of the agreement.</li><li>Second point of the agreement.</li></ul></article></body></html>`;
    const article = await normalise(utf8(page), 'a.html');
    expect(article.body).toBe(
      `${LEAD}\n\n${MORE}\n\nFirst point of the agreement.\n\nSecond point of the agreement.`,
    );
    expect(article.credits).toEqual(['Reuters']);
  });

  it('takes the text from JSON-LD when the page renders its article with scripts', async () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Talks in London',
      articleBody: `${LEAD}\n\n${MORE}`,
      datePublished: '2026-02-27',
    });
    const page = `<html><head><script type="application/ld+json">${ld}</script></head><body><div id="app">Loading…</div><script>render()</script></body></html>`;
    const article = await normalise(utf8(page), 'a.html');
    expect(article).toMatchObject({
      title: 'Talks in London',
      body: `${LEAD}\n\n${MORE}`,
      publishedAt: '2026-02-27',
    });
  });

  it('honours the page language when the text is too short to tell', async () => {
    const article = await normalise(
      utf8('<html lang="kk"><body><p>Астана 2026</p></body></html>'),
      'a.html',
    );
    expect(article.language).toBe('kk');
  });

  it('cuts a site name off a page title', () => {
    expect(withoutSiteName('Talks in London end with a deal | Kazinform', 'Kazinform')).toBe(
      'Talks in London end with a deal',
    );
    expect(withoutSiteName('Talks in London end with a deal - The Astana Times', null)).toBe(
      'Talks in London end with a deal',
    );
    expect(withoutSiteName('Kazakhstan - UK: a new chapter', null)).toBe(
      'Kazakhstan - UK: a new chapter',
    );
  });
});

describe('JSON articles', () => {
  it('reads a WordPress REST article', async () => {
    const post = {
      date: '2026-02-27T10:00:00',
      link: 'https://tengrinews.kz/kazakhstan_news/talks',
      title: { rendered: 'Talks &#8220;in&#8221; London &amp; Astana' },
      content: { rendered: `<p>${LEAD}</p>\n<p>${MORE}</p>` },
    };
    const article = await normalise(utf8(JSON.stringify(post)), 'post.json');
    expect(article).toMatchObject({
      title: 'Talks “in” London & Astana',
      body: `${LEAD}\n\n${MORE}`,
      publishedAt: '2026-02-27',
      source: 'Tengrinews',
    });
  });

  it('reads an IPTC ninjs item', async () => {
    const item = {
      uri: 'urn:x',
      headline: 'Talks in London',
      body_text: `${LEAD}\n\n${MORE}`,
      versioncreated: '2026-02-27T08:00:00Z',
      language: 'en-GB',
      located: 'London',
      copyrightholder: 'Reuters',
    };
    const article = await normalise(utf8(JSON.stringify(item)), 'item.json');
    expect(article).toMatchObject({
      title: 'Talks in London',
      publishedAt: '2026-02-27',
      language: 'en',
      place: 'London',
      source: 'Reuters',
    });
  });

  it('finds the article inside a wrapper, with a Unix time and a list of paragraphs', async () => {
    const feed = {
      status: 'ok',
      data: {
        article: {
          title: 'Talks',
          text: [LEAD, MORE],
          published: 1772150400,
          agency: 'KAZAKHSTAN TODAY',
        },
      },
    };
    const article = await normalise(utf8(JSON.stringify(feed)), 'feed.json');
    expect(article).toMatchObject({
      title: 'Talks',
      body: `${LEAD}\n\n${MORE}`,
      publishedAt: '2026-02-27',
      source: 'Kazakhstan Today',
    });
  });
});

describe('Word documents', () => {
  it('reads headings as paragraphs and the Title style as the title', async () => {
    const docx = await writeDocx([
      { text: 'Talks in London', style: 'Title' },
      { text: LEAD },
      { text: 'Background', style: 'Heading1' },
      { text: MORE },
    ]);
    const article = await normalise(docx, 'a.docx');
    expect(article).toMatchObject({
      title: 'Talks in London',
      body: `${LEAD}\n\nBackground\n\n${MORE}`,
    });
  });

  it('refuses a password-protected part and an archive that is not a document', async () => {
    expect(
      (await rejection(await writeZip({ 'xl/workbook.xml': '<workbook/>' }), 'a.docx')).reason,
    ).toBe('unsupported-type');
    const encrypted = await writeDocx([{ text: LEAD }]);
    // Set the encryption flag of every central directory entry.
    const view = new DataView(encrypted.buffer, encrypted.byteOffset);
    for (let i = 0; i + 4 < encrypted.length; i++)
      if (view.getUint32(i, true) === 0x02014b50) encrypted[i + 8] = 1;
    expect(() => guardDocx(encrypted)).toThrow(expect.objectContaining({ reason: 'encrypted' }));
  });
});

describe('PDF documents', () => {
  it('joins the lines of a paragraph and of a heading, and drops page numbers and running heads', async () => {
    const long = `${LEAD} ${MORE} `.repeat(30).trim();
    const pdf = writePdf(
      [
        { text: 'Talks in London end with an agreement on trade and education', heading: true },
        { text: long },
      ],
      {
        font: 'winansi',
        runningHead: 'Press release of the Ministry',
        pageNumbers: true,
      },
    );
    const article = await normalise(pdf, 'a.pdf');
    expect(article.title).toBe('Talks in London end with an agreement on trade and education');
    expect(article.body).toBe(long);
  });
});
