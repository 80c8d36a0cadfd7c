/**
 * `npm run parity:opensearch`: the parity table (README, "Parity with the embedded index"). The
 * seeds and 300 generated articles go into a fresh embedded index and a fresh OpenSearch index
 * (OPENSEARCH_URL, or a node of its own started for the run), then every query of the table runs
 * through the search use case on both, paged to the end.
 *
 *   npx tsx bench/opensearch/run-parity.ts [--generated 300] [--out bench/opensearch/PARITY.md]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { parityCorpus } from './corpus.ts';
import { openBoth } from './indices.ts';
import { KNOWN_DIFFERENCES, measureParity, parityTable } from './parity.ts';

const { values } = parseArgs({
  options: { generated: { type: 'string', default: '300' }, out: { type: 'string' } },
});
const articles = await parityCorpus(Number(values.generated));
const dir = mkdtempSync(join(tmpdir(), 'parity-'));
const both = await openBoth(dir, 'parity');
try {
  await both.load(articles);
  const detector = new ArticleLanguageDetector();
  const rows = await measureParity(both.embedded, both.opensearch, detector);
  const known = await measureParity(both.embedded, both.opensearch, detector, KNOWN_DIFFERENCES);
  const languages = articles.reduce<Record<string, number>>((n, a) => {
    n[a.language] = (n[a.language] ?? 0) + 1;
    return n;
  }, {});
  const report = [
    `Corpus: ${articles.length} articles (${Object.entries(languages)
      .map(([l, n]) => `${l} ${n}`)
      .join(', ')}), OpenSearch ${both.version} at ${both.url}.`,
    '',
    parityTable(rows),
    '',
    'Known differences (ICU folding of Kazakh letters in OpenSearch only):',
    '',
    parityTable(known),
    '',
  ].join('\n');
  process.stdout.write(report);
  for (const row of rows.filter((r) => !r.sameSet)) {
    process.stderr.write(
      `${row.query}: only embedded ${row.onlyEmbedded.length}, only OpenSearch ${row.onlyOpenSearch.length}\n`,
    );
  }
  if (values.out) writeFileSync(values.out, report);
} finally {
  await both.close();
  rmSync(dir, { recursive: true, force: true });
}
