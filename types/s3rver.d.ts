// s3rver ships no types; these cover only what the local stack uses.

declare module 's3rver' {
  import type { EventEmitter } from 'node:events';
  import type { IncomingHttpHeaders } from 'node:http';
  import type { AddressInfo } from 'node:net';
  import type { Readable } from 'node:stream';

  namespace S3rver {
    interface Options {
      address?: string;
      port?: number;
      silent?: boolean;
      directory?: string;
      allowMismatchedSignatures?: boolean;
      vhostBuckets?: boolean;
      configureBuckets?: { name: string }[];
    }

    /** The parts of a Koa context the edge middleware reads or replaces. */
    interface Context {
      method: string;
      path: string;
      query: Record<string, string | string[] | undefined>;
      headers: IncomingHttpHeaders;
      /** Controllers read the body from here, so replacing it replaces what gets stored. */
      req: Readable;
      status: number;
      ip: string;
      request: { body?: unknown };
      /** The response body: a string is sent as it is. */
      body: unknown;
      /** The response content type. */
      type: string;
    }

    type Next = () => Promise<void>;
    type Middleware = (ctx: Context, next: Next) => Promise<void>;

    /** One record of the notification s3rver emits on its `event` channel. */
    interface EventRecord {
      eventName: string;
      eventTime: string;
      requestParameters: { sourceIPAddress: string };
      s3: {
        bucket: { name: string };
        object: { key: string; size?: number; eTag?: string; sequencer: string };
      };
    }

    interface Event {
      Records: EventRecord[];
    }
  }

  class S3rver extends EventEmitter {
    constructor(options: S3rver.Options);
    /** Koa's middleware stack; composed when the server starts listening. */
    middleware: S3rver.Middleware[];
    /** What every request reads and writes objects through (s3rver's own is replaced). */
    store: object;
    /** Koa's prototype of every request context; s3rver reads `store` from it. */
    context: { store: object };
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
    on(event: 'event', listener: (event: S3rver.Event) => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
  }

  export = S3rver;
}

declare module 's3rver/lib/models/account.js' {
  interface AWSAccount {
    createKeyPair(accessKeyId: string, secretAccessKey: string): void;
  }
  /** The account s3rver attributes every authenticated request to. */
  export const DUMMY_ACCOUNT: AWSAccount;
}

declare module 's3rver/lib/models/error.js' {
  /** An error s3rver answers with S3's XML error body and the status of its code. */
  class S3Error extends Error {
    constructor(code: string, message: string, detail?: Record<string, string | number>);
  }
  export = S3Error;
}

declare module 's3rver/lib/models/bucket.js' {
  class S3Bucket {
    constructor(name: string, creationDate: Date);
    name: string;
    creationDate: Date;
  }
  export = S3Bucket;
}

declare module 's3rver/lib/models/object.js' {
  import type { Readable } from 'node:stream';

  /** An object as s3rver's controllers see it. */
  class S3Object {
    constructor(
      bucket: string,
      key: string,
      content: Readable | Buffer | null,
      metadata: Record<string, unknown>,
    );
    static ALLOWED_METADATA: string[];
    bucket: string;
    key: string;
    content: Readable | Buffer | null;
    metadata: Record<string, string>;
  }
  export = S3Object;
}

declare module 's3rver/lib/models/config.js' {
  /** The model class of a bucket configuration (`cors`, `website`). */
  export function getConfigModel(
    type: string,
  ): new (
    xml: string,
  ) => { type: string; toXML(space?: number): string };
}
