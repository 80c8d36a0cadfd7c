import Database from 'better-sqlite3';

const db = new Database(process.argv[2] ?? '/tmp/archive-10k/articles.sqlite');
const time = (label: string, f: () => unknown) => {
  f();
  const t = performance.now();
  let r;
  for (let i = 0; i < 5; i++) r = f();
  console.log(
    label,
    ((performance.now() - t) / 5).toFixed(2),
    'ms',
    JSON.stringify(r).slice(0, 80),
  );
};
db.exec(
  "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, 'article_terms', 'row')",
);
const words = db.prepare('SELECT term, doc FROM temp.vocab ORDER BY doc DESC LIMIT 400').all() as {
  term: string;
  doc: number;
}[];
console.log(words.slice(0, 5), words[100], words[300]);
for (const w of [words[40], words[150], words[350]]) {
  const m = `{title body names} : "${w!.term}"`;
  time(`${w!.term} (${w!.doc}) rowid only`, () =>
    db.prepare('SELECT count(*) FROM article_terms WHERE article_terms MATCH ?').pluck().get(m),
  );
  time(`   bm25`, () =>
    db
      .prepare(
        'WITH x AS MATERIALIZED (SELECT bm25(article_terms, 3, 1, 1, 1, 1) AS s FROM article_terms WHERE article_terms MATCH ?) SELECT sum(s) FROM x',
      )
      .pluck()
      .get(m),
  );
  time(`   join facts(articles.language)`, () =>
    db
      .prepare(
        'SELECT a.language, count(*) FROM article_terms t JOIN articles a ON a.doc = t.rowid WHERE article_terms MATCH ? GROUP BY 1',
      )
      .all(m),
  );
  time(`   top10 order by bm25`, () =>
    db
      .prepare(
        'SELECT rowid FROM article_terms WHERE article_terms MATCH ? ORDER BY bm25(article_terms, 3, 1, 1, 1, 1) LIMIT 10',
      )
      .all(m),
  );
  time(`   rank top10`, () =>
    db
      .prepare('SELECT rowid FROM article_terms WHERE article_terms MATCH ? ORDER BY rank LIMIT 10')
      .all(m),
  );
}
