/**
 * The files the normalisation bench feeds in: the fixture files and seeds as committed, large
 * but realistic articles built from the seeds, and hostile files at and around the size limit.
 * Everything is deterministic: the same bytes on every run and every machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import {
  elementCost,
  MAX_ATTRIBUTE_CHARS,
  MAX_ATTRIBUTES,
  MAX_DEPTH,
  MAX_ELEMENT_ATTRIBUTES,
  MAX_MARKUP_CHARS,
  MAX_NESTING_WORK,
  MAX_TEXT_WORK,
} from '../../functions/core/normalise/formats/html-guard.ts';
import { DEFAULT_MAX_BYTES } from '../../functions/core/normalise/normalise.ts';
import { documentXml, writeDocx } from '../../test/fixtures/articles/build/docx-writer.ts';
import { pseudoRandomBytes } from '../../test/fixtures/articles/build/fixtures.ts';
import { writePdf } from '../../test/fixtures/articles/build/pdf-writer.ts';
import {
  encodeIn,
  SEED,
  seedParagraphs,
  seedText,
} from '../../test/fixtures/articles/build/texts.ts';

/** One file to normalise: its bytes and what S3 would say about it. */
export interface BenchFile {
  /** Row label in the report. */
  name: string;
  /** Object key; its extension is a hint to the format. */
  key: string;
  contentType: string | null;
  bytes: Uint8Array;
}

const root = new URL('../../', import.meta.url);
const fixtures = new URL('test/fixtures/articles/files/', root);
const seeds = new URL('seeds/', root);
const MiB = 1024 * 1024;

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const file = (name: string, key: string, bytes: Uint8Array): BenchFile => ({
  name,
  key,
  contentType: null,
  bytes,
});

/** Every fixture file, by its file name, as `inbox/<name>` with no content type. */
export function fixtureFiles(): BenchFile[] {
  return readdirSync(fixtures)
    .sort()
    .map((name) =>
      file(name, `inbox/${name}`, new Uint8Array(readFileSync(new URL(name, fixtures)))),
    );
}

/** One fixture file by name. */
export function fixtureFile(name: string): BenchFile {
  return file(name, `inbox/${name}`, new Uint8Array(readFileSync(new URL(name, fixtures))));
}

/** The five seed articles, plain UTF-8 text as committed. */
export function seedFiles(): BenchFile[] {
  return readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) =>
      file(`seeds/${name}`, `inbox/${name}`, new Uint8Array(readFileSync(new URL(name, seeds)))),
    );
}

/**
 * Text copied until it reaches about `bytes` (whole copies, joined as paragraphs); `unit` is one
 * copy's size in the encoding it will be written in, UTF-8 by default.
 */
function repeatTo(text: string, bytes: number, unit = Buffer.byteLength(text, 'utf8')): string {
  const copy = unit + 2;
  return Array.from({ length: Math.max(1, Math.round(bytes / copy)) }, () => text).join('\n\n');
}

/** Seed 003 (Kazakhstan Today, Russian, 12 KB) repeated to about `bytes`: a very long article. */
export function longArticle(bytes: number): Uint8Array {
  return utf8(repeatTo(seedText(SEED.kazakhstanToday).trim(), bytes));
}

/** Size of the markup-only news page: about as much furniture as the nesting budget accepts. */
const MARKUP_PAGE_BYTES = 450 * 1000;

