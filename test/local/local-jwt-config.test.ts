import { describe, expect, it } from 'vitest';
import { localJwtFromEnv } from '../../local/config.ts';

const SIGN_IN = {
  clientId: 'page',
  authorizationEndpoint: 'http://127.0.0.1:9999/authorize',
  tokenEndpoint: 'http://127.0.0.1:9999/token',
  scopes: ['openid'],
};

describe('the local JWT option', () => {
  it('is off unless LOCAL_JWT_ISSUER is set', () => {
    expect(localJwtFromEnv({})).toBeUndefined();
  });

  it('reads the issuer, the audience, the operator scope and the page sign-in', () => {
    expect(
      localJwtFromEnv({
        LOCAL_JWT_ISSUER: 'http://127.0.0.1:9999',
        LOCAL_JWT_AUDIENCE: 'page, cli',
        LOCAL_JWT_OPERATOR_SCOPE: 'article-search/operator',
        LOCAL_PAGE_SIGN_IN: JSON.stringify(SIGN_IN),
      }),
    ).toEqual({
      issuer: 'http://127.0.0.1:9999',
      audience: ['page', 'cli'],
      operatorScope: 'article-search/operator',
      pageSignIn: SIGN_IN,
    });
  });

  it('names what is missing or wrong', () => {
    expect(() => localJwtFromEnv({ LOCAL_JWT_AUDIENCE: 'page' })).toThrow(
      'LOCAL_JWT_AUDIENCE and LOCAL_PAGE_SIGN_IN need LOCAL_JWT_ISSUER',
    );
    expect(() => localJwtFromEnv({ LOCAL_JWT_ISSUER: 'http://idp' })).toThrow(
      'LOCAL_JWT_ISSUER needs LOCAL_JWT_AUDIENCE',
    );
    expect(() =>
      localJwtFromEnv({
        LOCAL_JWT_ISSUER: 'http://idp',
        LOCAL_JWT_AUDIENCE: 'cli',
        LOCAL_PAGE_SIGN_IN: JSON.stringify(SIGN_IN),
      }),
    ).toThrow('LOCAL_PAGE_SIGN_IN client id "page" is not in LOCAL_JWT_AUDIENCE');
  });
});
