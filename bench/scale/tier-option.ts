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
  const [postings, minDocs] = (option.split('=')[1] ?? '').split(',').map(Number);
  if (postings === undefined || Number.isNaN(postings)) return DEFAULT_BUDGET;
  return {
    postings,
    minDocs: minDocs === undefined || Number.isNaN(minDocs) ? DEFAULT_BUDGET.minDocs : minDocs,
  };
}
