import { RejectedArticleError } from '../../errors.ts';
import type { Decoding, ExtractedDocument } from './extracted.ts';
import { hasBody, readArticleFields } from './fields.ts';

/** How deep the article object is looked for (`{ "data": { "article": { … } } }`). */
const MAX_SEARCH_DEPTH = 4;
/** Most values visited while looking; a feed larger than this is not one article. */
const MAX_VISITED = 10_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// Breadth first, so the outermost object with a body wins over one nested inside it (a quoted
// related article). A list of several articles is refused rather than silently cut to one.
function findArticle(root: unknown): Record<string, unknown> | null {
  const queue: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  for (let visited = 0; queue.length > 0 && visited < MAX_VISITED; visited++) {
    const next = queue.shift();
    if (!next) break;
    const { value, depth } = next;
    if (Array.isArray(value)) {
      const articles = value.filter((item) => isRecord(item) && hasBody(item));
      if (articles.length > 1) {
        throw new RejectedArticleError(
          'unsupported-type',
          `the JSON holds ${articles.length} articles; send one article per file`,
        );
      }
    } else if (isRecord(value) && hasBody(value)) {
      return value;
    }
    if (depth >= MAX_SEARCH_DEPTH) continue;
    const children = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [];
    for (const child of children) {
      if (child !== null && typeof child === 'object')
        queue.push({ value: child, depth: depth + 1 });
    }
  }
  return null;
}

function squeezed(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Reads an agency or CMS JSON article: the usual field names for title, body, lead, date,
 * source, place, language and credits, at the top level or inside a wrapper (`data`,
 * `article`, a one-item list). A lead the body does not already open with is put before it.
 */
export async function readJsonArticle(
  text: string,
  decoding: Decoding,
  receivedAt: Date,
): Promise<ExtractedDocument> {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the input, which may be anything; only the position is repeated.
    const position = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
    throw new RejectedArticleError(
      'malformed',
      `the file is not valid JSON${position ? ` (error at character ${position})` : ''}`,
    );
  }
  const article = findArticle(root);
  if (!article) {
    throw new RejectedArticleError(
      'no-text',
      'the JSON has no article body (looked for body, text, content, articleBody and similar fields)',
    );
  }
  const fields = await readArticleFields(article, receivedAt);
  const body = fields.body ?? '';
  const lead = fields.lead;
  const withLead = lead && !squeezed(body).includes(squeezed(lead)) ? `${lead}\n\n${body}` : body;
  return {
    text: withLead,
    title: fields.title,
    titleVariants: [],
    publishedAt: fields.publishedAt,
    source: fields.source,
    place: fields.place,
    credits: [...fields.credits, ...fields.bodyCredits],
    language: fields.language,
    contentType: 'application/json',
    ...decoding,
  };
}
