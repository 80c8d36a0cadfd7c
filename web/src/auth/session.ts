import {
  CALLBACK_PARAMETERS,
  callbackOf,
  type FlowContext,
  finishSignIn,
  refreshTokens,
  type SignInSettings,
  startSignIn,
} from './flow.ts';
import { isExpired, parseSavedTokens, SignInError, type Tokens } from './tokens.ts';

/** Who may call the API the page talks to (`none`: anyone, as on the local stack). */
export type Access = 'iam' | 'jwt' | 'public' | 'none';

/** Where the page stands with signing in, for the header and the error messages. */
export interface SessionState {
  access: Access;
  /** Whether the page can sign people in here (a `jwt` stage with page sign-in). */
  canSignIn: boolean;
  signedIn: boolean;
  /** What went wrong in the last sign-in or renewal, if anything did. */
  problem?: SignInError['reason'];
}

const TOKENS_KEY = 'article-search.tokens';

function accessOf(value: unknown): Access {
  return value === 'iam' || value === 'jwt' || value === 'public' ? value : 'none';
}

function settingsOf(value: unknown): SignInSettings | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const get = (name: string) => Reflect.get(value, name);
  const clientId = get('clientId');
  const authorizationEndpoint = get('authorizationEndpoint');
  const tokenEndpoint = get('tokenEndpoint');
  const scopes = get('scopes');
  if (
    typeof clientId !== 'string' ||
    typeof authorizationEndpoint !== 'string' ||
    typeof tokenEndpoint !== 'string' ||
    !Array.isArray(scopes) ||
    !scopes.every((scope) => typeof scope === 'string')
  ) {
    return undefined;
  }
  return { clientId, authorizationEndpoint, tokenEndpoint, scopes };
}

/**
 * The page's sign-in: tokens in memory, mirrored in this tab's sessionStorage (so a reload
 * keeps them and closing the tab ends them; never localStorage, never the URL), renewed with
 * the refresh token when the access token has expired.
 */
export class Session {
  private access: Access = 'none';
  private settings: SignInSettings | undefined;
  private tokens: Tokens | undefined;
  private problem: SignInError['reason'] | undefined;
  private renewing: Promise<Tokens | undefined> | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly context: FlowContext = {
    storage: sessionStorage,
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
  };

  /** The page's own address, where the issuer sends the browser back. */
  private get redirectUri(): string {
    return `${location.origin}/`;
  }

  /** Reads the page's configuration and, back from the issuer, finishes signing in. */
  async start(): Promise<void> {
    const config: unknown = await fetch('/page-config.json', {
      headers: { accept: 'application/json' },
    })
      .then((response) => (response.ok ? response.json() : undefined))
      .catch(() => undefined);
    const get = (name: string) =>
      typeof config === 'object' && config !== null ? Reflect.get(config, name) : undefined;
    this.access = accessOf(get('access'));
    this.settings = this.access === 'jwt' ? settingsOf(get('signIn')) : undefined;
    if (!this.settings) return;
    this.tokens = parseSavedTokens(sessionStorage.getItem(TOKENS_KEY));
    const callback = callbackOf(location.search);
    if (!callback) return;
    // The code and state leave the address bar (and history) before anything else happens.
    const clean = new URL(location.href);
    for (const name of CALLBACK_PARAMETERS) clean.searchParams.delete(name);
    history.replaceState(null, '', `${clean.pathname}${clean.search}${clean.hash}`);
    try {
      const { tokens, returnTo } = await finishSignIn(
        this.settings,
        this.redirectUri,
        callback,
        this.context,
      );
      this.keep(tokens);
      history.replaceState(null, '', returnTo);
    } catch (error) {
      this.problem = error instanceof SignInError ? error.reason : 'token-response';
    }
  }

  /** Where the page stands now. */
  state(): SessionState {
    return {
      access: this.access,
      canSignIn: this.settings !== undefined,
      signedIn: this.tokens !== undefined,
      ...(this.problem ? { problem: this.problem } : {}),
    };
  }

  /** Calls `listener` whenever {@link state} may have changed; returns how to stop. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends the browser to the issuer to sign in, to come back to this very view. */
  async signIn(): Promise<void> {
    if (!this.settings) return;
    const returnTo = `${location.pathname}${location.search}`;
    location.assign(
      await startSignIn(this.settings, this.redirectUri, returnTo, this.context.storage),
    );
  }

  /** Forgets the tokens (this tab's only copy). */
  signOut(): void {
    this.problem = undefined;
    this.keep(undefined);
  }

  /**
   * The access token for the next request, renewed first when it has expired; undefined when
   * nobody is signed in (or renewal failed: the person must sign in again).
   */
  async bearer(): Promise<string | undefined> {
    const tokens = this.tokens;
    if (!tokens || !this.settings) return undefined;
    if (!isExpired(tokens, this.context.now())) return tokens.accessToken;
    const settings = this.settings;
    // One renewal at a time: the requests that meet an expired token share it.
    this.renewing ??= refreshTokens(settings, tokens, this.context)
      .then(
        (renewed) => {
          this.keep(renewed);
          return renewed;
        },
        (error: unknown) => {
          this.problem = error instanceof SignInError ? error.reason : 'refresh';
          this.keep(undefined);
          return undefined;
        },
      )
      .finally(() => {
        this.renewing = undefined;
      });
    return (await this.renewing)?.accessToken;
  }

  /**
   * The API refused the token it was given: it is no good any more. Returns true when a new
   * one may be had with the refresh token (the request is worth one more try).
   */
  refused(token: string): boolean {
    const tokens = this.tokens;
    if (tokens?.accessToken !== token) return this.tokens !== undefined;
    if (tokens.refreshToken) {
      this.tokens = { ...tokens, expiresAt: 0 };
      return true;
    }
    this.problem = 'refresh';
    this.keep(undefined);
    return false;
  }

  private keep(tokens: Tokens | undefined): void {
    this.tokens = tokens;
    if (tokens) sessionStorage.setItem(TOKENS_KEY, JSON.stringify(tokens));
    else sessionStorage.removeItem(TOKENS_KEY);
    for (const listener of this.listeners) listener();
  }
}

/** The page's one session. */
export const session = new Session();
