import type { NormalisedArticle } from '../../functions/core/article.ts';
import type { RejectionReason } from '../../functions/core/errors.ts';

/** One file to normalise, as the normaliser's thread receives it. */
export interface NormaliseRequest {
  id: number;
  file: { bytes: Uint8Array; key: string; contentType: string | null; receivedAt: string };
  maxBytes?: number;
}

/** The article, the rejection (with its reason) or the failure of one request. */
export type NormaliseReply =
  | { id: number; article: NormalisedArticle }
  | { id: number; rejected: { reason: RejectionReason; message: string } }
  | { id: number; error: { message: string; stack?: string } };
