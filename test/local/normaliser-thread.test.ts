import { afterEach, describe, expect, it } from 'vitest';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import {
  type NormaliserThread,
  startNormaliserThread,
} from '../../local/normaliser/normaliser-thread.ts';

const file = (body: string, key = 'note.txt') => ({
  bytes: new TextEncoder().encode(body),
  key,
  contentType: 'text/plain',
  receivedAt: new Date('2026-12-07T10:00:00Z'),
});

// The thread uses a detector of its own; the one passed is the signature's.
const options = { detector: new ArticleLanguageDetector() };

const BODY =
  'Kazakh wheat exports rose in March.\n\nThe ministry said shipments to China doubled over the year.';

describe('the normaliser thread', () => {
  let normaliser: NormaliserThread | undefined;
  afterEach(async () => {
    await normaliser?.close();
    normaliser = undefined;
  });

  it('starts with the first file, not before', async () => {
    normaliser = startNormaliserThread();
    expect(normaliser.isRunning()).toBe(false);
    const article = await normaliser.normalise(file(BODY), options);
    expect(article.language).toBe('en');
    expect(normaliser.isRunning()).toBe(true);
  });

  it('lets its thread go after a while with nothing to do, and starts another for the next file', async () => {
    normaliser = startNormaliserThread({ idleMs: 100 });
    await normaliser.normalise(file(BODY), options);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(normaliser.isRunning()).toBe(false);
    const again = await normaliser.normalise(file(BODY, 'again.txt'), options);
    expect(again.title).toContain('Kazakh wheat');
  });

  it('keeps a file sent just as the idle thread is let go (the old thread’s exit fails nothing)', async () => {
    normaliser = startNormaliserThread({ idleMs: 1 });
    await normaliser.normalise(file(BODY), options);
    const results = [];
    for (let i = 0; i < 5; i++) {
      results.push(await normaliser.normalise(file(BODY, `n${i}.txt`), options));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(results.map((article) => article.language)).toEqual(['en', 'en', 'en', 'en', 'en']);
  });

  it('does not let its thread go while a file is being normalised', async () => {
    normaliser = startNormaliserThread({ idleMs: 1 });
    const pending = [1, 2, 3].map((i) => normaliser?.normalise(file(BODY, `p${i}.txt`), options));
    const articles = await Promise.all(pending);
    // Let go with files pending, they would never be answered (the test would time out).
    expect(articles.map((article) => article?.language)).toEqual(['en', 'en', 'en']);
  });
});
