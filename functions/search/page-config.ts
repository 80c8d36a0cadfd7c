import { jsonEnv } from '../commons/env.ts';
import * as z from '../core/zod.ts';

/** The environment variable that carries the page's configuration (JSON) to the search function. */
export const PAGE_CONFIG_ENV = 'PAGE_CONFIG';

const httpUrl = z.string().check(
  z.refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
    message: 'must be an http(s) URL',
  }),
);

/**
 * How the page signs a person in: OAuth 2.0 authorization code with PKCE against the stage's
 * issuer, as a public client (no secret: anything the page holds, its reader holds).
 */
export const PageSignInSchema = z.object({
  /** The OIDC public client the page signs in as; one of the authorizer's audience. */
  clientId: z.string().check(z.minLength(1)),
  /** Where the browser is sent to sign in, e.g. a Cognito domain's `/oauth2/authorize`. */
  authorizationEndpoint: httpUrl,
  /** Where the page trades the code (and later the refresh token) for tokens. */
  tokenEndpoint: httpUrl,
  /** Scopes asked for, e.g. `openid`. */
  scopes: z.array(z.string().check(z.minLength(1))),
});

/** How the page signs a person in. */
export type PageSignIn = z.infer<typeof PageSignInSchema>;

/**
 * What the page must know about the API it calls, served at `/page-config.json`: who may call
 * it (`none` is the local stack, open to anyone), and, where the page can sign people in, how.
 */
export const PageConfigSchema = z.object({
  access: z.enum(['iam', 'jwt', 'public', 'none']),
  signIn: z.optional(PageSignInSchema),
});

/** What the page must know about the API it calls. */
export type PageConfig = z.infer<typeof PageConfigSchema>;

/** The local stack's: open to anyone, no sign-in. */
export const OPEN_PAGE_CONFIG: PageConfig = { access: 'none' };

/** Reads {@link PAGE_CONFIG_ENV}; unset means an open API (the local stack, tests). */
export function pageConfigFromEnv(env: NodeJS.ProcessEnv = process.env): PageConfig {
  return jsonEnv(PAGE_CONFIG_ENV, PageConfigSchema, env) ?? OPEN_PAGE_CONFIG;
}
