import type Database from 'better-sqlite3';
import type { Article } from '../../core/article.ts';
import { compareSequencers } from '../../core/ingest/sequencer.ts';
import type { WriteOutcome } from '../../core/ports.ts';
import { articleTerms } from './article-terms.ts';
import { ObjectETags } from './object-etags.ts';
import {
  ARTICLE_COLUMNS,
  type ArticleParameters,
  articleToRow,
  docFromRow,
  storedSequencerFromRow,
} from './rows.ts';

const UPSERT_ARTICLE = `
INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')})
VALUES (${ARTICLE_COLUMNS.map((c) => `@${c}`).join(', ')})
ON CONFLICT (id) DO UPDATE SET
  ${ARTICLE_COLUMNS.filter((c) => c !== 'id')
    .map((c) => `${c} = excluded.${c}`)
    .join(',\n  ')}
RETURNING doc`;

/**
 * Applies creates and deletes in sequencer order per article id. Events arrive at least once and
 * out of order, so each write first compares its sequencer with the last one applied for the id
 * (live or deleted) and loses when it is not newer; an equal sequencer is a redelivery.
 */
export class OrderedWrites {
  private readonly storedSequencer: Database.Statement<[string]>;
  private readonly upsertArticle: Database.Statement<[ArticleParameters]>;
  private readonly deleteArticle: Database.Statement<[string]>;
  private readonly deleteTerms: Database.Statement<[number]>;
  private readonly insertTerms: Database.Statement<
    [number, string, string, string, string, string]
  >;
  private readonly saveSequencer: Database.Statement<[string, string, number]>;
  private readonly eTags: ObjectETags;
  private readonly upsertTransaction: Database.Transaction<(article: Article) => WriteOutcome>;
  private readonly removeTransaction: Database.Transaction<
    (id: string, sequencer: string) => WriteOutcome
  >;
  private readonly upsertAllTransaction: Database.Transaction<
    (articles: readonly Article[], applied: (article: Article) => void) => WriteOutcome[]
  >;

  constructor(db: Database.Database) {
    this.storedSequencer = db.prepare('SELECT sequencer FROM sequencers WHERE id = ?');
    this.upsertArticle = db.prepare(UPSERT_ARTICLE);
    this.deleteArticle = db.prepare('DELETE FROM articles WHERE id = ? RETURNING doc, bucket, key');
    this.eTags = new ObjectETags(db);
    this.deleteTerms = db.prepare('DELETE FROM article_terms WHERE rowid = ?');
    this.insertTerms = db.prepare(
      'INSERT INTO article_terms (rowid, title, body, names, translit, sounds) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.saveSequencer = db.prepare(
      `INSERT INTO sequencers (id, sequencer, deleted) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET sequencer = excluded.sequencer, deleted = excluded.deleted`,
    );
    this.upsertTransaction = db.transaction((article: Article) => this.applyUpsert(article));
    this.removeTransaction = db.transaction((id: string, sequencer: string) =>
      this.applyRemove(id, sequencer),
    );
    this.upsertAllTransaction = db.transaction(
      (articles: readonly Article[], applied: (article: Article) => void) => {
        // The rows of every article first, then their full-text terms: alternating the two
        // made each article's row insert about three times dearer (FTS5's pending terms and
        // the analyser push the tables' pages and the triggers' programs out of the caches);
        // grouped, the batch's writes cost a sixth less. Same rows, same transaction.
        const docs = articles.map((article) => this.storeArticle(article));
        return articles.map((article, i) => {
          const doc = docs[i];
          if (doc === undefined || doc === null) return 'stale';
          this.storeTerms(doc, article);
          applied(article);
          return 'applied';
        });
      },
    );
  }

  /**
   * Stores each article unless an event at least as new was applied for its id, all in one
   * transaction (one fsync for the batch); `applied` runs inside it for each one stored.
   */
  upsertAll(articles: readonly Article[], applied: (article: Article) => void): WriteOutcome[] {
    return this.upsertAllTransaction.immediate(articles, applied);
  }

  /** Stores the article unless an event at least as new was applied for its id. */
  upsert(article: Article): WriteOutcome {
    // IMMEDIATE takes the write lock before the sequencer is read: a deferred transaction that
    // reads and then writes fails at once (without waiting) if another process wrote between.
    return this.upsertTransaction.immediate(article);
  }

  /** Deletes the article and leaves a tombstone, unless an event at least as new was applied. */
  remove(id: string, sequencer: string): WriteOutcome {
    return this.removeTransaction.immediate(id, sequencer);
  }

  private isNewer(id: string, sequencer: string): boolean {
    const stored = storedSequencerFromRow(this.storedSequencer.get(id));
    return stored === null || compareSequencers(sequencer, stored) > 0;
  }

  private applyUpsert(article: Article): WriteOutcome {
    const doc = this.storeArticle(article);
    if (doc === null) return 'stale';
    this.storeTerms(doc, article);
    return 'applied';
  }

  /** The article's row, sequencer and ETag, unless it is stale; returns its doc, or null. */
  private storeArticle(article: Article): number | null {
    if (!this.isNewer(article.id, article.sequencer)) return null;
    const doc = docFromRow(this.upsertArticle.get(articleToRow(article)));
    this.saveSequencer.run(article.id, article.sequencer, 0);
    this.eTags.set(article.bucket, article.key, 'indexed', article.eTag);
    return doc;
  }

  /** The article's full-text terms under `doc`, replacing any it had. */
  private storeTerms(doc: number, article: Article): void {
    this.deleteTerms.run(doc);
    const terms = articleTerms(article.title, article.body);
    this.insertTerms.run(doc, terms.title, terms.body, terms.names, terms.translit, terms.sounds);
  }

  private applyRemove(id: string, sequencer: string): WriteOutcome {
    if (!this.isNewer(id, sequencer)) return 'stale';
    const deleted = this.deleteArticle.get(id);
    if (deleted !== undefined) {
      this.deleteTerms.run(docFromRow(deleted));
      const { bucket, key } = deleted as { bucket: string; key: string };
      this.eTags.forgetOf(bucket, key, 'indexed');
    }
    this.saveSequencer.run(id, sequencer, 1);
    return 'applied';
  }
}
