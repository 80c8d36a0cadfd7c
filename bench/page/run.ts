/**
 * `npm run bench:page`: how soon the search page shows results after the last key, on the
 * local stack with the seeds, in Debian's Chromium. The time runs from the last `input` event
 * to the first frame after the results are in the page (the 150 ms debounce included), read
 * in the page itself so that Playwright's own round trips do not count.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startLocalStack } from '../../local/stack.ts';

const QUERIES = ['Кошербаевым', 'Kosherbayev', 'London', '"Central Asia"', 'министр -визит'];
const ROUNDS = 6;
const TARGET_MS = 300;
const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

// Runs in the page (as a string: the bench is type-checked without the DOM's types). It
// resolves with the milliseconds from the last input event to the frame after the results of
// the query the URL names are in place.
const MEASURE = `new Promise((resolve) => {
  let lastInput = 0;
  document.getElementById('q').addEventListener('input', (e) => { lastInput = e.timeStamp; });
  const main = () => document.querySelector('main');
  const observer = new MutationObserver(() => {
    const wanted = new URLSearchParams(location.search).get('q');
    if (!lastInput || wanted !== document.getElementById('q').value) return;
    if (main()?.getAttribute('aria-busy') !== 'false') return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - lastInput));
  });
  observer.observe(document.body, { subtree: true, attributes: true, childList: true });
})`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (path): path is string => !!path && existsSync(path),
);
if (!executablePath) throw new Error('no Chromium: apt-get install chromium, or set CHROMIUM_PATH');

const dataDir = await mkdtemp(join(tmpdir(), 'bench-page-'));
const stack = await startLocalStack({ dataDir, apiPort: 0, s3Port: 0, seedsDir: SEEDS_DIR });
await stack.drained();
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const lines: string[] = [];
try {
  const context = await browser.newContext({ baseURL: stack.apiUrl });
  const page = await context.newPage();
  // The first search of a fresh stack warms its reader threads and the page's code; a person
  // meets it once, so it is measured apart.
  await page.goto('/');
  await page.locator('main[aria-busy="false"]').waitFor();
  const firstMeasured = page.evaluate(MEASURE) as Promise<number>;
  await page.getByRole('searchbox').pressSequentially('Astana', { delay: 40 });
  const first = await firstMeasured;
  const all: number[] = [];
  lines.push('| query | median ms | p95 ms |', '| --- | --- | --- |');
  for (const query of QUERIES) {
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // A fresh page each time: the page keeps results it has shown, and would answer at once.
      await page.goto('/');
      await page.locator('main[aria-busy="false"]').waitFor();
      const measured = page.evaluate(MEASURE) as Promise<number>;
      await page.getByRole('searchbox').pressSequentially(query, { delay: 40 });
      times.push(await measured);
    }
    all.push(...times);
    lines.push(
      `| \`${query}\` | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 95).toFixed(0)} |`,
    );
  }
  lines.push(
    `| first search after start (\`Astana\`) | ${first.toFixed(0)} | |`,
    `| all | ${percentile(all, 50).toFixed(0)} | ${percentile(all, 95).toFixed(0)} |`,
    '',
    `${ROUNDS} rounds per query; target ${TARGET_MS} ms; ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(1)} at the end.`,
  );
} finally {
  await browser.close();
  await stack.stop();
  await rm(dataDir, { recursive: true, force: true });
}
console.log(lines.join('\n'));
const out = process.argv.indexOf('--out');
if (out > 0 && process.argv[out + 1]) {
  await writeFile(
    process.argv[out + 1] ?? '',
    `# Search page: results after the last key\n\n\`npm run bench:page\` (see bench/page/run.ts).\n\n${lines.join('\n')}\n`,
  );
}
