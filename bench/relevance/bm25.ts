import { foldWord, stemWord } from '../../functions/core/text/text-analysis.ts';

/**
 * The baseline: plain BM25 as Lucene and Anserini compute it (k1 0.9, b 0.4, idf
 * ln(1 + (N − n + 0.5) / (n + 0.5))), over one field holding the title and the text, with a
 * bag-of-words query (a word typed twice counts twice). Its analysis is deliberately its own
 * and plain: runs of letters and digits, lower case, Lucene's English stop words and the
 * Snowball Russian ones removed, Snowball stemming by script. Nothing of the system under test
 * (names, transliteration, phrases, weights, favour) is in it.
 */
export class PlainBm25 {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths: number[] = [];
  private readonly ids: string[] = [];

  constructor(
    private readonly k1 = 0.9,
    private readonly b = 0.4,
  ) {}

  add(id: string, text: string): void {
    const doc = this.ids.length;
    this.ids.push(id);
    const terms = plainTerms(text);
    this.lengths.push(terms.length);
    for (const term of terms) {
      const docs = this.postings.get(term) ?? new Map<number, number>();
      docs.set(doc, (docs.get(doc) ?? 0) + 1);
      this.postings.set(term, docs);
    }
  }

  /** Document ids by descending score (ties by id), every document sharing a term. */
  search(query: string, depth = 1000): string[] {
    const n = this.ids.length;
    const avgdl = this.lengths.reduce((sum, l) => sum + l, 0) / Math.max(1, n);
    const weights = new Map<string, number>();
    for (const term of plainTerms(query)) weights.set(term, (weights.get(term) ?? 0) + 1);
    const scores = new Map<number, number>();
    for (const [term, queryWeight] of weights) {
      const docs = this.postings.get(term);
      if (!docs) continue;
      const idf = Math.log(1 + (n - docs.size + 0.5) / (docs.size + 0.5));
      for (const [doc, tf] of docs) {
        const norm = this.k1 * (1 - this.b + (this.b * (this.lengths[doc] ?? 0)) / avgdl);
        const add = queryWeight * idf * ((tf * (this.k1 + 1)) / (tf + norm));
        scores.set(doc, (scores.get(doc) ?? 0) + add);
      }
    }
    return [...scores]
      .map(([doc, score]) => ({ id: this.ids[doc] ?? '', score }))
      .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
      .slice(0, depth)
      .map((hit) => hit.id);
  }
}

// Lucene's EnglishAnalyzer default stop set.
const ENGLISH_STOP = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);
// The Snowball Russian stop list, as Lucene's RussianAnalyzer uses it.
const RUSSIAN_STOP = new Set(
  'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между'.split(
    ' ',
  ),
);

function plainTerms(text: string): string[] {
  const out: string[] = [];
  for (const [word] of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const folded = foldWord(word);
    if (ENGLISH_STOP.has(folded) || RUSSIAN_STOP.has(folded)) continue;
    out.push(stemWord(folded));
  }
  return out;
}
