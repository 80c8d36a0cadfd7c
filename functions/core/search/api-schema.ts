import * as z from '../zod.ts';

// The search API's requests and answers, as zod schemas: the handler validates what a client
// sends and shapes what it answers with these very schemas, and `npm run openapi` turns them
// into the OpenAPI 3.1 document served at GET /openapi.json (scripts/openapi/), so the
// description cannot drift from the behaviour.

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;
/** Page size when the client does not say. */
export const DEFAULT_PAGE_SIZE = 10;
/** Longest query text: room for a pasted paragraph ("articles like this"). */
export const MAX_QUERY_LENGTH = 4000;
const MAX_SOURCE_LENGTH = 200;
/** Most values one repeatable filter takes. */
export const MAX_FILTER_VALUES = 50;

const LANGUAGE_CODE = '(?:[a-z]{2}|und)';
/**
 * A cursor as the API writes it (cursor.ts: base64url), in the answer's `nextCursor` and the
 * `cursor` parameter alike, so that a client (or a fuzzer) can tell one is passed back as the other.
 */
const CURSOR_PATTERN = /^[A-Za-z0-9_-]{1,6000}$/;
const LANGUAGE_LIST = new RegExp(`^${LANGUAGE_CODE}(?:,${LANGUAGE_CODE})*$`);

/**
 * `schema` with `data` as its metadata, which the OpenAPI document is made from: registered on a
 * copy, as the classic API's `.meta()` does, so that a schema used in several places keeps its own.
 */
function meta<T extends z.ZodMiniType>(schema: T, data: z.core.GlobalMeta): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, data);
  return copy;
}

/** How many characters (Unicode code points) `value` holds: an emoji or a rare CJK character is one. */
function characterCount(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const unit = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      count--;
      i++;
    }
  }
  return count;
}

/**
 * At most `limit` characters, counted as the document's `maxLength` counts them (JSON Schema:
 * code points), not as JavaScript's `length` (UTF-16 units), so a client that checks a query
 * against the document is never refused by the handler: 4,000 emoji are 8,000 units. The
 * document's `maxLength` comes from the caller's metadata, as a refinement has no JSON Schema.
 */
function atMostCharacters(limit: number, message: string) {
  return z.refine<string>(
    (value) => value.length <= limit || characterCount(value) <= limit,
    message,
  );
}

// Patterns spell digits `[0-9]`, never `\d`: the OpenAPI document carries them, and a client's
// regular expressions may read `\d` as a digit of every script (Python's do), so a fuzzer generated
// `٢٠٢٤-٠٣-٠١` as a valid day.

