import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { OPEN_PAGE_CONFIG, type PageConfig } from './page-config.ts';

/**
 * One file of the search page, by its URL path without the leading slash (`index.html` is
 * `/`), with its compressed forms: compressed when the page is built, so that the search
 * function's cold start does not pay for it (brotli at its best takes a quarter of a second).
 */
export interface PageFile {
  path: string;
  body: Uint8Array;
  gzip: Uint8Array;
  brotli: Uint8Array;
}

/** Where `web/build.ts` writes a file's compressed forms: beside it, with these suffixes. */
export const COMPRESSED = { gzip: '.gz', brotli: '.br' } as const;

/**
 * The page may load its own script and styles and call its own API, nothing else: no inline
 * script or style, no other origin, no frames, and (Trusted Types) no string ever assigned to
 * an HTML sink such as `innerHTML`. Where the page signs people in, it may also call the
 * issuer's token endpoint (its origin, and no other).
 */
export function pageContentSecurityPolicy(config: PageConfig = OPEN_PAGE_CONFIG): string {
  const token = config.signIn ? ` ${new URL(config.signIn.tokenEndpoint).origin}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${token}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}

/** The policy of a page that calls only its own API. */
export const PAGE_CONTENT_SECURITY_POLICY = pageContentSecurityPolicy();

/** Where the page reads its {@link PageConfig}. */
export const PAGE_CONFIG_PATH = '/page-config.json';

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'strict-transport-security': 'max-age=31536000',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

interface Asset {
  contentType: string;
  etag: string;
  /** Asset names carry a hash of their content, so they never change: cached for a year. */
  cacheControl: string;
  identity: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

function asset(file: PageFile): Asset {
  const extension = file.path.split('.').at(-1) ?? '';
  const body = Buffer.from(file.body);
  return {
    contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
    cacheControl: file.path === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
    identity: body,
    gzip: Buffer.from(file.gzip),
    brotli: Buffer.from(file.brotli),
  };
}

// Picks the smallest encoding the client accepts (q=0 refuses one).
function encoding(acceptEncoding: string): 'br' | 'gzip' | undefined {
  const accepted = new Set(
    acceptEncoding
      .toLowerCase()
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^\s*q=0(?:\.0*)?\s*$/.test(q))
      .map(([name]) => name?.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return undefined;
}

/** What a page request carries that the answer depends on. */
export interface PageRequest {
  /** The path, without a trailing slash (`/` for the page itself). */
  path: string;
  /** Request headers, names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
}

/** The search page's files, held in memory, served by the search function. */
export class PageAssets {
  private readonly assets: ReadonlyMap<string, Asset>;
  private readonly securityHeaders: Readonly<Record<string, string>>;
  private readonly configBody: string;

  /** The page's files, and what it must know about the API (by default: open, no sign-in). */
  constructor(files: readonly PageFile[], config: PageConfig = OPEN_PAGE_CONFIG) {
    this.assets = new Map(files.map((file) => [`/${file.path}`, asset(file)]));
    if (!this.assets.has('/index.html')) throw new Error('the search page has no index.html');
    this.securityHeaders = {
      'content-security-policy': pageContentSecurityPolicy(config),
      ...SECURITY_HEADERS,
    };
    this.configBody = JSON.stringify(config);
  }

  /** Reads the page's files, and their compressed forms, from a directory `web/build.ts` wrote. */
  static async fromDirectory(
    dir: string,
    config: PageConfig = OPEN_PAGE_CONFIG,
  ): Promise<PageAssets> {
    const names = await readdir(dir, { recursive: true, withFileTypes: true });
    const isCompressed = (name: string) =>
      name.endsWith(COMPRESSED.gzip) || name.endsWith(COMPRESSED.brotli);
    const files = await Promise.all(
      names
        .filter((entry) => entry.isFile() && !isCompressed(entry.name))
        .map(async (entry) => {
          const full = join(entry.parentPath, entry.name);
          return {
            path: relative(dir, full).split(sep).join('/'),
            body: await readFile(full),
            gzip: await readFile(`${full}${COMPRESSED.gzip}`),
            brotli: await readFile(`${full}${COMPRESSED.brotli}`),
          };
        }),
    );
    return new PageAssets(files, config);
  }

  /** Total bytes of every file as served to a browser that accepts brotli, and gzip. */
  compressedSize(): { brotli: number; gzip: number; identity: number } {
    let brotli = 0;
    let gzip = 0;
    let identity = 0;
    for (const file of this.assets.values()) {
      brotli += file.brotli.length;
      gzip += file.gzip.length;
      identity += file.identity.length;
    }
    return { brotli, gzip, identity };
  }

  /** The answer to a GET of one of the page's paths, or undefined when the path is not one. */
  respond({ path, headers }: PageRequest): APIGatewayProxyStructuredResultV2 | undefined {
    if (path === PAGE_CONFIG_PATH) {
      return {
        statusCode: 200,
        headers: {
          ...this.securityHeaders,
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-cache',
        },
        body: this.configBody,
      };
    }
    const file = this.assets.get(path === '/' ? '/index.html' : path);
    if (!file || path === '/index.html') return undefined;
    const common = {
      ...this.securityHeaders,
      'content-type': file.contentType,
      'cache-control': file.cacheControl,
      etag: file.etag,
      vary: 'accept-encoding',
    };
    const match = headers['if-none-match'];
    if (match?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === file.etag)) {
      return { statusCode: 304, headers: common, body: '' };
    }
    const chosen = encoding(headers['accept-encoding'] ?? '');
    const body = chosen === 'br' ? file.brotli : chosen === 'gzip' ? file.gzip : file.identity;
    return {
      statusCode: 200,
      headers: chosen ? { ...common, 'content-encoding': chosen } : common,
      body: body.toString('base64'),
      isBase64Encoded: true,
    };
  }
}
