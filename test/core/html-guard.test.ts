import { describe, expect, it } from 'vitest';
import { RejectedArticleError } from '../../functions/core/errors.ts';
import {
  checkMarkup,
  MAX_DEPTH,
  MAX_NESTING_WORK,
} from '../../functions/core/formats/html-guard.ts';

function nested(depth: number, paragraphs: number): string {
  return `<html><body>${'<div>'.repeat(depth)}${'<p>слово</p>'.repeat(paragraphs)}${'</div>'.repeat(depth)}</body></html>`;
}

function rejection(markup: string): RejectedArticleError | null {
  try {
    checkMarkup(markup);
    return null;
  } catch (error) {
    if (error instanceof RejectedArticleError) return error;
    throw error;
  }
}

describe('checkMarkup', () => {
  it('accepts a long page of ordinary depth', () => {
    // 5,000 paragraphs 20 deep: a very long article on a heavy page.
    expect(rejection(nested(18, 5_000))).toBeNull();
  });

  it('accepts nesting up to the depth limit', () => {
    expect(rejection(nested(MAX_DEPTH - 3, 10))).toBeNull();
  });

  it('refuses nesting past the depth limit, naming it', () => {
    const error = rejection(nested(MAX_DEPTH, 1));
    expect(error?.reason).toBe('too-complex');
    expect(error?.message).toBe(`the page nests elements more than ${MAX_DEPTH} deep`);
  });

  it('refuses many elements nested deep, though each limit alone is kept', () => {
    // 90 deep, 3,000 paragraphs: about 270,000 element-levels.
    const error = rejection(nested(90, 3_000));
    expect(error?.reason).toBe('too-complex');
    expect(error?.message).toMatch(
      new RegExp(
        `too large to extract: .* levels deep on average \\(limit: ${MAX_NESTING_WORK} element-levels\\)`,
      ),
    );
  });

  it('does not count void and self-closed elements as nesting', () => {
    const flat = '<br><img src="x"><span/>'.repeat(MAX_DEPTH);
    expect(rejection(`<html><body>${'<div>'.repeat(10)}${flat}</body></html>`)).toBeNull();
  });

  it('refuses a shallow page with far more elements than any article page', () => {
    const error = rejection(`<html><body>${'<br>'.repeat(100_000)}</body></html>`);
    expect(error?.reason).toBe('too-complex');
  });
});
