// Letter frequencies (per cent of letters) of the languages whose legacy code pages are told
// apart statistically. Only their ranking matters: a wrong code page turns frequent letters into
// rare ones, capitals, symbols or letters of another script, and that is what the score sees.
// Sources: the usual published corpus counts for Russian and Ukrainian; for Kazakh, counts over
// news text, rounded. Latin lists only letters outside ASCII (the only ones code pages change).

// biome-ignore format: a frequency table reads best packed
const RUSSIAN = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4,
  к: 3.49, м: 3.21, д: 2.98, п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65,
  б: 1.59, ч: 1.44, й: 1.21, х: 0.97, ж: 0.94, ш: 0.73, ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32,
  ф: 0.26, ъ: 0.04, ё: 0.04,
};

// biome-ignore format: a frequency table reads best packed
const UKRAINIAN = {
  о: 9.4, а: 7.2, н: 6.5, и: 6.1, і: 5.9, т: 5.5, е: 5.0, в: 4.6, р: 4.6, с: 4.2, к: 3.6,
  л: 3.4, д: 3.3, у: 3.3, м: 3.1, п: 2.8, я: 2.3, з: 2.2, ь: 1.7, б: 1.6, г: 1.5, ч: 1.4,
  х: 1.1, ц: 1.0, й: 0.9, ж: 0.8, ш: 0.8, ю: 0.8, є: 0.7, ї: 0.6, щ: 0.5, ф: 0.3, ґ: 0.02,
};

// biome-ignore format: a frequency table reads best packed
const KAZAKH = {
  а: 12.5, е: 7.5, ы: 5.8, н: 6.2, т: 5.6, р: 5.3, л: 5.0, і: 4.4, қ: 3.5, д: 3.2, с: 3.1,
  к: 3.0, м: 2.7, б: 2.6, у: 2.4, о: 2.5, ә: 2.1, ж: 1.9, ш: 1.6, ұ: 1.6, з: 1.5, ң: 1.3,
  ү: 1.3, ғ: 1.2, й: 1.1, и: 1.2, ө: 0.9, п: 0.9, г: 0.7, в: 0.6, я: 0.5, х: 0.2, ч: 0.2,
  ф: 0.1, ц: 0.1, ю: 0.1, ь: 0.1, һ: 0.05, э: 0.05, щ: 0.01, ъ: 0.01, ё: 0.01,
};

// biome-ignore format: a frequency table reads best packed
const LATIN_ACCENTED = {
  é: 20, è: 4, ê: 2, ë: 0.5, à: 4, â: 1, ä: 6, á: 4, ã: 1.5, å: 1, ç: 2.5, í: 3, î: 0.7,
  ï: 0.3, ì: 0.3, ó: 4, ô: 0.8, ö: 6, ò: 0.3, õ: 1, ø: 1, ú: 2, û: 0.5, ü: 6, ù: 0.3, ñ: 2.5,
  ß: 2, ı: 4, ş: 4, ğ: 2, ą: 1.5, ę: 1.5, ł: 2, ś: 1, ż: 1, ź: 0.3, ć: 1, ń: 1, č: 2, ř: 1.5,
  š: 2, ž: 1.5, ě: 1.5, ý: 1.5, ů: 0.8, ő: 0.5, ű: 0.3, ţ: 0.3, ș: 1, ț: 1, ă: 1.5, œ: 0.2,
};

/** A language's letters with their natural-log probabilities. */
export interface LetterModel {
  name: string;
  /** Code points of the script the language is written in (letters outside cost more). */
  script: 'cyrillic' | 'latin';
  logProbability: ReadonlyMap<string, number>;
}

function model(
  name: string,
  script: LetterModel['script'],
  percent: Record<string, number>,
): LetterModel {
  const total = Object.values(percent).reduce((sum, p) => sum + p, 0);
  return {
    name,
    script,
    logProbability: new Map(Object.entries(percent).map(([c, p]) => [c, Math.log(p / total)])),
  };
}

/** The letter models a decoding is scored against; the best-fitting one counts. */
export const LETTER_MODELS: readonly LetterModel[] = [
  model('russian', 'cyrillic', RUSSIAN),
  model('ukrainian', 'cyrillic', UKRAINIAN),
  model('kazakh', 'cyrillic', KAZAKH),
  model('latin', 'latin', LATIN_ACCENTED),
];
