import { describe, expect, it } from 'vitest';
import { styleHides } from '../../functions/core/normalise/formats/html-hidden.ts';

describe('an inline style that hides its element', () => {
  it.each([
    'display:none',
    'display: none;',
    'color: red; DISPLAY : NONE !important; margin: 0',
    'visibility:hidden',
    'padding: 4px;visibility: hidden',
  ])('hides: %s', (style) => {
    expect(styleHides(style)).toBe(true);
  });

  it.each([
    '',
    'display: block',
    'display: none-ish',
    'max-display: none',
    '--panel-display: none',
    'visibility: visible',
    'background: url(display:none.png)',
  ])('does not hide: %s', (style) => {
    expect(styleHides(style)).toBe(false);
  });
});
