import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import type { NormalisedArticle } from '../../functions/core/article.ts';
import { RejectedArticleError } from '../../functions/core/errors.ts';
import { normaliseArticle } from '../../functions/core/normalise/normalise.ts';
import { propertyRuns } from '../support/property-runs.ts';

const detector = new ArticleLanguageDetector();
const UPLOADED = new Date('2026-03-01T09:00:00Z');
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/articles/files/${name}`, import.meta.url));

function normalise(bytes: Uint8Array, key = 'article.txt'): Promise<NormalisedArticle> {
  return normaliseArticle({ bytes, key, contentType: null, receivedAt: UPLOADED }, { detector });
}

/** Normalises, and fails the property if anything but a rejection is thrown. */
async function outcome(bytes: Uint8Array, key: string): Promise<NormalisedArticle | null> {
  try {
    return await normalise(bytes, key);
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(RejectedArticleError);
    return null;
  }
}

// Random bytes behind the opening of each format, so the generator reaches every reader and
// not only the sniffers that would refuse plain noise.
const FORMATS: Record<string, Uint8Array> = {
  'story.html': utf8('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><article><p>'),
  'story.json': utf8('{"headline": "Title", "body": "'),
  'story.md': utf8('---\ntitle: '),
  'story.docx': new Uint8Array(fixture('seed-000.docx').subarray(0, 300)),
  'story.pdf': utf8('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'),
  'story.txt': utf8('Астана. 27 февраля. KAZAKHSTAN TODAY - '),
};

describe('normaliseArticle on hostile input', () => {
  it.each(Object.entries(FORMATS))(
    'never throws anything but a rejection on random bytes named %s',
    async (key, opening) => {
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ maxLength: 2048 }),
          fc.boolean(),
          async (noise, withOpening) => {
            const bytes = withOpening ? new Uint8Array([...opening, ...noise]) : noise;
            const article = await outcome(bytes, key);
            if (article) expect(article.body).toMatch(/[\p{L}\p{N}]/u);
          },
        ),
        { numRuns: propertyRuns(150) },
      );
    },
  );

  it('never throws anything but a rejection on a real document with damaged bytes', async () => {
    const documents = [
      'seed-000.docx',
      'seed-001.pdf',
      'seed-004.windows-1251.html',
      'seed-002.json',
    ].map((name) => ({
      name,
      bytes: fixture(name),
    }));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...documents),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async ({ name, bytes }, flips) => {
          const damaged = new Uint8Array(bytes);
          for (const [at, value] of flips) damaged[at % damaged.length] = value;
          await outcome(damaged, name);
        },
      ),
      { numRuns: propertyRuns(120) },
    );
  });

  it('is idempotent on its own output for any Unicode text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }),
        async (text) => {
          const first = await outcome(utf8(text), 'a.txt');
          if (!first) return;
          const preview = first.body.startsWith(first.title.replace(/…$/, ''));
          const again = await normalise(
            utf8(preview ? first.body : `${first.title}\n\n${first.body}`),
          );
          expect({ title: again.title, body: again.body }).toEqual({
            title: first.title,
            body: first.body,
          });
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });

  it('is idempotent on its own output for every fixture article', async () => {
    for (const name of [
      'seed-004.windows-1251.html',
      'seed-003.md',
      'seed-002.json',
      'seed-000.docx',
      'seed-001.pdf',
      'seed-003.windows-1251.txt',
    ]) {
      const first = await normalise(fixture(name), name);
      const preview = first.body.startsWith(first.title.replace(/…$/, ''));
      const again = await normalise(utf8(preview ? first.body : `${first.title}\n\n${first.body}`));
      expect(again.body, name).toBe(first.body);
      expect(again.title, name).toBe(first.title);
    }
  });

  it('refuses a page whose one element has 500,000 attributes, before building its DOM', async () => {
    // About 5 MB: under the markup limit, it once took 15 s and 1.1 GB to extract.
    const attributes = Array.from({ length: 500_000 }, (_, i) => `a${i}=1`).join(' ');
    const page = utf8(
      `<!DOCTYPE html><html><body><div ${attributes}><p>Text.</p></div></body></html>`,
    );
    const error = await normalise(page, 'a.html').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RejectedArticleError);
    expect((error as RejectedArticleError).reason).toBe('too-complex');
    expect((error as RejectedArticleError).message).toMatch(/500000 attributes/);
  });

  // Each of these once was, or could be, quadratic or unbounded in some parser; each must stay
  // well within a Lambda's time.
  it.each([
    ['a 6 MB single line without punctuation', () => utf8('слово '.repeat(500_000)), 'a.txt'],
    [
      'markup that never closes a tag',
      () => utf8(`<html><body>${'<a'.repeat(1_000_000)}`),
      'a.html',
    ],
    [
      'markup full of unclosed scripts and comments',
      () => utf8(`<html><body>${'<script><!--'.repeat(200_000)}`),
      'a.html',
    ],
    [
      'a page that opens <head> over and over',
      () => utf8(`<p>x</p>${'<head>'.repeat(300_000)}`),
      'a.html',
    ],
    [
      'JSON nested a million deep',
      () => utf8(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`),
      'a.json',
    ],
    [
      'JSON with a hundred thousand fields',
      () =>
        utf8(
          `{${Array.from({ length: 100_000 }, (_, i) => `"k${i}": ${i}`).join(',')}, "body": "Text."}`,
        ),
      'a.json',
    ],
    [
      'Markdown with endless emphasis markers',
      () => utf8(`# T\n\n${'**a '.repeat(300_000)}`),
      'a.md',
    ],
    [
      'a front matter fence that never closes',
      () => utf8(`---\n${'key: value\n'.repeat(200_000)}`),
      'a.md',
    ],
    ['a million credit-like lines', () => utf8('Фото: x\n'.repeat(1_000_000)), 'a.txt'],
    [
      'a YAML alias bomb',
      () =>
        utf8(
          `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\nText of the story.`,
        ),
      'a.md',
    ],
  ])('finishes %s within seconds', async (_, build, key) => {
    const bytes = build();
    const started = performance.now();
    await outcome(bytes, key);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
