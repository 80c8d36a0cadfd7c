// Uzbek Cyrillic -> official Latin orthography (1995). `е` is `ye` at the start of a word.
const LETTERS: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ц: 's',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: 'ʼ',
  ь: '',
  ы: 'i',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ў: 'oʻ',
  қ: 'q',
  ғ: 'gʻ',
  ҳ: 'h',
};

/**
 * Writes Cyrillic text in Uzbek Latin letters. Uzbek Wikipedia, which statistical models learn
 * Uzbek from, is in Latin script, so models barely know Cyrillic Uzbek; read in Latin letters,
 * a Cyrillic Uzbek text is plain Uzbek to them, while Russian or Tajik stays foreign.
 */
export function uzbekCyrillicToLatin(text: string): string {
  let out = '';
  let previousIsLetter = false;
  for (const char of text) {
    const lower = char.toLowerCase();
    const mapped = LETTERS[lower];
    if (mapped === undefined) {
      out += char;
      previousIsLetter = /\p{L}/u.test(char);
      continue;
    }
    const latin = lower === 'е' && !previousIsLetter ? 'ye' : mapped;
    out += char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    previousIsLetter = true;
  }
  return out;
}
