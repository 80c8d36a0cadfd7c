import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryLetterDetector } from '../../functions/adapters/language/query-language-detector.ts';
import { silentLogger } from '../../functions/commons/logger.ts';
import type { ArticleIndex } from '../../functions/core/ports.ts';
import { createSearchHandler, type SearchHandler } from '../../functions/search/handler.ts';
import { PageAssets, type PageFile } from '../../functions/search/page-assets.ts';
import { buildPage } from '../../web/build.ts';
import { httpGet } from '../support/events.ts';
import { temporaryIndex } from '../support/fakes.ts';

let index: ArticleIndex;
let cleanup: () => Promise<void>;
let files: PageFile[];
let handler: SearchHandler;
let withoutPage: SearchHandler;

function request(path: string, headers: Record<string, string> = {}) {
  const event = httpGet(path) as { headers: Record<string, string> };
  event.headers = { ...event.headers, ...headers };
  return handler(event);
}

const text = (body: string | undefined) => Buffer.from(body ?? '', 'base64').toString('utf8');

beforeAll(async () => {
  ({ index, cleanup } = await temporaryIndex());
  files = await buildPage();
  const deps = { index, detector: new QueryLetterDetector(), logger: silentLogger };
  handler = createSearchHandler({ ...deps, page: new PageAssets(files) });
  withoutPage = createSearchHandler(deps);
});

afterAll(async () => {
  await cleanup();
});

describe('the search page, served by the search function', () => {
  it('answers GET / with the page, which loads only its own hashed script and styles', async () => {
    const response = await request('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toBe('text/html; charset=utf-8');
    const html = text(response.body);
    expect(html).toMatch(/<script type="module" src="\/assets\/page-[A-Z0-9]+\.js"><\/script>/);
    expect(html).toMatch(/<link rel="stylesheet" href="\/assets\/page-[A-Z0-9]+\.css" \/>/);
    // Nothing inline: the policy below would refuse it.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son\w+=/);
  });

  it('forbids inline script and style, other origins, framing and HTML string sinks', async () => {
    const headers = (await request('/')).headers ?? {};
    const policy = String(headers['content-security-policy']);
    expect(policy.split('; ')).toEqual(
      expect.arrayContaining([
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "require-trusted-types-for 'script'",
      ]),
    );
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
  });

  it('serves each asset with its type, cached for good since its name carries its hash', async () => {
    for (const file of files.filter((f) => f.path.startsWith('assets/'))) {
      const response = await request(`/${file.path}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers?.['content-type']).toMatch(
        file.path.endsWith('.js') ? /^text\/javascript/ : /^text\/css/,
      );
      expect(response.headers?.['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Buffer.from(response.body ?? '', 'base64')).toEqual(Buffer.from(file.body));
    }
    expect((await request('/')).headers?.['cache-control']).toBe('no-cache');
  });

  it('compresses with brotli or gzip, as the browser accepts', async () => {
    const html = Buffer.from(files.find((f) => f.path === 'index.html')?.body ?? []);
    const br = await request('/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers?.['content-encoding']).toBe('br');
    expect(brotliDecompressSync(Buffer.from(br.body ?? '', 'base64'))).toEqual(html);
    const gzip = await request('/', { 'accept-encoding': 'gzip, br;q=0' });
    expect(gzip.headers?.['content-encoding']).toBe('gzip');
    expect(gunzipSync(Buffer.from(gzip.body ?? '', 'base64'))).toEqual(html);
    expect(gzip.headers?.vary).toBe('accept-encoding');
  });

  it('answers 304 when the browser already holds this version', async () => {
    const first = await request('/');
    const again = await request('/', { 'if-none-match': String(first.headers?.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('answers 404 in JSON for an asset it does not have, and for / when built without a page', async () => {
    const missing = await request('/assets/page-OLD.js');
    expect(missing.statusCode).toBe(404);
    expect(JSON.parse(missing.body ?? '{}')).toMatchObject({ error: 'not_found' });
    expect((await request('/index.html')).statusCode).toBe(404);
    expect((await withoutPage(httpGet('/'))).statusCode).toBe(404);
  });

  it('still answers the API beside it', async () => {
    expect((await request('/health')).statusCode).toBe(200);
    expect((await request('/search?q=x')).statusCode).toBe(200);
  });
});
