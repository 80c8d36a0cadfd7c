import type { API, Types } from '@opensearch-project/opensearch';
import type { Article } from '../../core/article.ts';
import type { DerivedFields } from './documents.ts';

type Property = Types.Common_Mapping.Property;
type IndexBody = API.Indices_Create_RequestBody;

/**
 * Version of the mapping and analysis below. A change that existing documents cannot take in
 * place (a new analyser, a field's type) bumps it: the next build then creates `articles-v2`,
 * and the aliases move to it after a reindex (docs/runbooks/new-index-version.md).
 */
export const INDEX_VERSION = 1;

/** The names derived from the configured base name (`articles`). */
export interface IndexNames {
  /** Alias every search and read goes through. */
  read: string;
  /** Alias every write goes through; it has exactly one write index. */
  write: string;
  /** The concrete index this build creates when neither alias exists yet. */
  versioned: string;
  /** Alias of the ingest failure log. */
  failures: string;
  /** The concrete index of the failure log. */
  failuresVersioned: string;
}

/** Names of the indices and aliases for a base name. */
export function indexNames(base: string, version = INDEX_VERSION): IndexNames {
  return {
    read: base,
    write: `${base}-write`,
    versioned: `${base}-v${version}`,
    failures: `${base}-failures`,
    failuresVersioned: `${base}-failures-v1`,
  };
}

/** Which folding the language-neutral analyser uses: ICU where the cluster has the plugin. */
export type Folding = 'icu' | 'ascii';

/** Which OpenSearch: a managed domain or self-run cluster (`es`), or Serverless (`aoss`). */
export type ServiceKind = 'es' | 'aoss';

const TEXT_CHAR_FILTERS = ['fold_characters'];

// Custom analysers rather than the stock `russian` and `english`, for three reasons: they stem
// with the same Snowball algorithms as our own analyser (the stock `english` is Porter 1, not
// Porter2); they fold ё to е and typographic apostrophes as our analyser does; and they keep
// stop words, so a phrase matches exactly the words typed, as in the embedded index. BM25's
// idf already makes common words cheap. Each stemmer only changes words of its own script, so
// running both on every document is stemming by script: the query's language is unknown.
function analysis(folding: Folding): NonNullable<Types.Indices_Common.IndexSettings['analysis']> {
  return {
    char_filter: {
      fold_characters: { type: 'mapping', mappings: ['ё => е', 'Ё => Е', "’ => '"] },
    },
    filter: {
      russian_stemmer: { type: 'snowball', language: 'Russian' },
      english_stemmer: { type: 'snowball', language: 'English' },
    },
    analyzer: {
      // Kazakh, Kyrgyz, Uzbek, Tajik and every other language: words as written, folded.
      folded_text: {
        type: 'custom',
        char_filter: TEXT_CHAR_FILTERS,
        tokenizer: 'standard',
        filter: ['lowercase', folding === 'icu' ? 'icu_folding' : 'asciifolding'],
      },
      russian_text: {
        type: 'custom',
        char_filter: TEXT_CHAR_FILTERS,
        tokenizer: 'standard',
        filter: ['lowercase', 'russian_stemmer'],
      },
      english_text: {
        type: 'custom',
        char_filter: TEXT_CHAR_FILTERS,
        tokenizer: 'standard',
        filter: ['lowercase', 'english_stemmer'],
      },
    },
  };
}

/** A text field searched three ways: folded as written, Russian-stemmed, English-stemmed. */
function analysedText(): Property {
  return {
    type: 'text',
    analyzer: 'folded_text',
    fields: {
      ru: { type: 'text', analyzer: 'russian_text' },
      en: { type: 'text', analyzer: 'english_text' },
    },
  };
}

const keyword: Property = { type: 'keyword' };
/** Kept in `_source` for reading back, never searched, sorted or aggregated. */
const storedOnly: Property = { type: 'keyword', index: false, doc_values: false };

// Keyed by the article's own fields: a field added to `Article` and not mapped here fails to
// compile, rather than every write failing on the strict mapping at run time.
const ARTICLE_PROPERTIES: { [K in keyof Article]-?: Property } = {
  id: keyword,
  bucket: keyword,
  key: keyword,
  title: analysedText(),
  body: analysedText(),
  language: keyword,
  languageConfidence: { type: 'float', index: false },
  // Which languages an article mixes in is filterable; how much of each is only shown.
  languages: {
    type: 'object',
    properties: { language: keyword, share: { type: 'float', index: false } },
  },
  script: keyword,
  publishedAt: { type: 'date', format: 'strict_date' },
  source: keyword,
  place: keyword,
  credits: storedOnly,
  encoding: keyword,
  decodeErrors: { type: 'integer' },
  contentType: keyword,
  wordCount: { type: 'integer' },
  contentHash: keyword,
  fingerprint: keyword,
  storyId: keyword,
  size: { type: 'long' },
  sequencer: keyword,
  indexedAt: { type: 'date', format: 'strict_date_optional_time' },
  // Read back by reconciliation, which compares it with the bucket's.
  eTag: storedOnly,
};

// Names and transliteration keys are computed by our code and only split here.
const DERIVED_PROPERTIES: { [K in keyof DerivedFields]-?: Property } = {
  names: { type: 'text', analyzer: 'whitespace' },
  translit: { type: 'text', analyzer: 'whitespace' },
  sounds: { type: 'text', analyzer: 'whitespace' },
  // long, not integer: the browse sort puts undated articles at UNDATED_DAY (-1e15).
  publishedDay: { type: 'long' },
  sourceKey: keyword,
  storyBands: keyword,
  deleted: { type: 'boolean' },
};

/** Every field of the articles index and how it is mapped. */
export function articleProperties(): Record<string, Property> {
  return { ...ARTICLE_PROPERTIES, ...DERIVED_PROPERTIES };
}

/** The articles index: settings, strict mapping and both aliases, created in one request. */
export function articleIndexBody(
  names: IndexNames,
  folding: Folding,
  service: ServiceKind = 'es',
): IndexBody {
  return {
    settings: {
      // One shard: a news archive is far below the tens of gigabytes a shard holds well, and
      // one shard means one set of BM25 statistics, so equal documents score equally and
      // cursor paging over ties is stable. Serverless manages shards itself.
      ...(service === 'es' ? { number_of_shards: 1 } : {}),
      analysis: analysis(folding),
    },
    mappings: {
      // A field the mapping does not know is a bug to surface at the first write, not a
      // field to guess a type for.
      dynamic: 'strict',
      _meta: { version: INDEX_VERSION },
      properties: articleProperties(),
    },
    aliases: {
      [names.read]: {},
      [names.write]: { is_write_index: true },
    },
  };
}

/** The ingest failure log: one document per object, the latest failure. */
export function failureIndexBody(names: IndexNames, service: ServiceKind = 'es'): IndexBody {
  return {
    settings: service === 'es' ? { number_of_shards: 1 } : {},
    mappings: {
      dynamic: 'strict',
      properties: {
        bucket: keyword,
        key: keyword,
        reason: keyword,
        message: storedOnly,
        failedAt: { type: 'date', format: 'strict_date_optional_time' },
      },
    },
    aliases: { [names.failures]: {} },
  };
}
