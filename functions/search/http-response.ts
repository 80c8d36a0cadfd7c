import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Logger } from '../commons/logger.ts';
import { InvalidRequestError, NotFoundError } from '../core/errors.ts';

const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/** A JSON response with the API's standard headers. */
export function json(statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: HEADERS, body: JSON.stringify(body) };
}

/**
 * Maps an error to an HTTP answer: the client's mistakes are 4xx with a message naming the
 * problem; anything else is logged and answered with a bare 500, never leaking internals.
 */
export function errorResponse(error: unknown, logger: Logger): APIGatewayProxyStructuredResultV2 {
  if (error instanceof InvalidRequestError) {
    return json(400, {
      error: 'invalid_parameter',
      parameter: error.parameter,
      message: error.message,
    });
  }
  if (error instanceof NotFoundError) {
    return json(404, {
      error: 'not_found',
      ...(error.parameter !== undefined ? { parameter: error.parameter } : {}),
      message: error.message,
    });
  }
  logger.error('search request failed', { error });
  return json(500, { error: 'internal_error', message: 'the search service failed; try again' });
}
