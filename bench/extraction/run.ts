/**
 * `npm run bench:extraction`: how well the HTML path finds an article's text, against the gold
 * bodies of the development set in `shared/extraction-dev/` (outside the repository), beside
 * plain Readability over the same DOM library, in the same run.
 *
 *   npx tsx bench/extraction/run.ts [--data DIR] [--only ID-PART] [--half tune|check]
 *                                   [--out bench/extraction/RESULTS.md] [--pages FILE.jsonl]
 *
 * Prints the report, writes it to RESULTS.md (page ids and figures only, never page text) and
 * exits with 1 when a target is broken, 2 when the set cannot be found.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { RejectedArticleError } from '../../functions/core/errors.ts';
import { normaliseArticle } from '../../functions/core/normalise/normalise.ts';
import { type DevPage, findDataDirectory, loadDevSet } from './data.ts';
import { plainReadability } from './plain-readability.ts';
import { type PageResult, report, targetFailures } from './report.ts';
import { type CutSentence, cutSentences, type PageScore, scorePage } from './score.ts';

const root = new URL('../../', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: {
    data: { type: 'string' },
    only: { type: 'string' },
    half: { type: 'string' },
    out: { type: 'string', default: new URL('./RESULTS.md', import.meta.url).pathname },
    pages: { type: 'string' },
    'warm-up': { type: 'string', default: '8' },
  },
});

const directory = findDataDirectory(args.data, root);
if (directory === null) {
  process.stderr.write(
    'bench:extraction: the development set was not found. It is not part of the repository ' +
      "(the pages are publishers' text, kept out of it on purpose): put it in " +
      'shared/extraction-dev/ beside or above this checkout, or pass --data DIR or set ' +
      'EXTRACTION_DEV to a folder holding gold.jsonl and html/.\n',
  );
  process.exit(2);
}

const detector = new ArticleLanguageDetector();
const utf8 = new TextDecoder('utf-8');

interface Run {
  text: string;
  ms: number;
  cpuMs: number;
  rejected: string | null;
}

// CPU time of the process since `from`, in milliseconds: on a loaded machine wall time measures
// the neighbours as much as the extractor.
function cpuSince(from: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(from);
  return (user + system) / 1000;
}

async function ours(page: DevPage): Promise<Run> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    const article = await normaliseArticle(
      {
        bytes: page.html,
        key: `${page.id}.html`,
        // The set's pages are all UTF-8, whatever their <meta charset> still says.
        contentType: 'text/html; charset=utf-8',
        receivedAt: page.crawledAt,
      },
      { detector },
    );
    return {
      text: article.body,
      ms: performance.now() - started,
      cpuMs: cpuSince(cpu),
      rejected: null,
    };
  } catch (error) {
    if (!(error instanceof RejectedArticleError)) throw error;
    return {
      text: '',
      ms: performance.now() - started,
      cpuMs: cpuSince(cpu),
      rejected: error.reason,
    };
  }
}

function plain(page: DevPage): Run {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let text = '';
  try {
    text = plainReadability(utf8.decode(page.html));
  } catch {
    text = '';
  }
  return { text, ms: performance.now() - started, cpuMs: cpuSince(cpu), rejected: null };
}

function gold(page: DevPage) {
  return { lang: page.lang, references: page.references, title: page.title };
}

const all = loadDevSet(directory);
const pages = all.filter(
  (p) => (!args.only || p.id.includes(args.only)) && (!args.half || p.half === args.half),
);
process.stderr.write(`bench:extraction: ${pages.length} pages from ${directory}\n`);

// Both extractors load their modules and warm up their code on a few pages before any is timed.
for (const page of pages.slice(0, Number(args['warm-up']))) {
  await ours(page);
  plain(page);
}

const loadBefore = loadavg();
const results: PageResult[] = [];
const dump: string[] = [];
for (const [i, page] of pages.entries()) {
  // Alternate which runs first, so neither always meets a cold cache.
  const first = i % 2 === 0;
  const plainFirst = first ? plain(page) : null;
  const ourRun = await ours(page);
  const plainRun = plainFirst ?? plain(page);
  const ourScore: PageScore = scorePage(ourRun.text, gold(page));
  const plainScore: PageScore = scorePage(plainRun.text, gold(page));
  const ourCuts: CutSentence[] = cutSentences(ourRun.text, page.body, page.lang);
  const plainCuts: CutSentence[] = cutSentences(plainRun.text, page.body, page.lang);
  results.push({
    page,
    ours: {
      score: ourScore,
      ms: ourRun.ms,
      cpuMs: ourRun.cpuMs,
      rejected: ourRun.rejected,
      cuts: ourCuts.length,
    },
    plain: {
      score: plainScore,
      ms: plainRun.ms,
      cpuMs: plainRun.cpuMs,
      rejected: null,
      cuts: plainCuts.length,
    },
  });
  for (const cut of ourCuts) {
    process.stderr.write(`  cut in ${page.id}: missing "${cut.missing}" in "${cut.sentence}"\n`);
  }
  if (args.pages) {
    dump.push(
      JSON.stringify({
        id: page.id,
        half: page.half,
        lang: page.lang,
        ours: {
          ...ourScore,
          rejected: ourRun.rejected,
          ms: ourRun.ms,
          cpuMs: ourRun.cpuMs,
          text: ourRun.text,
        },
        plain: { ...plainScore, ms: plainRun.ms, cpuMs: plainRun.cpuMs, text: plainRun.text },
        cuts: ourCuts,
      }),
    );
  }
  if ((i + 1) % 50 === 0) process.stderr.write(`  ${i + 1}/${pages.length}\n`);
}
if (args.pages) writeFileSync(args.pages, `${dump.join('\n')}\n`);

const markdown = report(results, {
  directory,
  cpu: `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} logical cores`,
  node: process.version,
  loadBefore,
  loadAfter: loadavg(),
  subset:
    args.only || args.half ? `only ${[args.only, args.half].filter(Boolean).join(', ')}` : null,
});
process.stdout.write(`${markdown}\n`);
if (!args.only && !args.half) writeFileSync(args.out, `${markdown}\n`);
const failures = targetFailures(results);
for (const failure of failures) process.stderr.write(`target broken: ${failure}\n`);
process.exitCode = failures.length > 0 ? 1 : 0;
