/**
 * Makes a UI string or man-page paragraph look like running text: no format directives,
 * markup, keyboard mnemonics, URLs, paths or command-line options, which say nothing about
 * the language and are absent from press text.
 */
export function cleanText(text: string): string {
  return text
    .replace(/https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+/g, ' ')
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, ' ')
    .replace(
      /%(\d+\$)?[-+ #0']*(\d+|\*)?(\.(\d+|\*))?(hh|h|ll|l|L|q|j|z|t|I64)?[diouxXeEfFgGaAcsSpnm%]/g,
      ' ',
    )
    .replace(
      /%\d+|%\([^)]*\)[sd]|%\{[^}]*\}|%[A-Z_]+%|\$\{[^}]*\}|\$[A-Za-z_]\w*|\{[^}]*\}|\[\d+\]/g,
      ' ',
    )
    .replace(/(^|\s)--?[a-z][\w-]*(=\S*)?/gi, ' ')
    .replace(/(^|\s)[~.]?\/[^\s]*/g, ' ')
    .replace(/(^|[\s(])[_&](?=\p{L})/gu, '$1')
    .replace(/(\p{L})_(?=\p{L})/gu, '$1')
    .replace(/\\[ntr]/g, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Share of non-space characters that are letters: UI tables and key names score low. */
export function letterShare(text: string): number {
  const visible = text.replace(/\s/g, '').length;
  if (visible === 0) return 0;
  return (text.match(/\p{L}/gu)?.length ?? 0) / visible;
}

/** Lower-cased words, for comparing a translation with its English original. */
export function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
}

// Function words of English that are not also common words of the other bench languages.
const ENGLISH_MARKERS = new Set(
  'the and of with this that which are from when will should must been have has into only used specified following default'.split(
    ' ',
  ),
);

/**
 * Translated man pages keep untranslated English paragraphs, and catalogues keep names
 * and code: such pieces would be mislabelled, so they are left out of non-English data.
 */
export function looksForeignOrCode(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH_MARKERS.has(w)).length;
  if (english >= 2 && english >= 0.1 * words.length) return true;
  const code = text.match(/[{};]|\(\)|==|->|\w\(\d\w*\)|\[-/g)?.length ?? 0;
  return code >= 2;
}

/** Catalogue entries whose translation is people's names, not the language. */
export function isCreditsEntry(original: string): boolean {
  return /translator|your names|your emails|credits|contributors|launchpad/i.test(original);
}
