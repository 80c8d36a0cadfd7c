import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { Client } from '@opensearch-project/opensearch';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/aws';
import { requireEnv } from '../../../functions/commons/env.ts';
import { jsonLogger } from '../../../functions/commons/logger.ts';
import { createDomainRolesHandler } from './handler.ts';
import { openSearchSecurityApi } from './opensearch-security-api.ts';

// Lambda sets AWS_REGION; the credentials are the function role's, which is the domain's master user.
const region = requireEnv('AWS_REGION');
const getCredentials = defaultProvider();
const logger = jsonLogger('article-search-domain-roles');

/** The role-mapping custom resource's entry point (the provider framework's onEvent handler). */
export const handler = createDomainRolesHandler({
  securityApiFor: (endpoint) =>
    openSearchSecurityApi(
      new Client({
        ...AwsSigv4Signer({ region, service: 'es', getCredentials }),
        node: `https://${endpoint}`,
      }),
    ),
  logger,
  // The function times out after five minutes; stop retrying well before that, so the failure
  // that reaches CloudFormation names the real cause instead of a timeout.
  retryBudgetMillis: 4 * 60_000,
  now: () => Date.now(),
  sleep: (millis) => new Promise((resolve) => setTimeout(resolve, millis)),
});
