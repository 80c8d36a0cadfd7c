/**
 * `npm run bench:langid`: accuracy of the project's detector, CLD3 and franc (plus raw
 * fastText lid.176 and ELD, the detector before) on the held-out set, per length bucket and
 * language, with a Cyrillic confusion matrix, calibration, speed, load time and size.
 *
 *   npx tsx bench/langid/run.ts [--set heldout|dev] [--only project,cld3] [--out report.md]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  type Answer,
  type Candidate,
  type CandidateLoader,
  cld3Loader,
  eldLoader,
  fastTextLoader,
  francLoader,
  projectLoader,
} from './lib/candidates.ts';
import { type LabelledText, readDataset } from './lib/dataset.ts';
import { calibrationTable, confusionTable, perLanguageTable, summaryTable } from './lib/report.ts';

/** One candidate's answers on the whole set, with its costs. */
export interface Run {
  candidate: Candidate;
  answers: Answer[];
  loadMs: number;
  /** Medium texts per CPU second (one core), texts not seen before. */
  mediumPerSecond: number;
}

const LOADERS: CandidateLoader[] = [
  projectLoader,
  cld3Loader,
  francLoader,
  fastTextLoader,
  eldLoader,
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'heldout' },
      only: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const texts = readDataset(new URL(`./data/${values.set}.jsonl.gz`, import.meta.url).pathname);
  const only = values.only?.split(',');
  const runs: Run[] = [];
  for (const loader of LOADERS) {
    if (only && !only.includes(loader.name)) continue;
    runs.push(await measure(loader, texts));
  }
  const report = [
    `# Language identification, ${values.set} set (${texts.length} texts)`,
    '',
    'Accuracy = share of texts whose language is named correctly (`und` counts as wrong).',
    '',
    summaryTable(runs, texts),
    '',
    '## Per language (short / medium / long, %)',
    '',
    perLanguageTable(runs, texts),
    '',
    ...runs
      .slice(0, 2)
      .flatMap((run) => [
        `## Cyrillic confusion matrix: ${run.candidate.name} (all buckets; rows = truth)`,
        '',
        confusionTable(run, texts),
        '',
      ]),
    '## Calibration of the project detector (accuracy per confidence decile)',
    '',
    runs[0] ? calibrationTable(runs[0], texts) : '',
    '',
  ].join('\n');
  process.stdout.write(report);
  if (values.out) writeFileSync(values.out, report);
}

async function measure(loader: CandidateLoader, texts: LabelledText[]): Promise<Run> {
  const started = performance.now();
  const candidate = await loader.load();
  const loadMs = performance.now() - started;
  const answers: Answer[] = new Array(texts.length);
  // Short and long texts first: they warm the JIT and whatever caches a detector keeps, as
  // a running Lambda would be. Then one timed pass over the medium texts, which the detector
  // has not seen yet, in CPU time of this process (one core; other load on the machine does
  // not count against it).
  texts.forEach((t, i) => {
    if (t.bucket !== 'medium') answers[i] = candidate.detect(t.text);
  });
  let medium = 0;
  const cpu = process.cpuUsage();
  texts.forEach((t, i) => {
    if (t.bucket !== 'medium') return;
    answers[i] = candidate.detect(t.text);
    medium++;
  });
  const used = process.cpuUsage(cpu);
  const seconds = (used.user + used.system) / 1e6;
  process.stderr.write(`${candidate.name}: loaded in ${loadMs.toFixed(0)} ms\n`);
  return { candidate, answers, loadMs, mediumPerSecond: medium / seconds };
}

await main();
