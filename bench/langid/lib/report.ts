import type { Run } from '../run.ts';
import type { Bucket, LabelledText } from './dataset.ts';

const BUCKET_NAMES: Bucket[] = ['short', 'medium', 'long'];
const CYRILLIC = ['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'uz', 'tg', 'mn'];

/** Row key of a text: the language, with the script where a language has two. */
export function rowKey(text: LabelledText): string {
  return text.language === 'uz' || text.language === 'zh'
    ? `${text.language}-${text.script}`
    : text.language;
}

const percent = (right: number, all: number): string =>
  all === 0 ? '–' : ((100 * right) / all).toFixed(1);

function accuracy(run: Run, texts: LabelledText[], keep: (t: LabelledText) => boolean): string {
  let right = 0;
  let all = 0;
  texts.forEach((t, i) => {
    if (!keep(t)) return;
    all++;
    if (run.answers[i]?.language === t.language) right++;
  });
  return percent(right, all);
}

/** Accuracy per bucket and overall, with speed, load time and size, one row per detector. */
export function summaryTable(runs: Run[], texts: LabelledText[]): string {
  const lines = [
    '| detector | short | medium | long | all | medium texts per CPU-second | load ms | size | trained on |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const run of runs) {
    const cells = BUCKET_NAMES.map((b) => accuracy(run, texts, (t) => t.bucket === b));
    lines.push(
      `| ${run.candidate.name} | ${cells.join(' | ')} | ${accuracy(run, texts, () => true)} | ` +
        `${Math.round(run.mediumPerSecond)} | ${run.loadMs.toFixed(0)} | ` +
        `${(run.candidate.sizeBytes / 1e6).toFixed(2)} MB | ${run.candidate.trainedOn} |`,
    );
  }
  return lines.join('\n');
}

/** Accuracy per language and bucket, detectors side by side. */
export function perLanguageTable(runs: Run[], texts: LabelledText[]): string {
  const keys = [...new Set(texts.map(rowKey))].sort();
  const lines = [
    `| language | n (s/m/l) | ${runs.map((r) => r.candidate.name).join(' | ')} |`,
    `| --- | --- | ${runs.map(() => '---').join(' | ')} |`,
  ];
  for (const key of keys) {
    const counts = BUCKET_NAMES.map(
      (b) => texts.filter((t) => rowKey(t) === key && t.bucket === b).length,
    );
    const cells = runs.map((run) =>
      BUCKET_NAMES.map((b) =>
        accuracy(run, texts, (t) => rowKey(t) === key && t.bucket === b),
      ).join(' / '),
    );
    lines.push(`| ${key} | ${counts.join('/')} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Counts of predicted languages for each true Cyrillic language. */
export function confusionTable(run: Run, texts: LabelledText[]): string {
  const columns = [...CYRILLIC, 'und', 'other'];
  const lines = [
    `| truth \\ said | ${columns.join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
  ];
  for (const truth of CYRILLIC) {
    const row = new Map<string, number>();
    texts.forEach((t, i) => {
      if (t.script !== 'Cyrl' || t.language !== truth) return;
      const said = run.answers[i]?.language ?? 'und';
      const column = columns.includes(said) ? said : 'other';
      row.set(column, (row.get(column) ?? 0) + 1);
    });
    lines.push(`| ${truth} | ${columns.map((c) => row.get(c) ?? '').join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Accuracy of the answers whose confidence falls in each tenth of 0..1. */
export function calibrationTable(run: Run, texts: LabelledText[]): string {
  const bins = Array.from({ length: 10 }, () => ({ right: 0, all: 0, confidence: 0 }));
  let undetermined = 0;
  texts.forEach((t, i) => {
    const answer = run.answers[i];
    if (!answer || answer.confidence === null) return;
    if (answer.language === 'und') {
      undetermined++;
      return;
    }
    const bin = bins[Math.min(9, Math.floor(answer.confidence * 10))];
    if (!bin) return;
    bin.all++;
    bin.confidence += answer.confidence;
    if (answer.language === t.language) bin.right++;
  });
  const lines = [
    '| confidence | texts | mean confidence | accuracy |',
    '| --- | ---: | ---: | ---: |',
  ];
  bins.forEach((bin, i) => {
    if (bin.all === 0) return;
    lines.push(
      `| ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)} | ${bin.all} | ` +
        `${(bin.confidence / bin.all).toFixed(3)} | ${percent(bin.right, bin.all)} |`,
    );
  });
  lines.push('', `\`und\` answers: ${undetermined} of ${texts.length}.`);
  return lines.join('\n');
}
