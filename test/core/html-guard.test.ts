import { describe, expect, it } from 'vitest';
import { RejectedArticleError } from '../../functions/core/errors.ts';
import {
  checkMarkup,
  MAX_ATTRIBUTE_CHARS,
  MAX_ATTRIBUTES,
  MAX_DEPTH,
  MAX_ELEMENT_ATTRIBUTES,
} from '../../functions/core/normalise/formats/html-guard.ts';

function nested(depth: number, paragraphs: number, text = 'слово'): string {
  return `<html><body>${'<div>'.repeat(depth)}${`<p>${text}</p>`.repeat(paragraphs)}${'</div>'.repeat(depth)}</body></html>`;
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
  it('accepts a long, heavy real-world page: 10,600 elements about 19 deep', () => {
    expect(rejection(nested(17, 10_600, 'Министр встретился с коллегами.'))).toBeNull();
  });

  it('accepts nesting up to the depth limit', () => {
    expect(rejection(nested(MAX_DEPTH - 3, 10))).toBeNull();
  });

  it('refuses nesting past the depth limit, naming it', () => {
    const error = rejection(nested(MAX_DEPTH, 1));
    expect(error?.reason).toBe('too-complex');
    expect(error?.message).toBe(`the page nests elements more than ${MAX_DEPTH} deep`);
  });

  it('refuses many elements nested deep, though the depth limit alone is kept', () => {
    // 2,500 paragraphs 90 deep: about 5 s of extraction.
    const error = rejection(nested(88, 2_500));
    expect(error?.reason).toBe('too-complex');
    expect(error?.message).toMatch(/too many for how deep they are nested/);
  });

  it('refuses a shallow page with far more elements than any article page', () => {
    const error = rejection(`<html><body>${'<p>a</p>'.repeat(40_000)}</body></html>`);
    expect(error?.reason).toBe('too-complex');
  });

  it('refuses text nested deep that it accepts nested shallow', () => {
    const text = 'слово '.repeat(100);
    // 1,000 paragraphs of 600 characters: 600,000 characters.
    expect(rejection(nested(2, 1_000, text))).toBeNull();
    const error = rejection(nested(40, 1_000, text));
    expect(error?.reason).toBe('too-complex');
    expect(error?.message).toMatch(/too much text for how deep it is nested/);
  });

  it('does not count markup written inside a quoted attribute value', () => {
    // Sites keep escaped HTML in data attributes; a browser reads it as the attribute's text.
    const attribute = `<div data-card="${'<div><span>'.repeat(MAX_DEPTH)}">card</div>`;
    expect(rejection(`<html><body>${attribute.repeat(50)}</body></html>`)).toBeNull();
  });

  it('counts tags a quote in an end tag would hide, as the parser does not read it as a value', () => {
    const error = rejection(
      `<html><body><p>a</p></p x=">${'<div>'.repeat(MAX_DEPTH + 1)}"></body></html>`,
    );
    expect(error?.reason).toBe('too-complex');
  });

  it('counts tags after an unquoted value holding a quote, which ends at the first >', () => {
    const error = rejection(
      `<html><body><i a=b=">${'<div>'.repeat(MAX_DEPTH + 1)}"></body></html>`,
    );
    expect(error?.reason).toBe('too-complex');
  });

  it('still counts the tags after an attribute value that holds a closing bracket', () => {
    const error = rejection(
      `<html><body><a title="a > b">x</a>${'<div>'.repeat(MAX_DEPTH)}</body></html>`,
    );
    expect(error?.reason).toBe('too-complex');
  });

  it('does not count void and self-closed elements as nesting', () => {
    const flat = '<br><img src="x"><span/>'.repeat(MAX_DEPTH);
    expect(rejection(`<html><body>${'<div>'.repeat(10)}${flat}</body></html>`)).toBeNull();
  });

  it('refuses one element with 500,000 attributes before any DOM is built', () => {
    const attributes = Array.from({ length: 500_000 }, (_, i) => `a${i}=1`).join(' ');
    const error = rejection(`<html><body><div ${attributes}>x</div></body></html>`);
    expect(error?.reason).toBe('too-complex');
    expect(error?.message).toBe(
      `a <div> element has 500000 attributes, over the limit of ${MAX_ELEMENT_ATTRIBUTES}`,
    );
  });

  it('counts every attribute as the parser reads it: unquoted, quoted, bare, repeated', () => {
    const attributes = 'a=1 b="x y" c=\'z\' hidden d=e=f '.repeat(MAX_ELEMENT_ATTRIBUTES / 5 + 1);
    expect(rejection(`<html><body><p ${attributes}>x</p></body></html>`)?.reason).toBe(
      'too-complex',
    );
    const fewer = 'a=1 b="x y" c=\'z\' hidden d=e=f '.repeat(MAX_ELEMENT_ATTRIBUTES / 5 - 1);
    expect(rejection(`<html><body><p ${fewer}>x</p></body></html>`)).toBeNull();
  });

  it('accepts the attributes real pages carry: 80 on one element, thousands in all', () => {
    const many = Array.from({ length: 80 }, (_, i) => `data-k${i}="value ${i}"`).join(' ');
    const card = `<div class="card" ${many}><a href="/x" class="link">Story</a></div>`;
    expect(rejection(`<html><body>${card.repeat(100)}</body></html>`)).toBeNull();
  });

  it('refuses more attributes in a page than the limit, however they are spread', () => {
    const attributes = Array.from({ length: 500 }, (_, i) => `a${i}=1`).join(' ');
    const count = Math.ceil(MAX_ATTRIBUTES / 500) + 1;
    const error = rejection(`<html><body>${`<i ${attributes}></i>`.repeat(count)}</body></html>`);
    expect(error?.reason).toBe('too-complex');
    expect(error?.message).toBe(`the page has more than ${MAX_ATTRIBUTES} attributes`);
  });

  it('refuses attribute values that hold more characters than the limit', () => {
    const value = 'x'.repeat(1024 * 1024);
    const elements = Math.ceil(MAX_ATTRIBUTE_CHARS / value.length) + 1;
    const error = rejection(
      `<html><body>${`<div data-state="${value}">x</div>`.repeat(elements)}</body></html>`,
    );
    expect(error?.reason).toBe('too-large');
    expect(error?.message).toMatch(/attributes hold more than/);
  });

  it('does not read the attributes of an end tag', () => {
    const attributes = Array.from({ length: MAX_ELEMENT_ATTRIBUTES + 10 }, (_, i) => `a${i}`);
    expect(rejection(`<html><body><p>x</p ${attributes.join(' ')}></body></html>`)).toBeNull();
  });
});
