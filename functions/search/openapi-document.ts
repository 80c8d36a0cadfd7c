import document from './openapi.json' with { type: 'json' };

/**
 * The OpenAPI 3.1 document of this API, served at GET /openapi.json. It is generated from the
 * request and response schemas (`npm run openapi`, scripts/openapi/) into a file, so that the
 * generator stays out of the function; a test fails when the file is out of date.
 */
export const OPENAPI_DOCUMENT: unknown = document;
