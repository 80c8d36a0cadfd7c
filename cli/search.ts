import * as z from 'zod';

interface SearchOptions {
  lang?: string;
  size: string;
  api: string;
  json?: boolean;
}

const ResponseSchema = z.object({
  total: z.number(),
  hits: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      title: z.string(),
      language: z.string(),
      publishedAt: z.string().nullable(),
      score: z.number(),
      snippet: z.string(),
    }),
  ),
  facets: z.object({ language: z.record(z.string(), z.number()) }),
  nextCursor: z.string().nullable(),
});

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[22m` : `*${s}*`);

function unescapeHtml(html: string): string {
  return html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** `articles search <query…>`: asks the search API and prints the hits for a person to read. */
export async function searchCommand(words: string[], options: SearchOptions): Promise<void> {
  const url = new URL('/search', options.api);
  url.searchParams.set('q', words.join(' '));
  url.searchParams.set('size', options.size);
  if (options.lang) url.searchParams.set('lang', options.lang);
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    process.stderr.write(
      `articles: cannot reach the search API at ${options.api}; is \`npm start\` running?\n`,
    );
    process.exitCode = 1;
    return;
  }
  const body: unknown = await response.json();
  if (!response.ok) {
    const message = z.object({ message: z.string() }).safeParse(body);
    process.stderr.write(
      `articles: ${message.success ? message.data.message : `HTTP ${response.status}`}\n`,
    );
    process.exitCode = 1;
    return;
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return;
  }
  const result = ResponseSchema.parse(body);
  const facets = Object.entries(result.facets.language)
    .map(([lang, n]) => `${lang}: ${n}`)
    .join(', ');
  process.stdout.write(`${result.total} found${facets ? ` (${facets})` : ''}\n\n`);
  result.hits.forEach((hit, i) => {
    const snippet = unescapeHtml(
      hit.snippet.replace(/<mark>(.*?)<\/mark>/g, (_, w: string) => bold(w)),
    );
    process.stdout.write(
      `${i + 1}. [${hit.language}] ${hit.title}${hit.publishedAt ? ` (${hit.publishedAt})` : ''}\n` +
        `   ${snippet}\n   ${hit.key}  id=${hit.id}  score=${hit.score.toPrecision(3)}\n\n`,
    );
  });
}
