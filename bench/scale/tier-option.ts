import {
  DEFAULT_BUDGET,
  type FrequentTermsBudget,
} from '../../functions/adapters/embedded-index/frequent-terms.ts';

/**
 * `--frequent-terms[=POSTINGS,MIN_DOCS]` among a bench's arguments: the budget a connection warmed
 * as a reader thread is reads its frequent terms' postings with (frequent-terms.ts), the default
 * one or the one given; null without the option.
 */
export function tierBudget(argv: readonly string[]): FrequentTermsBudget | null {
  const option = argv.find((a) => a.startsWith('--frequent-terms'));
  if (option === undefined) return null;
  const given = option.split('=')[1];
  if (given === undefined || given === '') return DEFAULT_BUDGET;
  const [postings = Number.NaN, minDocs = Number.NaN] = given.split(',').map(Number);
  if (!(postings >= 0) || (given.includes(',') && !(minDocs >= 1))) {
    throw new Error(`--frequent-terms=${given}: expected POSTINGS or POSTINGS,MIN_DOCS`);
  }
  return {
    ...DEFAULT_BUDGET,
    postings,
    minDocs: given.includes(',') ? minDocs : DEFAULT_BUDGET.minDocs,
  };
}
