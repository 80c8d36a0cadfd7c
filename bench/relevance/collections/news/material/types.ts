/** The languages of the collection's articles and queries. */
export type Lang = 'ru' | 'en' | 'kk';

/** One hand-written article; its text is paragraphs separated by a blank line. */
export interface WrittenArticle {
  kind: 'written';
  /** Stable name in the material (the document id is assigned by the generator). */
  key: string;
  lang: Lang;
  title: string;
  text: string;
}

/**
 * A deliberate reprint of another article of the same story under another outlet's headline,
 * keeping some of its paragraphs in order: what a syndicated wire story looks like elsewhere.
 */
export interface Reprint {
  kind: 'reprint';
  key: string;
  of: string;
  title: string;
  /** Indexes of the original's paragraphs that the reprint keeps. */
  keep: number[];
}

/** A real sample article from seeds/, read by the bench from its own file. */
export interface Seed {
  kind: 'seed';
  key: string;
  /** The document id, fixed so it names the seed. */
  id: string;
  lang: Lang;
  /** The file name in seeds/. */
  file: string;
}

export type Article = WrittenArticle | Reprint | Seed;

/** One event, reported by several articles. */
export interface Story {
  id: string;
  summary: string;
  articles: Article[];
}

/**
 * A query and what it asks for. Every article of a listed story is judged by rule: a story
 * marked `full` is exactly what the query asks (2 in the query's language, 1 in another),
 * `partial` only partly (1). `grades` overrides single articles by key, with the reason in a
 * comment beside it (an article of the story about another part of the event, say).
 */
export interface QuerySpec {
  id: string;
  lang: Lang;
  text: string;
  stories: Record<string, 'full' | 'partial'>;
  grades?: Record<string, 0 | 1 | 2>;
}

export function written(key: string, lang: Lang, title: string, text: string): WrittenArticle {
  return { kind: 'written', key, lang, title, text };
}

export function reprint(key: string, of: string, title: string, keep: number[]): Reprint {
  return { kind: 'reprint', key, of, title, keep };
}

export function seed(key: string, id: string, lang: Lang, file: string): Seed {
  return { kind: 'seed', key, id, lang, file };
}
