import { RejectedArticleError } from './errors.ts';

/** Text decoded from an object's bytes, with the encoding it was read as. */
export interface DecodedText {
  text: string;
  encoding: string;
}

const BOMS: ReadonlyArray<{
  bytes: readonly number[];
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
}> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes article bytes as Unicode text: a byte-order mark decides first, otherwise the bytes
 * must be valid UTF-8. Anything else is rejected with the offset of the first bad byte, so the
 * sender knows what to fix; silent mojibake in the index would be worse.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  for (const bom of BOMS) {
    if (startsWith(bytes, bom.bytes)) {
      const text = new TextDecoder(bom.encoding, { fatal: false }).decode(
        bytes.subarray(bom.bytes.length),
      );
      return { text, encoding: bom.encoding };
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    throw new RejectedArticleError(
      'encoding',
      `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)}); save the file as UTF-8`,
    );
  }
}

/** Offset of the first byte that breaks UTF-8, for error messages. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length =
      b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return -1;
}
