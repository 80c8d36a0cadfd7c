import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, articles as run } from '../support/articles-cli.ts';

const SEED = new URL('../../seeds/002_5054336fffde1a54.txt', import.meta.url).pathname;

const articles = (args: string[], stdin?: string): Promise<CliResult> =>
  run(args, stdin === undefined ? {} : { stdin });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'articles-cli-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('articles normalise', () => {
  it('prints the normalised document as JSON with every documented field', async () => {
    const { code, stdout } = await articles(['normalise', SEED]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as Record<string, unknown>;
    for (const field of [
      'title',
      'body',
      'language',
      'languageConfidence',
      'languages',
      'script',
      'publishedAt',
      'source',
      'encoding',
      'contentType',
      'wordCount',
      'contentHash',
    ]) {
      expect(doc, field).toHaveProperty(field);
    }
    expect(doc).toMatchObject({
      language: 'en',
      script: 'Latn',
      languages: [{ language: 'en', share: 1 }],
      publishedAt: '2026-02-26',
      encoding: 'utf-8',
    });
  });

  it('exits non-zero with a one-line reason for a file it rejects', async () => {
    const file = join(dir, 'empty.txt');
    await writeFile(file, '');
    const { code, stdout, stderr } = await articles(['normalise', file]);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('empty');
  });

  it('answers one JSON line per file, in order, for several files, and fails if any is rejected', async () => {
    const empty = join(dir, 'empty-too.txt');
    await writeFile(empty, '');

    const { code, stdout, stderr } = await articles(['normalise', SEED, empty, SEED]);

    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual([SEED, empty, SEED]);
    expect(lines[0]).toMatchObject({ article: { language: 'en', script: 'Latn' } });
    expect(lines[1]).toEqual({
      file: empty,
      rejected: { reason: 'empty', message: 'the file is empty' },
    });
    expect(lines[2]).toEqual(lines[0]);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('rejected (empty)')]);
  });

  it('says so when the file does not exist', async () => {
    const { code, stderr } = await articles(['normalise', join(dir, 'missing.txt')]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('ENOENT');
  });
});

describe('articles detect', () => {
  it('answers one JSON line per input line, in order', async () => {
    const input = [
      JSON.stringify({
        text: 'Министр иностранных дел Казахстана провел встречу в Лондоне с коллегами.',
      }),
      JSON.stringify({ text: 'The foreign minister met British members of parliament in London.' }),
      JSON.stringify({ text: '' }),
    ].join('\n');
    const { code, stdout } = await articles(['detect'], `${input}\n`);
    expect(code).toBe(0);
    const answers = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { language: string; confidence: number });
    expect(answers.map((a) => a.language)).toEqual(['ru', 'en', 'und']);
    for (const a of answers) expect(a.confidence).toBeGreaterThanOrEqual(0);
    for (const a of answers) expect(a.confidence).toBeLessThanOrEqual(1);
  });

  it('gives the script and, paragraph by paragraph, the share of each language', async () => {
    const text =
      'Министр иностранных дел Казахстана провел встречу в Лондоне с коллегами.\n\n' +
      'The foreign minister met British members of parliament in London.';
    const { code, stdout } = await articles(['detect'], `${JSON.stringify({ text })}\n`);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as { languages: { language: string }[] };
    expect(answer).toMatchObject({ language: 'ru', script: 'Cyrl' });
    expect(answer.languages.map((l) => l.language)).toEqual(['ru', 'en']);
  });

  it('identifies files given as arguments, one line per file, in their own encoding', async () => {
    const cp1251 = join(dir, 'russian.cp1251.txt');
    await writeFile(
      cp1251,
      Buffer.from(
        // "Министр иностранных дел провел встречу в Лондоне." in windows-1251
        'cc e8 ed e8 f1 f2 f0 20 e8 ed ee f1 f2 f0 e0 ed ed fb f5 20 e4 e5 eb 20 ef f0 ee e2 e5 eb 20 e2 f1 f2 f0 e5 f7 f3 20 e2 20 cb ee ed e4 ee ed e5 2e'.replace(
          / /g,
          '',
        ),
        'hex',
      ),
    );
    const missing = join(dir, 'nowhere.txt');

    const { code, stdout } = await articles(['detect', SEED, cp1251, missing]);

    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({ file: SEED, language: 'en', script: 'Latn' }),
      expect.objectContaining({ file: cp1251, language: 'ru', script: 'Cyrl' }),
      expect.objectContaining({ file: missing, language: 'und', error: 'cannot read: ENOENT' }),
    ]);
  });

  it('keeps answering after a malformed line, and exits non-zero', async () => {
    const { code, stdout } = await articles(
      ['detect'],
      'not json\n{"text":"Hello there, my friends"}\n',
    );
    expect(code).not.toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ language: 'und' });
  });
});
