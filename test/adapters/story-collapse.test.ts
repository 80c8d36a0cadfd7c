import { describe, expect, it } from 'vitest';
import { collapsePage } from '../../functions/adapters/embedded-index/story-collapse.ts';

const ranked = [
  { id: 'a1', rank_value: 9 },
  { id: 'b1', rank_value: 8 },
  { id: 'a2', rank_value: 7 },
  { id: 'c1', rank_value: 6 },
  { id: 'b2', rank_value: 5 },
  { id: 'd1', rank_value: 4 },
];
const storyOf = (id: string) => id.slice(0, 1);

describe('collapsing a ranked list by story', () => {
  it('shows each story once, at its best article, with the others in rank order', () => {
    const page = collapsePage(ranked, storyOf, undefined, 3, true);

    expect(page?.map((s) => [s.storyId, s.head.id, s.others.map((o) => o.id), s.position])).toEqual(
      [
        ['a', 'a1', ['a2'], 1],
        ['b', 'b1', ['b2'], 2],
        ['c', 'c1', [], 3],
      ],
    );
  });

  it('starts the next page at the first story whose best article ranks after the cursor', () => {
    const page = collapsePage(ranked, storyOf, { primary: 6, id: 'c1', stories: 3 }, 3, true);

    expect(page?.map((s) => s.storyId)).toEqual(['d']);
  });

  it('asks for more of the ranking when the window ends before the page does', () => {
    expect(collapsePage(ranked, storyOf, undefined, 5, false)).toBeNull();
    expect(collapsePage(ranked, storyOf, { primary: 1, id: 'z' }, 2, false)).toBeNull();
    expect(collapsePage(ranked, storyOf, { primary: 1, id: 'z' }, 2, true)).toEqual([]);
  });
});
