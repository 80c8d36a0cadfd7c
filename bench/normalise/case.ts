/**
 * Normalises one file in a fresh process and prints what it cost, as one JSON line:
 *
 *   node --expose-gc case.mjs <fixtures directory> <file> <key>
 *
 * run.ts bundles this script the way the ingest function is bundled (esbuild, ESM, minified) and
 * starts one process per hostile case, so that each case's memory is measured from a clean
 * process running the same kind of code as the Lambda, without tsx, whose on-the-fly
 * compilation of pdf.js alone adds some 340 MiB of resident memory. The detector is loaded and every format's reader warmed up first (their
 * modules and the JIT are a process's fixed cost, not the input's), the input is read, the heap
 * collected, and the kernel's resident-set high-water mark reset. The peak RSS growth is then the
 * high-water mark the call reached over the resident set before it: the exact peak, however
 * briefly held, which a timer in this thread could not see while normalisation runs synchronously.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { RejectedArticleError } from '../../functions/core/errors.ts';
import { normaliseArticle } from '../../functions/core/normalise/normalise.ts';

/** What one case cost; run.ts reads this from the last line of stdout. */
export interface CaseResult {
  /** The rejection reason, `accepted`, or `threw <Error name>: <message>` for a bug. */
  outcome: string;
  message: string;
  wallMs: number;
  cpuMs: number;
  /** Resident set just before the call, MiB (the process's fixed cost plus the input). */
  baseRssMiB: number;
  /** Highest resident set during the call, MiB. */
  peakRssMiB: number;
  /** Whether the peak is the kernel's exact high-water mark since the call began. */
  exactPeak: boolean;
  heapAfterMiB: number;
}

const MiB = 1024 * 1024;
/** One real file per reader, so every lazily imported module is loaded before the case. */
const WARM_UP = [
  'seed-003.windows-1251.txt',
  'seed-004.windows-1251.html',
  'seed-002.json',
  'seed-003.md',
  'seed-000.docx',
  'seed-001.pdf',
];

function status(field: string): number | null {
  try {
    const line = readFileSync('/proc/self/status', 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${field}:`));
    const kB = Number(line?.split(/\s+/)[1]);
    return Number.isFinite(kB) ? (kB * 1024) / MiB : null;
  } catch {
    return null;
  }
}

/** Resets the kernel's peak RSS (Linux ≥ 4.0: `5` to clear_refs); false where unsupported. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return status('VmHWM') !== null;
  } catch {
    return false;
  }
}

const [fixtures, path, key] = process.argv.slice(2);
if (!fixtures || !path || !key) throw new Error('usage: case.mjs <fixtures> <file> <key>');
const detector = new ArticleLanguageDetector();
const receivedAt = new Date('2026-03-01T09:00:00Z');
for (const name of WARM_UP) {
  const warm = new Uint8Array(readFileSync(join(fixtures, name)));
  await normaliseArticle({ bytes: warm, key: name, contentType: null, receivedAt }, { detector });
}
const buffer = readFileSync(path);
const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
(globalThis as { gc?: () => void }).gc?.();
const exactPeak = resetPeak();
const baseRss = status('VmRSS') ?? process.memoryUsage().rss / MiB;

let outcome = 'accepted';
let message = '';
const cpu = process.cpuUsage();
const started = performance.now();
try {
  const article = await normaliseArticle(
    { bytes, key, contentType: null, receivedAt },
    { detector },
  );
  message = `${article.wordCount} words, ${article.language}`;
} catch (error) {
  if (error instanceof RejectedArticleError) {
    outcome = error.reason;
    message = error.message;
  } else {
    outcome = `threw ${(error as Error).name}`;
    message = String((error as Error).message ?? error).slice(0, 300);
  }
}
const wallMs = performance.now() - started;
const used = process.cpuUsage(cpu);
const peak = exactPeak ? status('VmHWM') : process.resourceUsage().maxRSS / 1024;
const result: CaseResult = {
  outcome,
  message,
  wallMs,
  cpuMs: (used.user + used.system) / 1000,
  baseRssMiB: baseRss,
  peakRssMiB: peak ?? baseRss,
  exactPeak,
  heapAfterMiB: process.memoryUsage().heapUsed / MiB,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
