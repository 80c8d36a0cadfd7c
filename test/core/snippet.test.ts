import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../functions/core/search/query-parser.ts';
import { escapeHtml, makeSnippet } from '../../functions/core/search/snippet.ts';

const body = [
  'В четверг в Лондоне состоялась первая встреча министров.',
  'Глава МИД Ермек Кошербаев провел переговоры с коллегами.',
  'Стороны обсудили торговлю и инвестиции.',
].join('\n\n');

describe('makeSnippet', () => {
  it('picks the sentence that matches and marks inflected forms of the query words', () => {
    const snippet = makeSnippet(body, parseQuery('Кошербаевым'));
    expect(snippet).toContain('<mark>Кошербаев</mark>');
    expect(snippet.startsWith('…Глава МИД')).toBe(true);
  });

  it('marks a name written in the other script, and no other capitalised word', () => {
    expect(makeSnippet(body, parseQuery('Kosherbayev'))).toBe(
      '…Глава МИД Ермек <mark>Кошербаев</mark> провел переговоры с коллегами. Стороны обсудили торговлю и инвестиции.',
    );
    expect(
      makeSnippet(
        'Министр встретился с Иветт Купер и Кошербаевым в Лондоне.',
        parseQuery('Cooper'),
      ),
    ).toBe('Министр встретился с Иветт <mark>Купер</mark> и Кошербаевым в Лондоне.');
    expect(makeSnippet('Yvette Cooper met Yermek Kosherbayev.', parseQuery('Ермеком'))).toBe(
      'Yvette Cooper met <mark>Yermek</mark> Kosherbayev.',
    );
  });

  // A word is marked for its spelling alone: the opening that lets most words be passed over
  // unanalysed must be the opening of the word's term, however the word is typed.
  it('marks a word whose term is asked for, however its opening differs from the term', () => {
    // The typographic apostrophe folds to ASCII, as in the term: `O’Brien` opens `o'`.
    expect(makeSnippet('Sean O’Brien met Putin.', parseQuery('"O\'Brien met" Putin'))).toBe(
      'Sean <mark>O’Brien</mark> <mark>met</mark> <mark>Putin</mark>.',
    );
    expect(makeSnippet('Sean O’Brien met Putin.', parseQuery("O'Briens Putin"))).toBe(
      'Sean <mark>O’Brien</mark> met <mark>Putin</mark>.',
    );
    expect(makeSnippet('the coup d’état', parseQuery("coup d'état"))).toBe(
      'the <mark>coup</mark> <mark>d’état</mark>',
    );
    expect(makeSnippet('Sean O’Brien said', parseQuery('"O\'Brien said"'))).toBe(
      'Sean <mark>O’Brien</mark> <mark>said</mark>',
    );
    // Porter2's exceptions open otherwise than their stems: dying is die, lying lie.
    expect(makeSnippet('Dying stars, dying light, lying men', parseQuery('die Putin'))).toBe(
      '<mark>Dying</mark> stars, <mark>dying</mark> light, lying men',
    );
    expect(makeSnippet('Lying to Putin', parseQuery('lie Putin'))).toBe(
      '<mark>Lying</mark> to <mark>Putin</mark>',
    );
    // İ lower-cases to two units, and Σ to σ or ς by what follows: analysed, not guessed.
    expect(makeSnippet('ΑΣΤΡΟ and Putin', parseQuery('αστρο Putin'))).toBe(
      '<mark>ΑΣΤΡΟ</mark> and <mark>Putin</mark>',
    );
    expect(makeSnippet('İstanbul trip', parseQuery('"İstanbul trip"'))).toBe(
      '<mark>İstanbul</mark> <mark>trip</mark>',
    );
  });

  it('starts at the beginning of the body when nothing is asked', () => {
    expect(makeSnippet(body, [])).toMatch(/^В четверг/);
  });

  it('does not mark excluded words', () => {
    expect(makeSnippet(body, parseQuery('переговоры -Лондоне'))).not.toContain('<mark>Лондоне');
  });

  it('escapes HTML in the article text', () => {
    const snippet = makeSnippet(
      'Tags like <script>alert(1)</script> & more about London.',
      parseQuery('London'),
    );
    expect(snippet).toBe(
      'Tags like &lt;script&gt;alert(1)&lt;/script&gt; &amp; more about <mark>London</mark>.',
    );
  });

  it('keeps snippets short and cut at a word boundary', () => {
    const long = `${'word '.repeat(200)}target ${'word '.repeat(200)}`.trim();
    const snippet = makeSnippet(long, parseQuery('target'), 100);
    expect(snippet.replaceAll(/<\/?mark>/g, '').length).toBeLessThanOrEqual(102);
    expect(snippet.endsWith('…')).toBe(true);
  });

  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
