import { parentPort } from 'node:worker_threads';
import { ArticleLanguageDetector } from '../../functions/adapters/language/article-language-detector.ts';
import { RejectedArticleError } from '../../functions/core/errors.ts';
import { normaliseArticle } from '../../functions/core/normalise/normalise.ts';
import type { NormaliseReply, NormaliseRequest } from './messages.ts';

// Normalisation on a thread of its own: decoding, extraction and language identification of a
// large file take seconds of CPU, which on the thread serving the API would stall every search
// and `/health` for as long.
const port = parentPort;
if (port === null) throw new Error('the normaliser must run in a worker thread');
const detector = new ArticleLanguageDetector();

port.on('message', async (request: NormaliseRequest) => {
  let reply: NormaliseReply;
  try {
    const article = await normaliseArticle(
      { ...request.file, receivedAt: new Date(request.file.receivedAt) },
      { detector, ...(request.maxBytes !== undefined ? { maxBytes: request.maxBytes } : {}) },
    );
    reply = { id: request.id, article };
  } catch (error) {
    reply =
      error instanceof RejectedArticleError
        ? { id: request.id, rejected: { reason: error.reason, message: error.message } }
        : {
            id: request.id,
            error: {
              message: error instanceof Error ? error.message : String(error),
              ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
            },
          };
  }
  port.postMessage(reply);
});