/** The large but realistic articles of the throughput pass. */
export function largeFiles(): BenchFile[] {
  const page = newsPage(5 * 1000 * 1000, 80);
  const markup = newsPage(MARKUP_PAGE_BYTES);
  const seed = seedText(SEED.kazakhstanToday).trim();
  const legacy = encodeIn(
    repeatTo(seed, 10 * 1000 * 1000, encodeIn(seed, 'windows-1251').length),
    'windows-1251',
  );
  return [
    file('seed 003 repeated, ~1 MB UTF-8 text', 'inbox/long-1mb.txt', longArticle(1e6)),
    file('seed 003 repeated, ~10 MB UTF-8 text', 'inbox/long-10mb.txt', longArticle(1e7)),
    file('seed 003 repeated, ~10 MB windows-1251 text', 'inbox/long-10mb-1251.txt', legacy),
    file(
      `news page, ~5 MB, mostly inline scripts (${countElements(page).toLocaleString('en')} elements)`,
      'inbox/page-5mb.html',
      page,
    ),
    file(
      `news page, markup only (${countElements(markup).toLocaleString('en')} elements)`,
      'inbox/page-markup.html',
      markup,
    ),
  ];
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Every paragraph of the five seeds, in order: about 43 KB of Russian and English news. */
function allSeedParagraphs(): string[] {
  return Object.values(SEED).flatMap((name) =>
    seedParagraphs(name).filter((p) => !p.startsWith('date ')),
  );
}

/** Short teaser lines: the opening words of seed paragraphs. */
function teasers(): string[] {
  return allSeedParagraphs().map((p) => p.split(' ').slice(0, 9).join(' '));
}

const NAV_SECTIONS = ['Политика', 'Экономика', 'Общество', 'Мир', 'Спорт', 'Культура', 'Наука'];

// One block of page furniture (~4 KB, 60 elements): a related-news list, an ad, a tag cloud
// and a share bar, and an inline script of `script` bytes (0 for none): the JSON state, ad and
// analytics code pages carry.
function furnitureBlock(n: number, lines: readonly string[], script: number): string {
  const teaser = (i: number) => escapeHtml(lines[(n * 7 + i) % lines.length] ?? '');
  const related = Array.from(
    { length: 8 },
    (_, i) =>
      `<li class="related__item"><a href="/ru/news/${n}-${i}"><img src="/thumbs/${n}-${i}.jpg" alt=""><span>${teaser(i)}</span></a><time>27.02.2026</time></li>`,
  ).join('');
  const tags = NAV_SECTIONS.map((s, i) => `<a class="tag" href="/tags/${n}-${i}">${s}</a>`).join(
    ' ',
  );
  return `<section class="related-news"><h3>Читайте также</h3><ul>${related}</ul></section>
<div class="ad ad-banner"><a href="https://ads.example/click?b=${n}"><img src="/ads/${n}.gif" alt="Реклама"></a><span>Реклама</span> Кредит за 5 минут без справок</div>
<nav class="tags">${tags}</nav>
<div class="share-bar"><a href="https://t.me/share">Telegram</a><a href="https://wa.me/">WhatsApp</a><a href="https://vk.com/share">ВКонтакте</a><button>Копировать ссылку</button></div>${inlineScript(n, lines, script)}\n`;
}

// `window.__STATE__ = …` of about `bytes`: teaser objects, as a site's preloaded state.
function inlineScript(n: number, lines: readonly string[], bytes: number): string {
  if (bytes <= 0) return '';
  const items: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const item = JSON.stringify({
      id: n * 100_000 + i,
      title: lines[i % lines.length],
      url: `/ru/news/${n}-${i}`,
    });
    items.push(item);
    size += Buffer.byteLength(item, 'utf8') + 1;
  }
  return `<script>window.__STATE__=window.__STATE__||[];__STATE__.push(${items.join(',')});</script>`;
}

/** Layout wrappers around everything: real pages nest their text some 15 to 30 deep. */
const LAYOUT_WRAPPERS = 12;

/**
 * A news page of about `bytes` UTF-8 bytes: the seed articles' paragraphs as one article, amid
 * a site header, navigation, sidebars, related-news lists, ads and share bars. With `blocks`,
 * that many furniture blocks, each with an inline script sized to reach `bytes` (a real page's
 * weight is mostly scripts); without, script-free blocks repeated until the size is reached.
 */
