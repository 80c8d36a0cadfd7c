import { fromEnv } from '@aws-sdk/credential-provider-env';
import { describe, expect, it } from 'vitest';
import { credentialsFromEnv } from '../../functions/adapters/env-credentials.ts';

// The functions read the execution role's credentials themselves instead of importing the SDK's
// provider (17 KiB and about 5 ms of a cold start): they must give what it gives.
describe('credentials from the environment', () => {
  const ROLE = {
    AWS_ACCESS_KEY_ID: 'AKIDLAMBDAROLE',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_SESSION_TOKEN: 'session-token-of-the-role',
  };

  async function both(env: NodeJS.ProcessEnv) {
    const saved = process.env;
    process.env = env;
    try {
      return await Promise.allSettled([credentialsFromEnv(env)(), fromEnv()()]);
    } finally {
      process.env = saved;
    }
  }

  it("reads the role's key, secret and session token as the SDK's provider does", async () => {
    const [ours, sdk] = await both({ ...ROLE });
    expect(ours).toEqual({ status: 'fulfilled', value: ROLE_CREDENTIALS });
    if (ours.status === 'fulfilled' && sdk.status === 'fulfilled') {
      expect(sdk.value).toMatchObject(ours.value);
    } else {
      expect.unreachable('both read the credentials');
    }
  });

  it('gives an expiry when the environment has one, and no session token when it has none', async () => {
    const env = {
      AWS_ACCESS_KEY_ID: 'AKIDUSER',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_CREDENTIAL_EXPIRATION: '2026-12-07T18:00:00Z',
    };
    const [ours, sdk] = await both(env);
    expect(ours).toEqual({
      status: 'fulfilled',
      value: {
        accessKeyId: 'AKIDUSER',
        secretAccessKey: 'secret',
        expiration: new Date('2026-12-07T18:00:00Z'),
      },
    });
    if (ours.status === 'fulfilled' && sdk.status === 'fulfilled') {
      expect(sdk.value).toMatchObject(ours.value);
    } else {
      expect.unreachable('both read the credentials');
    }
  });

  it("fails as the SDK's provider fails when a key or the secret is missing", async () => {
    for (const env of [{}, { AWS_ACCESS_KEY_ID: 'AKID' }, { AWS_SECRET_ACCESS_KEY: 'secret' }]) {
      const [ours, sdk] = await both(env);
      expect(ours.status).toBe('rejected');
      expect(sdk.status).toBe('rejected');
      if (ours.status === 'rejected' && sdk.status === 'rejected') {
        expect(ours.reason.name).toBe(sdk.reason.name);
        expect(ours.reason.message).toBe(sdk.reason.message);
      }
    }
  });
});

const ROLE_CREDENTIALS = {
  accessKeyId: 'AKIDLAMBDAROLE',
  secretAccessKey: 'secret',
  sessionToken: 'session-token-of-the-role',
};
