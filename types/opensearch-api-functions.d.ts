// The OpenSearch client builds its API from one module per call, each a function that sends its
// request through `this.transport`; the package types the requests and responses, not these
// modules, nor its AWS signer's factory. Declared here for what the Lambda functions' client
// (`functions/adapters/opensearch/lambda-client.ts`) binds.

/** What an API function reads from `this`: the transport (and the error for a missing parameter). */
interface OpenSearchApiContext {
  transport: import('@opensearch-project/opensearch').Transport;
}

type OpenSearchApiFunction<Request, Response> = (
  this: OpenSearchApiContext,
  params: Request,
  options?: import('@opensearch-project/opensearch/lib/Transport.d.ts').TransportRequestOptions,
) => import('@opensearch-project/opensearch/lib/Transport.d.ts').TransportRequestPromise<Response>;

type OpenSearchApi = import('@opensearch-project/opensearch').API;

declare module '@opensearch-project/opensearch/api/_core/search.js' {
  const call: OpenSearchApiFunction<OpenSearchApi.Search_Request, OpenSearchApi.Search_Response>;
  export = call;
}
declare module '@opensearch-project/opensearch/api/_core/createPit.js' {
  const call: OpenSearchApiFunction<
    OpenSearchApi.CreatePit_Request,
    OpenSearchApi.CreatePit_Response
  >;
  export = call;
}
declare module '@opensearch-project/opensearch/api/_core/get.js' {
  const call: OpenSearchApiFunction<OpenSearchApi.Get_Request, OpenSearchApi.Get_Response>;
  export = call;
}
declare module '@opensearch-project/opensearch/api/_core/mget.js' {
  const call: OpenSearchApiFunction<OpenSearchApi.Mget_Request, OpenSearchApi.Mget_Response>;
  export = call;
}
declare module '@opensearch-project/opensearch/api/_core/bulk.js' {
  const call: OpenSearchApiFunction<OpenSearchApi.Bulk_Request, OpenSearchApi.Bulk_Response>;
  export = call;
}
declare module '@opensearch-project/opensearch/api/_core/index.js' {
  const call: OpenSearchApiFunction<OpenSearchApi.Index_Request, OpenSearchApi.Index_Response>;
  export = call;
}
declare module '@opensearch-project/opensearch/api/_core/delete.js' {
  const call: OpenSearchApiFunction<OpenSearchApi.Delete_Request, OpenSearchApi.Delete_Response>;
  export = call;
}
declare module '@opensearch-project/opensearch/api/indices/exists.js' {
  const call: OpenSearchApiFunction<
    OpenSearchApi.Indices_Exists_Request,
    OpenSearchApi.Indices_Exists_Response
  >;
  export = call;
}
declare module '@opensearch-project/opensearch/api/indices/create.js' {
  const call: OpenSearchApiFunction<
    OpenSearchApi.Indices_Create_Request,
    OpenSearchApi.Indices_Create_Response
  >;
  export = call;
}
declare module '@opensearch-project/opensearch/api/indices/putMapping.js' {
  const call: OpenSearchApiFunction<
    OpenSearchApi.Indices_PutMapping_Request,
    OpenSearchApi.Indices_PutMapping_Response
  >;
  export = call;
}
declare module '@opensearch-project/opensearch/api/utils.js' {
  /** The property of an API context holding the error class for a missing parameter. */
  export const kConfigErr: unique symbol;
}
declare module '@opensearch-project/opensearch/lib/aws/shared.js' {
  import type {
    AwsSigv4SignerOptions,
    AwsSigv4SignerResponse,
  } from '@opensearch-project/opensearch/aws-v3';
  /**
   * The factory behind `AwsSigv4Signer`, given the credential provider used when the options
   * name none (`aws-v3` passes the whole default chain, which is why it is not imported).
   */
  export function giveAwsV4Signer(
    defaultCredentials: () => Promise<never>,
  ): (options: AwsSigv4SignerOptions) => AwsSigv4SignerResponse;
}

// The classes are CommonJS modules whose `module.exports` is the class; the package's own
// declarations describe them as ES default exports, which TypeScript then reads as the module.
declare module '@opensearch-project/opensearch/lib/Connection.js' {
  const Connection: typeof import('@opensearch-project/opensearch').Connection;
  export = Connection;
}
declare module '@opensearch-project/opensearch/lib/Transport.js' {
  const Transport: typeof import('@opensearch-project/opensearch').Transport;
  export = Transport;
}
declare module '@opensearch-project/opensearch/lib/Serializer.js' {
  const Serializer: typeof import('@opensearch-project/opensearch').Serializer;
  export = Serializer;
}
