import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../functions/core/search/snippet.ts';
import { snippetParts } from '../../web/src/snippet.ts';

describe('snippetParts, the page reading a snippet without an HTML parser', () => {
  it('marks exactly the words the API put in <mark>', () => {
    expect(snippetParts('Yermek <mark>Kosherbayev</mark> met <mark>Cooper</mark>.')).toEqual([
      { text: 'Yermek ', marked: false },
      { text: 'Kosherbayev', marked: true },
      { text: ' met ', marked: false },
      { text: 'Cooper', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('turns the escaped text back into the characters the article has', () => {
    const text = `<script>alert("x")</script> & 'quotes' <img src=x onerror=alert(1)>`;
    expect(snippetParts(escapeHtml(text))).toEqual([{ text, marked: false }]);
  });

  it('keeps markup the API escaped as text, even when it looks like a mark', () => {
    expect(snippetParts(escapeHtml('<mark>not a match</mark>'))).toEqual([
      { text: '<mark>not a match</mark>', marked: false },
    ]);
  });

  it('reads numeric entities and leaves unknown ones as written', () => {
    expect(snippetParts('&#1050;&#x43E; &nbsp; &bogus;')).toEqual([
      { text: 'Ко &nbsp; &bogus;', marked: false },
    ]);
  });

  it('joins adjacent marks into one run', () => {
    expect(snippetParts('<mark>Central</mark><mark> Asia</mark>')).toEqual([
      { text: 'Central Asia', marked: true },
    ]);
  });
});
