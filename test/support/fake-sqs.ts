import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request an SQS client sent: the operation (from `X-Amz-Target`) and its JSON input. */
export interface SqsCall {
  operation: string;
  input: Record<string, unknown>;
}

/** Answers one operation's input with its JSON output. */
export type SqsOperation = (input: Record<string, unknown>) => unknown;

/** A loopback SQS endpoint speaking the JSON protocol the SDK uses, recording every call. */
export interface FakeSqs {
  url: string;
  calls: SqsCall[];
  close(): Promise<void>;
}

/**
 * Starts an SQS stand-in that answers the given operations and refuses the rest as SQS would
 * refuse an unknown action. Enough for the CLI's requests to travel the real SDK, signing and
 * serialisation included, with no AWS account.
 */
export async function startFakeSqs(operations: Record<string, SqsOperation>): Promise<FakeSqs> {
  const calls: SqsCall[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const operation = String(request.headers['x-amz-target'] ?? '').replace('AmazonSQS.', '');
      const input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<
        string,
        unknown
      >;
      calls.push({ operation, input });
      const answer = operations[operation];
      const json = { 'content-type': 'application/x-amz-json-1.0' };
      if (!answer) {
        response.writeHead(400, json);
        response.end(
          JSON.stringify({ __type: 'com.amazonaws.sqs#InvalidAction', message: operation }),
        );
        return;
      }
      response.writeHead(200, json);
      response.end(JSON.stringify(answer(input) ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The environment that points an SDK client in a child process at a stand-in. */
export function fakeAwsEnv(endpoints: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  delete env.AWS_PROFILE;
  for (const [service, url] of Object.entries(endpoints)) env[`AWS_ENDPOINT_URL_${service}`] = url;
  return env;
}
