import { describe, expect, it } from 'vitest';
import { parseHtmlFragment } from '../../functions/core/normalise/formats/dom.ts';
import { pruneArticle } from '../../functions/core/normalise/formats/html-prune.ts';
import { htmlText } from '../../functions/core/normalise/formats/html-text.ts';

async function pruned(markup: string): Promise<string> {
  const root = await parseHtmlFragment(markup);
  if (!root) throw new Error('no fragment');
  pruneArticle(root);
  return htmlText(root).text;
}

describe('pruning an extracted article', () => {
  it('keeps a paragraph written as a span inside divs: one block, not the same text twice', async () => {
    const text = await pruned(
      '<div><div><span>The harbour board met on Monday and agreed to dredge the inner basin.</span></div></div>' +
        '<div><div><span>Work starts in the spring and lasts six weeks.</span></div></div>',
    );
    expect(text).toBe(
      'The harbour board met on Monday and agreed to dredge the inner basin.\n\nWork starts in the spring and lasts six weeks.',
    );
  });

  it('drops a block the template shows twice', async () => {
    const text = await pruned(
      '<p>The harbour board met on Monday and agreed to dredge the inner basin.</p>' +
        '<div class="promo">Listen to our harbour podcast every Friday morning</div>' +
        '<p>Work starts in the spring and lasts six weeks.</p>' +
        '<div class="promo">Listen to our harbour podcast every Friday morning</div>',
    );
    expect(text).not.toContain('podcast');
    expect(text).toContain('Work starts in the spring');
  });
});
