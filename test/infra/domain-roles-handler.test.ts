import { type ClientRequest, IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { Client, Connection } from '@opensearch-project/opensearch';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../functions/commons/logger.ts';
import {
  articleReaderRole,
  articleWriterRole,
} from '../../infra/constructs/search-security-roles.ts';
import {
  createDomainRolesHandler,
  DOMAIN_ROLES_PHYSICAL_ID,
} from '../../infra/custom-resources/domain-roles/handler.ts';
import { openSearchSecurityApi } from '../../infra/custom-resources/domain-roles/opensearch-security-api.ts';
import { toResourceProperties } from '../../infra/custom-resources/domain-roles/properties.ts';
import { retryUntil } from '../../infra/custom-resources/domain-roles/retry.ts';
import {
  type SecurityApi,
  SecurityApiError,
} from '../../infra/custom-resources/domain-roles/security-api.ts';

const INGEST_ARN = 'arn:aws:iam::123456789012:role/ingest';
const SEARCH_ARN = 'arn:aws:iam::123456789012:role/search';
const PROPERTIES = toResourceProperties({
  endpoint: 'search-article-search-dev-abc.eu-west-1.es.amazonaws.com',
  roles: [
    { ...articleWriterRole('articles'), backendRoles: [INGEST_ARN] },
    { ...articleReaderRole('articles'), backendRoles: [SEARCH_ARN] },
  ],
});

/** A security API that records calls and fails the first `failures` of them with `status`. */
function fakeSecurityApi(failures = 0, status: number | undefined = 403) {
  const calls: string[] = [];
  let failed = 0;
  const call = async (description: string) => {
    if (failed < failures) {
      failed += 1;
      throw new SecurityApiError(`${description} answered ${status}`, status);
    }
    calls.push(description);
  };
  const api: SecurityApi = {
    putRole: (role) => call(`role ${role.name} ${JSON.stringify(role.indexPermissions)}`),
    putRoleMapping: (name, backendRoles) => call(`mapping ${name} ${backendRoles.join(',')}`),
  };
  return { api, calls };
}

/** A clock that moves only when the handler sleeps. */
function fakeTime() {
  let now = 0;
  const slept: number[] = [];
  return {
    now: () => now,
    sleep: async (millis: number) => {
      slept.push(millis);
      now += millis;
    },
    slept,
  };
}

function handlerWith(api: SecurityApi, budget = 60_000) {
  const time = fakeTime();
  const endpoints: string[] = [];
  const handler = createDomainRolesHandler({
    securityApiFor: (endpoint) => {
      endpoints.push(endpoint);
      return api;
    },
    logger: silentLogger,
    retryBudgetMillis: budget,
    now: time.now,
    sleep: time.sleep,
  });
  return { handler, time, endpoints };
}

describe('domain role mapping handler', () => {
  it.each(['Create', 'Update'])(
    'on %s, creates each role, then maps its backend roles',
    async (type) => {
      const { api, calls } = fakeSecurityApi();
      const { handler, endpoints } = handlerWith(api);
      const answer = await handler({ RequestType: type, ResourceProperties: PROPERTIES });
      expect(endpoints).toEqual(['search-article-search-dev-abc.eu-west-1.es.amazonaws.com']);
      expect(calls).toEqual([
        'role article_search_writer [{"indexPatterns":["articles*"],"allowedActions":["indices_all"]}]',
        `mapping article_search_writer ${INGEST_ARN}`,
        expect.stringMatching(/^role article_search_reader /),
        `mapping article_search_reader ${SEARCH_ARN}`,
      ]);
      expect(answer).toEqual({
        PhysicalResourceId: DOMAIN_ROLES_PHYSICAL_ID,
        Data: { Roles: 'article_search_writer,article_search_reader' },
      });
    },
  );

  it('on delete, leaves the mappings in place and calls nothing, whatever the properties', async () => {
    const { api, calls } = fakeSecurityApi();
    const { handler, endpoints } = handlerWith(api);
    const answer = await handler({ RequestType: 'Delete', ResourceProperties: { junk: true } });
    expect(answer).toEqual({ PhysicalResourceId: DOMAIN_ROLES_PHYSICAL_ID });
    expect([calls, endpoints]).toEqual([[], []]);
  });

  it('keeps the same physical id, so an update never makes cloudformation delete the old one', async () => {
    const { api } = fakeSecurityApi();
    const first = await handlerWith(api).handler({
      RequestType: 'Create',
      ResourceProperties: PROPERTIES,
    });
    const second = await handlerWith(api).handler({
      RequestType: 'Update',
      ResourceProperties: PROPERTIES,
    });
    expect(second.PhysicalResourceId).toBe(first.PhysicalResourceId);
  });

  it('waits out the 403s of a master role whose permissions are still propagating', async () => {
    const { api, calls } = fakeSecurityApi(3, 403);
    const { handler, time } = handlerWith(api);
    await handler({ RequestType: 'Create', ResourceProperties: PROPERTIES });
    expect(time.slept).toEqual([1000, 2000, 4000]);
    expect(calls).toHaveLength(4);
  });

  it('fails with the last answer once the retry budget is spent', async () => {
    const { api } = fakeSecurityApi(100, 503);
    const { handler, time } = handlerWith(api, 30_000);
    await expect(
      handler({ RequestType: 'Create', ResourceProperties: PROPERTIES }),
    ).rejects.toThrow('answered 503');
    expect(time.now()).toBeLessThanOrEqual(30_000);
  });

  it('does not retry an answer that repeating cannot change', async () => {
    const { api } = fakeSecurityApi(1, 400);
    const { handler, time } = handlerWith(api);
    await expect(
      handler({ RequestType: 'Create', ResourceProperties: PROPERTIES }),
    ).rejects.toThrow('answered 400');
    expect(time.slept).toEqual([]);
  });

  it('rejects properties it does not understand, naming the field', async () => {
    const { api } = fakeSecurityApi();
    const { handler } = handlerWith(api);
    await expect(
      handler({
        RequestType: 'Create',
        ResourceProperties: { ...PROPERTIES, Roles: [{ Name: 'Bad Name' }] },
      }),
    ).rejects.toThrow('role mapping properties are invalid: Roles.0.Name');
  });
});

describe('retryUntil', () => {
  it('backs off exponentially up to fifteen seconds between attempts', async () => {
    const time = fakeTime();
    let attempts = 0;
    await retryUntil(
      async () => {
        attempts += 1;
        if (attempts < 7) throw new Error('not yet');
      },
      { deadline: 600_000, isRetryable: () => true, now: time.now, sleep: time.sleep },
    );
    expect(time.slept).toEqual([1000, 2000, 4000, 8000, 15000, 15000]);
  });
});

type RequestParams = Parameters<Connection['request']>[0];
type RequestCallback = Parameters<Connection['request']>[1];
interface Sent {
  method: string;
  path: string;
  body: unknown;
}

/**
 * A `Connection` for the real client that answers every request with `status` and records what
 * was sent: the client's own serialisation and error handling run, and no network is used.
 */
function recordingConnection(status: number, sent: Sent[]): typeof Connection {
  return class RecordingConnection extends Connection {
    override request(params: RequestParams, callback: RequestCallback): ClientRequest {
      const body = typeof params.body === 'string' ? params.body : 'null';
      sent.push({
        method: String(params.method),
        path: String(params.path),
        body: JSON.parse(body),
      });
      const message = new IncomingMessage(new Socket());
      message.statusCode = status;
      message.headers = { 'content-type': 'application/json; charset=UTF-8' };
      message.push(JSON.stringify({ status: status < 300 ? 'OK' : 'FORBIDDEN' }));
      message.push(null);
      setImmediate(() => callback(null, message));
      // The transport only ever aborts what this returns.
      return { abort() {} } as unknown as ClientRequest;
    }
  };
}

describe('security api over the opensearch client', () => {
  it('puts the role and its mapping under _plugins/_security/api', async () => {
    const sent: Sent[] = [];
    const client = new Client({
      node: 'https://domain.test',
      Connection: recordingConnection(200, sent),
    });
    const api = openSearchSecurityApi(client);
    await api.putRole(articleReaderRole('articles'));
    await api.putRoleMapping('article_search_reader', [SEARCH_ARN]);
    expect(sent).toEqual([
      {
        method: 'PUT',
        path: '/_plugins/_security/api/roles/article_search_reader',
        body: {
          description: expect.any(String),
          cluster_permissions: ['cluster_composite_ops_ro'],
          index_permissions: [
            {
              index_patterns: ['articles*'],
              allowed_actions: ['read', 'indices:admin/get', 'indices:admin/aliases/get'],
            },
          ],
        },
      },
      {
        method: 'PUT',
        path: '/_plugins/_security/api/rolesmapping/article_search_reader',
        body: { backend_roles: [SEARCH_ARN], users: [], hosts: [] },
      },
    ]);
  });

  it('reports the status of a refused call, so the handler can decide to retry', async () => {
    const client = new Client({
      node: 'https://domain.test',
      Connection: recordingConnection(403, []),
    });
    const error = await openSearchSecurityApi(client)
      .putRoleMapping('article_search_reader', [SEARCH_ARN])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecurityApiError);
    expect((error as SecurityApiError).statusCode).toBe(403);
    expect((error as SecurityApiError).message).toMatch(
      /^PUT role mapping article_search_reader answered 403/,
    );
  });
});
