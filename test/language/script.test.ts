import { describe, expect, it } from 'vitest';
import {
  chineseScript,
  detectScript,
  joinedScripts,
} from '../../functions/core/language/script.ts';

describe('detectScript', () => {
  it.each([
    ['Президент подписал закон', 'Cyrl'],
    ['The president signed the law', 'Latn'],
    ['Oʻzbekiston Respublikasi', 'Latn'],
    ['وقع الرئيس على القانون', 'Arab'],
    ['პრეზიდენტმა ხელი მოაწერა', 'Geor'],
    ['Նախագահը ստորագրեց', 'Armn'],
    ['总统签署了法律', 'Hani'],
    ['大統領が法律に署名した', 'Hani'],
    ['Ο πρόεδρος υπέγραψε', 'Grek'],
  ])('names the script of %s', (text, script) => {
    expect(detectScript(text).script).toBe(script);
  });

  it('picks the script most letters are written in when scripts mix', () => {
    // Prepare: a Russian sentence quoting an English name.
    const text = 'Компания Microsoft объявила о новых инвестициях в Казахстан';

    // Act
    const profile = detectScript(text);

    // Assess
    expect(profile.script).toBe('Cyrl');
    expect(profile.counts.Latn).toBe(9);
    expect(profile.letters).toBe(profile.dominant + 9);
  });

  it('counts the letters only some Cyrillic alphabets have as Cyrillic', () => {
    expect(detectScript('әғқңөұүһі їєґ ў ђћџ ѓќѕ ӣӯҳҷ').counts).toEqual({ Cyrl: 23 });
  });

  it('treats Uzbek ʻ as a letter of no script, so it never tips the balance', () => {
    const profile = detectScript('oʻgʻ');
    expect(profile).toMatchObject({ script: 'Latn', letters: 2, dominant: 2 });
  });

  it('reads a letter outside the Basic Multilingual Plane as one letter of its script, and a lone surrogate as none', () => {
    // 𠀀 and 𠀁 (Han, written as surrogate pairs), a broken pair at each end.
    const profile = detectScript('\udc00𠀀𠀁 ab\ud800');

    expect(profile).toMatchObject({ script: 'Hani', letters: 4, dominant: 2 });
    expect(profile.counts).toEqual({ Hani: 2, Latn: 2 });
  });

  it('reports no script for text without letters', () => {
    expect(detectScript('12 345,67 — 89%!')).toMatchObject({ script: 'Zyyy', letters: 0 });
  });
});

describe('chineseScript', () => {
  it('tells Simplified from Traditional Chinese by the characters that differ', () => {
    expect(chineseScript('总统签署了关于明年国家预算的法律')).toBe('Hans');
    expect(chineseScript('總統簽署了關於明年國家預算的法律')).toBe('Hant');
  });
});

describe('joinedScripts', () => {
  it('gives the profile of texts joined from the profiles of each, without reading them again', () => {
    const parts = [
      'Oʻzbekiston Respublikasi',
      'Президент подписал закон',
      '总统签署了法律 and Tokyo 東京とうきょう',
      '— 2025 —',
      'Ещё одна строка',
    ];
    expect(joinedScripts(parts.map(detectScript))).toEqual(detectScript(parts.join('\n')));
    expect(joinedScripts(parts.slice(2, 3).map(detectScript))).toEqual(
      detectScript(parts[2] ?? ''),
    );
  });

  it('counts letters of no script apart (the Uzbek ʻ)', () => {
    expect(detectScript('Oʻzbekiston')).toMatchObject({ letters: 10, commonLetters: 1 });
  });
});