export function newsPage(bytes: number, blocks?: number): Uint8Array {
  const paragraphs = allSeedParagraphs();
  const lines = teasers();
  const nav = NAV_SECTIONS.map((s, i) => `<li><a href="/ru/section/${i}">${s}</a></li>`).join('');
  const head = `<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(paragraphs[0] ?? '')} | Kazinform</title>
<meta property="og:site_name" content="Kazinform"><meta property="article:published_time" content="2026-02-26T21:05:00+05:00">
<style>.ad{border:1px solid #ccc}.related-news{margin:1em}</style>
</head><body>${'<div class="wrapper">'.repeat(LAYOUT_WRAPPERS)}
<div class="cookie-banner">Мы используем файлы cookie. <button>Принять</button></div>
<header class="site-header"><a class="logo" href="/">Kazinform</a><nav class="menu"><ul>${nav}</ul></nav></header>
<main class="layout"><article class="article"><h1>${escapeHtml(paragraphs[0] ?? '')}</h1>
${paragraphs
  .slice(1)
  .map((p) => `<p>${escapeHtml(p)}</p>`)
  .join('\n')}
</article>
<aside class="sidebar">\n`;
  const tail = `</aside></main>
<footer class="site-footer"><p>© 2026 Kazinform. Все права защищены.</p><nav>${nav}</nav></footer>
${'</div>'.repeat(LAYOUT_WRAPPERS)}</body></html>\n`;
  const furniture: string[] = [];
  let size = Buffer.byteLength(head + tail, 'utf8');
  if (blocks === undefined) {
    for (let n = 0; size < bytes; n++) {
      const block = furnitureBlock(n, lines, 0);
      size += Buffer.byteLength(block, 'utf8');
      furniture.push(block);
    }
  } else {
    for (let n = 0; n < blocks; n++) size += Buffer.byteLength(furnitureBlock(n, lines, 0), 'utf8');
    const script = Math.max(0, Math.floor((bytes - size) / blocks));
    for (let n = 0; n < blocks; n++) furniture.push(furnitureBlock(n, lines, script));
  }
  return utf8(head + furniture.join('') + tail);
}

/** Elements in a page, counted the way the markup guard counts start tags. */
export function countElements(page: Uint8Array): number {
  return (
    Buffer.from(page)
      .toString('utf8')
      .match(/<[a-zA-Z]/g)?.length ?? 0
  );
}

