import type Database from 'better-sqlite3';
import * as z from 'zod';
import { textScript } from '../../core/language/script.ts';

/** Adds the version 4 columns, `languages` (JSON) and `script`, to an older `articles` table. */
export function addLanguageColumns(db: Database.Database): void {
  db.exec(`
    ALTER TABLE articles ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE articles ADD COLUMN script TEXT NOT NULL DEFAULT 'Zyyy';
  `);
}

const StoredLanguage = z.object({
  doc: z.number(),
  language: z.string(),
  title: z.string(),
  body: z.string(),
});

/**
 * Describes the articles an older file already holds. Their paragraphs were never told apart,
 * so each reads as written wholly in its one stored language (share 1) until it is ingested
 * again. The script needs no guess: it is a property of the letters alone, counted from the
 * stored text by the detector's own count (the script most letters are written in).
 */
export function describeStoredLanguages(db: Database.Database): void {
  const update = db.prepare('UPDATE articles SET languages = ?, script = ? WHERE doc = ?');
  // `all` rather than `iterate`: better-sqlite3 runs no other statement while one iterates.
  for (const row of db.prepare('SELECT doc, language, title, body FROM articles').all()) {
    const { doc, language, title, body } = StoredLanguage.parse(row);
    const languages = JSON.stringify([{ language, share: 1 }]);
    update.run(languages, textScript(`${title}\n${body}`), doc);
  }
}
