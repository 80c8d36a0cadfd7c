import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as z from 'zod';

/** One judged test collection: documents, queries and graded judgements. */
export interface Collection {
  name: string;
  docs: CollectionDoc[];
  queries: CollectionQuery[];
  /** query id → document id → relevance (≥ 1 relevant, 0 judged not relevant). */
  qrels: Map<string, Map<string, number>>;
}

export interface CollectionDoc {
  id: string;
  title: string;
  text: string;
  /** Set in our own collections: the article's own file (a real seed), read as it is. */
  file?: string;
}

export interface CollectionQuery {
  id: string;
  text: string;
}

const Doc = z.object({
  id: z.string().min(1),
  title: z.string(),
  text: z.string(),
  file: z.string().optional(),
});
const Query = z.object({ id: z.string().min(1), text: z.string() });

const FILES = ['docs.jsonl', 'queries.jsonl', 'qrels.tsv'];

/** Whether a directory holds one collection in the uniform format. */
export function isCollection(dir: string): boolean {
  return FILES.every((file) => existsSync(join(dir, file)));
}

/**
 * The collections under `dir`: the directory itself when it is one, else each subdirectory
 * that is one, in name order. Throws naming the directory when there is none.
 */
export function findCollections(dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`no relevance data at ${dir}`);
  if (isCollection(dir)) return [dir];
  const found = readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory() && isCollection(path))
    .sort();
  if (found.length === 0) {
    throw new Error(`${dir} holds no collection (a folder with ${FILES.join(', ')})`);
  }
  return found;
}

function jsonLines<T>(path: string, schema: z.ZodType<T>): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

function readQrels(path: string): Map<string, Map<string, number>> {
  const qrels = new Map<string, Map<string, number>>();
  const lines = readFileSync(path, 'utf8').split('\n').slice(1);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const [query, doc, relevance] = line.split('\t');
    const grade = Number(relevance);
    if (!query || !doc || !Number.isInteger(grade)) {
      throw new Error(`${path}:${i + 2}: expected query_id, doc_id and an integer relevance`);
    }
    const judged = qrels.get(query) ?? new Map<string, number>();
    judged.set(doc, grade);
    qrels.set(query, judged);
  }
  return qrels;
}

/** Reads one collection folder (docs.jsonl, queries.jsonl, qrels.tsv; see the README). */
export function loadCollection(dir: string): Collection {
  const qrels = readQrels(join(dir, 'qrels.tsv'));
  // Only queries with at least one relevant document count, as in the collections' README.
  const queries = jsonLines(join(dir, 'queries.jsonl'), Query).filter((q) =>
    [...(qrels.get(q.id)?.values() ?? [])].some((grade) => grade > 0),
  );
  const docs = jsonLines(join(dir, 'docs.jsonl'), Doc).map(({ file, ...doc }) =>
    file === undefined ? doc : { ...doc, file: join(dir, file) },
  );
  return { name: basename(dir), docs, queries, qrels };
}
