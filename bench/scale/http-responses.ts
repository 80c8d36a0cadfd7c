/**
 * Every answer of the scale bench's mix as the local API sends it over HTTP, one JSON line each
 * (status, headers, body; the first page of each query, collapsed and not, then the page its
 * cursor leads to), for proving a change to the request path answers byte for byte what the
 * code before it answered on the same kept data directory:
 *
 *   npx tsx bench/scale/http-responses.ts /tmp/copy-a > after.jsonl
 *   npx tsx bench/scale/http-responses.ts /tmp/copy-b /path/to/main-checkout > before.jsonl
 *   cmp before.jsonl after.jsonl
 *
 * The second argument runs another checkout's stack (`scripts/start.mjs` there) with this
 * client. Left out of the lines: the values of the headers that differ on every request
 * (`apigw-requestid`, `date`: listed by name, so one lost still shows) and the headers about the
 * connection (`connection`, `keep-alive`), which say whether it is kept, not what the answer is.
 */
import { request } from 'node:http';
import { ArchiveGenerator } from './corpus.ts';
import { queryMix } from './queries.ts';
import { startStackProcess } from './stack-process.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: http-responses.ts DATA_DIR [OTHER_CHECKOUT]');
const root = process.argv[3];
const VARYING = new Set(['apigw-requestid', 'date']);
const CONNECTION = new Set(['connection', 'keep-alive']);

function get(url: string): Promise<{ status: number; headers: string[]; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const headers: string[] = [];
        for (let i = 0; i < response.rawHeaders.length; i += 2) {
          const name = response.rawHeaders[i]?.toLowerCase() ?? '';
          if (CONNECTION.has(name)) continue;
          headers.push(VARYING.has(name) ? name : `${name}: ${response.rawHeaders[i + 1]}`);
        }
        resolve({
          status: response.statusCode ?? 0,
          headers,
          body: Buffer.concat(chunks).toString(),
        });
      });
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const generator = new ArchiveGenerator(12);
const mix = queryMix(Array.from({ length: 3_000 }, () => generator.next()));
const stack = await startStackProcess(dataDir, {}, ...(root ? [root] : []));
try {
  for (const query of mix) {
    for (const extra of ['', '&collapse=none']) {
      const url = `${stack.api}/search?${query.params}${extra}`;
      const first = await get(url);
      process.stdout.write(`${JSON.stringify({ url: url.slice(stack.api.length), ...first })}\n`);
      const cursor = (JSON.parse(first.body) as { nextCursor?: string | null }).nextCursor;
      if (!cursor) continue;
      const next = `${url}&cursor=${encodeURIComponent(cursor)}`;
      const second = await get(next);
      process.stdout.write(`${JSON.stringify({ url: 'page 2', ...second })}\n`);
    }
  }
} finally {
  await stack.stop();
}
