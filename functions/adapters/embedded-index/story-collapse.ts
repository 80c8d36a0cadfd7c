import type { SortPosition } from '../../core/search/search-query.ts';

/** A ranked article: its id and the value it is ordered by (descending, then id ascending). */
export interface RankedArticle {
  id: string;
  rank_value: number;
}

/** One story of a collapsed list: its best-ranked article and the others, in rank order. */
export interface CollapsedStory {
  head: RankedArticle;
  storyId: string;
  others: RankedArticle[];
  /** How many stories the collapsed list holds up to and including this one. */
  position: number;
}

/** Whether `a` comes after the sort position `after` in the ranked order. */
function isAfter(a: RankedArticle, after: SortPosition): boolean {
  return a.rank_value < after.primary || (a.rank_value === after.primary && a.id > after.id);
}

/**
 * Collapses a ranked list by story, as OpenSearch's `collapse` does: each story is shown once,
 * at the place of its best-ranked article, with its other articles beside it. The page after a
 * cursor starts at the first story whose best article ranks after the cursor's position: a
 * story whose best article ranked before it was shown already, on an earlier page, so no story
 * is shown twice and none is skipped, even when articles arrive between pages.
 *
 * `ranked` must be the list from its start. `complete` says it holds every match; when it does
 * not and fewer than `size` stories follow the cursor, the answer is null: rank more. A story's
 * other articles are those within `ranked`: all of them when it is complete; otherwise an
 * article ranked beyond the window is not counted (copies of one release rank close together,
 * so this is rare).
 */
export function collapsePage(
  ranked: readonly RankedArticle[],
  storyOf: (id: string) => string,
  after: SortPosition | undefined,
  size: number,
  complete: boolean,
): CollapsedStory[] | null {
  const stories = new Map<string, CollapsedStory>();
  for (const article of ranked) {
    const storyId = storyOf(article.id);
    const story = stories.get(storyId);
    if (story) story.others.push(article);
    else stories.set(storyId, { head: article, storyId, others: [], position: stories.size + 1 });
  }
  const heads = [...stories.values()];
  const start = after === undefined ? 0 : heads.findIndex((s) => isAfter(s.head, after));
  if (start === -1) return complete ? [] : null;
  if (!complete && heads.length - start < size) return null;
  return heads.slice(start, start + size);
}