/** A calendar day as `YYYY-MM-DD` that really exists (no 2024-02-30). */
function isCalendarDay(value: string): boolean {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

function day(name: string, description: string) {
  return meta(
    z
      .string()
      .check(
        z.regex(
          /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/,
          `${name} must be a day written YYYY-MM-DD, e.g. 2024-03-01`,
        ),
        z.refine(isCalendarDay, `${name} must be a day of the calendar, e.g. 2024-03-01`),
      ),
    { description, format: 'date', example: '2024-03-01' },
  );
}

const sizeMessage = `size must be a whole number from 1 to ${MAX_PAGE_SIZE}`;

/**
 * `GET /search` parameters as the handler collects them from the query string: each once,
 * except `lang` and `source`, which may repeat (and arrive as lists).
 */
export const SearchParametersSchema = z
  .object({
    q: meta(
      z._default(
        z
          .string()
          .check(
            atMostCharacters(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`),
          ),
        '',
      ),
      {
        maxLength: MAX_QUERY_LENGTH,
        description:
          'What to look for, as typed into a search box: words rank articles (two words are both needed, from three on any of them, more of them first), `"a phrase"` and `+word` are required, `-word` excluded. Empty: every article, newest first.',
        example: 'Kosherbayev',
      },
    ),
    lang: meta(
      z.optional(
        z.pipe(
          z
            .array(
              z
                .string()
                .check(
                  z.regex(
                    LANGUAGE_LIST,
                    'lang must be two-letter ISO 639-1 codes such as ru or en (or und), separated by commas',
                  ),
                ),
            )
            .check(
              z.maxLength(
                MAX_FILTER_VALUES,
                `lang may be given at most ${MAX_FILTER_VALUES} times`,
              ),
            ),
          z.transform((lists: string[]) => [...new Set(lists.flatMap((list) => list.split(',')))]),
        ),
      ),
      {
        description:
          'Only articles in one of these languages: ISO 639-1 codes or `und`; repeat the parameter (`lang=ru&lang=en`) or separate codes with commas (`lang=ru,en`).',
        example: ['ru', 'en'],
      },
    ),
    source: meta(
      z.optional(
        z
          .array(
            meta(
              z.string().check(
                // A source of spaces alone names none, which the document says with this
                // pattern: a character JavaScript does not trim. JavaScript's `\s` holds U+FEFF,
                // others' (Python's) do not, so it is written out for them.
                z.regex(/[^\s\uFEFF]/, 'source must name a source, e.g. Kazinform'),
                z.trim(),
                atMostCharacters(
                  MAX_SOURCE_LENGTH,
                  `source must be at most ${MAX_SOURCE_LENGTH} characters`,
                ),
              ),
              { maxLength: MAX_SOURCE_LENGTH },
            ),
          )
          .check(
            z.maxLength(
              MAX_FILTER_VALUES,
              `source may be given at most ${MAX_FILTER_VALUES} times`,
            ),
          ),
      ),
      {
        description:
          'Only articles from one of these sources, compared case-insensitively; repeat the parameter for several (`source=Kazinform&source=Reuters`).',
        example: ['Kazinform'],
      },
    ),
    from: meta(
      z.optional(
        day('from', 'Only articles published on or after this day; undated ones are left out.'),
      ),
      { description: 'Only articles published on or after this day (`YYYY-MM-DD`).' },
    ),
    to: meta(
      z.optional(
        day('to', 'Only articles published on or before this day; undated ones are left out.'),
      ),
      {
        description:
          'Only articles published on or before this day (`YYYY-MM-DD`); not before `from`.',
      },
    ),
    size: meta(
      z.optional(
        z.pipe(
          // 1 to 100, written plainly: the pattern is what the OpenAPI document shows.
          z.string().check(z.regex(/^(?:[1-9][0-9]?|100)$/, sizeMessage)),
          z.transform(Number),
        ),
      ),
      {
        description: `Hits per page, a whole number from 1 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}.`,
        example: '10',
      },
    ),
    cursor: meta(
      z.optional(
        z
          .string()
          // Its position and the index's snapshot (see SortPosition), base64url.
          .check(z.regex(CURSOR_PATTERN, 'cursor is not a cursor this API returned')),
      ),
      {
        description:
          'The `nextCursor` of the previous page, with the same other parameters: continues where that page ended. Opaque: a cursor this API did not return, or one of a list with the other `collapse`, is refused.',
      },
    ),
    collapse: meta(
      z._default(z.enum(['story', 'none'], { error: 'collapse must be story or none' }), 'story'),
      {
        description:
          '`story` (default): one hit per story (copies of one release), its best-ranked article with the others as `otherVersions`; `none`: every article.',
      },
    ),
    hint: meta(
      z.optional(
        z
          .string()
          .check(
            z.regex(/^[a-z]{2}$/, 'hint must be a two-letter ISO 639-1 code such as ru or en'),
          ),
      ),
      {
        description:
          "The reader's language (e.g. the interface's): a weak hint for which language a query that does not show its own is written in, so that articles in it rank a little higher. Never a filter.",
        example: 'en',
      },
    ),
  })
  // Days as YYYY-MM-DD compare correctly as text.
  .check(
    z.refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
      path: ['to'],
      message: 'to must not be before from',
    }),
  );

/** The parameters a client sent, before validation. */
export type SearchParameters = z.input<typeof SearchParametersSchema>;

/** The parameters that may be repeated in a query string. */
export const REPEATABLE_SEARCH_PARAMETERS = ['lang', 'source'] as const;

const languageCode = meta(z.string(), { description: 'ISO 639-1 code, or `und`', example: 'ru' });
const nullableDay = meta(z.nullable(z.string()), {
  description: 'Day of publication (`YYYY-MM-DD`), null when the article gives none.',
  example: '2024-02-27',
});
/** A count or size: a whole number from 0. */
const count = () => z.number().check(z.int(), z.gte(0));

/** Another article of a hit's story. */
export const StoryVersionSchema = meta(
  z.object({
    id: z.string(),
    title: z.string(),
    language: languageCode,
    source: z.nullable(z.string()),
    publishedAt: nullableDay,
  }),
  { id: 'StoryVersion', description: "Another article of a hit's story." },
);

const counts = (description: string) => meta(z.record(z.string(), count()), { description });

/** One search hit. */
export const SearchHitSchema = meta(
  z.object({
    id: meta(z.string(), { description: 'The article id: `GET /articles/{id}`.' }),
    key: meta(z.string(), { description: 'The object key the article was read from.' }),
    title: z.string(),
    language: languageCode,
    source: z.nullable(z.string()),
    publishedAt: nullableDay,
    score: meta(z.number(), {
      description:
        "The engine's relevance, comparable only within one result list; 0 when browsing.",
    }),
    snippet: meta(z.string(), {
      description:
        'A passage of the body, HTML-escaped, with the matched words in `<mark>` (other spellings, cases and translations included).',
    }),
    storyId: meta(z.string(), {
      description:
        'The story (copies of one release by several outlets): `GET /stories/{storyId}`.',
    }),
    storySize: meta(z.number().check(z.int(), z.gte(1)), {
      description:
        "With `collapse=story`, how many of the story's articles match the search, this one included; otherwise 1.",
    }),
    otherVersions: meta(z.array(StoryVersionSchema), {
      description:
        "With `collapse=story`, the story's other matching articles, oldest first (at most 20); otherwise empty.",
    }),
  }),
  { id: 'SearchHit' },
);

/** The answer to `GET /search`. */
export const SearchResponseSchema = meta(
  z.object({
    total: meta(count(), {
      description: 'Articles that match the text and every filter (not stories).',
    }),
    totalStories: meta(z.optional(count()), {
      description: 'With `collapse=story`, the stories those articles make up.',
    }),
    relaxed: meta(z.boolean(), {
      description:
        'True when no article had enough of the words, so the hits have at least one of them.',
    }),
    hits: z.array(SearchHitSchema),
    facets: meta(
      z.object({
        language: counts('Matching articles per language, as if `lang` were not set.'),
        source: counts('Matching articles per source, as if `source` were not set.'),
        month: counts(
          'Matching dated articles per month of publication (`YYYY-MM`), as if `from` and `to` were not set.',
        ),
      }),
      {
        description:
          'Counts of articles (not stories). Each facet counts as if its own filter were off and every other filter on, so each value can be offered as an alternative.',
      },
    ),
    nextCursor: meta(z.nullable(z.string().check(z.regex(CURSOR_PATTERN))), {
      description: 'Pass as `cursor` for the next page; null on the last page.',
    }),
  }),
  { id: 'SearchResponse' },
);

/** One article of a story. */
export const StoryArticleSchema = meta(z.extend(StoryVersionSchema, { key: z.string() }), {
  id: 'StoryArticle',
});

/** The answer to `GET /stories/{storyId}`. */
export const StoryResponseSchema = meta(
  z.object({
    storyId: z.string(),
    articles: meta(z.array(StoryArticleSchema), {
      description: 'Every article of the story, oldest first (undated last).',
    }),
  }),
  { id: 'Story' },
);

/** The whole normalised article: `GET /articles/{id}`. */
export const ArticleResponseSchema = meta(
  z.object({
    id: z.string(),
    bucket: z.string(),
    key: z.string(),
    title: z.string(),
    body: meta(z.string(), { description: 'The text, paragraphs separated by a blank line.' }),
    language: languageCode,
    languageConfidence: meta(z.number(), {
      description: 'How sure the identification is, 0..1.',
    }),
    languages: meta(z.array(z.object({ language: languageCode, share: z.number() })), {
      description: 'Every language found, with its share of the letters.',
    }),
    script: meta(z.string(), { description: 'ISO 15924 script of the main language.' }),
    publishedAt: nullableDay,
    source: z.nullable(z.string()),
    place: z.nullable(z.string()),
    credits: z.array(z.string()),
    encoding: z.string(),
    contentType: z.string(),
    wordCount: count(),
    contentHash: z.string(),
    size: count(),
    sequencer: z.string(),
    indexedAt: z.string(),
    decodeErrors: count(),
    fingerprint: z.string(),
    storyId: z.string(),
    bodyPart: meta(
      z.object({
        offset: count(),
        end: count(),
        length: count(),
        truncated: z.boolean(),
        nextOffset: z.nullable(count()),
      }),
      {
        description:
          'Where `body` lies in the whole body (UTF-16 code units): a long body comes in parts of at most 1 MiB; ask again with `offset=nextOffset` for the next.',
      },
    ),
  }),
  { id: 'Article' },
);

/** An ingest failure: `GET /failures`. */
export const FailuresResponseSchema = meta(
  z.object({
    failures: z.array(
      z.object({
        bucket: z.string(),
        key: z.string(),
        reason: z.string(),
        message: z.string(),
        failedAt: z.string(),
      }),
    ),
  }),
  { id: 'Failures' },
);

/** `GET /health`. */
export const HealthResponseSchema = meta(z.object({ status: z.literal('ok') }), { id: 'Health' });

/** Every error the API answers with. */
export const ErrorResponseSchema = meta(
  z.object({
    error: meta(z.string(), {
      description: 'What kind of error: `invalid_parameter`, `not_found`, `method_not_allowed`…',
    }),
    parameter: meta(z.optional(z.string()), {
      description: 'The parameter at fault, as the client spelled it.',
    }),
    message: meta(z.string(), { description: 'What is wrong, for a person to read.' }),
  }),
  { id: 'Error' },
);

/** An article id as search hits carry it. */
export const ARTICLE_ID_PATTERN = /^[0-9a-f]{64}$/;
