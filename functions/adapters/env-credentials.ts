/** Credentials to sign a request with, as the AWS SDK's providers give them. */
export interface EnvCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** When they stop working, if the environment says (`AWS_CREDENTIAL_EXPIRATION`). */
  expiration?: Date;
}

/** No credentials in the environment: the name and words of the SDK's own error. */
export class CredentialsProviderError extends Error {
  override readonly name = 'CredentialsProviderError';
}

/**
 * The execution role's credentials, which Lambda puts in the environment: read at every call,
 * as `fromEnv()` of `@aws-sdk/credential-provider-env` reads them, with its error when they are
 * missing. Not that package, because importing it brings 17 KiB of the SDK's config and endpoint
 * code (`@smithy/core`, the partitions of `@aws-sdk/core`) that a function then compiles and runs
 * at every cold start, about 5 ms of CPU, to read three variables (bench/scale/RESULTS.md,
 * issue-14e).
 */
export function credentialsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): () => Promise<EnvCredentials> {
  return async () => {
    const accessKeyId = env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey) {
      throw new CredentialsProviderError('Unable to find environment variable credentials.');
    }
    const sessionToken = env.AWS_SESSION_TOKEN;
    const expiration = env.AWS_CREDENTIAL_EXPIRATION;
    return {
      accessKeyId,
      secretAccessKey,
      ...(sessionToken ? { sessionToken } : {}),
      ...(expiration ? { expiration: new Date(expiration) } : {}),
    };
  };
}
