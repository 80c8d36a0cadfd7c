import type { LanguageProfile } from './languages.ts';
import { LETTER_FREQUENCIES } from './letter-model.generated.ts';

/**
 * Probability given to a letter a language's training text never used. Not zero: press
 * quotes names (a Russian article about "Тоқаев" has a Kazakh қ), so a foreign letter is
 * strong evidence only when there are several.
 */
const UNSEEN_LETTER_PPM = 30;

/** Log-probability of each letter under each profile of one script, built once per script. */
interface LetterTable {
  /**
   * Row of `logs` of each UTF-16 code unit from `first` on (either case of a letter), -1 for a
   * unit that is no letter of the table: an array read per character of the text, where a `Map`
   * lookup was most of counting.
   */
  rows: Int16Array;
  first: number;
  /** rows x profiles log-probabilities. */
  logs: Float64Array;
  letters: number;
}

const tables = new Map<string, LetterTable | null>();

/** Key of a profile in the letter-frequency model, e.g. `uz-Cyrl`. */
export function profileKey(profile: Pick<LanguageProfile, 'language' | 'script'>): string {
  return `${profile.language}-${profile.script}`;
}

/**
 * Log-likelihood of the text's letters under each profile's letter frequencies: the evidence
 * of letters that only some alphabets have (Kazakh ә ғ қ ң ө ұ ү һ і, Ukrainian ї є ґ,
 * Belarusian ў, Serbian ђ ћ џ, Macedonian ѓ ќ ѕ, Tajik ӣ ӯ ҳ ҷ, Turkmen ň ý ž, Azerbaijani ə)
 * and of letters an alphabet lacks (no ы in Ukrainian, no и in Belarusian), weighed by how
 * often each language really uses them. Index-aligned with `profiles`; zeros when no profile
 * has a letter model (scripts with one language).
 */
export function letterLogLikelihoods(
  text: string,
  profiles: readonly LanguageProfile[],
): Float64Array {
  return letterLogLikelihoodsOf(letterCounts(text, profiles), profiles);
}

/**
 * How often each letter of the profiles' letter table occurs in the text (rows of the table),
 * or null when no profile has a letter model. Counts of several texts add up to the counts of
 * the texts joined.
 */
export function letterCounts(
  text: string,
  profiles: readonly LanguageProfile[],
): Int32Array | null {
  const table = tableFor(profiles);
  if (!table) return null;
  const counts = new Int32Array(table.letters);
  const { rows, first } = table;
  for (let i = 0; i < text.length; i++) {
    const at = text.charCodeAt(i) - first;
    if (at < 0 || at >= rows.length) continue;
    const row = rows[at] ?? -1;
    if (row >= 0) counts[row] = (counts[row] ?? 0) + 1;
  }
  return counts;
}

/** `letterLogLikelihoods` from the text's `letterCounts` under the same profiles. */
export function letterLogLikelihoodsOf(
  counts: Int32Array | null,
  profiles: readonly LanguageProfile[],
): Float64Array {
  const result = new Float64Array(profiles.length);
  const table = tableFor(profiles);
  if (!table || !counts) return result;
  const width = profiles.length;
  for (let row = 0; row < table.letters; row++) {
    const count = counts[row] ?? 0;
    if (count === 0) continue;
    for (let i = 0; i < width; i++) {
      result[i] = (result[i] ?? 0) + count * (table.logs[row * width + i] ?? 0);
    }
  }
  return result;
}

function tableFor(profiles: readonly LanguageProfile[]): LetterTable | null {
  const keys = profiles.map(profileKey);
  const cacheKey = keys.join(',');
  const cached = tables.get(cacheKey);
  if (cached !== undefined) return cached;
  const models = keys.map((key) => LETTER_FREQUENCIES[key]);
  if (models.every((model) => model === undefined)) {
    tables.set(cacheKey, null);
    return null;
  }
  const letters = [...new Set(models.flatMap((model) => Array.from(model?.letters ?? '')))];
  const rows = new Map<number, number>();
  const logs = new Float64Array(letters.length * keys.length);
  letters.forEach((letter, row) => {
    // Both cases count, so texts need no lower-casing at detection time.
    for (const variant of [letter, letter.toUpperCase()]) {
      if (variant.length === 1 && !rows.has(variant.charCodeAt(0))) {
        rows.set(variant.charCodeAt(0), row);
      }
    }
    models.forEach((model, i) => {
      const index = model ? Array.from(model.letters).indexOf(letter) : -1;
      const ppm = index >= 0 ? (model?.ppm[index] ?? UNSEEN_LETTER_PPM) : UNSEEN_LETTER_PPM;
      logs[row * keys.length + i] = Math.log(Math.max(ppm, UNSEEN_LETTER_PPM) / 1e6);
    });
  });
  const units = [...rows.keys()];
  const first = units.length > 0 ? Math.min(...units) : 0;
  const lookup = new Int16Array(units.length > 0 ? Math.max(...units) - first + 1 : 0).fill(-1);
  for (const [unit, row] of rows) lookup[unit - first] = row;
  const table = { rows: lookup, first, logs, letters: letters.length };
  tables.set(cacheKey, table);
  return table;
}