/** Exactly `bytes` bytes of the text: repeated, then cut at a character boundary and padded. */
function exactly(text: string, bytes: number, pad = ' '): Uint8Array {
  const unit = Buffer.from(text, 'utf8');
  const out = Buffer.alloc(bytes, pad);
  let at = 0;
  while (at + unit.length <= bytes) {
    unit.copy(out, at);
    at += unit.length;
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** The seeds' words, lower case, with no punctuation, digits or line breaks. */
function bareWords(): string {
  return `${allSeedParagraphs()
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{L}\s]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ')} `;
}

/** A hostile input: a label, what it attacks, and how to build its file. */
export interface HostileCase {
  name: string;
  why: string;
  /** Outcomes that meet the issue: the rejection reasons, or `accepted`, this input may get. */
  expect: readonly string[];
  build: () => Promise<BenchFile>;
}

const LIMIT = DEFAULT_MAX_BYTES;
/** Any typed outcome meets the issue; only time and memory are in question. */
const ANY_OUTCOME = [
  'accepted',
  'too-large',
  'too-complex',
  'no-text',
  'malformed',
  'unsupported-type',
  'binary',
];

/** The hostile inputs, built lazily: some are 20 MiB. */
export const HOSTILE: readonly HostileCase[] = [
  {
    name: 'empty file',
    why: 'zero bytes',
    expect: ['empty'],
    build: async () => fixtureFile('empty.txt'),
  },
  {
    name: 'binary junk, 4 KiB',
    why: 'random bytes named .bin',
    expect: ['binary'],
    build: async () => fixtureFile('junk.bin'),
  },
  {
    name: 'over the limit: 20 MiB + 1 byte of text',
    why: 'one byte over DEFAULT_MAX_BYTES',
    expect: ['too-large'],
    build: async () => file('hostile', 'inbox/over-limit.txt', exactly(bareWords(), LIMIT + 1)),
  },
  {
    name: 'random bytes, exactly 20 MiB',
    why: 'at the limit, nothing readable',
    expect: ['binary'],
    build: async () => file('hostile', 'inbox/random.txt', pseudoRandomBytes(LIMIT, 42)),
  },
  {
    name: 'text, 20 MiB, no punctuation or newlines',
    why: 'one 10-million-character paragraph of real words',
    expect: ['accepted'],
    build: async () => file('hostile', 'inbox/one-line.txt', exactly(bareWords(), LIMIT)),
  },
  {
    name: 'text, 20 MiB of one letter',
    why: 'a single 20-million-letter "word"',
    expect: ['no-text', 'too-complex'],
    build: async () => file('hostile', 'inbox/one-word.txt', exactly('ж', LIMIT, 'x')),
  },
  {
    name: 'HTML nested 100,000 deep',
    why: 'overflows recursive tree walkers',
    expect: ['too-complex'],
    build: async () =>
      file(
        '',
        'inbox/deep.html',
        utf8(
          `<!doctype html><html><body>${'<div>'.repeat(100_000)}Deep text${'</div>'.repeat(100_000)}</body></html>`,
        ),
      ),
  },
  {
    name: 'HTML page, 19 MiB of markup',
    why: 'the 5 MB news page, its furniture repeated to 19 MiB',
    expect: ['too-large', 'too-complex'],
    build: async () => file('hostile', 'inbox/enormous.html', newsPage(19 * MiB)),
  },
  {
    name: 'HTML page, 19 MiB, mostly inline scripts',
    why: 'the news page: 80 furniture blocks, 19 MiB of inline JSON state',
    expect: ['accepted'],
    build: async () => file('hostile', 'inbox/script-heavy.html', newsPage(19 * MiB, 80)),
  },
  {
    name: 'HTML of 2,500 sentences nested 390 deep',
    why: 'small, but deep (the old MAX_DEPTH was 400)',
    expect: ['too-complex'],
    build: async () => file('hostile', 'inbox/deep-article.html', deepArticle()),
  },
  {
    name: 'HTML at the guards, deep',
    why: 'depth MAX_DEPTH − 10; 98% of MAX_NESTING_WORK and of the text budgets',
    expect: ANY_OUTCOME,
    build: async () => file('hostile', 'inbox/guards-deep.html', atTheGuards(MAX_DEPTH - 10)),
  },
  {
    name: 'HTML at the guards, wide',
    why: 'paragraphs right under <body>; 98% of both budgets',
    expect: ANY_OUTCOME,
    build: async () => file('hostile', 'inbox/guards-wide.html', atTheGuards(2)),
  },
  {
    name: 'HTML: one element with 500,000 attributes',
    why: 'attributes cost the DOM and Readability per element (issue 15: 14.7 s, 1.14 GB)',
    expect: ['too-complex'],
    build: async () => file('hostile', 'inbox/attributes.html', oneElementAttributes(500_000)),
  },
  {
    name: 'HTML at the attribute guards',
    why: 'paragraphs as divs, each with MAX_ELEMENT_ATTRIBUTES − 1; 98% of MAX_ATTRIBUTES in all',
    expect: ANY_OUTCOME,
    build: async () => file('hostile', 'inbox/guards-attributes.html', atTheAttributeGuards()),
  },
  {
    name: 'HTML at the attribute-characters guard',
    why: 'paragraphs carrying data attributes of 98% of MAX_ATTRIBUTE_CHARS in all',
    expect: ANY_OUTCOME,
    build: async () =>
      file('hostile', 'inbox/guards-attribute-chars.html', atTheAttributeCharsGuard()),
  },
  {
    name: 'JSON item with a 19 MiB body',
    why: 'seed 003 repeated as one feed item body',
    expect: ['accepted'],
    build: async () =>
      file(
        '',
        'inbox/feed-item.json',
        utf8(
          JSON.stringify({
            headline: 'Kazakh FM meets UK lawmakers',
            published_at: '2026-02-26T09:15:00+05:00',
            lang: 'ru',
            body: Buffer.from(longArticle(19 * MiB)).toString('utf8'),
          }),
        ),
      ),
  },
  {
    name: 'zip-bomb.docx (fixture)',
    why: '12 MiB of XML deflated 1000:1',
    expect: ['too-complex'],
    build: async () => fixtureFile('zip-bomb.docx'),
  },
  {
    name: 'lying-zip-bomb.docx (fixture)',
    why: 'the same, declaring 100 kB',
    expect: ['too-complex'],
    build: async () => fixtureFile('lying-zip-bomb.docx'),
  },
  {
    name: 'DOCX with 30 MiB of real paragraphs',
    why: 'under the part-size and ratio guards (~5:1)',
    expect: ANY_OUTCOME,
    build: async () => file('hostile', 'inbox/huge.docx', await hugeDocx(30 * MiB)),
  },
  {
    name: 'PDF of 19 MiB, thousands of text pages',
    why: 'page and character caps',
    expect: ['accepted'],
    build: async () => file('hostile', 'inbox/huge.pdf', hugePdf(19 * MiB)),
  },
  {
    name: 'scanned.pdf (fixture)',
    why: 'image only, no text layer',
    expect: ['no-text-layer'],
    build: async () => fixtureFile('scanned.pdf'),
  },
  {
    name: 'encrypted.pdf (fixture)',
    why: 'user password',
    expect: ['encrypted'],
    build: async () => fixtureFile('encrypted.pdf'),
  },
  {
    name: 'truncated.pdf (fixture)',
    why: 'cut at 700 bytes',
    expect: ['malformed'],
    build: async () => fixtureFile('truncated.pdf'),
  },
];

// 2,500 short paragraphs (the seeds' sentences, repeated) inside 390 nested divs: a small
// file, far under every size limit, that took Readability over linkedom 11 s when the depth
// limit was 400.
function deepArticle(): Uint8Array {
  const depth = 390;
  const sentences = allSeedParagraphs().flatMap((p) => p.split(/(?<=[.!?])\s+/));
  const paragraphs = Array.from(
    { length: 2500 },
    (_, i) => `<p>${escapeHtml(sentences[i % sentences.length] ?? '')}</p>`,
  ).join('\n');
  return utf8(
    `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}${paragraphs}${'</div>'.repeat(depth)}</body></html>`,
  );
}

/**
 * The costliest markup the guards of functions/core/normalise/formats/html-guard.ts accept, sized from
 * their constants so it tracks them: `depth` nested divs (html and body included), then as many
 * paragraphs as the nesting-work budget leaves (98% of it), their seed words filling 98% of
 * MAX_MARKUP_CHARS or of MAX_TEXT_WORK at that depth, whichever is less.
 */
function atTheGuards(depth: number): Uint8Array {
  const wrappers = depth - 2;
  const words = bareWords().split(' ');
  const open = `<!doctype html><html><head><title>At the guards</title></head><body>${'<div>'.repeat(wrappers)}`;
  const close = `${'</div>'.repeat(wrappers)}</body></html>`;
  // Each element costs `elementCost` of its depth (head and title count too, at 1 and 2).
  let wrapperWork = elementCost(1) + elementCost(2);
  for (let d = 1; d <= wrappers + 2; d++) wrapperWork += elementCost(d);
  const paragraphs = Math.floor((MAX_NESTING_WORK * 0.98 - wrapperWork) / elementCost(depth + 1));
  // Text is bounded by the markup size and by characters × depth (`MAX_TEXT_WORK`).
  const textBudget = Math.min(
    MAX_MARKUP_CHARS * 0.98 - open.length - close.length,
    (MAX_TEXT_WORK * 0.98) / elementCost(depth + 1),
  );
  const perParagraph = Math.max(1, Math.floor(textBudget / paragraphs) - '<p></p>'.length);
  const parts: string[] = [];
  let w = 0;
  for (let i = 0; i < paragraphs; i++) {
    let text = '';
    while (text.length < perParagraph) text += `${words[w++ % words.length]} `;
    parts.push(`<p>${text.slice(0, perParagraph)}</p>`);
  }
  return utf8(open + parts.join('') + close);
}

/** The issue's page: an article paragraph inside one `<div>` with `count` attributes. */
function oneElementAttributes(count: number): Uint8Array {
  const attributes = Array.from({ length: count }, (_, i) => `a${i}=1`).join(' ');
  const paragraph = allSeedParagraphs()[1] ?? '';
  return utf8(
    `<!doctype html><html><body><div ${attributes}><p>${escapeHtml(paragraph)}</p></div></body></html>`,
  );
}

/**
 * The seeds' paragraphs written as `<div>`s (which Readability turns into `<p>`s, copying every
 * attribute), each with as many attributes as an element may have, until 98% of the page's
 * attribute budget is spent.
 */
function atTheAttributeGuards(): Uint8Array {
  const paragraphs = allSeedParagraphs();
  const perElement = MAX_ELEMENT_ATTRIBUTES - 1;
  const elements = Math.floor((MAX_ATTRIBUTES * 0.98) / perElement);
  const attributes = Array.from({ length: perElement }, (_, i) => `data-k${i}="${i}"`).join(' ');
  const blocks = Array.from(
    { length: elements },
    (_, i) => `<div ${attributes}>${escapeHtml(paragraphs[i % paragraphs.length] ?? '')}</div>`,
  );
  return utf8(`<!doctype html><html><body><article>${blocks.join('')}</article></body></html>`);
}

/** The seeds' paragraphs, each carrying a long `data-` attribute: 98% of the characters allowed. */
function atTheAttributeCharsGuard(): Uint8Array {
  const paragraphs = allSeedParagraphs();
  const value = 'x'.repeat(64 * 1024);
  const elements = Math.floor((MAX_ATTRIBUTE_CHARS * 0.98) / (value.length + 'data-state'.length));
  const blocks = Array.from(
    { length: elements },
    (_, i) => `<p data-state="${value}">${escapeHtml(paragraphs[i % paragraphs.length] ?? '')}</p>`,
  );
  return utf8(`<!doctype html><html><body><article>${blocks.join('')}</article></body></html>`);
}

/** A Word document whose document.xml holds about `xmlBytes` of seed paragraphs. */
async function hugeDocx(xmlBytes: number): Promise<Uint8Array> {
  const paragraphs = allSeedParagraphs();
  const unit = Buffer.byteLength(documentXml(paragraphs.map((text) => ({ text }))), 'utf8');
  const copies = Math.floor(xmlBytes / unit);
  return writeDocx(
    Array.from({ length: copies }, (_, n) =>
      paragraphs.map((text, i) => ({ text: `${n}.${i} ${text}` })),
    ).flat(),
  );
}

/** A PDF of the English seed's paragraphs repeated until it is about `bytes` long. */
function hugePdf(bytes: number): Uint8Array {
  const paragraphs = seedParagraphs(SEED.mfaEnglish).filter((p) => !p.startsWith('date '));
  const sample = writePdf(
    paragraphs.map((text) => ({ text })),
    { font: 'winansi' },
  ).length;
  const copies = Math.max(1, Math.round(bytes / sample));
  return writePdf(
    Array.from({ length: copies }, () => paragraphs.map((text) => ({ text }))).flat(),
    { font: 'winansi', pageNumbers: true },
  );
}
