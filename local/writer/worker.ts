import { parentPort, workerData } from 'node:worker_threads';
import { openEmbeddedIndex } from '../../functions/adapters/embedded-index/sqlite-article-index.ts';
import type { WriteOutcome } from '../../functions/core/ports.ts';
import type { WriteReply, WriteRequest } from './messages.ts';

// The index's writes on a thread of their own connection: an article's terms are worked out in
// JavaScript and then indexed by FTS5, seconds for a 19 MB body, which on the thread serving
// the API stalled every search and `/health` (WAL lets both connections use the file).
const port = parentPort;
if (port === null) throw new Error('the index writer must run in a worker thread');
const { dataDir, fileName } = workerData as { dataDir: string; fileName: string };
const post = (reply: WriteReply) => port.postMessage(reply);

try {
  const index = await openEmbeddedIndex({ dataDir, fileName });
  const apply = async (request: WriteRequest): Promise<WriteOutcome | WriteOutcome[] | null> => {
    switch (request.method) {
      case 'upsert':
        return index.upsert(request.article);
      case 'upsertAll':
        return index.upsertAll ? index.upsertAll(request.articles) : null;
      case 'remove':
        return index.remove(request.articleId, request.sequencer);
      case 'recordFailure':
        await index.recordFailure(request.failure);
        return null;
      case 'clearFailure':
        await index.clearFailure(request.bucket, request.key);
        return null;
    }
  };
  port.on('message', async (request: WriteRequest | 'close') => {
    if (request === 'close') {
      await index.close();
      process.exit(0);
    }
    try {
      post({ id: request.id, outcome: await apply(request) });
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      post({
        id: request.id,
        error: {
          message: error instanceof Error ? error.message : String(error),
          ...(typeof code === 'string' ? { code } : {}),
        },
      });
    }
  });
  post({ ready: true });
} catch (error) {
  post({ failed: error instanceof Error ? error.message : String(error) });
}
