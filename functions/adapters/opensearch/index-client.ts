import type { API } from '@opensearch-project/opensearch';
import type {
  TransportRequestOptions,
  TransportRequestPromise,
} from '@opensearch-project/opensearch/lib/Transport.d.ts';

/**
 * The calls the index adapter makes, typed as the OpenSearch client types them. The full
 * `Client` is one (the CLI, the local stack and the tests use it); so is the Lambda functions'
 * lighter client (`lambda-client.ts`), which carries only these calls.
 */
export interface IndexClient {
  search(
    params: API.Search_Request,
    options?: TransportRequestOptions,
  ): TransportRequestPromise<API.Search_Response>;
  get(
    params: API.Get_Request,
    options?: TransportRequestOptions,
  ): TransportRequestPromise<API.Get_Response>;
  mget(
    params: API.Mget_Request,
    options?: TransportRequestOptions,
  ): TransportRequestPromise<API.Mget_Response>;
  bulk(
    params: API.Bulk_Request,
    options?: TransportRequestOptions,
  ): TransportRequestPromise<API.Bulk_Response>;
  index(
    params: API.Index_Request,
    options?: TransportRequestOptions,
  ): TransportRequestPromise<API.Index_Response>;
  createPit(
    params: API.CreatePit_Request,
    options?: TransportRequestOptions,
  ): TransportRequestPromise<API.CreatePit_Response>;
  delete(
    params: API.Delete_Request,
    options?: TransportRequestOptions,
  ): TransportRequestPromise<API.Delete_Response>;
  readonly indices: {
    exists(
      params: API.Indices_Exists_Request,
      options?: TransportRequestOptions,
    ): TransportRequestPromise<API.Indices_Exists_Response>;
    create(
      params: API.Indices_Create_Request,
      options?: TransportRequestOptions,
    ): TransportRequestPromise<API.Indices_Create_Response>;
    putMapping(
      params: API.Indices_PutMapping_Request,
      options?: TransportRequestOptions,
    ): TransportRequestPromise<API.Indices_PutMapping_Response>;
  };
  close(): Promise<void>;
}
